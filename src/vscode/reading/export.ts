import * as vscode from 'vscode';
import { exportReading, type ExportFormat } from '../../cli/export';
import type { ModelService } from '../models';
import { placedNotesOf } from '../notes/hook';

const FORMATS: readonly { label: string; description: string; format: ExportFormat; extension: string; filter: string }[] = [
  { label: 'HTML', description: 'one self-contained page to read, share or print', format: 'html', extension: 'html', filter: 'HTML' },
  { label: 'Markdown', description: 'a brief to paste: outline, theses and evidence, figures, entities', format: 'md', extension: 'md', filter: 'Markdown' },
  { label: 'JSON', description: 'the model, as `policy-lens --json` prints it', format: 'json', extension: 'json', filter: 'JSON' },
];

/**
 * `Policy Lens: Export Annotated Brief…`: asks for a format and a place, writes
 * the brief there (the same renderer as the command line's `--export`) and
 * offers to open it. Nothing is written without the reader choosing the file.
 */
export async function exportBrief(models: ModelService, doc: vscode.TextDocument | undefined): Promise<vscode.Uri | undefined> {
  if (!doc) {
    void vscode.window.showInformationMessage('Policy Lens: open a policy document to export its annotated brief.');
    return undefined;
  }
  const model = await models.get(doc);
  if (!model) {
    void vscode.window.showInformationMessage('Policy Lens: this document is not read by Policy Lens, so there is no brief to export.');
    return undefined;
  }
  const choice = await vscode.window.showQuickPick(FORMATS, { placeHolder: 'Export the annotated brief as…' });
  if (!choice) return undefined;
  const name = doc.uri.path.slice(doc.uri.path.lastIndexOf('/') + 1) || 'document';
  const stem = name.replace(/\.[^.]+$/, '');
  const folder = doc.uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(doc.uri, '..');
  const target = await vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, `${stem}.brief.${choice.extension}`) : undefined,
    filters: { [choice.filter]: [choice.extension] },
    saveLabel: 'Export',
  });
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(exportReading(model.analysis, choice.format, name, placedNotesOf(doc.uri))));
  const open = await vscode.window.showInformationMessage(`Policy Lens: the brief is in ${target.path.slice(target.path.lastIndexOf('/') + 1)}.`, 'Open');
  if (open === 'Open') await vscode.commands.executeCommand('vscode.open', target);
  return target;
}
