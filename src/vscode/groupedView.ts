import * as vscode from 'vscode';
import type { Analysis } from '../core/model/model';
import type { ActiveDocument } from './active';
import type { DocumentModel } from './models';

/** A tree over one analysis: the pure part of a grouped view (see present/groups). */
export interface GroupTree<Node> {
  children(node?: Node): readonly Node[];
  parent(node: Node): Node | undefined;
}

/**
 * What the Entities and Figures views share: a tree view over the active
 * document's model, rebuilt when that model changes. A subclass says how to
 * build the tree and how each row looks.
 */
export abstract class GroupedView<Node> implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  protected readonly active: ActiveDocument;
  protected readonly view: vscode.TreeView<Node>;
  protected model: DocumentModel | undefined;
  #tree: GroupTree<Node> | undefined;
  readonly #emitter = new vscode.EventEmitter<void>();
  readonly #subscription: vscode.Disposable;

  readonly onDidChangeTreeData = this.#emitter.event;

  constructor(active: ActiveDocument, viewId: string) {
    this.active = active;
    this.view = vscode.window.createTreeView(viewId, { treeDataProvider: this, showCollapseAll: true });
    this.#subscription = active.onDidChange(() => this.#update());
  }

  /** The tree of the model, built when first asked for (a hidden view costs nothing). */
  protected get tree(): GroupTree<Node> | undefined {
    if (this.model && !this.#tree) this.#tree = this.build(this.model.analysis);
    return this.#tree;
  }

  /** The tree for a new model. */
  protected abstract build(analysis: Analysis): GroupTree<Node>;

  /** Called after the model changed, before the view is told. */
  protected updated(): void {}

  abstract getTreeItem(node: Node): vscode.TreeItem;

  getChildren(node?: Node): Node[] {
    return [...(this.tree?.children(node) ?? [])];
  }

  getParent(node: Node): Node | undefined {
    return this.tree?.parent(node);
  }

  dispose(): void {
    this.#subscription.dispose();
    this.view.dispose();
    this.#emitter.dispose();
  }

  #update(): void {
    const model = this.active.model;
    if (model === this.model) return;
    this.model = model;
    this.#tree = undefined;
    this.updated();
    this.#emitter.fire();
  }
}
