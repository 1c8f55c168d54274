import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../src/core/analyse';

/**
 * A year named from the time of writing ("last year", "this year", "next year")
 * in a document whose front matter dates it takes that date's year, moved by
 * the phrase (figure:year-written-relative, figures-dates fieldDates.writtenYears;
 * issue #13), for the figures of its own clause.
 */

const ROOT = join(process.cwd(), 'test', 'fixtures', 'written-years');
const read = (name: string) => {
  const text = readFileSync(join(ROOT, name), 'utf8');
  const found = analyse(text, { format: name.endsWith('.md') ? 'markdown' : 'plain' }).figures;
  return found.map((f) => ({ text: text.slice(f.start, f.end), year: f.year, rules: f.why.filter((r) => r.about === 'year').map((r) => r.rule) }));
};
const figure = (figures: ReturnType<typeof read>, text: string) => {
  const f = figures.find((g) => g.text.startsWith(text));
  assert.ok(f, `${text} in ${JSON.stringify(figures.map((g) => g.text))}`);
  return f;
};

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
