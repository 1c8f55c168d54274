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
    assert.deepEqual(cuesOf('its sovereign rating'), ['economic:sovereign rating']);
    assert.deepEqual(cuesOf('sovereign ratings agencies'), ['economic:sovereign ratings']);
    assert.deepEqual(cuesOf('sovereign territory'), ['geopolitical:sovereign']);
  });

  it('Tags a sentence about the risk of lending to states as economic', () => {
    const text = 'Critics say that a few large sovereign transactions concentrate the agency’s risk.';
    assert.equal(primaryOf(text), 'economic');
  });

  it('Tags a rating model that scores a named state as economic, not as politics between states', () => {
    const text = "The agency's sovereign rating model assigns Kestria a score equivalent to a rating of 'BB+'.";
    assert.equal(primaryOf(text), 'economic');
  });
});

describe('The trade agreements of the WTO and a safeguard measure are trade law, not diplomacy', () => {
  it('Reads the Agreement on Safeguards and on Agriculture whole as economic, with no geopolitical "agreement"', () => {
    assert.deepEqual(cuesOf('under the Agreement on Safeguards'), ['economic:agreement on safeguards']);
    assert.deepEqual(cuesOf('the WTO Agreement on Agriculture'), ['economic:wto', 'economic:agreement on agriculture']);
    assert.deepEqual(cuesOf('a provisional safeguard measure'), ['economic:safeguard measure']);
  });

  it('Leaves other agreements, and the safeguards of nuclear inspectors, as they were', () => {
    assert.deepEqual(cuesOf('a border agreement on river crossings'), ['geopolitical:agreement']);
    assert.deepEqual(cuesOf('the safeguards measures of the inspectors'), []);
  });

  it('Tags a ruling that a duty breaks the Agreement on Safeguards as economic', () => {
    const text = 'The arbitrators held that Norland breached Article 3 of the Agreement on Safeguards when it extended the duty on copper wire.';
    assert.equal(primaryOf(text), 'economic');
    const claim = analyse(text, { format: 'plain' }).claims[0];
    assert.ok(claim.why.some((r) => r.rule === 'claim:economic-word' && r.words === 'Agreement on Safeguards'));
  });
});
