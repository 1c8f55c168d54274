import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openSample, waitFor } from './helpers';

/** A short markdown report of our own, for the preview. */
const REPORT = [
  '# Baltic Defence Budgets',
  '',
  'In 2023 Lithuania spent 4.2 billion euros on defence, about 3.2% of its GDP.',
  '',
  'Estonia raised its budget by 12% in 2024, and NATO troops exercised near Tallinn.',
  '',
].join('\n');

describe('Reading view, export and markdown preview', () => {
  it('Opens the reading view of the essay beside it, with the recovered headings as headings and the figures marked', async () => {
    const { editor, api } = await openSample();
    await vscode.commands.executeCommand('policyLens.openReadingView');
    const panel = await waitFor(() => api.reading?.panelOf(editor.document.uri), 'the reading view panel');
    const html = await waitFor(() => panel.webview.html.includes('pl-reading') && panel.webview.html, 'the reading to render');
    assert.match(html, /<h2[^>]*>Why Belarus Matters<\/h2>/);
    assert.match(html, /<mark class="pl-figure"[^>]*>36\.3%<\/mark>/);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
    assert.equal(panel.viewColumn, vscode.ViewColumn.Two);
    panel.dispose();
  });

  it('Adds figure and entity marks to the built-in markdown preview, and only them', async () => {
    const api = (await openSample()).api;
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: REPORT });
    await vscode.window.showTextDocument(doc, { preview: false });
    await waitFor(() => api.getModel(doc.uri), 'the model of the markdown report');
    const html = await waitFor(async () => {
      const rendered = await vscode.commands.executeCommand<string>('markdown.api.render', doc);
      return typeof rendered === 'string' && rendered.includes('pl-figure') && rendered;
    }, 'the preview to carry Policy Lens marks');
    assert.match(html, /<mark class="pl-figure" data-pl-card="Percentage[^"]*">3\.2%<\/mark>/);
    assert.match(html, /class="pl-entity pl-place"[^>]*>Lithuania<\/span>/);
    assert.match(html, /<h1[^>]*>Baltic Defence Budgets<\/h1>/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
