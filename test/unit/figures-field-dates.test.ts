import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../src/core/analyse';

/**
 * Dates in the labelled fields of a document's front matter (figure:date-field,
 * figures-dates fieldDates; issue #13): minutes' "Date:", a bulletin's "Release
 * date:" and "Next release:", an article's "Received: … · Accepted: …" are
 * figures, though their lines are headings or furniture; a page's own "Last
 * updated:" and a stamp in digits are not.
 */

const ROOT = join(process.cwd(), 'test', 'fixtures', 'field-dates');
const read = (name: string) => {
  const text = readFileSync(join(ROOT, name), 'utf8');
  const found = analyse(text, { format: name.endsWith('.md') ? 'markdown' : 'plain' }).figures;
  return found.map((f) => ({ text: text.slice(f.start, f.end), year: f.year, kind: f.kind, about: f.about, rules: f.why.map((r) => r.rule) }));
};

describe('Dates in the labelled fields of the front matter (figure:date-field)', () => {
  it('reads the date of minutes\' "Date:" field past its weekday, and says why', () => {
    const figures = read('minutes.txt');
    const date = figures.find((f) => f.text === '3 February 2026');
    assert.ok(date, JSON.stringify(figures.map((f) => f.text)));
    assert.equal(date.kind, 'date');
    assert.equal(date.year, 2026);
    assert.equal(date.about, 'date');
    assert.ok(date.rules.includes('figure:date-field'));
  });

  it('leaves a page\'s "Last updated:" date out, and reads the body as before', () => {
    const figures = read('minutes.txt');
    assert.ok(!figures.some((f) => f.text === '9 February 2026'));
    assert.ok(figures.some((f) => f.text.startsWith('14 findings') && f.year === 2025));
    assert.ok(!figures.some((f) => f.text.startsWith('14:05') || f.text === '52ND'));
  });

  it('reads a bulletin\'s release dates and an article\'s dates of receipt and acceptance on one line', () => {
    const texts = read('bulletin.md').map((f) => f.text);
    for (const d of ['20 January 2026', '19 January 2027', '2 December 2025', '9 January 2026']) assert.ok(texts.includes(d), `${d} in ${JSON.stringify(texts)}`);
  });

  it('does not read a stamp in digits ("Publication Date: 01/20/2026") nor a field after the first paragraph of prose', () => {
    // Another rule may read the stamp where its lines are prose (hard breaks keep them one paragraph); this one does not.
    const fielded = read('bulletin.md').filter((f) => f.rules.includes('figure:date-field'));
    assert.ok(!fielded.some((f) => f.text === '01/20/2026'), JSON.stringify(fielded.map((f) => f.text)));
    const later = 'A paragraph of prose opens the document here.\n\nDate: 4 March 2026\n';
    const text = analyse(later, { format: 'plain' });
    assert.ok(!text.figures.some((f) => f.why.some((r) => r.rule === 'figure:date-field')));
  });
});
