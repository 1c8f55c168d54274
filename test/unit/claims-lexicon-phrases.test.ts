import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { lexiconCues } from '../../src/core/claims';

/**
 * Phrases read whole, whose words alone would name another category
 * (categories.json): an exclusive economic zone is a coastal state's
 * jurisdiction at sea (the law of the sea), not the economy; "sovereign"
 * before a word of finance names a state as a party to money — a sovereign
 * loan, swap, fund or default — and is economic, while alone or before
 * anything else ("sovereign territory") it stays geopolitical.
 */

const cuesOf = (text: string) =>
  lexiconCues(text, { start: 0, end: text.length }).map((c) => `${c.category}:${text.slice(c.start, c.end).toLowerCase()}`);
const primaryOf = (text: string) => analyse(text, { format: 'plain' }).claims[0].primary;

describe('An exclusive economic zone is jurisdiction at sea, not the economy', () => {
  it('Reads the phrase whole as geopolitical, singular or plural, with no economic cue', () => {
    assert.deepEqual(cuesOf('its exclusive economic zone'), ['geopolitical:exclusive economic zone']);
    assert.deepEqual(cuesOf('overlapping exclusive economic zones'), ['geopolitical:exclusive economic zones']);
  });

  it('Does not tag a sentence about the size of a state’s sea area as economic', () => {
    const text = 'The island republic has a coastline of 1,200 km and an exclusive economic zone of about 400,000 square kilometres.';
    assert.notEqual(primaryOf(text), 'economic');
  });
});

describe('A state as a party to money ("sovereign loans") is economic', () => {
  it('Reads sovereign loans, swaps, funds and defaults as economic, and sovereign territory as geopolitical', () => {
    assert.deepEqual(cuesOf('two sovereign loans'), ['economic:sovereign loans']);
    assert.deepEqual(cuesOf('a sovereign swap'), ['economic:sovereign swap']);
    assert.deepEqual(cuesOf('Gulf sovereign funds'), ['economic:sovereign funds']);
    assert.deepEqual(cuesOf('a sovereign default'), ['economic:sovereign default']);
    assert.deepEqual(cuesOf('sovereign territory'), ['geopolitical:sovereign']);
  });

  it('Tags a sentence about the risk of lending to states as economic', () => {
    const text = 'Critics say that a few large sovereign transactions concentrate the agency’s risk.';
    assert.equal(primaryOf(text), 'economic');
  });
});
