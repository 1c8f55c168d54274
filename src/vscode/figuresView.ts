import * as vscode from 'vscode';
import type { ActiveDocument } from './active';
import type { Analysis } from '../core/model/model';
import { GroupedView } from './groupedView';
import { figureDescription, figureKindLabel, snippet, spanText } from './present/format';
import { FigureTree, type FigureNode } from './present/groups';
import { figureIcon } from './present/icons';
import { COMMANDS, VIEWS } from './present/ids';
import { themeIcon } from './theme';

/**
 * The Figures view: the active document's figures grouped by kind, each row its
 * words in the text with its value, unit and year; a click goes there.
 */
export class FiguresView extends GroupedView<FigureNode> {
  constructor(active: ActiveDocument) {
    super(active, VIEWS.figures);
  }

  protected build(analysis: Analysis): FigureTree {
    return new FigureTree(analysis);
  }

  getTreeItem(node: FigureNode): vscode.TreeItem {
    const model = this.model!;
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
}
