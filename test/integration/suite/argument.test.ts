import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ArgumentNode } from '../../../src/vscode/present/outline';
import { activatePolicyLens, openSample, rowsOf, waitFor, type Row } from './helpers';

/** Lenses as VS Code shows them: every lens resolved. */
async function lensesOf(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  return (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, Number.MAX_SAFE_INTEGER)) ?? [];
}

const nodeOf = (row: Row) => row.node as ArgumentNode;

describe('The argument in the editor (Why Belarus Matters)', () => {
  it('shows a thesis of "Why Belarus Matters" in the Argument view, with what supports it under it', async () => {
    const api = await activatePolicyLens();
    const { editor } = await openSample();
    const tree = api.views?.argument;
    assert.ok(tree, 'the API exposes no Argument view');
    const section = await waitFor(async () => (await rowsOf(tree)).find((row) => row.label === 'Why Belarus Matters'), 'the section row');
    const rows = await rowsOf(tree, section.node);
    const theses = rows.filter((row) => nodeOf(row).kind === 'claim' && String(row.item.description).startsWith('thesis'));
    assert.ok(theses.length > 0, `no thesis row under the section: ${JSON.stringify(rows.map((r) => [r.label, r.item.description]))}`);
    const model = await api.getModel(editor.document.uri);
    assert.ok(model);
    const linked = model.claims.some((claim) => (claim.supportedBy ?? []).length > 0);
    if (linked) {
      // With the argument reader's links: a thesis opens onto the claims that support it.
      const open = theses.find((row) => row.item.collapsibleState !== vscode.TreeItemCollapsibleState.None);
      assert.ok(open, 'no thesis of the section holds supporting claims');
      const under = await rowsOf(tree, open.node);
      const thesis = model.claims[nodeOf(open).index];
      for (const row of under) assert.ok((thesis.supportedBy ?? []).concat(thesis.qualifiedBy ?? []).includes(nodeOf(row).index), `${row.label} is not linked to its thesis`);
      assert.ok(under.some((row) => /reason|evidence/.test(String(row.item.description))), 'no reason or evidence under the thesis');
    }
    // Statements, when the section has any, sit in a collapsed group of their own.
    const group = rows.find((row) => nodeOf(row).kind === 'statements');
    if (model.claims.some((c) => c.section === nodeOf(section).index && c.role === 'statement' && !(c.supports ?? []).length)) {
      assert.ok(group, 'no statements group');
      assert.equal(group.item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    }
  });

  it('puts one lens per paragraph on the essay by default, and never two on one line', async () => {
    const { editor } = await openSample();
    assert.equal(vscode.workspace.getConfiguration('policyLens').get('codeLens.mode'), 'paragraph');
    const lenses = await waitFor(() => lensesOf(editor.document.uri), 'CodeLens on the sample');
    const lines = lenses.map((lens) => lens.range.start.line);
    const twice = lines.filter((line, i) => lines.indexOf(line) !== i);
    assert.deepEqual(twice, [], `lines with two lenses: ${twice.map((l) => l + 1)}`);
    assert.ok(lenses.every((lens) => /^(Geopolitical|Military|Economic|question|thesis|conclusion|reason|evidence|contrast|concession|\d)/.test(lens.command?.title ?? '')), 'a lens with no summary');
  });

  it('shows a claim\'s own hover between names and figures', async () => {
    const { editor } = await openSample();
    const api = await activatePolicyLens();
    const model = await waitFor(() => api.getModel(editor.document.uri), 'the model');
    // A word of a claim that is neither a name nor a figure: the claim's first letter when free.
    const claim = model.claims.find((c) => !model.figures.some((f) => f.start <= c.start && c.start < f.end) && !model.entities.some((e) => e.mentions.some((m) => m.start <= c.start && c.start < m.end)));
    assert.ok(claim);
    const position = editor.document.positionAt(claim.start);
    const hovers = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
      return found?.length ? found : undefined;
    }, 'a hover on a claim');
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, new RegExp(`· (a |an )?${claim.role}`), text);
  });
});
