import { strict as assert } from 'node:assert';
import { fixtureFigures } from './figures-helpers';

/**
 * A year named from the time of writing ("last year", "this year", "next year")
 * in a document whose front matter dates it takes that date's year, moved by
 * the phrase (figure:year-written-relative, figures-dates fieldDates.writtenYears;
 * issue #13), for the figures of its own clause.
 */

const { read, figure } = fixtureFigures('written-years');

describe('A year named from the time of writing takes the year the front matter dates (figure:year-written-relative)', () => {
  it("dates a hearing's 'last year' and 'this year' from the date at its head", () => {
    const figures = read('ferry-hearing.txt');
    const passengers = figure(figures, '1.8 million passengers');
    assert.equal(passengers.year, 2026);
    assert.deepEqual(passengers.rules, ['figure:year-written-relative']);
    assert.equal(figure(figures, '3.2%').year, 2027);
    assert.equal(figure(figures, '£4.4 million').year, 2026);
  });

  it('keeps to the clause that names the year: not a clause after a turn, nor the noun a relative clause describes', () => {
    const figures = read('ferry-hearing.txt');
    assert.equal(figure(figures, '9 vessels').year, null);
    assert.equal(figure(figures, '£6').year, null);
  });

  it("dates 'next year' from a publication line, but not a rate that recurs", () => {
    const figures = read('ferry-notice.md');
    assert.equal(figure(figures, '4 percent').year, 2028);
    assert.equal(figure(figures, '£28').year, 2026);
    assert.equal(figure(figures, '1.8 million passengers').year, null);
  });

  it('dates nothing in a document whose head gives no date, or dates of two years', () => {
    for (const name of ['ferry-column.md', 'ferry-revised.md']) for (const f of read(name)) assert.equal(f.year, null, `${name}: ${f.text}`);
  });
});
