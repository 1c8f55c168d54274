import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { SURE } from '../../src/vscode/present/lenses';

/**
 * Two kinds of claim whose category a reader should not see as sure, though
 * they reached it before: one decisive word with nothing around it agreeing
 * (claim:confidence-one-witness), and a sentence whose named institutions hold
 * as much of another category as its own words hold of its own
 * (claim:confidence-name-against). Neither changes the category, only its
 * question mark.
 */

const claimOf = (text: string, sentence: string) => {
  const claim = analyse(text, { format: 'plain' }).claims.find((c) => text.slice(c.start, c.end).includes(sentence));
  assert.ok(claim, `no claim holds "${sentence}"`);
  return claim;
};
const reason = (why: readonly { rule: string; words?: string }[], rule: string) => why.find((r) => r.rule === rule);

const TRADE = 'Tariffs on imported steel doubled and import prices rose by a third. Freight costs and insurance premiums followed.';

describe('One decisive word that nothing around it agrees with (claim:confidence-one-witness)', () => {
  it('Keeps the question mark on a sentence whose one strong word stands in a paragraph about something else', () => {
    const text = 'Grain exports through the port rose by a fifth last year. Freight rates and insurance premiums fell. The old quay is now a deterrent.';
    const claim = claimOf(text, 'The old quay is now a deterrent.');
    assert.equal(claim.primary, 'military');
    assert.ok(claim.confidence! < SURE, `confidence ${claim.confidence}`);
    assert.equal(reason(claim.why, 'claim:confidence-one-witness')?.words, 'deterrent');
  });

  it('Shows the same sentence as sure where its paragraph is about the same thing', () => {
    const text = 'Patrols doubled along the border. The army moved two brigades north. The old quay is now a deterrent.';
    const claim = claimOf(text, 'The old quay is now a deterrent.');
    assert.equal(claim.primary, 'military');
    assert.ok(claim.confidence! >= SURE, `confidence ${claim.confidence}`);
    assert.equal(reason(claim.why, 'claim:confidence-one-witness'), undefined);
  });
});

describe('Named institutions of another category (claim:confidence-name-against)', () => {
  it('Keeps the question mark where a military programme pays for something in a paragraph about trade', () => {
    const claim = claimOf(`${TRADE} The Naval Training Program will fund twenty places.`, 'The Naval Training Program will fund');
    assert.equal(claim.primary, 'economic');
    assert.ok(claim.confidence! < SURE, `confidence ${claim.confidence}`);
    assert.equal(reason(claim.why, 'claim:confidence-name-against')?.words, 'military');
  });

  it('Shows it as sure where the name is of its own category', () => {
    const claim = claimOf(`${TRADE} The Export Training Program will fund twenty places.`, 'The Export Training Program will fund');
    assert.equal(claim.primary, 'economic');
    assert.ok(claim.confidence! >= SURE, `confidence ${claim.confidence}`);
    assert.equal(reason(claim.why, 'claim:confidence-name-against'), undefined);
  });

  it('Shows it as sure where its own words outweigh what the name holds', () => {
    const claim = claimOf(`${TRADE} The Naval Training Program will fund twenty places for customs and tax officers.`, 'The Naval Training Program will fund');
    assert.equal(claim.primary, 'economic');
    assert.ok(claim.confidence! >= SURE, `confidence ${claim.confidence}`);
    assert.equal(reason(claim.why, 'claim:confidence-name-against'), undefined);
  });
});
