import * as vscode from 'vscode';
import type { ActiveDocument } from './active';
import type { DocumentModel } from './models';
import { figureDescription, figureKindLabel, snippet, spanText } from './present/format';
import { FigureTree, type FigureNode } from './present/groups';
import { figureIcon } from './present/icons';
import { COMMANDS, VIEWS } from './present/ids';
import { themeIcon } from './theme';

/**
 * The Figures view: the active document's figures grouped by kind, each row its
 * words in the text with its value, unit and year; a click goes there.
 */
export class FiguresView implements vscode.TreeDataProvider<FigureNode>, vscode.Disposable {
  readonly #active: ActiveDocument;
  readonly #emitter = new vscode.EventEmitter<void>();
  readonly #view: vscode.TreeView<FigureNode>;
  readonly #subscription: vscode.Disposable;
  #model: DocumentModel | undefined;
  #tree: FigureTree | undefined;

  readonly onDidChangeTreeData = this.#emitter.event;

  constructor(active: ActiveDocument) {
    this.#active = active;
    this.#view = vscode.window.createTreeView(VIEWS.figures, { treeDataProvider: this, showCollapseAll: true });
    this.#subscription = active.onDidChange(() => this.#update());
  }

  getTreeItem(node: FigureNode): vscode.TreeItem {
    const model = this.#model!;
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(figureKindLabel(node.figureKind, true), vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.count);
      item.id = node.id;
      return item;
    }
    const { text, figures, claims } = model.analysis;
    const figure = figures[node.index];
    const item = new vscode.TreeItem(spanText(text, figure), vscode.TreeItemCollapsibleState.None);
    item.description = figureDescription(figure);
    const about = figure.about ? `${figure.about}\n\n` : '';
    const claim = figure.claim === null ? undefined : claims[figure.claim];
    item.tooltip = `${about}${snippet(text, figure, 120, claim)}`;
    item.iconPath = themeIcon(figureIcon(figure.kind));
    item.command = {
      command: COMMANDS.revealRange,
      title: 'Go to Figure',
      arguments: [model.uri.toString(), figure.start, figure.end],
    };
    item.id = node.id;
    return item;
  }

  getChildren(node?: FigureNode): FigureNode[] {
    return [...(this.#tree?.children(node) ?? [])];
  }

  getParent(node: FigureNode): FigureNode | undefined {
    return this.#tree?.parent(node);
  }

  dispose(): void {
    this.#subscription.dispose();
    this.#view.dispose();
    this.#emitter.dispose();
  }

  #update(): void {
    const model = this.#active.model;
    if (model === this.#model) return;
    this.#model = model;
    this.#tree = model && new FigureTree(model.analysis);
    this.#emitter.fire();
  }
}
