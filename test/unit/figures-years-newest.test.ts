import { strict as assert } from 'node:assert';
import { documentFigure, readDocument } from './figures-helpers';

/**
 * Classes of years the six newest development documents showed (session 14,
 * issue #13), each seen in documents by at least two writers, by the rule that
 * decides it.
 */

const read = readDocument;
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

describe('Months that share the year written after the last (figure:date-months-one-year)', () => {
  it('reads "in March and July 2025" as one date in 2025, and dates the figures of its clause', () => {
    const found = read('The board met in March and July 2025 and approved 14 loans.\n').map((f) => [f.text, f.year]);
    assert.deepEqual(found, [['March and July 2025', 2025], ['14 loans', 2025]]);
    assert.ok(figure('The board met in March and July 2025 and approved 14 loans.\n', 'March and July 2025').rules.includes('figure:date-months-one-year'));
  });

  it('reads "from May to August 2024" as one date in 2024', () => {
    assert.equal(figure('Freight fell from May to August 2024 by 9 percent.\n', 'May to August 2024').year, 2024);
  });

  it('does not give a span across the new year the second month\'s year ("from November to March 2024": November is of the year before)', () => {
    assert.equal(figure('Ferries ran from November to March 2024 on the winter timetable.\n', 'November').year, null);
    assert.equal(figure('Ferries ran from November to March 2024 on the winter timetable.\n', 'March 2024').year, 2024);
  });

  it('leaves a month with no year after it undated, and two months each with a year two dates', () => {
    assert.equal(figure('The board met in March. It approved 14 loans in June 2024.\n', 'March').year, null);
    assert.deepEqual(read('The board met in March 2024 and July 2025.\n').map((f) => f.text), ['March 2024', 'July 2025']);
  });
});
