import * as vscode from 'vscode';
import type { IconSpec } from './present/icons';

/** A codicon with its theme color, as a tree row shows it. */
export function themeIcon(icon: IconSpec): vscode.ThemeIcon {
  return new vscode.ThemeIcon(icon.id, icon.color ? new vscode.ThemeColor(icon.color) : undefined);
}
