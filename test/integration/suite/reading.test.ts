import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
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
    assert.equal(panel.title, 'Reading: belarus-dilemma.txt');
    panel.dispose();
  });

  it('Adds figure and entity marks to the markdown preview, and only them', async () => {
    const api = (await openSample()).api;
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: REPORT });
    await vscode.window.showTextDocument(doc, { preview: false });
    await waitFor(() => api.getModel(doc.uri), 'the model of the markdown report');
    // The plugin VS Code's preview receives from activate(), on a markdown-it of the same major version.
    const md = api.extendMarkdownIt!(new MarkdownIt()) as MarkdownIt;
    // As VS Code's preview does: parse with an empty env (tokens are cached), render with the document.
    const tokens = md.parse(REPORT, {});
    const html = md.renderer.render(tokens, md.options, { currentDocument: doc.uri });
    assert.equal(md.renderer.render(tokens, md.options, {}), new MarkdownIt().render(REPORT), 'the cached tokens were changed');
    assert.match(html, /<mark class="pl-figure" data-pl-card="Percentage[^"]*">3\.2%<\/mark>/);
    assert.match(html, /class="pl-entity pl-place"[^>]*>Lithuania<\/span>/);
    assert.equal(html.replace(/<\/?(mark|span)[^>]*>/g, '').replace(/ class="[^"]*" data-pl-card="[^"]*"/g, ''), new MarkdownIt().render(REPORT));
    // The built-in preview's own renderer, where this VS Code offers it.
    const rendered = await vscode.commands.executeCommand<string>('markdown.api.render', doc).then(
      (value) => value,
      () => undefined,
    );
    if (typeof rendered === 'string') {
      assert.match(rendered, /<h1[^>]*>Baltic Defence Budgets<\/h1>/);
      assert.match(rendered, /<mark class="pl-figure"/);
    }
    await vscode.window.showTextDocument(doc, { preview: false });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
