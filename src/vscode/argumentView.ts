import * as vscode from 'vscode';
import type { Category } from '../core/model/model';
import type { ActiveDocument } from './active';
import { toOffset } from './convert';
import { guard } from './log';
import type { DocumentModel } from './models';
import { outlineReason } from './modelCache';
import { categoryLabel, collapse } from './present/format';
import { categoryIcon, SECTION_ICON } from './present/icons';
import { COMMANDS, CONTEXT, VIEWS } from './present/ids';
import { ArgumentOutline, claimCategory, claimLabel, type ArgumentNode } from './present/outline';
import type { SettingsStore } from './settings';
import { GATE_COMMANDS, type PolicyGate } from './gate';
import { themeIcon } from './theme';

/** Delay before the tree follows the cursor, so moving through text does not flood it. */
const FOLLOW_MS = 150;
/** A reading longer than this shows a progress bar on the view. */
const PROGRESS_AFTER_MS = 500;

/** The row that offers to annotate a document that does not read as a policy document. */
interface AnnotateNode {
  readonly kind: 'annotate';
  readonly id: 'annotate';
}
const ANNOTATE: AnnotateNode = { kind: 'annotate', id: 'annotate' };
type Node = ArgumentNode | AnnotateNode;

/**
 * The Argument view: the active document's sections, each holding its claims. A
 * claim row shows its category (icon and color), the first words of its sentence
 * and its role; a click reveals the sentence. The selection follows the cursor while
 * the view is visible, and the title bar filters the claims to one category.
 */
