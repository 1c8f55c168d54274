import * as vscode from 'vscode';
import * as assert from 'node:assert/strict';
import { hoverText, hoversAt, openSample, positionOf, waitFor } from './helpers';

describe('Hover cards on the Belarus essay', () => {
  it('shows a person card for "Lukashenko" naming Aleksandr Lukashenko with his mention count', async () => {
    const { editor, model } = await openSample();
    const position = positionOf(editor.document, 3, 'Lukashenko');
    const text = hoverText(
      await waitFor(() => hoversAt(editor.document.uri, position), 'a hover on "Lukashenko" (line 3)'),
    );

    assert.match(text, /Aleksandr Lukashenko/, `hover does not name him:\n${text}`);
    assert.match(text, /\bperson\b/i, `hover does not say person:\n${text}`);
    const entity = model.entities.find((e) => e.name === 'Aleksandr Lukashenko');
    assert.ok(entity, 'the model has no entity named Aleksandr Lukashenko');
    const count = entity.mentions.length;
    assert.ok(count > 1, `the model counts ${count} mention(s) of Lukashenko`);
    assert.match(text, new RegExp(`\\b${count} mentions\\b`), `hover does not give the ${count} mentions:\n${text}`);
  });

  it('shows a percentage card for "36.3%" that mentions 1999', async () => {
    const { editor } = await openSample();
    const position = positionOf(editor.document, 35, '36.3%');
    const text = hoverText(await waitFor(() => hoversAt(editor.document.uri, position), 'a hover on "36.3%" (line 35)'));

    assert.match(text, /36\.3\s*%/, `hover does not give the value:\n${text}`);
    assert.match(text, /percent/i, `hover does not say it is a percentage:\n${text}`);
    assert.match(text, /1999/, `hover does not mention 1999:\n${text}`);
  });

  it('gives no name or figure card on a word that names nothing: only its claim\'s own card, or none when that is off', async () => {
    const { editor } = await openSample();
    // "formulated" (line 1) names nothing and holds no figure.
    const position = positionOf(editor.document, 1, 'formulated');
    const text = hoverText(await hoversAt(editor.document.uri, position));
    assert.match(text, /^\*\*(Geopolitical|Military|Economic|Unclassified)\*\*/, `not a claim card on a plain word:\n${text}`);
    assert.doesNotMatch(text, /mention|Measures:/, `a name or figure card on a plain word:\n${text}`);
    const config = vscode.workspace.getConfiguration('policyLens');
    await config.update('hover.claims', false, vscode.ConfigurationTarget.Global);
    try {
      const off = hoverText(await hoversAt(editor.document.uri, position));
      assert.equal(off, '', `a card on a plain word with policyLens.hover.claims off:\n${off}`);
    } finally {
      await config.update('hover.claims', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
