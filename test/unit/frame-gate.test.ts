import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { CLAIM_DATA, compileFrame, findFrameWords } from '../../src/core/lexicon/claim-rules';
import { FrameGate } from '../../src/core/lexicon/claim-patterns';

/**
 * The frame gate (lexicon/claim-patterns.ts) skips a frame's pattern for a
 * sentence that holds none of its phrases: it may let a pattern run that then
 * finds nothing, but never skip one that would have found words.
 */

const FRAMES = CLAIM_DATA.frames.map(compileFrame);
const GATE = new FrameGate(FRAMES);

/** Every frame phrase as written in the data, and its stem with an ending. */
const PHRASES = CLAIM_DATA.frames.flatMap((row) => row.words.map((w) => (w.endsWith('*') ? `${w.slice(0, -1)}ing` : w)));

/** A phrase written as a sentence might: any case, any white space between its words. */
const written = fc
  .tuple(fc.constantFrom(...PHRASES), fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', '\u2003'), fc.constantFrom('lower', 'upper', 'title', 'kelvin'))
  .map(([phrase, space, casing]) => {
    let text = phrase.split(/\s+/).join(space);
    if (casing === 'upper') text = text.toUpperCase();
    if (casing === 'title') text = text.replace(/\b\w/g, (c) => c.toUpperCase());
    if (casing === 'kelvin') text = text.replace(/k/g, '\u212a');
    return text;
  });

const filler = fc.constantFrom('The', 'said', ' ', ', ', '. ', '(', ')', 'x', '3', 'ſ', 'é', '—', '"', 'long', 'and', '\n');

describe('The frame gate', () => {
  it('Never skips a frame whose pattern finds words in the sentence', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(written, filler, filler), { minLength: 1, maxLength: 12 }), (parts) => {
        const sentence = parts.join(parts.length % 2 ? ' ' : '');
        const possible = GATE.possible(sentence);
        FRAMES.forEach((frame, f) => {
          if (possible && possible[f] === 0) assert.equal(findFrameWords(frame, sentence), null, `${frame.row.id} skipped on ${JSON.stringify(sentence)}`);
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('Skips every frame for a sentence that holds none of their phrases', () => {
    const possible = GATE.possible('Exports of grain rose by a tenth in the first half of the year.');
    assert.ok(possible);
    assert.deepEqual([...possible], FRAMES.map(() => 0));
  });

  it('Lets a frame run where its phrase starts a word, in any case and spacing, and not inside a word', () => {
    const row = FRAMES.findIndex((f) => f.row.id === 'claim:frame-courtesy');
    assert.ok(row >= 0);
    assert.equal(GATE.possible('We THANK\u00a0you, and I  thank\nthe committee.')![row], 1);
    assert.equal(GATE.possible('Nothing here to say.')![row], 0);
  });
});
