import { strict as assert } from 'node:assert';
import { bodySentences, sentenceColumns, unitColumns, unitSpans, type TextUnit } from '../../src/core/parse/units';

/** Units as columns (issue #14): the same units as the list of objects they replace, in the same order. */
describe('Units as columns', () => {
  // More units than the builder's first columns hold, so they grow; every third one outside the body.
  const list: TextUnit[] = Array.from({ length: 200 }, (_, i) => ({ start: 10 * i, end: 10 * i + 7, block: i >> 1, body: i % 3 !== 0 }));

  it('Holds every unit of a list, in order', () => {
    const units = unitColumns(list);
    assert.equal(units.length, list.length);
    list.forEach((u, i) => {
      assert.deepEqual([units.start[i], units.end[i], units.block[i], units.body[i] === 1], [u.start, u.end, u.block, u.body]);
    });
    assert.equal(unitColumns(units), units, 'columns are taken as they are');
  });

  it('Gives the body units as the body sentences a list of them gives', () => {
    assert.deepEqual(bodySentences(unitColumns(list)), sentenceColumns(list.filter((u) => u.body)));
  });

  it('Gives each unit’s span as often as it is read', () => {
    const spans = unitSpans(unitColumns(list));
    const expected = list.map(({ start, end }) => ({ start, end }));
    assert.deepEqual([...spans], expected);
    assert.deepEqual([...spans], expected);
  });
});
