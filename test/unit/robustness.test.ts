import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyse } from '../../src/core/analyse';
import type { Analysis, Span } from '../../src/core/model/model';

/** Every range in a model, with a label saying where it came from. */
function ranges(a: Analysis): [string, Span][] {
  return [
    ...a.sections.flatMap((s, i): [string, Span][] => [[`section ${i}`, s], [`heading ${i}`, s.heading]]),
    ...a.blocks.map((b, i): [string, Span] => [`block ${i}`, b]),
    ...a.claims.flatMap((c, i): [string, Span][] => [[`claim ${i}`, c], ...c.cues.map((q): [string, Span] => [`cue of claim ${i}`, q])]),
    ...a.entities.flatMap((e) => e.mentions.map((m): [string, Span] => [`mention of ${e.id}`, m])),
    ...a.figures.map((f, i): [string, Span] => [`figure ${i}`, f]),
  ];
}

const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Ranges inside the text, not reversed, never inside a surrogate pair; claims and figures in order. */
function checkRanges(a: Analysis): void {
  for (const [label, span] of ranges(a)) {
    assert.ok(span.start >= 0 && span.end <= a.text.length && span.start <= span.end, `${label} ${span.start}-${span.end} outside 0-${a.text.length}`);
    assert.ok(!isLow(a.text.charCodeAt(span.start)) || span.start === span.end, `${label} starts inside a surrogate pair`);
    assert.ok(span.end === a.text.length || !isLow(a.text.charCodeAt(span.end)), `${label} ends inside a surrogate pair`);
  }
  for (const list of [a.claims, a.figures, a.blocks] as unknown as readonly (readonly Span[])[]) {
    for (let i = 1; i < list.length; i++) assert.ok(list[i - 1].end <= list[i].start, 'spans overlap or are out of order');
  }
}

const read = (text: string, format?: 'markdown' | 'plain') => {
  const a = analyse(text, { format });
  checkRanges(a);
  return a;
};

describe('Bad input', () => {
  it('Reads an empty or blank document as nothing, without a warning', () => {
    for (const text of ['', '   \n\n\t  \r\n']) {
      for (const format of ['markdown', 'plain'] as const) {
        const a = read(text, format);
        assert.equal(a.claims.length + a.sections.length + a.figures.length + a.entities.length, 0);
        assert.deepEqual(a.warnings, []);
      }
    }
  });

  it('Reads text with NUL bytes without failing', () => {
    const a = read('Trade\u0000 fell by 5% in 2020.\u0000\u0000 The army grew.');
    assert.ok(a.claims.length >= 1);
  });

  it('Reads a single line of a megabyte', () => {
    const line = 'Exports of gas rose by 5% in 2020 while troops stayed home. '.repeat(17000);
    const a = read(line, 'plain');
    assert.ok(a.claims.length > 10000);
  });

  it('Gives the same sentences for CRLF, LF and mixed line endings, on the same characters', () => {
    const lf = 'Why Trade Matters\nTrade grew by 5% in 2020. Tariffs fell.\nThe army did not grow.';
    for (const text of [lf, lf.replace(/\n/g, '\r\n'), lf.replace('\n', '\r\n')]) {
      const a = read(text, 'plain');
      assert.deepEqual(a.claims.map((c) => text.slice(c.start, c.end).replace(/\s+/g, ' ')), [
        'Trade grew by 5% in 2020.',
        'Tariffs fell.',
        'The army did not grow.',
      ]);
      assert.deepEqual(a.sections.map((s) => s.title), ['Why Trade Matters']);
    }
  });

  it('Removes a leading BOM and says so, with ranges on the text without it', () => {
    const a = read('\uFEFFThe treaty was signed in 1999.');
    assert.equal(a.bomRemoved, true);
    assert.equal(a.text.slice(a.claims[0].start, a.claims[0].end), 'The treaty was signed in 1999.');
  });

  it('Reads Cyrillic, Greek, right-to-left text and emoji without splitting a character', () => {
    const text = 'Москва и Минск подписали договор. Η Αθήνα συμφώνησε. القاهرة وافقت على الاتفاق. Trade 📈 grew by 5% in 2020 🚀. Prices 𝟓 fell.';
    const a = read(text, 'plain');
    assert.ok(a.claims.length >= 4);
  });

  it('Leaves code, raw HTML and front matter out of the claims', () => {
    const text = [
      '---',
      'title: Trade and troops',
      'year: 2020',
      '---',
      '',
      '<div class="note">Troops rose by 50%.</div>',
      '',
      'Tariffs rose in 2021.',
      '',
      '```',
      'The army grew by 10% in 2019.',
      '```',
    ].join('\n');
    const a = read(text, 'markdown');
    assert.deepEqual(a.claims.map((c) => text.slice(c.start, c.end)), ['Tariffs rose in 2021.']);
    assert.ok(!a.sections.some((s) => /title/.test(s.title)), 'front matter is not a heading');
  });

  it('Swallows the rest of the document into an unclosed code fence, as markdown does', () => {
    const a = read('Tariffs rose.\n\n```\nThe army grew.\nMore code.', 'markdown');
    assert.equal(a.claims.length, 1);
  });

  it('Outlines a document of headings only', () => {
    const a = read('# One\n\n## Two\n\n## Three\n', 'markdown');
    assert.deepEqual(a.sections.map((s) => [s.title, s.level, s.parent]), [['One', 1, null], ['Two', 2, 0], ['Three', 2, 0]]);
    assert.equal(a.claims.length, 0);
  });

  it('Reads a table-only document as cells, with no claims', () => {
    const a = read('| Year | Exports |\n| --- | --- |\n| 2020 | 5% |\n| 2021 | 7% |\n', 'markdown');
    assert.equal(a.claims.length, 0);
    assert.ok(a.blocks.every((b) => b.kind === 'tableCell'));
  });

  it('Reads list items and footnotes: items are claims, footnote text is not', () => {
    const text = 'Trade grew.[^1]\n\n- Tariffs fell.\n- Troops left.\n\n[^1]: Source: a ministry report of 2020.\n';
    const a = read(text, 'markdown');
    assert.deepEqual(a.claims.map((c) => text.slice(c.start, c.end).replace('[^1]', '')), ['Trade grew.', 'Tariffs fell.', 'Troops left.']);
  });

  it('Shows only the outline above the size limit, fast and without the markdown parser', () => {
    const section = '## Part\n\nTrade grew by 5% in 2020. ' + 'The army moved. '.repeat(2000) + '\n\n';
    const big = '# Report\n\n' + section.repeat(700); // about 22 MB
    const a = analyse(big, { format: 'markdown', outlineOnly: true });
    assert.equal(a.sections.length, 701);
    assert.equal(a.claims.length, 0);
    assert.equal(a.sections[1].parent, 0);
  });
});

