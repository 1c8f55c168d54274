import * as vscode from 'vscode';
import type { Category } from '../core/model/model';
import type { ActiveDocument } from './active';
import { toOffset } from './convert';
import { guard } from './log';
import type { DocumentModel } from './models';
import { categoryLabel, collapse } from './present/format';
import { categoryIcon, SECTION_ICON } from './present/icons';
import { COMMANDS, CONTEXT, VIEWS } from './present/ids';
import { ArgumentOutline, claimCategory, claimLabel, type ArgumentNode } from './present/outline';
import type { SettingsStore } from './settings';
import { themeIcon } from './theme';

/** Delay before the tree follows the cursor, so moving through text does not flood it. */
const FOLLOW_MS = 150;

/**
 * The Argument view: the active document's sections, each holding its claims. A
 * claim row shows its category (icon and color), the first words of its sentence
 * and its role; a click reveals the sentence. The selection follows the cursor while
 * the view is visible, and the title bar filters the claims to one category.
 */
export class ArgumentView implements vscode.TreeDataProvider<ArgumentNode>, vscode.Disposable {
  readonly #active: ActiveDocument;
  readonly #settings: SettingsStore;
  readonly #log: vscode.LogOutputChannel;
  readonly #emitter = new vscode.EventEmitter<void>();
  readonly #view: vscode.TreeView<ArgumentNode>;
  readonly #subscriptions: vscode.Disposable[];
  #model: DocumentModel | undefined;
  /** Built when the view first asks for it, not when the model changes: a hidden view costs nothing. */
  #built: ArgumentOutline | undefined;
  #filter: Category | null = null;
  #followTimer: NodeJS.Timeout | undefined;

  readonly onDidChangeTreeData = this.#emitter.event;

  constructor(active: ActiveDocument, settings: SettingsStore, log: vscode.LogOutputChannel) {
    this.#active = active;
    this.#settings = settings;
    this.#log = log;
    this.#view = vscode.window.createTreeView(VIEWS.argument, { treeDataProvider: this, showCollapseAll: true });
    this.#subscriptions = [
      this.#view,
      active.onDidChange(() => this.#update()),
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

  getTreeItem(node: ArgumentNode): vscode.TreeItem {
    const model = this.#model!;
    const analysis = model.analysis;
    const uri = model.uri.toString();
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
      if (!model.outlineOnly) item.description = count === 1 ? '1 claim' : `${count} claims`;
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

  getChildren(node?: ArgumentNode): ArgumentNode[] {
    return [...(this.#outline?.children(node) ?? [])];
  }

  getParent(node: ArgumentNode): ArgumentNode | undefined {
    return this.#outline?.parent(node);
  }

  dispose(): void {
    clearTimeout(this.#followTimer);
    for (const subscription of this.#subscriptions) subscription.dispose();
    this.#emitter.dispose();
  }

  #update(force = false): void {
    const model = this.#active.model;
    if (!force && model === this.#model) return;
    this.#model = model;
    this.#built = undefined;
    this.#view.message = model?.outlineOnly ? 'Large document: sections only (see policyLens.maxDocumentSize).' : undefined;
    this.#emitter.fire();
    this.#scheduleFollow(this.#active.editor);
  }

  get #outline(): ArgumentOutline | undefined {
    const model = this.#model;
    if (model && !this.#built) this.#built = new ArgumentOutline(model.analysis, { filter: this.#filter, categories: this.#settings.current.categories });
    return this.#built;
  }

  #scheduleFollow(editor: vscode.TextEditor | undefined): void {
    clearTimeout(this.#followTimer);
    if (!editor || !this.#view.visible) return;
    this.#followTimer = setTimeout(() => void guard(this.#log, 'Argument view follow', () => this.#follow(editor)), FOLLOW_MS);
  }

  async #follow(editor: vscode.TextEditor): Promise<void> {
    const model = this.#model;
    // Only when the model is of the text on screen: an older one would select the wrong claim.
    if (!this.#view.visible || !model || editor.document.uri.toString() !== model.uri.toString()) return;
    if (editor.document.version !== model.version) return;
    const index = model.index.claimIndexAt(toOffset(editor.document, editor.selection.active));
    const node = index >= 0 ? this.#outline?.claimNode(index) : undefined;
    if (node && this.#view.selection[0] !== node) await this.#view.reveal(node, { select: true, focus: false });
  }
}
