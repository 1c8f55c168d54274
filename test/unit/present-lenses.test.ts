import { strict as assert } from 'node:assert';
import { CATEGORIES } from '../../src/core/model/model';
import { chooseLenses, lensTooltip, lensWindows, outgrows } from '../../src/vscode/present/lenses';
import { analyse } from '../../src/core/analyse';
import { shared } from './helpers';
import { ANALYSIS } from './present-fixture';

const titles = (lenses: ReturnType<typeof chooseLenses>) => lenses.map((lens) => lens.title);

describe('present/lenses', () => {
  it('Should put a lens above each classified claim, with a second one for a secondary category', () => {
    assert.deepEqual(titles(chooseLenses(ANALYSIS, 'claim', CATEGORIES)), [
      'Economic · evidence',
      'also Geopolitical',
      'Military · reason',
      'Economic · evidence',
      'Economic · statement',
      'also Military',
      'Geopolitical · thesis',
      'Military · evidence',
    ]);
  });

  it('Should name in its tooltip the sentence a lens speaks for', () => {
    const [first, , third] = chooseLenses(ANALYSIS, 'claim', CATEGORIES);
    const opening = (claim: number) => ANALYSIS.text.slice(ANALYSIS.claims[claim].start).split(/\s+/).slice(0, 3).join(' ');
    assert.ok(lensTooltip(ANALYSIS, first).startsWith(`“${opening(0)}`), lensTooltip(ANALYSIS, first));
    assert.ok(lensTooltip(ANALYSIS, third).startsWith(`“${opening(third.claim)}`), lensTooltip(ANALYSIS, third));
    assert.match(lensTooltip(ANALYSIS, first), /Economic, or correct it$/);
  });

  it('Should give an unclassified claim no lens', () => {
    const lenses = chooseLenses(ANALYSIS, 'claim', CATEGORIES);
    assert.ok(!lenses.some((lens) => lens.claim === 5));
  });

  it('Should sit above the claim and explain that claim', () => {
    const [first, second] = chooseLenses(ANALYSIS, 'claim', CATEGORIES);
    assert.deepEqual([first.at, first.claim, first.category], [ANALYSIS.claims[0].start, 0, 'economic']);
    assert.deepEqual([second.at, second.claim, second.category], [ANALYSIS.claims[0].start, 0, 'geopolitical']);
  });

  it('Should put one lens per paragraph in paragraph mode, summing up its categories and argued roles', () => {
    const lenses = chooseLenses(ANALYSIS, 'paragraph', CATEGORIES);
    assert.deepEqual(titles(lenses), [
      'Economic · Military — reason, evidence',
      'Economic ×2 — evidence',
      'Geopolitical — thesis',
      'Military — evidence',
    ]);
    assert.deepEqual(
      lenses.map((lens) => lens.at),
      [1, 2, 4, 5].map((b) => ANALYSIS.blocks[b].start),
      'each on its paragraph\'s first line',
    );
    assert.deepEqual(lenses[0].claims, [0, 1], 'a click lists the paragraph\'s claims');
    assert.deepEqual(lenses[2].claims, [4, 5], 'an unclassified statement is listed too');
  });

  it('Should count the roles a paragraph argues, leaving statements out', () => {
    const claims = ANALYSIS.claims.map((c, i) => (i === 3 ? { ...c, role: 'evidence' as const } : c));
    assert.equal(chooseLenses({ ...ANALYSIS, claims }, 'paragraph', CATEGORIES)[1].title, 'Economic ×2 — 2 evidence');
    const theses = ANALYSIS.claims.map((c, i) => (i === 2 || i === 3 ? { ...c, role: 'thesis' as const } : c));
    assert.equal(chooseLenses({ ...ANALYSIS, claims: theses }, 'paragraph', CATEGORIES)[1].title, 'Economic ×2 — 2 theses');
  });

  it('Should share one lens between paragraphs that start on the line where the previous ends', () => {
    // The two paragraphs of the first section as if written on one line: one lens speaks for both.
    const text = ANALYSIS.text.replace('troops in Belarus.\n\nTrade', 'troops in Belarus.  Trade');
    const lenses = chooseLenses({ ...ANALYSIS, text }, 'paragraph', CATEGORIES);
    assert.deepEqual(lenses[0].claims, [0, 1, 2, 3]);
    assert.equal(lenses[0].title, 'Economic ×3 · Military — reason, 2 evidence');
  });

  it('Should mark with ✎ a lens that speaks for a claim the reader corrected', () => {
    const claims = ANALYSIS.claims.map((c, i) => (i === 6 ? { ...c, source: 'reader' } : c));
    const paragraph = chooseLenses({ ...ANALYSIS, claims }, 'paragraph', CATEGORIES);
    assert.equal(paragraph[3].title, 'Military — evidence ✎');
    assert.ok(!paragraph[2].title.includes('✎'));
    assert.equal(chooseLenses({ ...ANALYSIS, claims }, 'claim', CATEGORIES).at(-1)!.title, 'Military · evidence ✎');
  });

  it('Should show no lens when off', () => {
    assert.deepEqual(chooseLenses(ANALYSIS, 'off', CATEGORIES), []);
  });

  it('Should show only the categories chosen, a hidden primary giving way to a shown secondary', () => {
    assert.deepEqual(titles(chooseLenses(ANALYSIS, 'claim', ['military'])), [
      'Military · reason',
      'Military · statement',
      'Military · evidence',
    ]);
  });

  describe('in a very long document', () => {
    it('Should cover what is shown with a margin, merging views that meet, inside the document', () => {
      assert.deepEqual(lensWindows([[1000, 1040]], 400, 50_000), [[600, 1440]]);
      assert.deepEqual(lensWindows([[30, 70]], 400, 50_000), [[0, 470]]);
      assert.deepEqual(lensWindows([[49_980, 49_999]], 400, 50_000), [[49_580, 49_999]]);
      // Two editors on one document: far apart they stay two windows, near they become one.
      assert.deepEqual(lensWindows([[9000, 9040], [100, 140]], 400, 50_000), [[0, 540], [8600, 9440]]);
      assert.deepEqual(lensWindows([[100, 140], [900, 940]], 400, 50_000), [[0, 1340]]);
    });

    it('Should ask again only when scrolling nears an edge of the lenses that is not the document’s', () => {
      const windows = lensWindows([[1000, 1040]], 400, 50_000);
      assert.equal(outgrows([[1100, 1140]], windows, 150, 50_000), false);
      assert.equal(outgrows([[1300, 1340]], windows, 150, 50_000), true);
      assert.equal(outgrows([[700, 740]], windows, 150, 50_000), true);
      assert.equal(outgrows([[20_000, 20_040]], windows, 150, 50_000), true);
      const top = lensWindows([[0, 40]], 400, 50_000);
      assert.equal(outgrows([[0, 40]], top, 150, 50_000), false);
    });
  });
});

