import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { SURE } from '../../src/vscode/present/lenses';

/**
 * A claim whose only word of its category is a weak one (claim:confidence-one-weak-word):
 * where the other sentences of its paragraph are as weakly about the category, their
 * agreement is guesses agreeing, not evidence, and the tag keeps its question mark;
 * where they are plainly about it, the paragraph still makes the weak word sure.
 */

const claimOf = (text: string, sentence: string) => {
  const claim = analyse(text, { format: 'plain' }).claims.find((c) => text.slice(c.start, c.end).includes(sentence));
  assert.ok(claim, `no claim holds "${sentence}"`);
  return claim;
};
const rules = (why: readonly { rule: string }[]) => why.map((r) => r.rule);

describe('One weak word in a paragraph as weakly about its category (claim:confidence-one-weak-word)', () => {
  it('Does not show as sure a sentence whose one weak word the rest of its paragraph merely repeats', () => {
    const text = 'Demand for the new cables is there. The technology is mature. Operators are waiting for a decision.';
    const claim = claimOf(text, 'The technology is mature.');
    assert.equal(claim.primary, 'economic');
    assert.ok(claim.confidence! < SURE, `confidence ${claim.confidence}`);
    const reason = claim.why.find((r) => r.rule === 'claim:confidence-one-weak-word');
    assert.equal(reason?.words, 'technology');
  });

  it('Still shows it as sure where the other sentences of its paragraph are plainly about the category', () => {
    const text = 'Tariffs on imported steel doubled and import prices rose by a third. Freight costs and insurance premiums followed. The technology is mature.';
    const claim = claimOf(text, 'The technology is mature.');
    assert.equal(claim.primary, 'economic');
    assert.ok(claim.confidence! >= SURE, `confidence ${claim.confidence}`);
    assert.ok(!rules(claim.why).includes('claim:confidence-one-weak-word'));
  });
});
