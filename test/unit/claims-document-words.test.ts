import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { SURE } from '../../bench/score';

/**
 * How the document itself uses a word no lexicon lists (claim:word-in-company),
 * and how sure a sentence with no category can be when it names a state
 * (claim:confidence-none-names).
 */

const claimsOf = (text: string) => {
  const analysis = analyse(text, { format: 'plain' });
  const claim = (start: string) => analysis.claims.find((c) => text.slice(c.start, c.end).startsWith(start))!;
  return { claim, rules: (start: string) => claim(start).why.map((r) => r.rule) };
};

describe('A word the document keeps in one category\'s company', () => {
  // The word as a sentence opens with it, and as written inside one.
  const about = (word: string, inside: string) =>
    `Grain terminals\n\n${word} is the largest cost in the harbour budget, at 12 million euros a year. ` +
    `Prices for ${inside} rose by a third at the last tender, and the fees went up with them. ` +
    `The shipping lines pay for ${inside} through a tariff on every cargo. ` +
    `Two firms bid for the ${inside} contract, both owned by one investment fund. ` +
    `The ${inside} budget will be cut in 2027 to save money.\n\n` +
    `${word} stopped for eleven weeks last winter when the contractor's vessels were in dock. The harbour master retired in June.\n`;

  it('Reads a sentence with no category word of its own by the document\'s word, unsure, and names the word', () => {
    const { claim, rules } = claimsOf(about('Dredging', 'dredging'));
    assert.equal(claim('Dredging stopped').primary, 'economic');
    assert.ok(claim('Dredging stopped').confidence! < SURE);
    assert.ok(rules('Dredging stopped').includes('claim:word-in-company'));
    assert.equal(claim('The harbour master').primary, null);
  });

  it('Learns no topic from a word the document only ever writes with a capital: a name is read as a name', () => {
    const { rules } = claimsOf(about('Marrowby', 'Marrowby'));
    assert.ok(!rules('Marrowby stopped').includes('claim:word-in-company'));
  });

  it('Counts only the sentences that lean at all: a word most sentences hold without a category word is still the category of those that have one', () => {
    // "flotillas" in seven sentences: three lean military by their own words, four lean nowhere, none leans another way.
    const text =
      'Escorts\n\nThe navy sent eleven flotillas through the strait last year. The flotillas left from the northern anchorage. ' +
      'Each of the flotillas had two frigates and a helicopter on board. The flotillas waited for the tide at the bar. Most of the flotillas sailed at night. ' +
      'Submarines shadowed two of the flotillas in March.\n\nThree of the flotillas turned back at the narrows. The harbour master retired in June.\n';
    const { claim, rules } = claimsOf(text);
    assert.equal(claim('Three of the flotillas').primary, 'military');
    assert.ok(rules('Three of the flotillas').includes('claim:word-in-company'));
    assert.ok(claim('Three of the flotillas').confidence! < SURE);
  });
});

describe('A sentence with no category that names a state', () => {
  it('Is shown unsure, and its hover says it names a place that nothing marks as background', () => {
    const text = 'Notes\n\nNorway has designated more individuals since 2022 than ever before. The list is long.\n';
    const { claim, rules } = claimsOf(text);
    assert.equal(claim('Norway has').primary, null);
    assert.ok(claim('Norway has').confidence! < SURE);
    assert.ok(rules('Norway has').includes('claim:confidence-none-names'));
    // The sentence beside it names no place: nothing stops it being sure it has no category.
    assert.ok(claim('The list').confidence! >= SURE);
  });
});