describe('present/lenses on the essay', () => {
  const text = shared('samples/belarus-dilemma.txt');
  const analysis = analyse(text, { format: 'plain' });
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;

  it('Should leave no line with more than one lens in paragraph mode', () => {
    const lenses = chooseLenses(analysis, 'paragraph', CATEGORIES);
    assert.ok(lenses.length > 10, `lenses on the essay: ${lenses.length}`);
    const lines = lenses.map((lens) => lineOf(lens.at));
    assert.equal(new Set(lines).size, lines.length, `a line with two lenses: ${lines.filter((l, i) => lines.indexOf(l) !== i)}`);
  });

  it('Should put each paragraph lens on the first line of its paragraph, and speak for every claim once', () => {
    const lenses = chooseLenses(analysis, 'paragraph', CATEGORIES);
    for (const lens of lenses) assert.equal(lens.at, analysis.blocks[analysis.claims[lens.claims[0]].block].start);
    const spoken = lenses.flatMap((lens) => lens.claims);
    assert.equal(new Set(spoken).size, spoken.length);
  });

  it('Should show far fewer lenses than claim mode', () => {
    const paragraph = chooseLenses(analysis, 'paragraph', CATEGORIES).length;
    const claim = chooseLenses(analysis, 'claim', CATEGORIES).length;
    assert.ok(paragraph * 2 < claim, `paragraph ${paragraph}, claim ${claim}`);
  });
});
