import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { lastNewline, withLineIndex } from '../../src/core/parse/line-index';

describe('Line breaks found once per text (issue #14)', () => {
  it('Answers as lastIndexOf does, for any text and offset, while texts alternate', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '.', 'Z'), maxLength: 60 });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.integer({ min: -2, max: 70 })), { minLength: 1, maxLength: 8 }), (asks) => {
        // Inside a reading (the index) and outside one (lastIndexOf itself) alike.
        withLineIndex(() => {
          for (const [t, at] of asks) assert.equal(lastNewline(t, at), t.lastIndexOf('\n', at), JSON.stringify([t, at]));
        });
        for (const [t, at] of asks) assert.equal(lastNewline(t, at), t.lastIndexOf('\n', at), JSON.stringify([t, at]));
      }),
    );
  });

  it('Gives a reading its own index and lets it go when the reading ends, even by an error (issue #11)', () => {
    assert.equal(withLineIndex(() => withLineIndex(() => lastNewline('a\nb\nc', 2))), 1);
    assert.throws(() => withLineIndex(() => { lastNewline('x\ny', 2); throw new Error('odd input'); }), /odd input/);
    assert.equal(withLineIndex(() => lastNewline('x\ny', 2)), 1);
  });
});
