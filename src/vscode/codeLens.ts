import * as vscode from 'vscode';
import { positions } from './convert';
import { guard } from './log';
import type { ModelService } from './models';
import { COMMANDS } from './present/ids';
import { chooseLenses } from './present/lenses';
import type { SettingsStore } from './settings';

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
      return chooseLenses(model.analysis, codeLensMode, categories).map((lens) => {
        const at = positionOf(lens.at);
        return new vscode.CodeLens(new vscode.Range(at, at), {
          title: lens.title,
          tooltip: 'Policy Lens: show the cues behind this category',
          command: COMMANDS.explainClaim,
          arguments: [uri, lens.claim],
        });
      });
    });
  }

  dispose(): void {
    for (const subscription of this.#subscriptions) subscription.dispose();
    this.#emitter.dispose();
  }
}
