import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { renderMarkdownBrief } from '../../src/render/brief';
import { readingSource, renderPage } from '../../src/render/page';
import { lineEndHyphen, readingText, readSpellings } from '../../src/render/text';
import { writeMarked } from '../../src/render/marks';
import { shared } from './helpers';

/** The `<script` elements of a page: the page's own two (data and code) and nothing from the document. */
const scripts = (html: string) => html.match(/<script\b/gi) ?? [];

describe('The annotated brief and the reading view page', () => {
  const essay = shared('samples/belarus-dilemma.txt');
  const page = renderPage(analyse(essay, { hint: 'belarus-dilemma.txt' }), { title: 'belarus-dilemma.txt', kind: 'brief' });

  it('Shows the essay\'s recovered headings as headings, under 300 KB', () => {
    for (const title of ['Why Belarus Matters', 'What Went Wrong with Russian-Belorussian Integration']) {
      assert.match(page, new RegExp(`<h[2-6][^>]*>${title}</h[2-6]>`));
    }
    assert.ok(Buffer.byteLength(page) < 300_000, `${Buffer.byteLength(page)} bytes`);
  });

  it('Marks figures and entities, and each claim with its category and role in the margin', () => {
    assert.match(page, /<mark class="pl-figure"[^>]*>36\.3%<\/mark>/);
    assert.match(page, /<span class="pl-entity pl-person"[^>]*>Lukashenko<\/span>/);
    assert.match(page, /<a class="pl-chip pl-(geopolitical|military|economic)"[^>]*>(thesis|question|evidence)<\/a>/);
  });

  it('Holds a summary, an entity index and a figures table', () => {
    assert.match(page, /81 claims: Geopolitical \d+ · Military \d+ · Economic \d+/);
    assert.match(page, /<h3>People<\/h3><ul><li><a href="#pl-m\d+">[^<]*Lukashenko<\/a>/);
    assert.match(page, /<td>Percentage<\/td><td>36\.3 %<\/td>/);
  });

  it('Requests nothing: a strict policy and no remote reference', () => {
    assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-([^']+)'; script-src 'nonce-\1'/);
    assert.doesNotMatch(page, /\b(src|href)="(https?:)?\/\//);
    assert.equal(scripts(page).length, 2);
  });

  it('Shows hostile text as text, never as markup or a link', () => {
    const hostile = [
      '# Sanctions <script>alert(1)</script>',
      '',
      'The ministry said </style><style>body{display:none}</style> that trade fell 12% in 2023.',
      '',
      'A note "><img src=x onerror=alert(2)> was attached, and [a link](javascript:alert(3)) and [another](https://example.org/report) followed.',
      '',
    ].join('\n');
    const html = renderPage(analyse(hostile, { hint: 'x.md' }), { title: '<b>x</b>', kind: 'brief' });
    assert.equal(scripts(html).length, 2);
    assert.doesNotMatch(html, /<img|<style>body|<b>x<\/b>|href="javascript:/i);
    // Raw HTML in markdown is markup the analysers do not read either: it is left out, never run.
    const plain = renderPage(analyse('Sanctions <script>alert(1)</script> hurt trade.\n', { hint: 'x.txt' }), { title: 'x', kind: 'view' });
    assert.equal(scripts(plain).length, 2);
    assert.match(plain, /Sanctions &lt;script&gt;alert\(1\)&lt;\/script&gt; hurt trade\./);
    assert.match(html, /<a href="https:\/\/example\.org\/report" class="pl-link">another<\/a>/);
    const data = /<script type="application\/json" id="pl-data">([^]*?)<\/script>/.exec(html)![1];
    assert.doesNotMatch(data, /<\/|<img/);
  });

  it('Reads an empty document and says why an outline-only reading has no claims', () => {
    const empty = renderPage(analyse('', {}), { title: 'empty', kind: 'brief' });
    assert.match(empty, /0 claims/);
    const outline = renderPage(analyse('# One\n\nText.\n', { outlineOnly: true, hint: 'a.md' }), {
      title: 'big.md',
      kind: 'view',
      notice: 'Outline only: the document is above the size limit.',
    });
    assert.match(outline, /<p class="pl-notice" role="status">Outline only/);
    assert.match(outline, /<h2[^>]*>One<\/h2>/);
  });

  it('Shows link text and no link syntax in a markdown report', () => {
    const report = shared('samples/crs/copper-tariffs.md');
    const html = renderPage(analyse(report, { hint: 'copper-tariffs.md' }), { title: 'copper', kind: 'view' });
    const reading = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
    assert.doesNotMatch(reading.replace(/<[^>]+>/g, ''), /\]\(|https:\/\//);
  });
});

describe('Text as a reader reads it', () => {
  it('Joins a word split at a line end when the document writes it whole, and keeps a compound\'s hyphen', () => {
    const text = 'Economic ties matter. The eco-\nnomic case is clear. A well-known fact is well-\nknown.';
    const spellings = readSpellings(text);
    assert.equal(lineEndHyphen(spellings, 'eco', 'nomic'), 'join');
    assert.equal(lineEndHyphen(spellings, 'well', 'known'), 'keep');
    assert.equal(readingText(text, spellings), 'Economic ties matter. The economic case is clear. A well-known fact is well-\nknown.');
  });

  it('Keeps an unknown split as the author wrote it, and reads "--" as a dash', () => {
    const spellings = readSpellings('Trans-\nnistria -- a region.');
    assert.equal(readingText('Trans-\nnistria -- a region.', spellings), 'Trans-\nnistria — a region.');
  });

  it('Nests marks and drops one that crosses another\'s edge', () => {
    const text = 'abcdefghij';
    const write = (a: number, b: number) => text.slice(a, b);
    const html = writeMarked(0, 10, [
      { start: 0, end: 10, open: '<c>', close: '</c>', depth: 0 },
      { start: 2, end: 5, open: '<e>', close: '</e>', depth: 2 },
      { start: 4, end: 7, open: '<x>', close: '</x>', depth: 2 },
      { start: 7, end: 9, open: '<f>', close: '</f>', depth: 2 },
    ], write);
    assert.equal(html, '<c>ab<e>cde</e>fg<f>hi</f>j</c>');
  });
});

describe('The reader\'s notes in the brief', () => {
  it('Lists each placed note with the words it is on, in the HTML and the markdown brief', () => {
    const text = 'Trade fell by 36.3% in 1999. Exports recovered later.';
    const analysis = analyse(text, { hint: 'a.txt' });
    const at = text.indexOf('36.3%');
    const notes = [{ start: at, end: at + 5, text: 'Check <this> against IMF data.' }];
    const html = renderPage(analysis, { title: 'a.txt', kind: 'brief', notes });
    assert.match(html, /<section class="pl-notes"><h2>Notes<\/h2><ul><li><q>36\.3%<\/q> — Check &lt;this&gt; against IMF data\.<\/li>/);
    const md = renderMarkdownBrief(readingSource(analysis), 'a.txt', notes);
    assert.match(md, /^## Notes\n\n- > 36\.3%\n {2}Check \\<this\\> against IMF data\.$/m);
  });
});

describe('The markdown brief', () => {
  it('Lists each section with its mix, its theses and the evidence under them', () => {
    const md = renderMarkdownBrief(readingSource(analyse(shared('samples/belarus-dilemma.txt'), { hint: 'a.txt' })), 'belarus-dilemma.txt');
    assert.match(md, /^# belarus-dilemma\.txt$/m);
    assert.match(md, /^## Why Belarus Matters$/m);
    assert.match(md, /^\*Geopolitical \d+ · Military \d+ · Economic \d+ · unclassified \d+\*$/m);
    assert.match(md, /^- \*\*(Geopolitical|Military|Economic) · thesis/m);
    assert.match(md, /^ {2}- \*(Geopolitical|Military|Economic) · evidence/m);
    assert.match(md, /^\| Percentage \| 36\.3 % \|/m);
    assert.match(md, /^\*\*People:\*\* .*Lukashenko \(\d+\)/m);
  });
});
