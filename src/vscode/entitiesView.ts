import * as vscode from 'vscode';
import type { ActiveDocument } from './active';
import { lineNumbers } from './convert';
import type { Analysis } from '../core/model/model';
import { GroupedView } from './groupedView';
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
export class EntitiesView extends GroupedView<EntityNode> {
  #lineOf: ((offset: number) => number) | undefined;

  constructor(active: ActiveDocument) {
    super(active, VIEWS.entities);
  }

  protected build(analysis: Analysis): EntityTree {
    return new EntityTree(analysis);
  }

  protected updated(): void {
    const doc = this.active.document;
    this.#lineOf = doc && lineNumbers(doc);
  }

  /** Selects an entity's row (opening the view). */
  async revealEntity(id: string): Promise<void> {
    const node = (this.tree as EntityTree | undefined)?.entityNode(id);
    if (node) await this.view.reveal(node, { select: true, focus: true, expand: true });
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    const model = this.model!;
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
}
