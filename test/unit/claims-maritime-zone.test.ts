import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { lexiconCues } from '../../src/core/claims';

/**
 * An exclusive economic zone is a coastal state's jurisdiction at sea (the law
 * of the sea), not the economy: the phrase is read whole as a geopolitical
 * word, and its "economic" is no economic cue (categories.json).
 */

const cuesOf = (text: string) =>
  lexiconCues(text, { start: 0, end: text.length }).map((c) => `${c.category}:${text.slice(c.start, c.end).toLowerCase()}`);

describe('An exclusive economic zone is jurisdiction at sea, not the economy', () => {
  it('Reads the phrase whole as geopolitical, singular or plural, with no economic cue', () => {
    assert.deepEqual(cuesOf('its exclusive economic zone'), ['geopolitical:exclusive economic zone']);
    assert.deepEqual(cuesOf('overlapping exclusive economic zones'), ['geopolitical:exclusive economic zones']);
  });

  it('Does not tag a sentence about the size of a state’s sea area as economic', () => {
    const text = 'The island republic has a coastline of 1,200 km and an exclusive economic zone of about 400,000 square kilometres.';
    const [claim] = analyse(text, { format: 'plain' }).claims;
    assert.notEqual(claim.primary, 'economic');
  });
});
