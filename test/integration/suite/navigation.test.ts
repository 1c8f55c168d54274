import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openSample, positionOf, waitFor } from './helpers';

/** What the Outline view, breadcrumbs and Go to Symbol show: every provider's symbols. */
async function symbolsOf(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  return (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
}

describe("The editor's own navigation on the Belarus essay", () => {
  it('gives the Outline its four sections, and "Why Belarus Matters" holds line 20', async () => {
    const { editor } = await openSample();
    const symbols = await waitFor(() => symbolsOf(editor.document.uri), 'symbols of the sample');
    assert.deepEqual(
      symbols.map((s) => s.name),
      [
        '(introduction)',
        'Why Belarus Matters',
        'What Went Wrong with Russian-Belorussian Integration',
        'Looking for a Third Option: Moscow’s Pragmatic Response',
      ],
    );
    const around = symbols.filter((s) => s.range.contains(new vscode.Position(19, 0)));
    assert.deepEqual(around.map((s) => s.name), ['Why Belarus Matters']);
  });

  it('lists the 7 mentions of Lukashenko for Find All References, and goes to the first for Go to Definition', async () => {
    const { editor } = await openSample();
    const doc = editor.document;
    const later = positionOf(doc, 135, 'Lukashenko');
    const references = await waitFor(
      async () => await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, later),
      'references of Lukashenko',
    );
    assert.equal(references.length, 7, JSON.stringify(references.map((r) => r.range.start.line + 1)));
    for (const reference of references) assert.match(doc.getText(reference.range), /Lukashenko/);
    const definitions = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, later);
    const first = definitions[0];
    const range = 'targetRange' in first ? first.targetRange : first.range;
    assert.equal(range.start.line, 2, 'the first mention is on line 3');
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', doc.uri, later);
    assert.equal(highlights.length, 7);
  });

  it('folds its three headed sections', async () => {
    const { editor } = await openSample();
    const folds = await waitFor(
      async () => await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', editor.document.uri),
      'folding ranges',
    );
    const heading = folds.find((f) => editor.document.lineAt(f.start).text.trim() === 'Why Belarus Matters');
    assert.ok(heading && heading.end > 19, JSON.stringify(folds.slice(0, 5)));
  });

  it('finds Lukashenko and the section titles with Go to Symbol in Workspace', async () => {
    await openSample();
    const lukashenko = await waitFor(
      async () => await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Lukashenko'),
      'workspace symbols for Lukashenko',
    );
    assert.ok(lukashenko.some((s) => s.name === 'Aleksandr Lukashenko'), JSON.stringify(lukashenko.map((s) => s.name)));
    const titles = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Why Belarus');
    assert.ok(titles.some((s) => s.name === 'Why Belarus Matters'));
  });
});
