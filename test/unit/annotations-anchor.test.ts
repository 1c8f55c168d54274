import { strict as assert } from 'node:assert';
import { anchor, quoteOf } from '../../src/core/annotations/anchor';
import { mapThrough } from '../../src/core/annotations/edits';
import { marked } from './helpers';

const DOC = marked(
  'Minsk sells potash through Lithuania. $$Transit fees fell by a third in 2021$$ after the sanctions. ' +
    'Transit fees fell by a third in 2021 is also said of Latvia. Moscow lends the difference.',
);
const [RANGE] = DOC.spans;
const QUOTE = quoteOf(DOC.text, RANGE);

describe('Anchoring a note on the current text', () => {
  it('Keeps up to 32 characters of context on each side of the quote', () => {
    assert.equal(QUOTE.exact, 'Transit fees fell by a third in 2021');
    assert.equal(QUOTE.prefix, 'Minsk sells potash through Lithuania. '.slice(-32));
    assert.equal(QUOTE.suffix, ' after the sanctions. Transit fe');
  });

  it('Finds the quote where it was when the text did not change', () => {
    assert.deepEqual(anchor(DOC.text, QUOTE, RANGE), { status: 'anchored', range: RANGE });
  });

  it('Finds the quote after text was added above it, by its context rather than the nearest copy', () => {
    const text = `A new opening paragraph of the brief.\n\n${DOC.text}`;
    const moved = anchor(text, QUOTE, RANGE);
    assert.equal(moved.status, 'anchored');
    assert.equal(moved.range!.start, RANGE.start + 39);
    assert.equal(text.slice(moved.range!.start, moved.range!.end), QUOTE.exact);
  });

  it('Takes the copy with the matching context when the quote appears twice', () => {
    const second = DOC.text.indexOf(QUOTE.exact, RANGE.end);
    const other = quoteOf(DOC.text, { start: second, end: second + QUOTE.exact.length });
    const found = anchor(DOC.text, other, { start: 0, end: 0 });
    assert.equal(found.range!.start, second);
  });

  it('Places a quote whose words were edited a little as fuzzy, on the edited words', () => {
    const text = DOC.text
      .replace('Transit fees fell by a third in 2021 after', 'Transit fees fell by a quarter in 2021 after')
      .replace('Transit fees fell by a third in 2021 is', 'The same is');
    const found = anchor(text, QUOTE, RANGE);
    assert.equal(found.status, 'fuzzy');
    assert.equal(text.slice(found.range!.start, found.range!.end), 'Transit fees fell by a quarter in 2021');
  });

  it('Takes an exact copy of the quote elsewhere over an edited one in place (an unchanged quote is never moved off)', () => {
    const text = DOC.text.replace('Transit fees fell by a third in 2021 after', 'Transit fees fell by a quarter in 2021 after');
    const found = anchor(text, QUOTE, RANGE);
    assert.equal(found.status, 'anchored');
    assert.equal(found.range!.start, text.indexOf(QUOTE.exact));
  });

  it('Orphans a note whose sentence was rewritten, and never invents a place for it', () => {
    const text = DOC.text.replace(/Transit fees fell by a third in 2021/g, 'Nothing of the kind happened');
    assert.deepEqual(anchor(text, QUOTE, RANGE), { status: 'orphaned', range: null });
  });

  it('Uses the position alone when a target has no quote, and orphans it when it no longer fits', () => {
    assert.deepEqual(anchor('short text', null, { start: 0, end: 5 }), { status: 'anchored', range: { start: 0, end: 5 } });
    assert.equal(anchor('short', null, { start: 2, end: 40 }).status, 'orphaned');
  });

  it('Never splits a surrogate pair when it places an edited quote', () => {
    const text = 'Flags: 🇧🇾 and 🇱🇹 on the border post near Grodno today.';
    const start = text.indexOf('🇱🇹');
    const quote = quoteOf(text, { start, end: start + 4 });
    const edited = text.replace('and', 'or also');
    const found = anchor(edited, quote, { start, end: start + 4 });
    assert.equal(edited.slice(found.range!.start, found.range!.end), '🇱🇹');
  });
});

describe('Moving a note through editor changes', () => {
  const range = { start: 10, end: 20 };
  it('Shifts a range when text is typed before it, and not when typed after it', () => {
    assert.deepEqual(mapThrough(range, [{ start: 2, end: 2, text: 'abc' }]), { start: 13, end: 23 });
    assert.deepEqual(mapThrough(range, [{ start: 25, end: 26, text: '' }]), range);
  });

  it('Grows with text typed inside it, and keeps text typed at its edges outside', () => {
    assert.deepEqual(mapThrough(range, [{ start: 15, end: 15, text: 'xy' }]), { start: 10, end: 22 });
    assert.deepEqual(mapThrough(range, [{ start: 10, end: 10, text: 'xy' }]), { start: 12, end: 22 });
    assert.deepEqual(mapThrough(range, [{ start: 20, end: 20, text: 'xy' }]), { start: 10, end: 20 });
  });

  it('Shrinks to what is left when a deletion crosses one of its edges', () => {
    assert.deepEqual(mapThrough(range, [{ start: 5, end: 12, text: '' }]), { start: 5, end: 13 });
    assert.deepEqual(mapThrough(range, [{ start: 18, end: 30, text: '' }]), { start: 10, end: 18 });
  });

  it('Collapses to a point, never disappears, when all its text is deleted', () => {
    assert.deepEqual(mapThrough(range, [{ start: 8, end: 22, text: '' }]), { start: 8, end: 8 });
  });

  it('Applies several changes of one event, which all refer to the text before it', () => {
    const changes = [
      { start: 0, end: 0, text: '12' },
      { start: 12, end: 14, text: '' },
      { start: 30, end: 30, text: 'zzz' },
    ];
    assert.deepEqual(mapThrough(range, changes), { start: 12, end: 20 });
  });
});
