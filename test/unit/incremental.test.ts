import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyse, Reader, type AnalyseOptions } from '../../src/core/analyse';
import { markdownPieces } from '../../src/core/parse/markdown-cuts';
import { parseMarkdown } from '../../src/core/parse/markdown';
import { readStructure } from '../../src/core/parse/structure';
import { shared } from './helpers';
import { Memo } from '../../src/core/parse/memo';
import { tokenise, tokeniseWith, type Tokens } from '../../src/core/parse/tokens';

const json = (value: unknown) => JSON.stringify(value);

/** Inserts `sentence` after the first sentence of the paragraph holding `near`. */
function insertAfterSentence(text: string, near: string, sentence: string): string {
  const at = text.indexOf('. ', text.indexOf(near)) + 2;
  assert.ok(at > 1, `no sentence end after “${near}”`);
  return `${text.slice(0, at)}${sentence} ${text.slice(at)}`;
}

describe('Re-reading after an edit', () => {
  const report = shared('samples/crs/us-space-force.md');
  const essay = shared('samples/belarus-dilemma.txt');

  it('Re-reads only the edited paragraph of a markdown report, and gives what a fresh reading gives', () => {
    const reader = new Reader();
    const before = reader.analyse(report, { hint: 'report.md' });
    const fresh = reader.reuse!;
    assert.ok(fresh.blocks.computed > 20, 'the first reading reads every paragraph');

    const paragraph = before.blocks.filter((b) => b.kind === 'paragraph')[10];
    const near = report.slice(paragraph.start, paragraph.start + 30);
    const edited = insertAfterSentence(report, near, 'The service spent $2 billion on new satellites in 2024.');
    const after = reader.analyse(edited, { hint: 'report.md' });
    const reuse = reader.reuse!;
    assert.equal(reuse.pieces.computed, 1, 'one markdown piece parsed again');
    assert.equal(reuse.blocks.computed, 1, 'one paragraph read again');
    assert.ok(reuse.blocks.reused >= fresh.blocks.computed - 1, 'every other paragraph kept');
    assert.ok(after.figures.some((f) => f.kind === 'money' && f.value === 2e9 && f.year === 2024), 'the new figure is read');
    assert.equal(json(after), json(analyse(edited, { hint: 'report.md' })));
  });

  it('Keeps the unchanged paragraphs of a PDF dump, and gives what a fresh reading gives', () => {
    const reader = new Reader();
    reader.analyse(essay, { hint: 'essay.txt' });
    const edited = insertAfterSentence(essay, 'Lukashenko', 'Exports to Poland fell by 12% in 2001.');
    const after = reader.analyse(edited, { hint: 'essay.txt' });
    assert.ok(reader.reuse!.blocks.computed <= 2, `re-read ${reader.reuse!.blocks.computed} paragraphs`);
    assert.ok(after.figures.some((f) => f.kind === 'percent' && f.value === 12 && f.year === 2001));
    assert.equal(json(after), json(analyse(edited, { hint: 'essay.txt' })));
  });

  it('Forgets kept sentences when the lexicon changes', () => {
    const reader = new Reader();
    const text = 'Why It Matters\nThe harbour dredging plan worries the planners.\n';
    const plain: AnalyseOptions = { format: 'plain' };
    assert.equal(reader.analyse(text, plain).claims[0].primary, null);
    const extended: AnalyseOptions = { format: 'plain', extraLexicon: { economic: { dredging: 3 } } };
    assert.equal(reader.analyse(text, extended).claims[0].primary, 'economic');
    assert.equal(reader.analyse(text, plain).claims[0].primary, null);
  });
});

describe('Words read piece by piece', () => {
  const same = (text: string, memo = new Memo<Tokens>()) => {
    const whole = tokenise(text);
    const pieces = tokeniseWith(text, memo);
    assert.deepEqual({ ...pieces, words: [...pieces.words] }, { ...whole, words: [...whole.words] });
  };

  it('Gives the words, ids, shapes and counts of reading the whole text at once', () => {
    const memo = new Memo<Tokens>();
    for (const path of ['samples/belarus-dilemma.txt', 'samples/crs/us-space-force.md', 'samples/crs/copper-tariffs.md']) same(shared(path), memo);
    same('');
    same('U.S.\nstates’\nGen.\nA.\nal-Assad’s\nPRC-controlled\n\n', memo);
  });

  it('Reads the same after edits, with the pieces kept from before', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('U.S.', 'Berg’s', 'NATO', 'the', 'Gen.', 'A.', '\n', '\n', ' ', '-', 'ab-Cd', '😀', 'Москва', '.'), { maxLength: 200 }), (parts) => {
        const memo = new Memo<Tokens>();
        const text = parts.join('');
        same(text, memo);
        memo.settle();
        same(text.slice(0, text.length >> 1) + 'New words. ' + text.slice(text.length >> 1), memo);
      }),
      { numRuns: 300 },
    );
  });
});

