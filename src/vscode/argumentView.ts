import * as vscode from 'vscode';
import { isReaders } from '../core/annotations/corrections';
import type { ActiveDocument } from './active';
import { toOffset } from './convert';
import { guard } from './log';
import type { DocumentModel } from './models';
import { outlineReason } from './modelCache';
import { categoryLabel, collapse } from './present/format';
import { categoryIcon, SECTION_ICON } from './present/icons';
import { COMMANDS, CONTEXT, VIEWS } from './present/ids';
import { notesOn, onReaderLayerChange } from './notes/hook';
import { ArgumentOutline, claimCategory, claimLabel, type ArgumentNode, type OutlineFilter } from './present/outline';
import { firstWords } from './present/format';
import type { SettingsStore } from './settings';
import { GATE_COMMANDS, type PolicyGate } from './gate';
import { themeIcon } from './theme';
import { noticeChildren, noticeItem, noticesRoot, type NoticesNode } from './noticesNode';

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
type Node = ArgumentNode | AnnotateNode | NoticesNode;

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
  #filter: OutlineFilter = null;
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
      settings.onDidChange((change) => (change.categories || change.unsupported) && this.#update(true)),
      // A note added or removed: its claim's row shows a note icon and its first words.
      onReaderLayerChange((uri) => uri.toString() === this.#model?.uri.toString() && this.#emitter.fire()),
      vscode.window.onDidChangeTextEditorSelection((event) => this.#scheduleFollow(event.textEditor)),
      this.#view.onDidChangeVisibility((event) => event.visible && this.#scheduleFollow(this.#active.editor)),
    ];
  }

  /** What the view is filtered to (a category, or the claims without support), or null. */
  get filter(): OutlineFilter {
    return this.#filter;
  }

  /** Shows only claims of `category` (primary or secondary), only the claims without support, or all for null. */
  setFilter(filter: OutlineFilter): void {
    this.#filter = filter;
    void vscode.commands.executeCommand('setContext', CONTEXT.filtered, filter !== null);
    this.#view.description = filter === 'unsupported' ? 'claims without support' : filter ? `${categoryLabel(filter)} only` : undefined;
    this.#update(true);
  }

  /** The document and the claim's start of a claim row (for its context menu), or undefined. */
  claimOf(node: unknown): { uri: vscode.Uri; start: number } | undefined {
    const model = this.#model;
    const row = node as Partial<ArgumentNode> | undefined;
    if (!model || !row || (row.kind !== 'claim' && row.kind !== 'link') || typeof row.index !== 'number') return undefined;
    const claim = model.analysis.claims[row.index];
    return claim && { uri: model.uri, start: claim.start };
  }

  /** The tree as the view shows it (for tests through the API): children of a node, or the roots. */
  rows(node?: ArgumentNode): readonly ArgumentNode[] {
    return this.#outline?.children(node) ?? [];
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
    if (node.kind === 'notices' || node.kind === 'notice') return noticeItem(node, analysis, uri);
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
    if (node.kind === 'statements') {
      const count = this.#outline!.children(node).length;
      const item = new vscode.TreeItem('Statements', vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${count}`;
      item.tooltip = 'Sentences that neither argue nor support: the background of the section';
      item.iconPath = new vscode.ThemeIcon('list-flat');
      item.id = node.id;
      return item;
    }
    return this.#claimItem(model, node);
  }

  /** A claim row: category icon, first words, role (and "supports" for a link), marks for no support, a note, a correction. */
  #claimItem(model: DocumentModel, node: ArgumentNode): vscode.TreeItem {
    const analysis = model.analysis;
    const uri = model.uri.toString();
    const claim = analysis.claims[node.index];
    const category = claimCategory(analysis, node.index, this.#settings.current.categories);
    const open = node.kind === 'claim' && this.#outline!.children(node).length > 0;
    const item = new vscode.TreeItem(claimLabel(analysis, node.index), open ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    const notes = notesOn(model.uri, claim);
    const mine = isReaders(claim);
    const unsupported = claim.unsupported === true && this.#settings.current.unsupported !== 'off';
    item.description = [node.kind === 'link' ? `${claim.role}, also here` : claim.role, mine ? '✎' : '', notes.length > 0 ? `“${firstWords(notes[0], 5, 40)}”` : '']
      .filter(Boolean)
      .join(' ');
    item.iconPath = unsupported ? new vscode.ThemeIcon('warning') : notes.length > 0 ? new vscode.ThemeIcon('note') : themeIcon(categoryIcon(category));
    const secondary = claim.secondary ? `, also ${claim.secondary}` : '';
    const flags = [unsupported ? 'Nothing in its section supports it.' : '', mine ? 'Set by you.' : '', ...notes.map((n) => `Note: ${n}`)].filter(Boolean);
    item.tooltip = `${categoryLabel(category)} · ${claim.role}${secondary}\n\n${collapse(analysis.text.slice(claim.start, claim.end))}${flags.length ? `\n\n${flags.join('\n')}` : ''}`;
    item.command = { command: COMMANDS.revealRange, title: 'Go to Claim', arguments: [uri, claim.start, claim.end] };
    item.contextValue = mine ? 'claim.reader' : 'claim';
    item.id = node.id;
    return item;
  }

  getChildren(node?: Node): Node[] {
    if (node?.kind === 'annotate' || node?.kind === 'notice') return [];
    if (node?.kind === 'notices') return this.#model ? noticeChildren(this.#model.analysis) : [];
    const children: Node[] = [...(this.#outline?.children(node) ?? [])];
    if (node || !this.#model) return children;
    return [...(this.#gated ? [ANNOTATE] : []), ...children, ...noticesRoot(this.#model.analysis)];
  }

  getParent(node: Node): Node | undefined {
    if (node.kind === 'annotate' || node.kind === 'notices') return undefined;
    if (node.kind === 'notice') return this.#model ? noticesRoot(this.#model.analysis)[0] : undefined;
    return this.#outline?.parent(node);
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
