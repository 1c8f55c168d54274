import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parserCalls, readMarkdown } from '../../src/core/parse/markdown';
import { markdownPieces } from '../../src/core/parse/markdown-cuts';
import { readPlainParagraph } from '../../src/core/parse/plain-paragraph';
import { readMarkdownPieces } from '../../src/core/parse/pieces';
import { markdownSamples } from './helpers';

/**
 * A plain paragraph read without remark (parse/plain-paragraph.ts) must be
 * read exactly as remark reads it: the same block (start, end, one line or
 * several) and the same masked text. Checked on generated pieces and on every
 * piece of every markdown sample.
 */

/** Characters a piece is made of: prose, spaces and line breaks, and every character that may be markup somewhere. */
const CHARS = [...'abcXYZ019 .,;:?()$%"\'/-+=#>*_[]!`<>&|~\\\u00a0\u2014\t\r', ' ', ' ', '\n', 'e', 'o', 'http://x.org/a ', 'www.y.com ', '1. ', '- ', '&amp;', '&#38;', '&x;', 'S&T ', '!', '~~~'];

/** Every markdown sample's pieces. */
function samplePieces(): string[] {
  return markdownSamples().flatMap(({ text }) => {
    const starts = markdownPieces(text);
    return starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length));
  });
}

describe('Plain paragraphs read without the markdown parser', () => {
  it('Reads a generated piece as remark does whenever it reads it at all', () => {
    let read = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 80 }), (parts) => {
        const piece = parts.join('');
        const direct = readPlainParagraph(piece);
        if (!direct) return;
        read++;
        assert.deepEqual(direct, readMarkdown(piece));
      }),
      { numRuns: 3000 },
    );
    assert.ok(read > 100, `only ${read} generated pieces were plain paragraphs`);
  });

  it('Reads prose wrapped over lines, with trailing spaces and a bare URL, as remark does', () => {
    const pieces = [
      'Exports rose by 4% in 2021, the ministry said.\n\n',
      'The corridor carries grain.  \nIt runs through three ports; see www.example.org for a map.\n\n\n',
      'A line with a space at its end \nand one more line \n',
      'Costs (in $ millions) fell: 2021 \u2014 12; 2022 \u2014 9.\n',
      'Read https://example.org/a/b?c=d first.',
      'S&T and R&D budgets rose > 5% ~ a record!\n',
    ];
    for (const piece of pieces) {
      const direct = readPlainParagraph(piece);
      assert.ok(direct, JSON.stringify(piece));
      assert.deepEqual(direct, readMarkdown(piece));
    }
  });

  it('Leaves to remark a piece with any mark of a block or of inline markup', () => {
    const pieces = [
      'Trade *fell*.\n', 'See [the report](x).\n', 'A note.[^1]\n', 'Use `code`.\n', 'AT&amp;T\n', 'AT&#38;T\n', 'An ![image]\n', 'a <b>tag</b>\n',
      'Title\n===\n', 'Title\n---\n', '# Heading\n', '> quoted\n', '- item\n', '1. item\n', '2024. A year\n',
      '    code\n', 'text\n    more\n', 'a | b\n', 'Heads\n:-\n', 'Heads\n:-:\n', 'one\n\ntwo\n', 'tab\there\n', 'crlf\r\n', '\nopens blank\n', 'escaped \\* mark\n',
    ];
    for (const piece of pieces) assert.equal(readPlainParagraph(piece), null, JSON.stringify(piece));
  });

  it('Reads every plain paragraph of the markdown samples as remark does, and they are a large share of them', () => {
    let plain = 0;
    let chars = 0;
    let all = 0;
    for (const piece of samplePieces()) {
      all += piece.length;
      const direct = readPlainParagraph(piece);
      if (!direct) continue;
      plain++;
      chars += piece.length;
      assert.deepEqual(direct, readMarkdown(piece), JSON.stringify(piece.slice(0, 80)));
    }
    assert.ok(plain > 100, `${plain} plain paragraphs`);
    assert.ok(chars / all > 0.25, `plain paragraphs hold ${Math.round((100 * chars) / all)}% of the samples' text`);
  });

  it('Calls the parser for no piece of a document of plain paragraphs', () => {
    const text = Array.from({ length: 50 }, (_, i) => `Trade fell by ${i} percent in the year.\nIt rose again later.`).join('\n\n');
    const before = parserCalls();
    const { blocks } = readMarkdownPieces(text, undefined, []);
    assert.equal(parserCalls() - before, 0);
    assert.equal(blocks.length, 50);
    assert.ok(blocks.every((b) => b.kind === 'paragraph'));
  });
});
