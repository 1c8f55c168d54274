import * as vscode from 'vscode';
import { lineNumbers, toOffset, toRange } from './convert';
import { guard } from './log';
import type { ModelService } from './models';
import { entityHover, figureHover } from './present/hover';
import { HOVER_COMMANDS } from './present/ids';
import type { SettingsStore } from './settings';

/**
 * Hover cards on entity mentions and figures. The card itself is built by
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
      const hit = model.index.hitAt(toOffset(doc, position));
      if (!hit) return undefined;
      const input = {
        index: model.index,
        uri: doc.uri.toString(),
        lineOf: lineNumbers(doc),
        categories: this.#settings.current.categories,
      };
      const markdown = new vscode.MarkdownString(
        hit.kind === 'entity' ? entityHover(input, hit.entity, hit.mention) : figureHover(input, hit.index),
      );
      markdown.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
      return new vscode.Hover(markdown, toRange(doc, hit.kind === 'entity' ? hit.mention : hit.figure));
    });
  }
}
