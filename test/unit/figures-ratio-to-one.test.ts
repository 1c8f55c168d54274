import { strict as assert } from 'node:assert';
import { figures } from './figures-helpers';

/**
 * "N to one" after "of" is a ratio of N (figure:ratio-to-one; issue #13): a
 * court's "majority of two to one", a reviewer's "ratio of more than five to
 * one". A change "from two to one" and "to one" before a noun are not ratios.
 * Every sentence here is written for the test.
 */

const ratios = (text: string) => figures(text).filter((f) => f.kind === 'ratio').map((f) => [f.text, f.value, f.why.find((r) => r.about === 'kind')?.rule]);

describe('A ratio written "N to one" (figure:ratio-to-one)', () => {
  it('reads "a majority of three to one" and "a ratio of about four to one" as ratios', () => {
    assert.deepEqual(ratios('The tribunal ruled by a majority of three to one.'), [['three to one', 3, 'figure:ratio-to-one']]);
    assert.deepEqual(ratios('Imports outran exports in a ratio of about four to one (Table 2).'), [['four to one', 4, 'figure:ratio-to-one']]);
  });

  it('does not read a change "from two to one", nor "to one" before a noun', () => {
    assert.deepEqual(ratios('Shifts were cut from two to one.'), []);
    assert.deepEqual(ratios('The share of seven to one region was small.'), []);
  });
});
