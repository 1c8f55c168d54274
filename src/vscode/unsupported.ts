import * as vscode from 'vscode';
import { mapInSlices, Slices } from '../core/model/slices';
import { positions } from './convert';
import type { PolicyGate } from './gate';
import type { ModelService } from './models';
import { unsupportedProblems } from './present/unsupported';
import type { SettingsStore } from './settings';

/**
 * With `policyLens.unsupported` set to `diagnostic`: an Information diagnostic in
 * the Problems panel on each claim that asserts with nothing supporting it in its
 * section, for every document with a model of its current version.
 */
export class UnsupportedDiagnostics implements vscode.Disposable {
  readonly #diagnostics = vscode.languages.createDiagnosticCollection('policy-lens-argument');
  readonly #subscriptions: vscode.Disposable[];
  /** Per document (URI): the newest update, so an older one still in its slices stops. */
  readonly #generations = new Map<string, number>();

  constructor(
    private readonly models: ModelService,
    private readonly settings: SettingsStore,
    private readonly gate: PolicyGate,
  ) {
    this.#subscriptions = [
      models.onDidChangeModel((uri) => this.#update(uri)),
      gate.onDidChange(() => this.#updateAll()),
      settings.onDidChange((change) => change.unsupported && this.#updateAll()),
      vscode.workspace.onDidCloseTextDocument((doc) => (this.#generations.delete(doc.uri.toString()), this.#diagnostics.delete(doc.uri))),
    ];
  }

  dispose(): void {
    for (const subscription of this.#subscriptions) subscription.dispose();
    this.#diagnostics.dispose();
  }

  #updateAll(): void {
    if (this.settings.current.unsupported !== 'diagnostic') return this.#diagnostics.clear();
    for (const doc of vscode.workspace.textDocuments) this.#update(doc.uri);
  }

  #update(uri: vscode.Uri): void {
    const key = uri.toString();
    const generation = (this.#generations.get(key) ?? 0) + 1;
    this.#generations.set(key, generation);
    void this.#set(uri, () => this.#generations.get(key) !== generation);
  }

  /** The document's problems, made in slices (a newer update of the document abandons an older one). */
  async #set(uri: vscode.Uri, stale: () => boolean): Promise<void> {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const model = this.models.peek(uri);
    if (this.settings.current.unsupported !== 'diagnostic' || !doc || !model || model.outlineOnly || model.version !== doc.version || !this.gate.annotates(doc, model)) {
      this.#diagnostics.delete(uri);
      return;
    }
    const positionOf = positions(doc);
    const problems = await mapInSlices(unsupportedProblems(model.analysis), (p) => {
      const diagnostic = new vscode.Diagnostic(new vscode.Range(positionOf(p.start), positionOf(p.end)), p.message, vscode.DiagnosticSeverity.Information);
      diagnostic.source = 'Policy Lens';
      diagnostic.code = 'unsupported-claim';
      return diagnostic;
    }, new Slices(), stale);
    if (problems && !stale()) this.#diagnostics.set(uri, problems);
  }
}