describe('Properties (generated documents)', () => {
  const fragment = fc.constantFrom(
    'Trade', 'grew', 'by', '5%', '$3.5 billion', 'in 1999', 'NATO', 'President Anna Berg', 'Berg’s', 'troops', 'tariffs',
    'the', 'of', 'Russia', 'however,', 'Although', 'U.S.', 'e.g.,', '(US)', '150,000-170,000', 'two times lower',
    'Seventy-nine out of 89', '--', '.', '?', '!', '"', '“', '”', '(', ')', '[', ']', '*', '**', '_', '`', '```', '#', '## ',
    '- ', '1. ', '> ', '|', '---', '\n', '\n\n', '\r\n', ' ', '  ', '\t', '😀', '𝟓', 'Москва', 'القاهرة', '\uFEFF', '\u0000',
    '<b>', '</b>', '[link](http://x.y/1999)', '[^1]', '12 000', '1.234,5', '–5%', 'Why It Matters',
  );
  const documents = fc.array(fragment, { maxLength: 80 }).map((parts) => parts.join(' ').replace(/ (\n|\r\n)/g, '$1'));

  it('Never throws, keeps every range inside the text in order, and gives the same model twice', () => {
    fc.assert(
      fc.property(documents, fc.constantFrom('markdown', 'plain') as fc.Arbitrary<'markdown' | 'plain'>, (text, format) => {
        const a = analyse(text, { format });
        checkRanges(a);
        assert.deepEqual(a.warnings, [], a.warnings.join('; '));
        assert.deepEqual(JSON.stringify(analyse(text, { format })), JSON.stringify(a));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('Failures stay small', () => {
  it('Keeps figures, entities and the outline when one analyser fails, and names it in a warning', () => {
    const broken = {
      byWord: { get: () => { throw new Error('lexicon table unreadable'); } },
      byPrefix: new Map(),
    } as unknown as import('../../src/core/lexicon').Lexicon;
    const a = analyse('Why Trade Matters\nPresident Anna Berg said exports grew by 5% in 2020.\nTroops left.', { format: 'plain', lexicon: broken });
    assert.deepEqual(a.claims, []);
    assert.equal(a.warnings.length, 1);
    assert.match(a.warnings[0], /^Claims: lexicon table unreadable/);
    assert.ok(a.figures.some((f) => f.kind === 'percent'));
    assert.ok(a.entities.some((e) => e.type === 'person'));
    assert.deepEqual(a.sections.map((s) => s.title), ['Why Trade Matters']);
  });
});
