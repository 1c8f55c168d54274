import * as vscode from 'vscode';
import { lineNumbers, toOffset, toRange } from './convert';
import { guard } from './log';
import type { ModelService } from './models';
import { notesOn } from './notes/hook';
import { claimHover } from './present/claimHover';
import { entityHover, figureHover } from './present/hover';
import { HOVER_COMMANDS } from './present/ids';
import type { SettingsStore } from './settings';

/**
 * Hover cards on entity mentions and figures, and a claim's own card elsewhere in its sentence
 * (`policyLens.hover.claims`). The card itself is built by
 * `present/hover.ts`; this reads the model and converts positions.
 */
export class PolicyHoverProvider implements vscode.HoverProvider {
  readonly #models: ModelService;
  readonly #settings: SettingsStore;
  readonly #log: vscode.LogOutputChannel;

  constructor(models: ModelService, settings: SettingsStore, log: vscode.LogOutputChannel) {
    this.#models = models;
    this.#settings = settings;
    this.#log = log;
  }

  provideHover(doc: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken) {
    return guard(this.#log, 'Hover', async () => {
      const model = await this.#models.get(doc, token);
      if (!model || model.outlineOnly || token.isCancellationRequested) return undefined;
      const offset = toOffset(doc, position);
      const hit = model.index.hitAt(offset);
      const input = {
        index: model.index,
        uri: doc.uri.toString(),
        lineOf: lineNumbers(doc),
        categories: this.#settings.current.categories,
      };
      const trusted = (text: string) => {
        const markdown = new vscode.MarkdownString(text);
        markdown.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
        return markdown;
      };
      if (!hit) {
        // No name or figure here: the claim's own card, unless the setting turns it off.
        const index = this.#settings.current.claimHover ? model.index.claimIndexAt(offset) : -1;
        if (index < 0) return undefined;
        const claim = model.analysis.claims[index];
        return new vscode.Hover(trusted(claimHover(input, index, { notes: notesOn(doc.uri, claim) })), toRange(doc, claim));
      }
      const markdown = trusted(hit.kind === 'entity' ? entityHover(input, hit.entity, hit.mention) : figureHover(input, hit.index));
      return new vscode.Hover(markdown, toRange(doc, hit.kind === 'entity' ? hit.mention : hit.figure));
    });
  }
}
