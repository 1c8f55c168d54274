import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openSample, waitFor } from './helpers';

/** Lenses as VS Code shows them: every lens resolved. */
async function lensesOf(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  return (
    (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, Number.MAX_SAFE_INTEGER)) ??
    []
  );
}

describe('CodeLens on the Belarus essay', () => {
  it('labels claims with all three categories: Geopolitical, Military and Economic', async () => {
    const { editor } = await openSample();
    const lenses = await waitFor(() => lensesOf(editor.document.uri), 'CodeLens on the sample');
    const titles = lenses.map((lens) => lens.command?.title ?? '');

    for (const category of ['Geopolitical', 'Military', 'Economic']) {
      assert.ok(
        titles.some((title) => title.includes(category)),
        `no lens names ${category}; titles: ${JSON.stringify([...new Set(titles)])}`,
      );
    }
  });

  it('gives every lens a title and a place inside the document', async () => {
    const { editor } = await openSample();
    const lenses = await waitFor(() => lensesOf(editor.document.uri), 'CodeLens on the sample');
    const lastLine = editor.document.lineCount - 1;
    for (const lens of lenses) {
      assert.ok(lens.command?.title, `a lens at line ${lens.range.start.line + 1} has no title`);
      assert.ok(lens.range.start.line <= lastLine, `a lens sits past the end, at line ${lens.range.start.line + 1}`);
    }
  });
});
