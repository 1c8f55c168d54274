import { strict as assert } from 'node:assert';
import { findClaim } from '../../src/vscode/present/navigate';
import { ANALYSIS } from './present-fixture';

const claims = ANALYSIS.claims;
const middle = (i: number) => claims[i].start + 3;

describe('present/navigate', () => {
  it('Should go to the first claim starting after the cursor', () => {
    assert.deepEqual(findClaim(ANALYSIS, 0, 'next'), { index: 0, wrapped: false });
    assert.deepEqual(findClaim(ANALYSIS, middle(0), 'next'), { index: 1, wrapped: false });
    assert.deepEqual(findClaim(ANALYSIS, claims[1].start, 'next'), { index: 2, wrapped: false });
  });

  it('Should go back to the start of the claim the cursor is in, then to the one before', () => {
    assert.deepEqual(findClaim(ANALYSIS, middle(1), 'previous'), { index: 1, wrapped: false });
    assert.deepEqual(findClaim(ANALYSIS, claims[1].start, 'previous'), { index: 0, wrapped: false });
  });

  it('Should wrap around at either end', () => {
    assert.deepEqual(findClaim(ANALYSIS, ANALYSIS.text.length, 'next'), { index: 0, wrapped: true });
    assert.deepEqual(findClaim(ANALYSIS, claims[0].start, 'previous'), { index: 6, wrapped: true });
  });

  it('Should skip claims of other categories, secondary categories counting', () => {
    assert.deepEqual(findClaim(ANALYSIS, 0, 'next', 'military'), { index: 1, wrapped: false });
    assert.deepEqual(findClaim(ANALYSIS, claims[1].start, 'next', 'military'), { index: 3, wrapped: false });
    assert.deepEqual(findClaim(ANALYSIS, claims[6].start, 'next', 'geopolitical'), { index: 0, wrapped: true });
  });

  it('Should find nothing in a document without claims', () => {
    assert.equal(findClaim({ ...ANALYSIS, claims: [] }, 0, 'next'), undefined);
    assert.equal(findClaim({ ...ANALYSIS, claims: [claims[5]] }, 0, 'next', 'military'), undefined);
  });
});
