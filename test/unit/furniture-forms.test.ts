import { strict as assert } from 'node:assert';
import { FORM_RULES, readFixture } from './furniture-helpers';

/**
 * A form's furniture read as claims (issue #13, claim precision): lines that
 * are no sentence of argument — a form's header fields, key figures, table
 * rows set with single spaces, a quotation's attribution, identifiers, marks
 * of the page — are notices (furniture.json). The fixtures are written here
 * (test/fixtures/furniture-forms), each with the sentences of argument the
 * rules must leave as claims.
 */

const FIXTURES = 'test/fixtures/furniture-forms';

const read = (name: string) => readFixture(FIXTURES, name);

const SHOWN = new Set<string>();
/** `rule` covers the notice whose text starts with `words`, and no claim holds them. */
function expectNotice(name: string, rule: string, words: string): void {
  SHOWN.add(rule);
  const r = read(name);
  assert.ok(r.notices.some(([id, text]) => id === rule && text.startsWith(words)), `${rule} should cover "${words}"; found ${JSON.stringify(r.notices)}`);
  assert.ok(!r.claims.some((c) => c.includes(words)), `"${words}" must not be a claim`);
}

function expectClaim(name: string, words: string): void {
  assert.ok(read(name).claims.some((c) => c.includes(words)), `"${words}" should stay a claim; claims: ${JSON.stringify(read(name).claims)}`);
}

describe('Notices: a form’s furniture read as claims', () => {
  it('Reads a list of key figures as figures, not claims, under its own heading', () => {
    for (const [name, rule, words] of [
      ['harbour-facts.txt', 'notice:key-figure', '£1.8bn estimated whole-life cost'],
      ['harbour-facts.txt', 'notice:key-figure', '212 berths the board now plans to rebuild'],
      ['harbour-letter.md', 'notice:key-figure', '**€2 billion** — the harbour fund'],
      ['harbour-letter.md', 'notice:key-figure', '**1,400** — dock workers'],
    ]) expectNotice(name, rule, words);
    const facts = read('harbour-facts.txt');
    for (const figure of ['£1.8bn', '£1.2 billion', '27 months']) assert.ok(facts.figures.includes(figure), `${figure} is still a figure: ${facts.figures}`);
    assert.ok(facts.figures.some((f) => f.startsWith('212')), 'a tile’s figure is no page number');
    assert.ok(facts.sections.includes('Key facts'), `the line over the tiles heads them: ${facts.sections}`);
    assert.ok(read('harbour-letter.md').figures.includes('38%'));
    assert.ok(read('harbour-letter.md').sections.includes('In figures'));
    expectClaim('harbour-facts.txt', 'The board approved the harbour renewal programme in 2021');
  });

  it('Leaves a terse bullet that asserts, and a bold label that is no figure, as claims', () => {
    expectClaim('harbour-letter.md', 'Storage 81% full on 1 October, below the 90% target');
    expectClaim('harbour-letter.md', 'Fund the coastguard');
  });

  it('Reads rows of a table set with single spaces as a table’s cells, not claims', () => {
    for (const [name, rule, words] of [
      ['harbour-facts.txt', 'notice:table-row', 'Cargo growth 2.1 3.4 1.9 2.5'],
      ['harbour-facts.txt', 'notice:table-row', 'Berth occupancy (% of capacity)'],
    ]) expectNotice(name, rule, words);
    expectClaim('harbour-facts.txt', 'Occupancy has risen every year');
  });

  it('Reads a form’s header fields as notices, and keeps the fields that argue', () => {
    for (const [name, rule, words] of [
      ['interim-rule.txt', 'notice:header-field', 'AGENCY: Port Security Office, Harbours.'],
      ['interim-rule.txt', 'notice:header-field', 'ACTION: Interim rule.'],
      ['interim-rule.txt', 'notice:header-field', 'Authority: 46 U.S.C. 70101-70117'],
      ['panel-report.txt', 'notice:header-field', 'Complainant: Republic of Valdora'],
      ['panel-report.txt', 'notice:header-field', 'Third parties: Brazil; Chile; Norway; Peru; Viet Nam'],
    ]) expectNotice(name, rule, words);
    expectClaim('interim-rule.txt', 'The Port Security Office is changing the screening rules');
    expectClaim('interim-rule.txt', 'The authority citation for part 105 continues to read as follows:');
    expectClaim('interim-rule.txt', 'Recommendation: Fund the coastguard from next year');
    assert.ok(read('panel-report.txt').entities.includes('Brazil'), 'the names in a field are still read');
  });

  it('Reads a quotation’s attribution, a greeting and a copy list as notices, their names still read', () => {
    for (const [name, rule, words] of [
      ['harbour-letter.md', 'notice:attribution', '— Ann Reyes, Editor'],
      ['harbour-letter.md', 'notice:attribution', '— **Tomas Berg**, Chair of the Harbour Board'],
      ['harbour-letter.md', 'notice:greeting', 'Dear subscribers,'],
      ['harbour-letter.md', 'notice:copy-list', 'cc: The Honorable Ann Reyes'],
    ]) expectNotice(name, rule, words);
    const letter = read('harbour-letter.md');
    for (const name of ['Tomas Berg', 'Ben Ito']) assert.ok(letter.entities.includes(name), `${name} is still read: ${letter.entities}`);
    expectClaim('harbour-letter.md', 'The quay will be finished on time, whatever the weather.');
  });

  it('Reads identifiers and marks of the page alone on a line as notices', () => {
    for (const [name, rule, words] of [
      ['interim-rule.txt', 'notice:document-symbol', '33 CFR Parts 105 and 106'],
      ['panel-report.txt', 'notice:document-symbol', '(26-0412)'],
      ['panel-report.txt', 'notice:document-symbol', 'HT/16412'],
      ['interim-rule.txt', 'notice:asterisks', '* * * * *'],
      ['panel-report.txt', 'notice:asterisks', '* *** *'],
      ['panel-report.txt', 'notice:cable-section', 'S E C R E T SECTION 02 OF 03 HALVIK 000512'],
    ]) expectNotice(name, rule, words);
  });

  it('Sets a bracketed insertion closing a paragraph apart from its last sentence', () => {
    expectNotice('panel-report.txt', 'notice:bracketed-tail', '[REDACTED - s.27]');
    expectClaim('panel-report.txt', 'and the minister said it would.');
  });

  it('Shows every rule it names', () => {
    for (const id of FORM_RULES) assert.ok(SHOWN.has(id), `${id} has no fixture here`);
  });
});
