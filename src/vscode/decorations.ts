import * as vscode from 'vscode';
import { CATEGORIES, type Category } from '../core/model/model';
import { positions, toOffset } from './convert';
import type { DocumentModel, ModelService } from './models';
import { categoryColor } from './present/icons';
import { claimMarks } from './present/marks';
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
  #generation = 0;

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

  /**
   * Draws (or clears) the marks of every visible editor: the active one first,
   * each editor in a turn of its own and its ranges in slices (a report of 2,000
   * claims held the host in one go). A newer update abandons an older one.
   */
  update(): void {
    const generation = ++this.#generation;
    void this.#draw(() => generation !== this.#generation);
  }

  async #draw(stale: () => boolean): Promise<void> {
    const { gutter } = this.#settings.current;
    if (!gutter) {
      this.#disposeTypes();
      return;
    }
    const types = (this.#types ??= this.#createTypes());
    const active = vscode.window.activeTextEditor;
    const editors = [...vscode.window.visibleTextEditors].sort((a, b) => Number(b === active) - Number(a === active));
    for (const editor of editors) {
      const doc = editor.document;
      if (!this.#settings.annotates(doc)) continue;
      const model = this.#models.peek(doc.uri);
      if (!model || model.version !== doc.version) {
        void this.#models.get(doc); // its model fires a change, which comes back here
        continue;
      }
      // No marks on a document that does not read as a policy document.
      const ranges = this.#gate.annotates(doc, model) ? await this.#ranges(doc, model, stale) : new Map<Category, vscode.Range[]>();
      if (!ranges || stale() || !this.#types) return;
      for (const [category, type] of types) editor.setDecorations(type, ranges.get(category) ?? []);
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (stale()) return;
    }
  }

  dispose(): void {
    for (const subscription of this.#subscriptions) subscription.dispose();
    this.#disposeTypes();
  }

  /** The marks' ranges by category, made in slices; undefined when a newer update replaced this one. */
  async #ranges(doc: vscode.TextDocument, model: DocumentModel, stale: () => boolean): Promise<Map<Category, vscode.Range[]> | undefined> {
    if (model.outlineOnly) return new Map();
    const positionOf = positions(doc);
    return claimMarks(model.analysis, this.#settings.current.categories, (start, end) => new vscode.Range(positionOf(start), positionOf(end)), stale);
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

/** Pause after the cursor moves before the sentence under it is marked. */
const CURSOR_PAUSE_MS = 80;

/**
 * The claim under the cursor, marked with a faint background and a dotted
 * underline, so a lens (which sums up a paragraph) and the sentence it speaks for
 * meet. Only while CodeLens is on and the model is of the text on screen.
 */
export class CurrentClaimDecoration implements vscode.Disposable {
  readonly #type = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('editor.wordHighlightBackground'),
    textDecoration: 'underline dotted',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  readonly #subscriptions: vscode.Disposable[];
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly models: ModelService,
    private readonly settings: SettingsStore,
    private readonly gate: PolicyGate,
  ) {
    this.#subscriptions = [
      vscode.window.onDidChangeTextEditorSelection((event) => this.#schedule(event.textEditor)),
      models.onDidChangeModel(() => vscode.window.activeTextEditor && this.#schedule(vscode.window.activeTextEditor)),
      settings.onDidChange((change) => change.codeLensMode && vscode.window.activeTextEditor && this.#schedule(vscode.window.activeTextEditor)),
    ];
  }

  /** The range marked in `editor` now (for tests through the API), or undefined. */
  marked: { editor: vscode.TextEditor; range: vscode.Range } | undefined;

  dispose(): void {
    clearTimeout(this.#timer);
    for (const subscription of this.#subscriptions) subscription.dispose();
    this.#type.dispose();
  }

  #schedule(editor: vscode.TextEditor): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#mark(editor), CURSOR_PAUSE_MS);
  }

  #mark(editor: vscode.TextEditor): void {
    const doc = editor.document;
    const model = this.models.peek(doc.uri);
    let range: vscode.Range | undefined;
    if (this.settings.current.codeLensMode !== 'off' && this.settings.annotates(doc) && model && !model.outlineOnly && model.version === doc.version && this.gate.annotates(doc, model)) {
      const claim = model.index.claimAt(toOffset(doc, editor.selection.active));
      const positionOf = positions(doc);
      if (claim) range = new vscode.Range(positionOf(claim.start), positionOf(claim.end));
    }
    if (this.marked && this.marked.editor !== editor) this.marked.editor.setDecorations(this.#type, []);
    editor.setDecorations(this.#type, range ? [range] : []);
    this.marked = range ? { editor, range } : undefined;
  }
}
