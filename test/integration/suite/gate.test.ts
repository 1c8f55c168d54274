import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { activatePolicyLens, hoversAt, hoverText, openSample, samplePath, waitFor } from './helpers';

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
    const mention = model.entities[0]?.mentions[0];
    assert.ok(mention, 'the README names something the reading found');
    const at = document.positionAt(mention.start + 1);
    assert.equal(hoverText(await hoversAt(document.uri, at)), '', 'no hover card on a name');

    await vscode.commands.executeCommand('policyLens.annotateDocument', document.uri);
    const lenses = await waitFor(() => lensesOf(document.uri), 'lenses after Annotate anyway');
    assert.match(hoverText(await hoversAt(document.uri, at)), /mention/, 'a hover card on the name');
    assert.ok(lenses.length > 10, `${lenses.length} lenses`);

    await vscode.commands.executeCommand('policyLens.stopAnnotatingDocument', document.uri);
    await waitFor(async () => (await lensesOf(document.uri)).length === 0, 'no lenses after Stop annotating');
  });
});

describe('The policyLens.exclude setting', () => {
  const config = () => vscode.workspace.getConfiguration('policyLens');
  after(async () => {
    await config().update('exclude', undefined, vscode.ConfigurationTarget.Global);
  });

  it('takes the lenses off a policy document an exclude glob matches, and gives them back when it is removed', async () => {
    const { editor } = await openSample();
    const uri = editor.document.uri;
    await waitFor(() => lensesOf(uri), 'lenses on the sample');
    await config().update('exclude', ['**/belarus-*.txt'], vscode.ConfigurationTarget.Global);
    await waitFor(async () => (await lensesOf(uri)).length === 0, 'no lenses once excluded');
    await config().update('exclude', undefined, vscode.ConfigurationTarget.Global);
    await waitFor(() => lensesOf(uri), 'lenses again once the glob is gone');
  });
});

