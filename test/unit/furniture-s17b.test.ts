import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { readFixture } from './furniture-helpers';

/**
 * An official journal's standard form (issue #13): its coded items and the values under them
 * (notice:form-item), an annex's reference line (notice:reference-line) and the dateline set under
 * it (notice:place-dateline) are read aside — no claims, no sections, their names and dates still
 * read — while the form's sections and the sentences its fields hold stay. The fixtures
 * (test/fixtures/furniture-s17b) are written for these tests; near-form.txt holds the near misses.
 */

const ROOT = join(process.cwd(), 'test', 'fixtures', 'furniture-s17b');

const read = (name: string) => readFixture(ROOT, name);

describe('An official journal’s standard form and an annex’s reference and dateline (session 17b)', () => {
  it('Reads the coded items and their values aside, keeping a field that holds a sentence (notice:form-item)', () => {
    const { notices, claims } = read('award-notice.txt');
    const items = notices.filter(([r]) => r === 'notice:form-item').map(([, w]) => w);
    for (const item of ['II.1.6) Information about lots', 'This contract is divided into lots: yes', 'Options: yes', '02/04/2026', 'Number of tenders received: 4', 'Services']) assert.ok(items.includes(item), `${item}: ${JSON.stringify(items)}`);
    assert.ok(!claims.some((c) => /^(?:[IVX]+\.\d|Options: yes|Number of tenders|This contract is divided|The contract has been awarded to a group)/.test(c)), JSON.stringify(claims));
    // A label followed by a sentence keeps the sentence; the prose under a coded label is a claim.
    assert.ok(claims.some((c) => c.startsWith('Description of options: The board may order a second season')), JSON.stringify(claims));
    assert.ok(claims.some((c) => c.startsWith('The contract covers the dredging of the outer channel')), JSON.stringify(claims));
  });

  it('Keeps the form’s sections, not its coded items, as headings (notice:form-item)', () => {
    const { sections } = read('award-notice.txt');
    for (const title of ['Section I: Contracting authority', 'Section II: Object', 'Section V: Award of contract']) assert.ok(sections.includes(title), `${title}: ${JSON.stringify(sections)}`);
    assert.ok(!sections.some((s) => /^[IVX]+\.\d/.test(s) || s === 'Ports' || s === 'Services'), JSON.stringify(sections));
  });

  it('Still reads the names and dates the form’s items give', () => {
    const { figures, entities } = read('award-notice.txt');
    assert.ok(figures.includes('02/04/2026'), JSON.stringify(figures));
    assert.ok(entities.includes('Harbour Board of Westmere'), JSON.stringify(entities));
  });

  it('Reads an annex’s reference line and dateline aside, its heading kept and its date read (notice:reference-line, notice:place-dateline)', () => {
    const { notices, claims, sections, figures } = read('award-notice.txt');
    assert.ok(notices.some(([r, w]) => r === 'notice:reference-line' && w === 'Ref. HB 2-4/26/0117'), JSON.stringify(notices));
    assert.ok(notices.some(([r, w]) => r === 'notice:place-dateline' && w === 'Harbourtown, 9 April 2026'), JSON.stringify(notices));
    assert.ok(!claims.some((c) => /^(?:Ref\.|HB 2-4|Harbourtown, 9 April|ANNEX)/.test(c)), JSON.stringify(claims));
    assert.ok(sections.includes('ANNEX: THE BOARD\'S STATEMENT OF REASONS'), JSON.stringify(sections));
    assert.ok(figures.includes('9 April 2026'), JSON.stringify(figures));
  });

  it('Leaves sentences that open as a dateline, a reference or a field, in a document with no coded items', () => {
    const { notices, claims } = read('near-form.txt');
    assert.ok(!notices.some(([r]) => ['notice:form-item', 'notice:reference-line', 'notice:place-dateline'].includes(r)), JSON.stringify(notices));
    for (const start of ['Harbourtown, 9 April 2026 was the day', 'Ref. the survey of 2019', 'Options: the board can dredge once']) assert.ok(claims.some((c) => c.startsWith(start)), `${start}: ${JSON.stringify(claims)}`);
  });

  it('Reads the entries of a list of designated persons aside, their names still read (notice:designation-entry)', () => {
    const { notices, claims, entities, sections } = read('designations.md');
    const entries = notices.filter(([r]) => r === 'notice:designation-entry').map(([, w]) => w.replace(/\*/g, ''));
    for (const entry of ['QUILLAN, Ewan Tobias', 'a.k.a.: QUILAN, Ewan; QUILLEN, Ewen', 'Nationality: Westmerian. Passport no.: 44 1029384 (Westmere)', 'Position: Director and sole owner, Kelpie Marine Works', 'BRANNOCK, Fergus']) assert.ok(entries.includes(entry), `${entry}: ${JSON.stringify(entries)}`);
    assert.ok(!claims.some((c) => /^(?:QUILLAN|ODELL|BRANNOCK|a\.k\.a\.|Nationality|Position)/.test(c)), JSON.stringify(claims));
    for (const name of ['Ewan Tobias Quillan', 'Mira Odell-Varga', 'Kelpie Marine Works']) assert.ok(entities.includes(name), `${name}: ${JSON.stringify(entities)}`);
    // The list's heading heads the entries: they are its content, not navigation.
    assert.ok(sections.includes('Designated persons'), JSON.stringify(sections));
    // An item under a name that argues is the writer's statement of reasons, a claim.
    assert.ok(claims.some((c) => c.startsWith('The Ministry finds that she signed the freight contracts')), JSON.stringify(claims));
  });

  it('Leaves a lone name set surname first, with no list of such names, as it was', () => {
    const { notices } = read('near-form.txt');
    assert.ok(!notices.some(([r]) => r === 'notice:designation-entry'), JSON.stringify(notices));
  });
});
