import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openSample, waitFor } from './helpers';

/** A reader's lexicon in the test workspace: one bad weight on line 4, one good term. */
const LEXICON = ['{', '  "economic": {', '    "questions": 10,', '    "formulated": 99', '  }', '}', ''].join('\n');

describe('A reader’s own lexicon', () => {
  let file: vscode.Uri | undefined;

  after(async () => {
    if (file) await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
  });

  it('shows a bad weight in the Problems panel at its line, and applies the valid terms', async () => {
    const { editor, api } = await openSample();
    const folder = vscode.workspace.getWorkspaceFolder(editor.document.uri) ?? vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the sample is not in a workspace folder');
    const before = await api.getModel(editor.document.uri);
    assert.equal(before?.claims[0].primary, 'geopolitical');

    file = vscode.Uri.joinPath(folder.uri, '.vscode', 'policy-lens-lexicon.json');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(LEXICON));
    // The reader opens it (its problems show at once, whenever the file watcher reports the new file).
    await vscode.workspace.openTextDocument(file);

    const problems = await waitFor(
      () => vscode.languages.getDiagnostics(file!).filter((d) => d.source === 'Policy Lens'),
      'Policy Lens problems in the lexicon file',
    );
    assert.equal(problems.length, 1);
    assert.equal(problems[0].range.start.line, 3, 'the problem is on the line of "formulated"');
    assert.match(problems[0].message, /weight of "formulated"/);

    // "questions" now argues for economic, so the essay's first sentence reads as economic.
    await waitFor(async () => (await api.getModel(editor.document.uri))?.claims[0].primary === 'economic', 'the lexicon to apply');

    await vscode.workspace.fs.delete(file);
    await waitFor(async () => (await api.getModel(editor.document.uri))?.claims[0].primary === 'geopolitical', 'the lexicon to be dropped');
    assert.deepEqual(vscode.languages.getDiagnostics(file).filter((d) => d.source === 'Policy Lens'), []);
    file = undefined;
  });
});
