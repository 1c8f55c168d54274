import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyse, Reader } from '../../src/core/analyse';
import { parserCalls } from '../../src/core/parse/markdown';
import { markdownPieces } from '../../src/core/parse/markdown-cuts';
import { readMarkdownBlocks } from '../../src/core/parse/markdown-blocks';
import { placed, readMarkdownPieces, readsAlone } from '../../src/core/parse/pieces';
import { RunInContext } from '../../src/core/parse/runin';
import { definedLabels, stubsFor } from '../../src/core/parse/definitions';
import { trippedGuard } from '../../src/core/parse/guards';
import { readPlainBlocks } from '../../src/core/parse/plain';
import type { RawBlock } from '../../src/core/parse/markdown';

/**
 * Markdown pieces parsed in batches (parse/pieces.ts): a batch's reading, cut
 * back into pieces, is the reading each piece has alone, and a document of
 * many short pieces costs a few parser calls instead of one per piece.
 */

/** The reading of `text` with every piece parsed alone, as it was before batches: the specification (run-in heads decided in the document's order). */
function pieceByPiece(text: string): { blocks: RawBlock[]; masked: string } {
  const defined = definedLabels(text);
  const starts = markdownPieces(text);
  const blocks: RawBlock[] = [];
  const runIns = new RunInContext();
  let masked = '';
  starts.forEach((start, i) => {
    const piece = text.slice(start, starts[i + 1] ?? text.length);
    const reading = trippedGuard(piece) ? readPlainBlocks(piece) : readMarkdownBlocks(piece, stubsFor(piece, defined));
    for (const b of reading.blocks) blocks.push(placed(b, start, runIns));
    masked += reading.masked;
  });
  return { blocks, masked };
}

/** The batched reading, and how many parser calls it took. */
function batched(text: string): { blocks: RawBlock[]; masked: string; calls: number } {
  const before = parserCalls();
  const { blocks, masked } = readMarkdownPieces(text, undefined, []);
  return { blocks, masked, calls: parserCalls() - before };
}

/** Pieces of every kind a batch may join: headings of both kinds, lists, quotes, code, tables, references, definitions, front-matter fences. */
const PIECES = [
  '# Trade policy\n\n',
  'Exports rose by 4% in 2021, the ministry said.\n\n',
  'Part two\n===\n\n',
  '- grain\n- steel\n\n- ships\n\n',
  '1. first\n2. second\n\n',
  '> The army stayed.\n> It waited.\n\n',
  '```\ncode [a]\n\nmore code\n```\n\n',
  '| a | b |\n|---|---|\n| 1 | 2 |\n\n',
  'See [the report][crs] and [^n1] on **tariffs**.\n\n',
  'A [shortcut] and a [quoted] label.\n\n',
  '[crs]: https://example.org/crs\n\n',
  '[^n1]: CRS, a footnote.\n\n',
  '> [quoted]: https://example.org/q\n\n',
  '---\ntitle: not at the start\n---\n\n',
  '+++\nkey = 1\n+++\n\n',
  '<div>\nraw html\n</div>\n\n',
  '    indented code\n\n',
  '**Background**\n\n',
  'Text with *emphasis* and `code` and <b>tags</b>.\n\n',
  '1.  <!--\n\n',
  '- <div>\n\n',
  '> <!--\n\n',
  '- a\n\n      code\n\n',
  '* <pre>\n\n',
  'Term\n---\n\n',
];

describe('Markdown pieces parsed in batches', () => {
  it('Reads every piece of a batch as it reads alone (random documents of every kind of piece)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 }), fc.boolean(), (parts, trailing) => {
        const text = parts.join('').replace(/\n+$/, trailing ? '\n\n' : '');
        const want = pieceByPiece(text);
        const got = batched(text);
        assert.equal(got.masked, want.masked);
        assert.deepEqual(got.blocks, want.blocks);
      }),
      { numRuns: 300 },
    );
  });

  it('Parses a document of hundreds of short pieces in a few calls', () => {
    const text = Array.from({ length: 300 }, (_, i) => `## Part ${i}\n\nTrade fell by ${i}%.`).join('\n\n');
    const pieces = markdownPieces(text).length;
    assert.equal(pieces, 600);
    const { calls } = batched(text);
    // At most 8 pieces a call (the batch-pieces row); the headings' pieces and the paragraphs' share calls.
    assert.ok(calls <= pieces / 8, `${calls} parser calls for ${pieces} pieces`);
    assert.ok(calls >= 2, 'a batch is bounded: hundreds of pieces are not one call');
  });

  it('Parses alone a piece that may define a label, and one that opens like front matter', () => {
    assert.equal(readsAlone('> [quoted]: https://example.org/q\n\n')?.id, 'alone-defines-label');
    assert.equal(readsAlone('---\ntitle: x\n---\n')?.id, 'alone-front-matter-fence');
    assert.equal(readsAlone('Exports rose [12].\n\n'), undefined);
    // A label defined only inside a quote is not one the document's definitions list: alone, "[quoted]" stays literal text.
    const text = 'A [quoted] label.\n\n> [quoted]: https://example.org/q\n';
    assert.ok(batched(text).masked.startsWith('A [quoted] label.'));
    // Front matter is front matter only at the start of the document.
    const later = 'Intro.\n\n---\ntitle: x\n---\n\nMore.\n';
    assert.deepEqual(batched(later).blocks, pieceByPiece(later).blocks);
  });

  it('Parses alone a piece with a paragraph of many emphasis marks or brackets, and batches the others', () => {
    const marked = Array.from({ length: 10 }, () => 'a *b* [c] '.repeat(20)).join('\n\n');
    assert.equal(batched(marked).calls, 10, 'about 60 marks a paragraph: one call each');
    // Eight: as many as a batch holds (the batch-pieces row).
    const light = Array.from({ length: 8 }, () => 'a *b* [c] '.repeat(5)).join('\n\n');
    assert.equal(batched(light).calls, 1, 'about 15 marks a paragraph: one call for all');
    assert.deepEqual(batched(marked).blocks, pieceByPiece(marked).blocks);
  });

  it('Reads a piece alone when text after it would stretch its last block over its blank lines', () => {
    // An HTML comment left open in a list item ends in a different place when more text follows than when it is alone.
    const text = '1.  <!--\n\nTrade\n';
    const html = batched(text).blocks.find((b) => b.kind === 'html');
    assert.ok(html, 'the comment is an HTML block');
    assert.deepEqual(html, pieceByPiece(text).blocks.find((b) => b.kind === 'html'));
  });

  it('Parses a piece repeated in a document once, and after an edit only the edited piece', () => {
    // Pieces with markup: a plain paragraph is read without the parser (plain-paragraph.ts).
    const text = '## Background\n\nTrade *fell*.\n\n'.repeat(100);
    const reader = new Reader();
    let calls = parserCalls();
    reader.analyse(text, { format: 'markdown' });
    assert.equal(reader.reuse!.pieces.computed, 2, 'two distinct pieces');
    assert.equal(parserCalls() - calls, 1, 'both in one call');

    const at = text.indexOf('Trade *fell*.', text.length / 2);
    const edited = `${text.slice(0, at)}Trade rose by *5%*.${text.slice(at + 'Trade *fell*.'.length)}`;
    calls = parserCalls();
    const after = reader.analyse(edited, { format: 'markdown' });
    assert.equal(reader.reuse!.pieces.computed, 1);
    assert.equal(parserCalls() - calls, 1);
    assert.equal(JSON.stringify(after), JSON.stringify(analyse(edited, { format: 'markdown' })));
  });
});
