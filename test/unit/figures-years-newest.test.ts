import { strict as assert } from 'node:assert';
import { documentFigure } from './figures-helpers';

/**
 * Classes of years the six newest development documents showed (session 14,
 * issue #13), each seen in documents by at least two writers, by the rule that
 * decides it.
 */

const figure = documentFigure;

describe('A compound adjective is no past tense (pastTense compoundMarks, figure:year-none-present-tense)', () => {
  it('reads "cold-rolled", "city-owned" as adjectives: the present sentence takes no year from the one before', () => {
    const text = (second: string) => `The quota took effect in 2023. ${second}\n`;
    assert.equal(figure(text('It covers cold-rolled strip and charges a duty of 18 percent.'), '18 percent').year, null);
    const owned = figure(text('The city-owned depot handles 40 percent of the cargo.'), '40 percent');
    assert.equal(owned.year, null);
    assert.ok(owned.rules.includes('figure:year-none-present-tense'));
  });

  it('still reads a verb after a prefix ("co-funded") as the past', () => {
    assert.equal(figure('The quota took effect in 2023. The council co-funded 40 percent of the depot.\n', '40 percent').year, 2023);
  });
});
