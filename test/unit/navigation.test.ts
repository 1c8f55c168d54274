import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { lineStarts, positionOf } from '../../src/core/model/positions';
import { foldingLines, hashHeadings, matchesQuery, outlineDiffers, sectionSymbols } from '../../src/vscode/navigation/outline';
import { shared } from './helpers';

const essay = () => analyse(shared('samples/belarus-dilemma.txt'), { hint: 'belarus-dilemma.txt' });

describe("The editor's own navigation", () => {
  it('outlines the plain-text essay with its opening and three headed sections', () => {
    const symbols = sectionSymbols(essay());
    assert.deepEqual(
      symbols.map((s) => s.title),
      [
        '(introduction)',
        'Why Belarus Matters',
        'What Went Wrong with Russian-Belorussian Integration',
        'Looking for a Third Option: Moscow’s Pragmatic Response',
      ],
    );
  });

  it('puts line 20 of the essay inside "Why Belarus Matters", as the breadcrumbs show', () => {
    const analysis = essay();
    const starts = lineStarts(analysis.text);
    const line20 = starts[19];
    const around = sectionSymbols(analysis).filter((s) => s.range.start <= line20 && line20 < s.range.end);
    assert.deepEqual(
      around.map((s) => s.title),
      ['Why Belarus Matters'],
    );
    const heading = around[0].selection;
    assert.equal(analysis.text.slice(heading.start, heading.end), 'Why Belarus Matters');
  });

  it('nests subsections under their section', () => {
    const text = 'Report\n\nTRADE\n\nExports of grain rose again last year, and the ports stayed open.\n\n';
    const md = analyse('# Trade\n\nExports rose.\n\n## Grain\n\nGrain exports rose.\n\n## Oil\n\nOil fell.\n', { hint: 'a.md' });
    const [trade] = sectionSymbols(md);
    assert.equal(trade.title, 'Trade');
    assert.deepEqual(trade.children.map((c) => c.title), ['Grain', 'Oil']);
    assert.ok(sectionSymbols(analyse(text, { hint: 'a.txt' })).length >= 1);
  });

  it('leaves markdown whose sections are its # headings to VS Code, and outlines markdown whose sections differ', () => {
    const plainHeadings = analyse('# Trade\n\nExports rose.\n\n## Grain\n\nGrain exports rose.\n', { hint: 'a.md' });
    assert.equal(outlineDiffers(plainHeadings), false);
    const crs = analyse(shared('samples/crs/copper-tariffs.md'), { hint: 'copper-tariffs.md' });
    assert.ok(hashHeadings(crs.text).includes('CRS PRODUCT (LIBRARY OF CONGRESS)'));
    assert.equal(outlineDiffers(crs), true, 'the site navigation heading is not a section');
    assert.equal(outlineDiffers(essay()), true, 'plain text always');
  });

  it('does not read # lines inside a code fence as headings', () => {
    assert.deepEqual(hashHeadings('# One\n\n```sh\n# a comment\n```\n\n## Two\n'), ['One', 'Two']);
  });

  it('folds each headed section of the essay and its paragraphs of several lines', () => {
    const analysis = essay();
    const starts = lineStarts(analysis.text);
    const lineOf = (offset: number) => positionOf(starts, offset).line;
    const folds = foldingLines(analysis, lineOf);
    const sections = folds.filter((f) => f.kind === 'section');
    assert.equal(sections.length, 3);
    assert.equal(sections[0].start, 7, 'from the heading line of "Why Belarus Matters" (line 8)');
    assert.ok(sections[0].end < sections[1].start, 'a section ends before the next begins');
    assert.ok(folds.some((f) => f.kind === 'paragraph'));
    for (const fold of folds) assert.ok(fold.end > fold.start);
  });

  it('matches a symbol query as Go to Symbol does: its letters in order, any case', () => {
    assert.equal(matchesQuery('Aleksandr Lukashenko', 'lukash'), true);
    assert.equal(matchesQuery('Aleksandr Lukashenko', 'alk'), true);
    assert.equal(matchesQuery('Aleksandr Lukashenko', 'putin'), false);
    assert.equal(matchesQuery('Why Belarus Matters', ''), true);
  });
});
