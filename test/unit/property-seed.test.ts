// Property tests check the same cases on every run (test/properties.cjs sets
// one seed for the fast-check that every test file shares), so a rare
// counterexample shows up in a hand search, not as a CI failure by chance.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';

describe('property tests', () => {
  it('share one seeded fast-check, so a run checks the same cases each time', () => {
    const seed = fc.readConfigureGlobal().seed;
    assert.ok(Number.isSafeInteger(seed), 'fast-check has no global seed: is test/properties.cjs in .mocharc.json and fast-check external in the test build?');
    const draw = () => fc.sample(fc.integer(), { numRuns: 3 });
    assert.deepEqual(draw(), draw(), 'two draws with the global seed differ');
  });
});
