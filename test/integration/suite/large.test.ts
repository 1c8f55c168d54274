import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatePolicyLens, samplePath, waitFor } from './helpers';

describe('A document above the size limit', () => {
  let file: vscode.Uri | undefined;

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    if (file) await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
  });

  it('gets its outline only: sections, and no claims, entities or figures', async () => {
    const api = await activatePolicyLens();
    const limit = vscode.workspace.getConfiguration('policyLens').get<number>('maxDocumentSize') ?? 2_000_000;
    const section = '## Trade and troops\n\nExports of gas rose by 5% in 2020 while President Anna Berg moved 300 troops.\n\n';
    const text = `# A long report\n\n${section.repeat(Math.ceil((limit * 1.2) / section.length))}`;
    file = vscode.Uri.joinPath(vscode.Uri.file(samplePath()), '..', 'long-report.md');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
    const document = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(document, { preview: false });
    const model = await waitFor(() => api.getModel(document.uri), 'the outline of the long report', 60000);
    assert.ok(model.sections.length > 1000, `only ${model.sections.length} sections`);
    assert.equal(model.sections[0].title, 'A long report');
    assert.deepEqual([model.claims.length, model.entities.length, model.figures.length], [0, 0, 0]);
  });
});