export class ArgumentView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  readonly #active: ActiveDocument;
  readonly #settings: SettingsStore;
  readonly #log: vscode.LogOutputChannel;
  readonly #gate: PolicyGate;
  readonly #emitter = new vscode.EventEmitter<void>();
  readonly #view: vscode.TreeView<Node>;
  readonly #subscriptions: vscode.Disposable[];
  #model: DocumentModel | undefined;
  /** Built when the view first asks for it, not when the model changes: a hidden view costs nothing. */
  #built: ArgumentOutline | undefined;
  #filter: Category | null = null;
  #followTimer: NodeJS.Timeout | undefined;
  /** True when the model's document is not annotated: the view shows its sections and "Annotate anyway". */
  #gated = false;
  #progressTimer: NodeJS.Timeout | undefined;
  #endProgress: (() => void) | undefined;

  readonly onDidChangeTreeData = this.#emitter.event;

  constructor(active: ActiveDocument, settings: SettingsStore, log: vscode.LogOutputChannel, gate: PolicyGate) {
    this.#active = active;
    this.#settings = settings;
    this.#log = log;
    this.#gate = gate;
    this.#view = vscode.window.createTreeView(VIEWS.argument, { treeDataProvider: this, showCollapseAll: true });
    this.#subscriptions = [
      this.#view,
      active.onDidChange(() => (this.#update(), this.#showProgress())),
      gate.onDidChange(() => this.#update(true)),
      settings.onDidChange((change) => change.categories && this.#update(true)),
      vscode.window.onDidChangeTextEditorSelection((event) => this.#scheduleFollow(event.textEditor)),
      this.#view.onDidChangeVisibility((event) => event.visible && this.#scheduleFollow(this.#active.editor)),
    ];
  }

  /** The category the view is filtered to, or null. */
  get filter(): Category | null {
    return this.#filter;
  }

  /** Shows only claims of `category` (primary or secondary), or all for null. */
  setFilter(category: Category | null): void {
    this.#filter = category;
    void vscode.commands.executeCommand('setContext', CONTEXT.filtered, category !== null);
    this.#view.description = category ? `${categoryLabel(category)} only` : undefined;
    this.#update(true);
  }

  /** Selects claim `index` of document `uri` in the view (opening it), if the view shows that document. */
  async revealClaim(uri: vscode.Uri, index: number, focus = false): Promise<void> {
    if (this.#model?.uri.toString() !== uri.toString()) return;
    const node = this.#outline?.claimNode(index);
    if (node) await this.#view.reveal(node, { select: true, focus, expand: true });
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const model = this.#model!;
    const analysis = model.analysis;
    const uri = model.uri.toString();
    if (node.kind === 'annotate') {
      const item = new vscode.TreeItem('Annotate anyway', vscode.TreeItemCollapsibleState.None);
      item.description = 'not a policy document';
      item.tooltip = 'Show lenses, gutter marks and hover cards on this document (remembered for it in this workspace)';
      item.iconPath = new vscode.ThemeIcon('eye');
      item.command = { command: GATE_COMMANDS.annotate, title: 'Annotate Anyway', arguments: [uri] };
      item.id = node.id;
      return item;
    }
    if (node.kind === 'section') {
      const section = analysis.sections[node.index];
      const hasChildren = this.#outline!.children(node).length > 0;
      const item = new vscode.TreeItem(
        section.title,
        !hasChildren
          ? vscode.TreeItemCollapsibleState.None
          : section.parent === null
            ? vscode.TreeItemCollapsibleState.Expanded
            : vscode.TreeItemCollapsibleState.Collapsed,
      );
      const count = this.#outline!.claimCount(node.index);
      if (!model.outlineOnly && !this.#gated) item.description = count === 1 ? '1 claim' : `${count} claims`;
      item.iconPath = themeIcon(SECTION_ICON);
      item.command = { command: COMMANDS.revealRange, title: 'Go to Section', arguments: [uri, section.heading.start, section.heading.end] };
      item.id = node.id;
      return item;
    }
    const claim = analysis.claims[node.index];
    const category = claimCategory(analysis, node.index, this.#settings.current.categories);
    const item = new vscode.TreeItem(claimLabel(analysis, node.index), vscode.TreeItemCollapsibleState.None);
    item.description = claim.role;
    item.iconPath = themeIcon(categoryIcon(category));
    const secondary = claim.secondary ? `, also ${claim.secondary}` : '';
    item.tooltip = `${categoryLabel(category)} · ${claim.role}${secondary}\n\n${collapse(analysis.text.slice(claim.start, claim.end))}`;
    item.command = { command: COMMANDS.revealRange, title: 'Go to Claim', arguments: [uri, claim.start, claim.end] };
    item.contextValue = 'claim';
    item.id = node.id;
    return item;
  }

  getChildren(node?: Node): Node[] {
    if (node?.kind === 'annotate') return [];
    const children = [...(this.#outline?.children(node) ?? [])];
    return !node && this.#gated && this.#model ? [ANNOTATE, ...children] : children;
  }

  getParent(node: Node): Node | undefined {
    return node.kind === 'annotate' ? undefined : this.#outline?.parent(node);
  }

  dispose(): void {
    clearTimeout(this.#followTimer);
    clearTimeout(this.#progressTimer);
    this.#endProgress?.();
    for (const subscription of this.#subscriptions) subscription.dispose();
    this.#emitter.dispose();
  }

  #update(force = false): void {
    const model = this.#active.model;
    if (!force && model === this.#model) return;
    this.#model = model;
    this.#built = undefined;
    const doc = this.#active.document;
    const gated = model && doc && doc.uri.toString() === model.uri.toString() ? this.#gate.decide(doc, model) : undefined;
    this.#gated = gated !== undefined && !gated.decision.annotate;
    this.#view.message = model?.outlineOnly
      ? outlineReason(model)
      : this.#gated
        ? `Not annotated: ${gated!.decision.says}. Its outline:`
        : undefined;
    this.#emitter.fire();
    this.#scheduleFollow(this.#active.editor);
  }

  get #outline(): ArgumentOutline | undefined {
    const model = this.#model;
    // A document that is not annotated shows its sections only.
    const analysis = model && this.#gated ? { ...model.analysis, claims: [] } : model?.analysis;
    if (model && analysis && !this.#built) this.#built = new ArgumentOutline(analysis, { filter: this.#filter, categories: this.#settings.current.categories });
    return this.#built;
  }

  /** A progress bar on the view while a reading of its document takes longer than half a second. */
  #showProgress(): void {
    if (!this.#active.busy) {
      clearTimeout(this.#progressTimer);
      this.#progressTimer = undefined;
      this.#endProgress?.();
      this.#endProgress = undefined;
      return;
    }
    if (this.#progressTimer || this.#endProgress) return;
    this.#progressTimer = setTimeout(() => {
      this.#progressTimer = undefined;
      if (!this.#active.busy) return;
      void vscode.window.withProgress(
        { location: { viewId: VIEWS.argument } },
        () => new Promise<void>((resolve) => (this.#endProgress = resolve)),
      );
    }, PROGRESS_AFTER_MS);
  }

  #scheduleFollow(editor: vscode.TextEditor | undefined): void {
    clearTimeout(this.#followTimer);
    if (!editor || !this.#view.visible) return;
    this.#followTimer = setTimeout(() => void guard(this.#log, 'Argument view follow', () => this.#follow(editor)), FOLLOW_MS);
  }

  async #follow(editor: vscode.TextEditor): Promise<void> {
    const model = this.#model;
    // Only when the model is of the text on screen: an older one would select the wrong claim.
    if (!this.#view.visible || !model || this.#gated || editor.document.uri.toString() !== model.uri.toString()) return;
    if (editor.document.version !== model.version) return;
    const index = model.index.claimIndexAt(toOffset(editor.document, editor.selection.active));
    const node = index >= 0 ? this.#outline?.claimNode(index) : undefined;
    if (node && this.#view.selection[0] !== node) await this.#view.reveal(node, { select: true, focus: false });
  }
}
