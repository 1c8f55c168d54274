import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { markdownPieces } from '../../src/core/parse/markdown-cuts';
import { Memo } from '../../src/core/parse/memo';
import type { MarkdownReading } from '../../src/core/parse/markdown';
import type { BatchLimits } from '../../src/core/parse/pieces';
import { readStructure, type Structure } from '../../src/core/parse/structure';
import { markdownSamples } from './helpers';

/**
 * Markdown pieces are parsed in batches (parse/pieces.ts) whose size is a
 * matter of speed only: the outline and blocks a reader sees must be the same
 * whatever the batches are — the default, small ones, one piece a call, or the
 * whole document in one call — and the same after an edit, when the pieces
 * kept from the last reading change where the batches fall.
 */

const SIZES: readonly { name: string; limits: BatchLimits }[] = [
  { name: 'batches of 2,000 characters', limits: { characters: 2000, pieces: 32 } },
  { name: 'one piece a batch', limits: { characters: 1, pieces: 1 } },
  { name: 'the whole document in one batch', limits: { characters: Infinity, pieces: Infinity } },
];

/** What a reader sees of a layout: the outline (titles, levels, spans, parents) and the blocks. */
const seen = (s: Structure) => ({ sections: s.sections, blocks: s.blocks });

/** Where a new piece may go: after the piece that holds the middle of the text. */
function middle(text: string): number {
  const starts = markdownPieces(text);
  return starts[Math.ceil(starts.length / 2)] ?? text.length;
}

describe('A reading that does not depend on the batch size', () => {
  for (const { name, text } of markdownSamples()) {
    it(`Outlines ${name} the same in batches of any size`, () => {
      const want = seen(readStructure(text, 'markdown'));
      for (const size of SIZES) assert.deepEqual(seen(readStructure(text, 'markdown', undefined, size.limits)), want, size.name);
    });
  }

  it('Outlines a sample edited in the middle as a fresh reading does, with the pieces kept from before it', () => {
    for (const { name, text } of markdownSamples()) {
      // A bold run-in head: a heading or a point of its section, depending on the blocks before it.
      const at = middle(text);
      const edited = `${text.slice(0, at)}**A new point.** The ministry said trade fell by a third.\n\n${text.slice(at)}`;
      const memo = new Memo<MarkdownReading>();
      readStructure(text, 'markdown', memo, SIZES[0].limits);
      memo.settle();
      assert.deepEqual(seen(readStructure(edited, 'markdown', memo, SIZES[0].limits)), seen(readStructure(edited, 'markdown')), name);
    }
  });

  it('Outlines a generated document of headings, run-in heads, bold lines, prose and lists the same in batches of any size', () => {
    const PIECES = [
      '# Fact sheet\n\n',
      '## Funding\n\n',
      '### Partners\n\n',
      'Results\n-------\n\n',
      'The plan sets out commitments in three areas.\n\n',
      '**Supply chains.** The plan moves trade to new ports.\n\n',
      '**Jobs:** The ministry trains *two thousand* workers a year.\n\n',
      '**What the agency will do next**\n\n',
      '- grain\n- steel\n\n',
      '> **Key points**\n\n',
      'Exports rose by 4% in 2021, the ministry said.\n\n',
    ];
    const limits = fc.record({ characters: fc.integer({ min: 1, max: 400 }), pieces: fc.integer({ min: 1, max: 8 }) });
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 30 }), limits, (parts, size) => {
        const text = parts.join('');
        assert.deepEqual(seen(readStructure(text, 'markdown', undefined, size)), seen(readStructure(text, 'markdown')));
      }),
      { numRuns: 300 },
    );
  });
});
