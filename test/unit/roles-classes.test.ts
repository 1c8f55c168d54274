import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';

/**
 * Roles by the classes of the guidelines (../shared/eval/GUIDELINES.md, roles):
 * each case is a short text a reader would label the same way, and the rule
 * that should say so.
 */

/** The role of the claim holding `sentence` in plain `text`, and the rule that gave it. */
function roleIn(text: string, sentence: string): { role: string; rule: string | undefined } {
  const analysis = analyse(text, { format: 'plain' });
  const claim = analysis.claims.find((c) => text.slice(c.start, c.end).includes(sentence));
  assert.ok(claim, `no claim holds "${sentence}"`);
  return { role: claim.role, rule: claim.why.find((r) => r.about === 'role')?.rule };
}

describe('Roles by the classes a reader uses', () => {
  it('Reads a cue phrase across a hard line wrap as the same phrase', () => {
    const text = 'The fleet is old and its crews\nare thin. To be\nfair, the crews in Gdansk are well trained.';
    assert.deepEqual(roleIn(text, 'fair, the crews'), { role: 'concession', rule: 'role:concession-opening' });
  });
});
