import * as vscode from 'vscode';
import { positions } from './convert';
import { guard } from './log';
import type { ModelService } from './models';
import { COMMANDS } from './present/ids';
import { lensesOf, lensTooltip, type LensSpec } from './present/lenses';
import type { SettingsStore } from './settings';

/** Lenses built between two turns of the event loop. */
const SLICE = 2000;

/** A lens that knows what it will say; its command is filled in when VS Code shows it. */
class ClaimLens extends vscode.CodeLens {
  constructor(
    range: vscode.Range,
    readonly spec: LensSpec,
    readonly uri: string,
  ) {
    super(range);
  }
}

/**
 * A lens above each claim ("Economic · evidence"), or above each paragraph, as
 * `policyLens.codeLens.mode` says; `present/lenses.ts` chooses them. A click runs
 * `policyLens.explainClaim`.
 */
export class ClaimCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  readonly #models: ModelService;
  readonly #settings: SettingsStore;
  readonly #log: vscode.LogOutputChannel;
  readonly #emitter = new vscode.EventEmitter<void>();
  readonly #subscriptions: vscode.Disposable[];

  readonly onDidChangeCodeLenses = this.#emitter.event;

  constructor(models: ModelService, settings: SettingsStore, log: vscode.LogOutputChannel) {
    this.#models = models;
    this.#settings = settings;
    this.#log = log;
    this.#subscriptions = [
      models.onDidChangeModel(() => this.#emitter.fire()),
      settings.onDidChange((change) => (change.codeLensMode || change.categories) && this.#emitter.fire()),
    ];
  }

  provideCodeLenses(doc: vscode.TextDocument, token: vscode.CancellationToken) {
    return guard(this.#log, 'CodeLens', async () => {
      const { codeLensMode, categories } = this.#settings.current;
      if (codeLensMode === 'off') return [];
      const model = await this.#models.get(doc, token);
      if (!model || model.outlineOnly || token.isCancellationRequested) return undefined;
      const uri = doc.uri.toString();
      const positionOf = positions(doc);
      // Built in slices and resolved only when shown: a long report has tens of thousands.
      const lenses: ClaimLens[] = [];
      for (const spec of lensesOf(model.analysis, codeLensMode, categories)) {
        if (lenses.length % SLICE === SLICE - 1) {
          await new Promise<void>((resolve) => setImmediate(resolve));
          if (token.isCancellationRequested) return undefined;
        }
        const at = positionOf(spec.at);
        lenses.push(new ClaimLens(new vscode.Range(at, at), spec, uri));
      }
      return lenses;
    });
  }

  resolveCodeLens(lens: vscode.CodeLens): vscode.CodeLens {
    if (lens instanceof ClaimLens) {
      const model = this.#models.peek(vscode.Uri.parse(lens.uri));
      lens.command = {
        title: lens.spec.title,
        tooltip: model ? lensTooltip(model.analysis, lens.spec) : 'Policy Lens: show the cues behind this category',
        command: COMMANDS.explainClaim,
        arguments: [lens.uri, lens.spec.claim],
      };
    }
    return lens;
  }

  dispose(): void {
    for (const subscription of this.#subscriptions) subscription.dispose();
    this.#emitter.dispose();
  }
}
