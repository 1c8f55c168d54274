import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { collapseSpaces, isOneLine, oneLine, oneLineLength } from '../../src/core/parse/spaces';
import { NoteText } from '../../src/core/parse/status-note';
import { analyse } from '../../src/core/analyse';

/**
 * The readers count and collapse white space without copying the text (issue #11): each helper must give
 * exactly what the regular expression it stands for gives, whatever the white space, markup or characters.
 */

/** Pieces of a block: words, every kind of white space `\s` matches, emphasis and quote marks, a surrogate pair. */
const PIECE = fc.constantFrom('The ', 'port', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '*', '_', '>', '**', '> ', 'é', '😀', '.', 'Note:', ' a');
const TEXT = fc.array(PIECE, { maxLength: 40 }).map((pieces) => pieces.join(''));

/** The sentence notes' reading of a block on one line (status-note.ts `flat`), as it was written with patterns. */
const flatByPatterns = (s: string) => {
  const one = s.replace(/\s+/g, ' ').replace(/^[\s*_>]+/, '');
  let end = one.length;
  while (end > 0 && ' *_'.includes(one[end - 1])) end--;
  return one.slice(0, end).trim();
};

describe('White space read without copies (issue #11)', () => {
  it('Should collapse white space runs exactly as the pattern does', () => {
    fc.assert(fc.property(TEXT, (text) => assert.equal(collapseSpaces(text), text.replace(/\s+/g, ' '))));
  });

  it('Should make one line exactly as the pattern and trim do, and count its length without making it', () => {
    fc.assert(
      fc.property(TEXT, fc.nat({ max: 60 }), (text, limit) => {
        const line = text.replace(/\s+/g, ' ').trim();
        assert.equal(oneLine(text), line);
        assert.equal(isOneLine(text), line === text);
        const counted = oneLineLength(text, limit);
        if (line.length <= limit) assert.equal(counted, line.length);
        else assert.ok(counted > limit);
      }),
    );
  });

  it('Should give back the same text, not a copy, when it is already single-spaced', () => {
    const text = 'The port of Klaipeda is open.';
    assert.equal(collapseSpaces(text), text);
    assert.equal(collapseSpaces('The  port\tof Klaipeda'), 'The port of Klaipeda');
  });

  it("Should count a block's length on one line as the sentence notes read it, markup at either end aside", () => {
    fc.assert(fc.property(TEXT, (text) => assert.equal(new NoteText(text).length, flatByPatterns(text).length)));
    // Leading quote and emphasis marks and trailing emphasis marks are not counted; a '>' at the end is.
    assert.equal(new NoteText('> **This note is  provisional.**  ').length, 'This note is provisional.'.length);
    assert.equal(new NoteText('Ends with a mark >').length, 'Ends with a mark >'.length);
    assert.equal(new NoteText(' >*_ \n').length, 0);
  });
});

describe('The figurative rows run only where the frame gate finds their phrases (issue #11)', () => {
  const claimOf = (text: string) => analyse(text, { format: 'plain' }).claims[0];
  const figurative = (text: string) => claimOf(text).why.find((r) => r.rule === 'claim:figurative-word');

  it('Should still read a figure of speech written across a line break and double spaces, in capitals', () => {
    // The gate reads white space runs as one space and capitals in lower case, as the pattern (`\s+`, `/i`) does.
    assert.equal(figurative('Voters PLACE  a\npremium on candour in a minister.')?.words, 'PLACE a premium on');
  });

  it('Should read no figure of speech where the word stands without its phrase', () => {
    assert.equal(figurative('Insurers charge a war-risk premium on tankers calling at the port.'), undefined);
  });
});
