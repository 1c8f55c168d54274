import { strict as assert } from 'node:assert';
import { countWords } from '../../src/core/parse/phrases';
import { sortedBy, startOf } from '../../src/core/claims/evidence';

describe('Counting a vocabulary in a line, and sorting spans in place', () => {
  it('counts a phrase written across punctuation, case and a line break, and nothing in a line without its words', () => {
    const vocabulary = ['all rights reserved', 'disclaimer', 'terms of use'];
    assert.equal(countWords('ALL RIGHTS\nreserved. See our Disclaimer; terms-of-use apply', vocabulary), 3);
    assert.equal(countWords('The ministry reserved its rights over all ports.', vocabulary), 0);
    assert.equal(countWords('', vocabulary), 0);
  });

  it('orders spans by start as the engine would, keeping the writing order of spans that start together', () => {
    const spans = [
      { start: 9, name: 'late' },
      { start: 2, name: 'first of two' },
      { start: 5, name: 'middle' },
      { start: 2, name: 'second of two' },
    ];
    const expected = spans.slice().sort((a, b) => a.start - b.start);
    assert.deepEqual(sortedBy(spans, startOf).map((s) => s.name), ['first of two', 'second of two', 'middle', 'late']);
    assert.deepEqual(spans, expected);
  });

  it('leaves a list already in order as it is, and sorts a long list like a short one', () => {
    const ordered = [{ start: 1 }, { start: 1 }, { start: 4 }];
    assert.equal(sortedBy(ordered, startOf), ordered);
    const long = Array.from({ length: 50 }, (_, i) => ({ start: (i * 37) % 11, at: i }));
    const expected = long.slice().sort((a, b) => a.start - b.start);
    assert.deepEqual(sortedBy(long, startOf), expected);
  });
});
