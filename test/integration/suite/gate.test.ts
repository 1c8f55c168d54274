import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { activatePolicyLens, samplePath, waitFor } from './helpers';

async function lensesOf(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  return (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [];
}

/** This project's README, which the driver copies into the workspace beside the sample. */
function readme(): vscode.Uri {
  const file = path.join(path.dirname(samplePath()), 'README.md');
  assert.ok(existsSync(file), `${file} is not in the workspace`);
  return vscode.Uri.file(file);
}

describe('Only the documents a reader means', () => {
  after(async () => {
    await vscode.commands.executeCommand('policyLens.stopAnnotatingDocument', readme());
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it("leaves this project's README without lenses or hover cards, and 'Annotate anyway' brings them", async () => {
    const api = await activatePolicyLens();
    const document = await vscode.workspace.openTextDocument(readme());
    await vscode.window.showTextDocument(document, { preview: false });
    const model = await waitFor(() => api.getModel(document.uri), 'the model of the README');
    assert.ok(model.claims.length > 10, 'it is read: its outline is there');
    assert.deepEqual(await lensesOf(document.uri), []);

    await vscode.commands.executeCommand('policyLens.annotateDocument', document.uri);
    const lenses = await waitFor(() => lensesOf(document.uri), 'lenses after Annotate anyway');
    assert.ok(lenses.length > 10, `${lenses.length} lenses`);

    await vscode.commands.executeCommand('policyLens.stopAnnotatingDocument', document.uri);
    await waitFor(async () => (await lensesOf(document.uri)).length === 0, 'no lenses after Stop annotating');
  });
});
