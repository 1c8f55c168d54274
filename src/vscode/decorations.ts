import * as vscode from 'vscode';
import { CATEGORIES, type Category } from '../core/model/model';
import { positions } from './convert';
import type { DocumentModel, ModelService } from './models';
import { categoryColor } from './present/icons';
import { visibleCategory } from './present/settings';
import type { SettingsStore } from './settings';
import type { PolicyGate } from './gate';

/**
 * Category marks in the gutter (a thin colored bar beside each line of a claim)
 * and in the overview ruler, when `policyLens.decorations.gutter` is on. Applied to
 * every visible editor whose document has a model of its current version; while a
 * document is edited the editor keeps moving the old marks until the new model lands.
 */
export class CategoryDecorations implements vscode.Disposable {
  readonly #models: ModelService;
  readonly #settings: SettingsStore;
  readonly #extensionUri: vscode.Uri;
  readonly #gate: PolicyGate;
  readonly #subscriptions: vscode.Disposable[];
  #types: Map<Category, vscode.TextEditorDecorationType> | undefined;

  constructor(models: ModelService, settings: SettingsStore, extensionUri: vscode.Uri, gate: PolicyGate) {
    this.#models = models;
    this.#settings = settings;
    this.#extensionUri = extensionUri;
    this.#gate = gate;
    this.#subscriptions = [
      gate.onDidChange(() => this.update()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.update()),
      models.onDidChangeModel(() => this.update()),
      settings.onDidChange((change) => (change.gutter || change.categories) && this.update()),
    ];
  }

  /** Draws (or clears) the marks of every visible editor. */
  update(): void {
    const { gutter } = this.#settings.current;
    if (!gutter) {
      this.#disposeTypes();
      return;
    }
    const types = (this.#types ??= this.#createTypes());
    for (const editor of vscode.window.visibleTextEditors) {
      const doc = editor.document;
      if (!this.#settings.annotates(doc)) continue;
      const model = this.#models.peek(doc.uri);
      if (!model || model.version !== doc.version) {
        void this.#models.get(doc); // its model fires a change, which comes back here
        continue;
      }
      // No marks on a document that does not read as a policy document.
      const ranges = this.#gate.annotates(doc, model) ? this.#ranges(doc, model) : new Map<Category, vscode.Range[]>();
      for (const [category, type] of types) editor.setDecorations(type, ranges.get(category) ?? []);
    }
  }

  dispose(): void {
    for (const subscription of this.#subscriptions) subscription.dispose();
    this.#disposeTypes();
  }

  #ranges(doc: vscode.TextDocument, model: DocumentModel): Map<Category, vscode.Range[]> {
    const ranges = new Map<Category, vscode.Range[]>();
    if (model.outlineOnly) return ranges;
    const positionOf = positions(doc);
    const shown = this.#settings.current.categories;
    for (const claim of model.analysis.claims) {
      const category = visibleCategory(claim, shown);
      if (!category) continue;
      const range = new vscode.Range(positionOf(claim.start), positionOf(claim.end));
      const list = ranges.get(category);
      if (list) list.push(range);
      else ranges.set(category, [range]);
    }
    return ranges;
  }

  #createTypes(): Map<Category, vscode.TextEditorDecorationType> {
    return new Map(
      CATEGORIES.map((category) => [
        category,
        vscode.window.createTextEditorDecorationType({
          gutterIconPath: vscode.Uri.joinPath(this.#extensionUri, 'media', `gutter-${category}.svg`),
          gutterIconSize: 'contain',
          overviewRulerColor: new vscode.ThemeColor(categoryColor(category)),
          overviewRulerLane: vscode.OverviewRulerLane.Left,
        }),
      ]),
    );
  }

  #disposeTypes(): void {
    for (const type of this.#types?.values() ?? []) type.dispose();
    this.#types = undefined;
  }
}
