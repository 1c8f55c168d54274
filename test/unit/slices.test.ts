import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parserCalls, readMarkdown } from '../../src/core/parse/markdown';
import { readInSlices } from '../../src/core/parse/slices';
import { readLongPiece } from '../../src/core/parse/long-pieces';

/**
 * Long pieces read without remark's tree for the whole of them
 * (parse/long-pieces.ts, parse/slices.ts): a long table or list parsed in
 * slices of rows or items, a heading line of plain text and a fence that never
 * closes read by their rules. The reading is the one the piece has parsed
 * whole, and no call of the parser is given the whole of it.
 */

/** Table rows of every kind a slice must read as the whole table does. */
const ROWS = [
  '| 12 | trade rose 4% in 2021 |\n',
  '| [the report](https://example.org/r) | *up* 3% |\n',
  '| `a|b` | code with a bar |\n',
  '| one cell only\n',
  '| a | b | c | more cells than the header |\n',
  '| see [^n1] | and [crs] |\n',
  '|  | empty first cell |\n',
  '| <b>tag</b> | \\| escaped bar |\n',
];
/** List items, with what may follow an item's first line. */
const ITEMS = [
  '- Exports grew by 3% in 2020.\n',
  '- An item\n  continued on an indented line.\n',
  '- An item\nwith a lazy line.\n',
  '- An item\n\n  with a second paragraph.\n',
  '- An item\n  - nested 4%\n  - nested\n',
  '- ```\n  code\n  ```\n',
  '- **Key:** a bold key\n',
  '- see [^n1] and [crs]\n',
  '- - a nested list at once\n',
  '- ```\n  a fence left open [crs]\n',
  '- <!-- a comment left open\n',
];
/** Definitions of a document's notes, with what may follow a definition's first line. */
const NOTES = [
  '[^n1]: CRS, a report, 2021.\n',
  '[^n2]: A note\n    on two lines, citing [crs].\n',
  '[crs]: https://example.org/crs\n',
  '[crs2]: https://example.org/crs "Title"\n',
  '[q]: /x\n"A title on its own line"\n',
  '[^n3]: A note\nwith a lazy line.\n',
];
/** Lines that, among the items, end the list or the table: the piece is then read whole. */
const BREAKS = ['- - -\n', '* another bullet\n', '```\n', '> a quote\n', '<div>\n'];
const DEFINITIONS = '[crs]: #\n[^n1]: #';

/** The reading parsed whole, to compare with the slices'. */
const whole = (text: string) => readMarkdown(text, DEFINITIONS);

/** Asserts that `text` is read in slices (or whole, when `mayReadWhole`), and as it is read whole. */
function slicedAsWhole(text: string, what: string, mayReadWhole = false): void {
  const sliced = readInSlices(text, DEFINITIONS);
  if (!sliced && mayReadWhole) return;
  assert.ok(sliced, `${what} is read in slices`);
  assert.equal(sliced.masked, whole(text).masked);
  assert.deepEqual(sliced.blocks, whole(text).blocks);
}

describe('Long tables and lists parsed in slices', () => {
  it('Reads a long table in slices of rows as it reads whole (random rows of every kind)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ROWS), { minLength: 100, maxLength: 200 }), fc.constantFrom('', '\n', '\n\n'), (rows, end) => {
        slicedAsWhole(`| name | value |\n|:---|---:|\n${rows.join('').replace(/\n$/, end)}`, 'a table of over 100 rows');
      }),
      { numRuns: 5 },
    );
  });

  it('Reads a long list in slices of items as it reads whole (random items of every kind)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ITEMS), { minLength: 100, maxLength: 200 }), (items) =>
        // An HTML comment or a fence left open at a slice's end would take in its end: such a list may be read whole.
        slicedAsWhole(items.join(''), 'a list of over 100 items', items.includes('- <!-- a comment left open\n') || items.includes('- ```\n  a fence left open [crs]\n')),
      ),
      { numRuns: 5 },
    );
  });

  it('Reads a long run of link and footnote definitions in slices as it reads whole (random notes)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...NOTES), { minLength: 100, maxLength: 200 }), (notes) => {
        // A link definition after a footnote's text is more of that text: such a run may be read whole.
        slicedAsWhole(notes.join(''), 'definitions', true);
      }),
      { numRuns: 10 },
    );
    slicedAsWhole(NOTES[0].repeat(150) + NOTES[1].repeat(50), 'footnote definitions');
  });

  it('Reads whole a list or table that a line among its items or rows ends', () => {
    for (const line of BREAKS) {
      const list = `${ITEMS[0].repeat(100)}${line}${ITEMS[0].repeat(100)}`;
      assert.equal(readInSlices(list, ''), null, JSON.stringify(line));
    }
    const table = `| a | b |\n|---|---|\n${ROWS[0].repeat(100)}a line with no bar\n${ROWS[0].repeat(100)}`;
    assert.equal(readInSlices(table, ''), null);
    assert.equal(readInSlices(ITEMS[0].repeat(10), ''), null, 'a short list is read whole');
  });

  it('Gives no call of the parser the whole of a long table', () => {
    const text = `| a | b |\n|---|---|\n${ROWS[0].repeat(1000)}`;
    const before = parserCalls();
    const sliced = readInSlices(text, '');
    const calls = parserCalls() - before;
    assert.equal(sliced?.blocks.filter((b) => b.kind === 'tableCell').length, 2 + 2000, 'every cell, the header once');
    // About 30 characters a row: slices of at most a few thousand characters.
    assert.ok(calls >= text.length / 4_000, `${calls} calls for ${text.length} characters`);
  });

  it('Reads a long heading line of plain text, closing marks and all, as remark reads it (random lines)', () => {
    const runs = fc.array(fc.constantFrom('#', ' #', ' ', '\t', 'Title', ' a#b', '##'), { minLength: 1200, maxLength: 1500 });
    fc.assert(
      fc.property(fc.constantFrom('# ', '## ', '   ###### ', '#\t', '####### ', ' # '), runs, fc.constantFrom('', '\n', '\n\n  \n'), (open, parts, end) => {
        const text = `${open}${parts.join('')}${end}`;
        const got = readLongPiece(text, '');
        if (open === '####### ') assert.equal(got, null, 'seven marks open no heading');
        else {
          assert.ok(got, 'a heading line is read by its rules');
          assert.deepEqual(got, readMarkdown(text, ''));
        }
      }),
      { numRuns: 60 },
    );
    assert.equal(readLongPiece(`# Title ${'*a* '.repeat(600)}`, ''), null, 'a heading with inline markup is parsed');
  });

  it('Reads a long code fence that never closes as remark reads it, and parses one that closes', () => {
    const lines = fc.array(fc.constantFrom('code line', '', '  ``', '~~~', '    ```', '```` x', 'a ` b', '```', '~~~~'), { minLength: 500, maxLength: 600 });
    fc.assert(
      fc.property(fc.constantFrom('```\n', '  ~~~~ info\n', '````js\n'), lines, fc.constantFrom('', '[crs]: #'), (open, body, definitions) => {
        const text = `${open}${body.join('\n')}\n\n`;
        const got = readLongPiece(text, definitions);
        if (got) assert.deepEqual(got, readMarkdown(text, definitions));
        else assert.equal(readMarkdown(text, definitions).blocks.length > 1, true, 'a fence that closes: what follows is read too');
      }),
      { numRuns: 40 },
    );
    const unclosed = `\`\`\`\n${'code line\n\n'.repeat(300)}`;
    assert.deepEqual(readLongPiece(unclosed, '')?.blocks, [{ kind: 'code', start: 0, end: unclosed.length }]);
  });
});
