import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS } from '../../../src/vscode/present/ids';
import { openSample, rowsOf, waitFor, type PolicyLensApi, type Row } from './helpers';

const HEADINGS = [
  'Why Belarus Matters',
  'What Went Wrong with Russian-Belorussian Integration',
  'Looking for a Third Option: Moscow’s Pragmatic Response',
];

/** A row as the suites compare it: its label and the command a click runs. */
interface Shown {
  readonly label: string;
  readonly command: vscode.Command | undefined;
}

/** Rows of a tree down to `depth` levels, in display order. */
async function walk(provider: vscode.TreeDataProvider<unknown>, depth: number, parent?: unknown): Promise<Row[]> {
  const rows = await rowsOf(provider, parent);
  if (depth <= 1) return rows;
  const nested = await Promise.all(rows.map(async (row) => [row, ...(await walk(provider, depth - 1, row.node))]));
  return nested.flat();
}

/**
 * The Argument view's rows (sections and the claims under them). Read from the
 * view's tree when the API exposes it (`views.argument`); otherwise from what the
 * view is built from: the model's sections, each with the command its row runs.
 */
async function argumentRows(api: PolicyLensApi, uri: vscode.Uri): Promise<Shown[]> {
  const tree = api.views?.argument;
  if (tree) {
    return waitFor(async () => {
      const rows = (await walk(tree, 2)).map(({ label, item }) => ({ label, command: item.command }));
      return rows.some((row) => row.label === HEADINGS[0]) && rows;
    }, 'the Argument view to show the sample');
  }
  const model = await api.getModel(uri);
  assert.ok(model, 'no model for the sample');
  return model.sections.map((section) => ({
    label: section.title,
    command: {
      title: 'Go to Section',
      command: COMMANDS.revealRange,
      arguments: [uri.toString(), section.heading.start, section.heading.end],
    },
  }));
}

/** Names under "People" in the Entities view (its tree, else the model's person entities). */
async function people(api: PolicyLensApi, uri: vscode.Uri): Promise<string[]> {
  const tree = api.views?.entities;
  if (tree) {
    const group = await waitFor(
      async () => (await rowsOf(tree)).find((row) => /^People$/i.test(row.label)),
      'a People group in the Entities view',
    );
    return (await rowsOf(tree, group.node)).map((row) => row.label);
  }
  const model = await api.getModel(uri);
  assert.ok(model, 'no model for the sample');
  return model.entities.filter((entity) => entity.type === 'person').map((entity) => entity.name);
}

describe('The Policy Lens sidebar on the Belarus essay', () => {
  it('lists the three headings of the essay in the Argument view, in order', async () => {
    const { api, editor } = await openSample();
    const labels = (await argumentRows(api, editor.document.uri)).map((row) => row.label);
    const at = HEADINGS.map((heading) => labels.indexOf(heading));
    assert.ok(
      at.every((i) => i >= 0),
      `missing ${JSON.stringify(HEADINGS.filter((_, k) => at[k] < 0))}; rows: ${JSON.stringify(labels.slice(0, 20))}`,
    );
    assert.deepEqual([...at].sort((a, b) => a - b), at, `headings out of order: ${JSON.stringify(labels)}`);
  });

  it('moves the cursor to a heading when its Argument row is revealed', async () => {
    const { api, editor } = await openSample();
    const heading = HEADINGS[1];
    const row = (await argumentRows(api, editor.document.uri)).find((r) => r.label === heading);
    assert.ok(row?.command, `the "${heading}" row has no command`);

    // Start elsewhere, so that a cursor already on the heading cannot pass the test.
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand(row.command.command, ...(row.command.arguments ?? []));

    const line = editor.document.getText().split(/\r?\n/).findIndex((text) => text.trim() === heading);
    assert.ok(line > 0, `"${heading}" is not a line of the sample`);
    const active = await waitFor(
      () => vscode.window.activeTextEditor?.selection.active.line === line && vscode.window.activeTextEditor,
      `the cursor to reach line ${line + 1}`,
      5000,
    );
    assert.equal(active.document.uri.toString(), editor.document.uri.toString());
  });

  it('lists Lukashenko and Putin among the people in the Entities view', async () => {
    const { api, editor } = await openSample();
    const names = await people(api, editor.document.uri);
    for (const name of ['Lukashenko', 'Putin']) {
      assert.ok(
        names.some((label) => label.includes(name)),
        `no person named ${name}; people: ${JSON.stringify(names)}`,
      );
    }
  });
});
