import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { isBoundary, onBoundary } from '../../src/core/annotations/anchor';
import { applyChange, mapThrough, type TextChange } from '../../src/core/annotations/edits';
import { anchorAll } from '../../src/core/annotations/layer';
import type { Range, ReaderAnnotation } from '../../src/core/annotations/model';
import { readAnnotationText } from '../../src/core/annotations/read';
import { makeAnnotation, pageText, withRange } from '../../src/core/annotations/write';

/** Pieces a document is made of: words, repeats, line breaks, and characters outside the BMP. */
const PIECE = fc.constantFrom('the ', 'port ', 'of ', 'Minsk ', 'Grodno. ', 'potash ', 'é', '😀', '🇧🇾 ', '\n', '\n\n', '12.5% ', 'a', ' ');
const TEXT = fc.array(PIECE, { minLength: 1, maxLength: 60 }).map((pieces) => pieces.join(''));
/** An edit as fractions of the text it applies to, so it fits whatever the text has become. */
const EDIT = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.nat({ max: 30 }), insert: fc.array(PIECE, { maxLength: 4 }).map((p) => p.join('')) });
const SPOT = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 40 }) });

function changeFor(text: string, edit: { at: number; length: number; insert: string }): TextChange {
  const start = onBoundary(text, Math.floor(edit.at * text.length), -1);
  const end = onBoundary(text, Math.min(text.length, start + edit.length), 1);
  return { start, end, text: edit.insert };
}

function annotationsOn(text: string, spots: readonly { at: number; length: number }[]): ReaderAnnotation[] {
  return spots.map((spot, i) => {
    const start = onBoundary(text, Math.floor(spot.at * text.length), -1);
    const end = onBoundary(text, Math.min(text.length, start + spot.length), 1);
    return makeAnnotation(`urn:test:${i}`, text, { start, end }, { note: `note ${i}` }, '2026-01-01T00:00:00Z');
  });
}

function assertInText(text: string, range: Range): void {
  assert.ok(range.start >= 0 && range.start <= range.end && range.end <= text.length, `range ${range.start}-${range.end} in 0-${text.length}`);
  assert.ok(isBoundary(text, range.start) && isBoundary(text, range.end), 'on character boundaries');
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  if (quote === '') return found;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

const RUNS = { numRuns: 1500 };

describe('Notes through random edits (property tests)', () => {
  it('In the editor: every note is kept, in the text, on boundaries, and a note whose text no edit touched still covers it', () => {
    fc.assert(
      fc.property(TEXT, fc.array(SPOT, { minLength: 1, maxLength: 6 }), fc.array(EDIT, { minLength: 1, maxLength: 12 }), (original, spots, edits) => {
        let text = original;
        const notes = annotationsOn(text, spots);
        let ranges: Range[] = notes.map((n) => n.position!);
        const touched = notes.map(() => false);
        for (const edit of edits) {
          const change = changeFor(text, edit);
          ranges.forEach((r, i) => {
            if (change.start < r.end && change.end > r.start) touched[i] = true;
            if (change.start === change.end && change.start > r.start && change.start < r.end) touched[i] = true;
          });
          ranges = ranges.map((r) => mapThrough(r, [change]));
          text = applyChange(text, change);
        }
        assert.equal(ranges.length, notes.length);
        ranges.forEach((range, i) => {
          assertInText(text, range);
          if (!touched[i]) assert.equal(text.slice(range.start, range.end), notes[i].quote!.exact);
        });
      }),
      RUNS,
    );
  });

  it('Outside the editor: every note is anchored or orphaned, never gone, and an unchanged quote found once lands exactly on it', () => {
    fc.assert(
      fc.property(TEXT, fc.array(SPOT, { minLength: 1, maxLength: 6 }), fc.array(EDIT, { minLength: 1, maxLength: 8 }), (original, spots, edits) => {
        const notes = annotationsOn(original, spots);
        const text = edits.reduce((t, edit) => applyChange(t, changeFor(t, edit)), original);
        const placed = anchorAll(text, notes);
        assert.deepEqual(
          placed.map((p) => p.annotation.id),
          notes.map((n) => n.id),
        );
        placed.forEach(({ annotation, anchor }) => {
          assert.ok(['anchored', 'fuzzy', 'orphaned'].includes(anchor.status));
          assert.equal(anchor.range === null, anchor.status === 'orphaned');
          if (anchor.range) assertInText(text, anchor.range);
          const exact = annotation.quote!.exact;
          const copies = occurrences(text, exact);
          if (exact !== '' && copies.length === 1) {
            assert.equal(anchor.status, 'anchored');
            assert.deepEqual(anchor.range, { start: copies[0], end: copies[0] + exact.length });
          }
        });
      }),
      RUNS,
    );
  });

  it('Saved after editor edits and read back, every note lands where the editor left it', () => {
    fc.assert(
      fc.property(TEXT, fc.array(SPOT, { minLength: 1, maxLength: 6 }), fc.array(EDIT, { maxLength: 8 }), (original, spots, edits) => {
        let text = original;
        const notes = annotationsOn(text, spots);
        let ranges: Range[] = notes.map((n) => n.position!);
        for (const edit of edits) {
          const change = changeFor(text, edit);
          ranges = ranges.map((r) => mapThrough(r, [change]));
          text = applyChange(text, change);
        }
        const saved = pageText(notes.map((n, i) => withRange(n, text, ranges[i])));
        const placed = anchorAll(text, readAnnotationText(saved).annotations);
        assert.deepEqual(
          placed.map((p) => p.anchor.range),
          ranges,
        );
      }),
      RUNS,
    );
  });
});
