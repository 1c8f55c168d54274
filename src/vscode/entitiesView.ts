import * as vscode from 'vscode';
import type { ActiveDocument } from './active';
import { lineNumbers } from './convert';
import type { DocumentModel } from './models';
import { entityTypeLabel, snippet } from './present/format';
import { EntityTree, type EntityNode } from './present/groups';
import { entityIcon } from './present/icons';
import { COMMANDS, VIEWS } from './present/ids';
import { themeIcon } from './theme';

/**
 * The Entities view: the active document's entities grouped by type, each row
 * "Name · N mentions", expanding to its mentions by line; a click on a mention
 * goes there.
 */
export class EntitiesView implements vscode.TreeDataProvider<EntityNode>, vscode.Disposable {
  readonly #active: ActiveDocument;
  readonly #emitter = new vscode.EventEmitter<void>();
  readonly #view: vscode.TreeView<EntityNode>;
  readonly #subscription: vscode.Disposable;
  #model: DocumentModel | undefined;
  #tree: EntityTree | undefined;
  #lineOf: ((offset: number) => number) | undefined;

  readonly onDidChangeTreeData = this.#emitter.event;

  constructor(active: ActiveDocument) {
    this.#active = active;
    this.#view = vscode.window.createTreeView(VIEWS.entities, { treeDataProvider: this, showCollapseAll: true });
    this.#subscription = active.onDidChange(() => this.#update());
  }

  /** Selects an entity's row (opening the view). */
  async revealEntity(id: string): Promise<void> {
    const node = this.#tree?.entityNode(id);
    if (node) await this.#view.reveal(node, { select: true, focus: true, expand: true });
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    const model = this.#model!;
    if (node.kind === 'type') {
      const item = new vscode.TreeItem(entityTypeLabel(node.type, true), vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.count);
      item.id = node.id;
      return item;
    }
    if (node.kind === 'entity') {
      const { entity } = node;
      const item = new vscode.TreeItem(entity.name, vscode.TreeItemCollapsibleState.Collapsed);
      const n = entity.mentions.length;
      item.description = n === 1 ? '1 mention' : `${n} mentions`;
      item.tooltip = [entityTypeLabel(entity.type), ...(entity.aliases.length ? [`Also: ${entity.aliases.join(', ')}`] : [])].join('\n');
      item.iconPath = themeIcon(entityIcon(entity.type));
      item.contextValue = 'entity';
      item.id = node.id;
      return item;
    }
    const mention = node.entity.mentions[node.mention];
    const lineOf = this.#lineOf ?? (() => 0);
    const item = new vscode.TreeItem(`Line ${lineOf(mention.start)}`, vscode.TreeItemCollapsibleState.None);
    item.description = snippet(model.analysis.text, mention, 30);
    item.command = {
      command: COMMANDS.revealRange,
      title: 'Go to Mention',
      arguments: [model.uri.toString(), mention.start, mention.end],
    };
    item.id = node.id;
    return item;
  }

  getChildren(node?: EntityNode): EntityNode[] {
    return [...(this.#tree?.children(node) ?? [])];
  }

  getParent(node: EntityNode): EntityNode | undefined {
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
    this.#tree = model && new EntityTree(model.analysis);
    const doc = this.#active.document;
    this.#lineOf = doc && lineNumbers(doc);
    this.#emitter.fire();
  }
}
