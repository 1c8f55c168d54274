import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../src/core/analyse';
import { toJson } from '../../src/core/model/contract';

/**
 * Furniture and sections of a bill's print (issue #13, session 21): its arrangement of clauses under
 * 'CONTENTS', each clause's number and title set in columns, the clause headings set again over their
 * text with a wider gap and, every five lines, the margin's line number before them. The fixture
 * (test/fixtures/furniture-s21) is written for these tests, with a near miss that stays text.
 */

const ROOT = join(process.cwd(), 'test', 'fixtures', 'furniture-s21');

/** The sections, notices and claims of the fixture `name`, and its text. */
function read(name: string) {
  const text = readFileSync(join(ROOT, name), 'utf8');
  const json = toJson(analyse(text, { hint: name }));
  return { text, json };
}

describe('Furniture and sections of a bill’s print', () => {
  it('Reads each clause heading the arrangement of clauses lists as a section titled without its numbers (heading:contents-columns)', () => {
    const { json } = read('harbour-bill.txt');
    const titles = json.sections.map((s) => s.title);
    for (const title of ['The Harbour Dredging Board', 'Dredging of the outer channel', 'Mooring charges', 'Commencement and short title']) {
      assert.ok(titles.includes(title), `${title}: ${JSON.stringify(titles)}`);
    }
    assert.ok(!titles.some((t) => /^\d/.test(t)), JSON.stringify(titles));
  });

  it('Reads a margin’s line number before a clause heading as no part of its title (heading:contents-columns)', () => {
    const { text, json } = read('harbour-bill.txt');
    const moorings = json.sections.find((s) => s.title === 'Mooring charges');
    assert.ok(moorings, JSON.stringify(json.sections.map((s) => s.title)));
    assert.equal(text.slice(moorings.start, moorings.start + 'Mooring charges'.length), 'Mooring charges');
    assert.ok(!json.claims.some((c) => c.text.includes('3 Mooring charges')), JSON.stringify(json.claims.map((c) => c.text)));
  });

  it('Reads the arrangement of clauses as a notice and keeps who presented the bill, set under it, apart', () => {
    const { json } = read('harbour-bill.txt');
    assert.ok(json.notices.some((n) => n.rule === 'notice:contents' && /Mooring charges/.test(n.text)), JSON.stringify(json.notices));
    assert.ok(!json.notices.some((n) => n.rule === 'notice:contents' && /Presented by/.test(n.text)), JSON.stringify(json.notices));
    assert.ok(json.entities.some((e) => e.name === 'Halvard Penrose'), JSON.stringify(json.entities.map((e) => e.name)));
  });

  it('Keeps a line whose first column is a word, not a number, as the clause’s text (near miss)', () => {
    const { text, json } = read('harbour-bill.txt');
    const channel = json.sections.find((s) => s.title === 'Dredging of the outer channel');
    assert.ok(channel, JSON.stringify(json.sections.map((s) => s.title)));
    // The section opens on clause 2's own heading, not on the schedule's 'Part 2     Dredging of the outer channel' in clause 1.
    assert.ok(text.slice(channel.start - 12, channel.start).includes('2     '), text.slice(channel.start - 20, channel.start + 30));
    assert.ok(!/Part 2\s*$/.test(text.slice(0, channel.start)), text.slice(channel.start - 20, channel.start + 30));
  });

  it('Keeps further contents-like lines after a rule line (a schedules list) in the notice, and who presented the bill read', () => {
    const { json } = read('ferry-bill-schedules.txt');
    assert.ok(!json.claims.some((c) => /Schedule 1/.test(c.text)), JSON.stringify(json.claims.map((c) => c.text)));
    assert.ok(!json.sections.some((s) => /Schedule/.test(s.title)), JSON.stringify(json.sections.map((s) => s.title)));
    assert.ok(json.sections.some((s) => s.title === 'Lifeline routes'), JSON.stringify(json.sections.map((s) => s.title)));
    // Near miss: the presenters' sentences after a rule line (harbour-bill.txt) are no entries, their names still read.
    const bill = read('harbour-bill.txt').json;
    assert.ok(bill.claims.some((c) => /Presented by/.test(c.text)), JSON.stringify(bill.claims.map((c) => c.text)));
  });

  it('Takes a list in the prose that repeats the entries with their numbers written otherwise for no heading (near miss)', () => {
    const { text, json } = read('lighthouse-review.txt');
    const list = text.indexOf('  1.  Lights still lit by hand');
    for (const title of ['Lights still lit by hand', 'Costs of automation', 'Next steps']) {
      const section = json.sections.find((s) => s.title === title);
      assert.ok(section, `${title}: ${JSON.stringify(json.sections.map((s) => s.title))}`);
      assert.ok(section.start > list + 60, `${title} opens at ${section.start}, in the list at ${list}`);
    }
  });
});
