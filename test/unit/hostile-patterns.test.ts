import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { detectFormat, readStructure } from '../../src/core/parse/structure';
import { headingTitle, MAX_TITLE, readOutline } from '../../src/core/parse/outline';
import { definedLabels, stubsFor } from '../../src/core/parse/definitions';

/**
 * The linear rewrites of patterns that backtracked (issue #14) say what the
 * patterns said: on short random strings of the characters that matter, the
 * old pattern (kept here as the specification) and the new code agree.
 */
const piecesOf = (chars: string[]) => fc.array(fc.constantFrom(...chars), { maxLength: 40 }).map((a) => a.join(''));

describe('Patterns that cannot backtrack', () => {
  it('Decides markdown or plain text as the old detection pattern did', () => {
    const OLD = /^(#{1,6}\s|[-*+]\s|\d+[.)]\s|>\s|```|\|.*\|)|\[[^\]\n]+\]\([^)\s]+\)|\*\*[^*\n]+\*\*/m;
    const chars = ['[', ']', '(', ')', '*', '#', ' ', '\n', '\r', 'a', '1', '.', '|', '>', '-', '`', '\u2028', '\t'];
    fc.assert(
      fc.property(piecesOf(chars), (s) => {
        assert.equal(detectFormat(s, 'notes.dat'), OLD.test(s) ? 'markdown' : 'plain', JSON.stringify(s));
      }),
      { numRuns: 20_000 },
    );
  });

  it('Titles a heading as the old trimming patterns did', () => {
    const old = (s: string) => s.replace(/\s+/g, ' ').replace(/^[#\s]+|[#\s]+$/g, '').trim();
    fc.assert(
      fc.property(piecesOf(['#', ' ', '\t', '\n', 'a', 'B', '\u00a0']), (s) => assert.equal(headingTitle(s), old(s), JSON.stringify(s))),
      { numRuns: 20_000 },
    );
  });

  it('Outlines ATX headings as the old line pattern did', () => {
    const OLD = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*\r?$/;
    fc.assert(
      fc.property(piecesOf(['#', ' ', '\t', '\r', 'a', 'b']), (line) => {
        const m = OLD.exec(line);
        const expected = m && m[2] ? [{ title: headingTitle(m[2].trim()), level: m[1].length }] : [];
        const got = readOutline(line, 'markdown').map((s) => ({ title: s.title, level: s.level }));
        assert.deepEqual(got, expected, JSON.stringify(line));
      }),
      { numRuns: 20_000 },
    );
  });

  it('Cuts a heading of a hundred thousand characters to a title a reader can see', () => {
    const text = `# ${'Very long title '.repeat(7000)}#\n\nThe army grew.`;
    for (const sections of [readStructure(text, 'markdown').sections, readOutline(text, 'markdown')]) {
      assert.equal(sections[0].title.length, MAX_TITLE);
      assert.ok(sections[0].title.startsWith('Very long title Very'));
      assert.ok(sections[0].title.endsWith('…'));
    }
  });
});

describe('Definitions resolved once', () => {
  it('Gives a piece the stubs of the labels it names, matched as markdown matches labels', () => {
    const defined = definedLabels('[Src One]: https://a\n[^7]: CRS\n  [x]: y\n    [indented]: no\n');
    assert.deepEqual([...defined.keys()], ['SRC ONE', '^7', 'X']);
    assert.equal(stubsFor('See [it][src  one] and [^7], not [^8] or [indented].', defined), '[Src One]: #\n[^7]: #');
    assert.equal(stubsFor('No brackets here.', defined), '');
  });

  it('Resolves a reference to a definition in another piece, as in the whole document', () => {
    const text = 'Ports grew.[^1] See [the report][r].\n\nMore text.\n\n[^1]: CRS, 2020.\n\n[r]: https://example.org\n';
    const { masked } = readStructure(text, 'markdown');
    assert.equal(masked.slice(0, 36).trim().replace(/ +/g, ' '), 'Ports grew. See the report .');
  });
});
