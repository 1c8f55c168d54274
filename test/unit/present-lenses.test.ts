import { strict as assert } from 'node:assert';
import { CATEGORIES } from '../../src/core/model/model';
import { chooseLenses, lensTooltip, lensWindows, outgrows } from '../../src/vscode/present/lenses';
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
    assert.match(lensTooltip(ANALYSIS, first), /Economic$/);
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

  it('Should put one lens per paragraph in paragraph mode, naming its main category', () => {
    const lenses = chooseLenses(ANALYSIS, 'paragraph', CATEGORIES);
    assert.deepEqual(titles(lenses), [
      'Economic · 1 of 2 claims',
      'also Military · 1',
      'Economic · 2 of 2 claims',
      'Geopolitical · 1 of 2 claims',
      'Military · evidence',
    ]);
    assert.deepEqual(
      lenses.map((lens) => lens.at),
      [0, 0, 2, 4, 6].map((i) => ANALYSIS.claims[i].start),
    );
    assert.equal(lenses[1].claim, 1);
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
