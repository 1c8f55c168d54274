import { strict as assert } from 'node:assert';
import { documentFigure } from './figures-helpers';

/**
 * Years of figures set against an event or a base with a possessive (issue #13,
 * session 13): a figure its own phrase sets before or after an event holds at
 * that event's time, not in the year its sentence states; a year after "its" or
 * "their" and a level ("below its 2023 level", "three times their 2019
 * average") is the base a change is measured from, as after "the". Sentences
 * our own.
 */

const figure = documentFigure;

describe('A figure set before or after an event (figure:year-none-event)', () => {
  it('gives no year to a figure compared with the time before an event', () => {
    const f = figure('Tolls reached 3 percent of the fare in 2024, against 1 percent before the strike.\n', '1 percent');
    assert.equal(f.year, null);
    assert.ok(f.rules.includes('figure:year-none-event'));
    assert.equal(figure('Tolls reached 3 percent of the fare in 2024, against 1 percent before the strike.\n', '3 percent').year, 2024);
  });

  it('reads over the words of the figure\'s own phrase to the event', () => {
    assert.equal(figure('Fees climbed from 0.2 per cent of a barge\'s value before the drought to 2 per cent in 2023.\n', '0.2 per cent').year, null);
    assert.equal(figure('In 2025 bread in Lome rose from 400 to 550 francs in the month after the ban.\n', '400 to 550 francs').year, null);
    assert.equal(figure('The depots ordered in 2021 will open late, three years after the first ferries sailed.\n', 'three years').year, null);
  });

  it('still dates a figure whose event phrase names a date, or that has no event', () => {
    assert.equal(figure('In 2023 the fund paid out $40 million before the end of 2023.\n', '$40 million').year, 2023);
    assert.equal(figure('In 2023 the port handled 900 ships, and the strike began later.\n', '900 ships').year, 2023);
  });
});

describe('A base year after a possessive (figure:year-past-base)', () => {
  it('dates a change below "its" level by the sentence\'s other year', () => {
    const f = figure('Freight through the strait in 2025 stayed about 30 percent below its 2021 level.\n', '30 percent');
    assert.equal(f.year, 2025);
    assert.ok(f.rules.includes('figure:year-past-base'));
  });

  it('dates a multiple of "their" average by the other year', () => {
    assert.equal(figure('After the blockade in May 2024, grain prices climbed to three times their 2023 average.\n', 'three times').year, 2024);
  });

  it('does not take a deadline after "by" for what a multiple is of', () => {
    assert.equal(figure('The ministry plans to double its port capacity by 2030.\n', 'double').year, 2030);
  });
});

describe('A date tied to the figure over a rate and an edge of the year (figure:year-tied)', () => {
  it('dates where a change ends by the deadline written after it, and where it starts by its own date', () => {
    const text = 'Kiln output rose from about 90 bricks a day in early 2022 to 400 a day by the end of 2024.\n';
    const f = figure(text, '400');
    assert.equal(f.year, 2024);
    assert.ok(f.rules.includes('figure:year-tied'));
    assert.equal(figure(text, '90 bricks').year, 2022);
  });
});
