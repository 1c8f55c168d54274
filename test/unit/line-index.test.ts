import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { lastNewline } from '../../src/core/parse/line-index';

describe('Line breaks found once per text (issue #14)', () => {
  it('Answers as lastIndexOf does, for any text and offset, while texts alternate', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '.', 'Z'), maxLength: 60 });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.integer({ min: -2, max: 70 })), { minLength: 1, maxLength: 8 }), (asks) => {
        for (const [t, at] of asks) assert.equal(lastNewline(t, at), t.lastIndexOf('\n', at), JSON.stringify([t, at]));
      }),
    );
  });
});