describe('Markdown pieces', () => {
  /** The blocks of a parse, as types and offsets. */
  const outline = (text: string) => {
    const out: string[] = [];
    const walk = (node: { type: string; position?: { start: { offset?: number } }; children?: unknown[] }, depth: number) => {
      if (depth === 1) out.push(`${node.type}@${node.position?.start.offset}`);
      if (depth < 1) for (const child of (node.children ?? []) as (typeof node)[]) walk(child, depth + 1);
    };
    walk(parseMarkdown(text) as never, 0);
    return out;
  };

  it('Cuts only where the pieces parse as the whole does', () => {
    const text = [
      '---\ntitle: x\n\nmore: y\n---\n',
      '# Title\n\nA paragraph\nover two lines.\n',
      '- a list\n\n- that is loose\n\n  with a second paragraph\n',
      '```\ncode\n\nwith a blank line\n```\n',
      '<!-- a comment\n\nover a blank line -->\n',
      '    indented code\n\n    continues\n',
      'Last [link][ref] and a note.[^1]\n',
      '[ref]: https://example.org\n\n[^1]: The note.\n',
    ].join('\n');
    const starts = markdownPieces(text);
    const cut = (i: number) => text.slice(starts[i], starts[i + 1] ?? text.length);
    // Never inside front matter, a list, a fence, a comment or indented code.
    for (const inside of ['more: y', 'that is loose', 'with a second', 'with a blank line', 'over a blank line', '    continues']) {
      assert.ok(!starts.includes(text.indexOf(inside)), `cut before “${inside}”`);
    }
    assert.ok(starts.includes(text.indexOf('# Title')));
    assert.ok(starts.includes(text.indexOf('```')));
    // Each piece parses to the top-level blocks the whole text has there.
    const pieces = starts.flatMap((start, i) => outline(cut(i)).map((b) => b.replace(/@(\d+)/, (_, o: string) => `@${Number(o) + start}`)));
    assert.deepEqual(pieces.filter((b) => !b.startsWith('definition') && !b.startsWith('footnoteDefinition')), outline(text).filter((b) => !b.startsWith('definition') && !b.startsWith('footnoteDefinition')));
  });

  it('Resolves a reference to a definition in another piece: labels and note marks are not read as words', () => {
    const text = 'The [fund][ref] grew.[^n]\n\nMore text.\n\n[ref]: https://example.org\n\n[^n]: A note.\n';
    const { masked } = readStructure(text, 'markdown');
    assert.equal(masked.slice(0, text.indexOf('\n')).replace(/ +/g, ' '), 'The fund grew. ');
  });
});

describe('Properties of re-reading (generated edits)', () => {
  const fragment = fc.constantFrom(
    'Trade', 'grew', 'by', '5%', '$3.5 billion', 'in 1999', 'NATO', 'President Anna Berg', 'Berg’s', 'troops', 'however,',
    'Russia', 'U.S.', '.', '?', '"', '(', ')', '*', '**', '`', '```', '# ', '## ', '- ', '1. ', '> ', '|', '---', '[a](b)',
    '[x]: y', '[^1]', '[^1]: z', '<!--', '-->', '\n', '\n\n', '\n\n', '\r\n', '    ', '😀', 'Москва', 'Why It Matters',
  );
  const text = fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join(' '));
  const documents = fc.array(text, { maxLength: 10 }).map((paragraphs) => paragraphs.join('\n\n'));
  const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), cut: fc.nat({ max: 30 }), insert: text });
  const formats = fc.constantFrom('markdown', 'plain', 'auto') as fc.Arbitrary<'markdown' | 'plain' | 'auto'>;

  it('Gives after every edit what a fresh reading of the edited text gives', () => {
    fc.assert(
      fc.property(documents, fc.array(edit, { minLength: 1, maxLength: 6 }), formats, (start, edits, format) => {
        const reader = new Reader();
        let current = start;
        assert.equal(json(reader.analyse(current, { format })), json(analyse(current, { format })));
        for (const { at, cut, insert } of edits) {
          const from = Math.floor(at * current.length);
          current = current.slice(0, from) + insert + current.slice(from + cut);
          assert.equal(json(reader.analyse(current, { format })), json(analyse(current, { format })));
        }
      }),
      { numRuns: 400 },
    );
  });
});
