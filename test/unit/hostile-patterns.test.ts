import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { detectFormat, readStructure } from '../../src/core/parse/structure';
import { headingTitle, MAX_TITLE, readOutline } from '../../src/core/parse/outline';
import { definedLabels, stubsFor } from '../../src/core/parse/definitions';
import { trippedGuard, type GuardId } from '../../src/core/parse/guards';
import { analyse } from '../../src/core/analyse';

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

describe('Guards around the markdown parser', () => {
  it('Reads a line of thousands of ">" as plain text, says so by line, and parses the rest as markdown', () => {
    const text = `# Trade\n\nExports of [grain](https://example.org) rose.\n\n${'>'.repeat(5000)} deep\n\n**Ports** grew.\n`;
    const a = analyse(text, { format: 'markdown' });
    assert.equal(a.warnings.length, 1);
    assert.match(a.warnings[0], /^Markdown: line 5 read as plain text: quotes nested more than 32 deep .*\(guard quote-depth\)/);
    // The other pieces are still read as markdown: link targets and bold marks are markup, not prose.
    const { masked } = readStructure(text, 'markdown');
    assert.ok(!masked.includes('https') && !masked.includes('**'));
    assert.ok(masked.includes('>>>>> deep'), 'the guarded piece is read as the plain text it is');
  });

  const cases: [GuardId, string, string][] = [
    ['quote-depth', `${'> '.repeat(33)}a`, `${'> '.repeat(32)}a`],
    ['list-indent', `- a\n${' '.repeat(65)}- b`, `- a\n${' '.repeat(64)}- b`],
    ['emphasis-alternation', `a ${'*_'.repeat(17)} b`, `a ${'*_'.repeat(16)}* b`],
    ['unclosed-link-targets', '[a](b'.repeat(17), `${'[a](b'.repeat(17)}${')'.repeat(1)}`],
    ['unclosed-angle-targets', '[a](<b '.repeat(17), '[a](<b> '.repeat(40)],
    ['unclosed-html-comments', 'a <!-- b '.repeat(17), 'a <!-- b --> '.repeat(40)],
    ['inline-marks', `${'see [12], '.repeat(199)}*a* \\] b`, `${'see [12], '.repeat(199)}*a \\] b`],
    ['open-brackets', `a ${'[b '.repeat(65)}`, `a ${'[b '.repeat(64)}] ${'[c] '.repeat(150)}`],
    ['table-columns', `|${' a |'.repeat(129)}\n|${'---|'.repeat(128)}\n`, `|${' a |'.repeat(128)}\n|${'---|'.repeat(127)}\n`],
    ['escapes', `a ${'\\$ '.repeat(1001)}`, `- a ${'\\$ '.repeat(1000)}\n- b ${'\\$ '.repeat(1000)}`],
    ['angle-brackets', `a ${'<b>x'.repeat(1001)}`, `- a ${'<b>x'.repeat(1000)}\n- b ${'<b>x'.repeat(1000)}`],
  ];
  for (const [id, past, within] of cases) {
    it(`Trips guard ${id} just past its limit, and not at it`, () => {
      assert.equal(trippedGuard(past)?.id, id);
      assert.equal(trippedGuard(within), null);
    });
  }

  it('Counts emphasis and brackets per paragraph: a long list or table with bold in every entry is still markdown', () => {
    assert.equal(trippedGuard('- **Item** as in [1].\n'.repeat(300)), null);
    assert.equal(trippedGuard(`1. a\n${'2. **Item** as in [1].\n'.repeat(300)}`), null);
    assert.equal(trippedGuard('# **A** [1]\n'.repeat(300)), null);
    assert.equal(trippedGuard(`\`\`\`\n${'x[1] = *p;\n'.repeat(300)}\`\`\`\n`), null, 'fenced code is not inline text');
  });

  it('Counts on through lines that cannot break a paragraph (an item numbered 2 after text, a nested one)', () => {
    assert.equal(trippedGuard(`Text\n${'2. **Item** as in [1].\n'.repeat(80)}`)?.id, 'inline-marks');
    assert.equal(trippedGuard(`- a\n${'  2. **Item** as in [1].\n'.repeat(80)}`)?.id, 'inline-marks');
    assert.equal(trippedGuard(`- a\n${'**Item** as in [1].\n'.repeat(80)}`)?.id, 'inline-marks', 'lazy lines continue the item');
  });

  it('Keeps a heading whose text is all in headings below it, however many sections come between', () => {
    const many = Array.from({ length: 300 }, (_, i) => `#### Point ${i}\n\nThe army grew by ${i}%.`).join('\n\n');
    const text = `## Part one\n\n### Empty\n\n${many}\n\n## Part two\n\nTrade fell.`;
    const titles = readStructure(text, 'markdown').sections.map((s) => s.title);
    assert.deepEqual(titles.slice(0, 3), ['Part one', 'Empty', 'Point 0']);
    assert.equal(titles.at(-1), 'Part two');
    assert.equal(titles.length, 303);
  });

  it('Lets ordinary markdown through: nested quotes and lists, links, bold and italic, comments', () => {
    const text = '> a\n> > b\n\n- a\n  - b\n    - c\n\n[a](b) and [c](<d>) **e** _f_ ***g*** <!-- h -->';
    assert.equal(trippedGuard(text), null);
  });
});
