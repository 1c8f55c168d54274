import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { lexiconCues } from '../../src/core/claims';

/**
 * "Sovereign" before a word of finance names a state as a party to money —
 * a sovereign loan, swap, fund or default — and reads economic, whole; alone
 * or before anything else ("sovereign territory") it stays geopolitical
 * (categories.json).
 */

const cuesOf = (text: string) =>
  lexiconCues(text, { start: 0, end: text.length }).map((c) => `${c.category}:${text.slice(c.start, c.end).toLowerCase()}`);

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
    const [claim] = analyse(text, { format: 'plain' }).claims;
    assert.equal(claim.primary, 'economic');
  });
});
