import { strict as assert } from 'node:assert';
import { linesAt, splitLines } from '../../src/core/parse/line-columns';
import { readContents } from '../../src/core/parse/contents';
import { splitUnmarked } from '../../src/core/parse/lines';

/**
 * Unmarked text's lines are held in columns (issue #14: a text of blank or
 * short lines made a line object for every character or two). A reader sees
 * the same paragraphs and headings; these check the columns say what each line
 * held.
 */
describe('lines of unmarked text, held in columns', () => {
  it('gives each line its start and first and last non-space offsets, a blank line -1', () => {
    const text = 'Trade fell.\n   \n  Then it rose.  \n';
    const lines = splitLines(text, 0, text.length);
    // Three lines and the empty one after the final line break.
    assert.equal(lines.length, 4);
    assert.deepEqual([...lines.starts], [0, 12, 16, 34]);
    assert.deepEqual([...lines.firsts], [0, -1, 18, -1]);
    assert.equal(text.slice(lines.firsts[2], lines.lasts[2]), 'Then it rose.');
  });

  it('reads only the range it is given', () => {
    const text = 'Before.\nInside one.\nInside two.\nAfter.';
    const start = text.indexOf('Inside');
    const end = text.indexOf('\nAfter');
    const lines = splitLines(text, start, end);
    assert.equal(lines.length, 2);
    assert.equal(text.slice(lines.firsts[1], lines.lasts[1]), 'Inside two.');
  });

  it('keeps the lines asked for, in order', () => {
    const text = 'a\nb\nc';
    const kept = linesAt(splitLines(text, 0, text.length), [0, 2]);
    assert.equal(kept.length, 2);
    assert.deepEqual([...kept.firsts], [0, 4]);
  });

  it('splits text of many blank lines into its two paragraphs', () => {
    const text = `Trade fell.${'\n'.repeat(5000)}Then it rose.`;
    const blocks = splitUnmarked(text, 0, text.length);
    assert.deepEqual(blocks.map((b) => text.slice(b.start, b.end)), ['Trade fell.', 'Then it rose.']);
  });

  it('still finds a table of contents whose entries recur as lines, read one line at a time', () => {
    const text = 'Contents\n\nOrigins\nFindings\n\nOrigins\n\nThe port opened.\n\nFindings\n\nTrade rose.\n';
    const blocks: { kind: 'heading' | 'paragraph' | 'meta'; start: number; end: number }[] = splitUnmarked(text, 0, text.length);
    assert.equal(readContents(text, blocks), true);
    const headings = blocks.filter((b) => b.kind === 'heading').map((b) => text.slice(b.start, b.end));
    assert.deepEqual(headings, ['Origins', 'Findings']);
  });
});
