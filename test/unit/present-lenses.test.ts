import { strict as assert } from 'node:assert';
import { CATEGORIES } from '../../src/core/model';
import { chooseLenses, lensTooltip } from '../../src/vscode/present/lenses';
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
});
