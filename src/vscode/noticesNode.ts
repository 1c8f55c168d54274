import * as vscode from 'vscode';
import type { Analysis } from '../core/model/model';
import { COMMANDS } from './present/ids';
import { NOTICES_TITLE, noticeRows, type NoticeRow } from './present/notices';

/** The Argument view's collapsed "Front matter / notices" node, and one row under it. */
export type NoticesNode = { readonly kind: 'notices'; readonly id: 'notices' } | { readonly kind: 'notice'; readonly id: string; readonly row: NoticeRow };

const NOTICES: NoticesNode = { kind: 'notices', id: 'notices' };

/** The node, when the reading set anything aside (page furniture, boilerplate): nothing is hidden from the reader. */
export function noticesRoot(analysis: Analysis): NoticesNode[] {
  return (analysis.notices?.length ?? 0) > 0 ? [NOTICES] : [];
}

/** The rows under the node, in text order. */
export function noticeChildren(analysis: Analysis): NoticesNode[] {
  return noticeRows(analysis).map((row) => ({ kind: 'notice', id: `notice:${row.start}`, row }));
}

export function noticeItem(node: NoticesNode, analysis: Analysis, uri: string): vscode.TreeItem {
  if (node.kind === 'notices') {
    const item = new vscode.TreeItem(NOTICES_TITLE, vscode.TreeItemCollapsibleState.Collapsed);
    item.description = `${analysis.notices?.length ?? 0}`;
    item.tooltip = 'Page furniture and boilerplate the reading set aside: not claims, sections or entities';
    item.iconPath = new vscode.ThemeIcon('note');
    item.id = node.id;
    return item;
  }
  const item = new vscode.TreeItem(node.row.label, vscode.TreeItemCollapsibleState.None);
  item.description = node.row.says;
  item.tooltip = `${node.row.says} (${node.row.rule})`;
  item.iconPath = new vscode.ThemeIcon('dash');
  item.command = { command: COMMANDS.revealRange, title: 'Go to Notice', arguments: [uri, node.row.start, node.row.end] };
  item.id = node.id;
  return item;
}
