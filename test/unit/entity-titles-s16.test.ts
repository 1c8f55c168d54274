import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from './entities-helpers';
import type { Entity } from '../../src/core/model/model';

/**
 * Titles and columns in the six newest development documents (issue #13, session 16): minutes'
 * lists of who attended, signatures side by side, and the names British usage gives peers and
 * judges. The fixtures (test/fixtures/names-titles-and-columns) are written here, in new words.
 */
const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'names-titles-and-columns');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const shown = (found: readonly Entity[]) => found.map((e) => `${e.name} (${e.type}: ${e.why.map((r) => r.rule).join(' ')})`).join(', ');
const person = (found: readonly Entity[], name: string) => found.find((e) => e.type === 'person' && (e.name === name || e.aliases.includes(name)));
const ruled = (found: readonly Entity[], rule: string) => found.filter((e) => e.why.some((r) => r.rule === rule)).map((e) => e.name);

describe('Titles and columns (issue #13, session 16)', () => {
  describe('entity:column-gap — a name does not run across a gap of spaces inside a line', () => {
    it('reads a listed person without the post in the next column ("Mr Piet Holm      Chief Financial Officer")', () => {
      const text = 'Minutes of the meeting\n\nPresent:\n  Mr Anton Vekker            Deputy Chair\n  Mr Piet Holm               Chief Financial Officer\n\n1.1  Mr Vekker opened the meeting.\n';
      const found = readDocument(text, 'plain').entities;
      assert.ok(person(found, 'Anton Vekker') && person(found, 'Piet Holm'), shown(found));
      assert.ok(!found.some((e) => /Chair|Officer/.test(e.name)), shown(found));
    });

    it('reads two signatures side by side as two people', () => {
      const found = readDocument(fixture('minutes.txt'), 'plain').entities;
      assert.ok(person(found, 'Ilvi Saarmets') && person(found, 'Sten Lauri'), shown(found));
      assert.ok(!found.some((e) => /Saarmets Sten|Officer|Counsel|Deputy Chair/.test(e.name)), shown(found));
    });

    it('leaves markdown alone, where blanked emphasis marks leave gaps inside a name', () => {
      const text = '# Space\n\n- The**  GPS**    Enterprise** gives positioning to military and civilian users.\n';
      const found = readDocument(text, 'markdown').entities;
      assert.ok(found.some((e) => e.name === 'GPS Enterprise'), shown(found));
    });
  });

  describe('entity:addressed-line — a form of address opening a line of a list names a person', () => {
    it('reads every attendee whole, given names no list knows included, and joins the surname used later', () => {
      const found = readDocument(fixture('minutes.txt'), 'plain').entities;
      for (const [full, surname] of [['Teodor Vahl', 'Vahl'], ['Brigita Kalnaja', 'Kalnaja'], ['Aurel Penkov', 'Penkov']]) {
        const p = person(found, full);
        assert.ok(p && p.aliases.includes(surname), shown(found));
      }
      assert.ok(ruled(found, 'entity:addressed-line').includes('Ilvi Saarmets'), shown(found));
    });
  });

  describe('entity:styled-name — peers and judges are named with their title', () => {
    it('keeps "Lord", "Lady", "Lord Justice", "Lady Justice" and "Mr Justice" in the name before a surname alone', () => {
      const found = readDocument(fixture('judgment.md'), 'markdown').entities;
      for (const name of ['Lord Brackley', 'Lady Ormsby', 'Lord Tennant', 'Mr Justice Harrowgate', 'Lord Justice Quenby', 'Lady Justice Farrant']) {
        assert.ok(person(found, name), `${name}: ${shown(found)}`);
      }
      assert.ok(!found.some((e) => /^(Brackley|Ormsby|Harrowgate|Quenby|Farrant)$/.test(e.name)), shown(found));
    });

    it('leaves the title out before a given name and a surname, and reads no name in "the hon. Lady"', () => {
      const found = readDocument(fixture('judgment.md'), 'markdown').entities;
      assert.ok(person(found, 'Alaric Denholm'), shown(found));
      assert.ok(!found.some((e) => /Lady who|^Lady$|Sir Alaric/.test(e.name)), shown(found));
      const text = 'Lord Peter Wimsey was absent from the hearing in Tarnby.\n';
      assert.ok(person(readDocument(text, 'plain').entities, 'Peter Wimsey'), shown(readDocument(text, 'plain').entities));
    });
  });

  describe('companies with their legal forms', () => {
    it('heads.json legalForms — a European legal form ends the company\'s name ("Wisła Valves S.A.", "Daugava Seals SIA")', () => {
      const found = readDocument(fixture('company.md'), 'markdown').entities;
      for (const name of ['Wisła Valves S.A.', 'Daugava Seals SIA']) assert.equal(found.find((e) => e.name === name)?.type, 'organization', shown(found));
      assert.ok(!found.some((e) => e.name === 'S.A.' || e.name === 'SIA'), shown(found));
    });

    it('entity:company-short-name — the company\'s first word or its name without the legal form joins it, though a preposition typed it a place', () => {
      const found = readDocument(fixture('company.md'), 'markdown').entities;
      const harrow = found.find((e) => e.name === 'Harrow Marine Pumps Ltd');
      const velkor = found.find((e) => e.name === 'Velkor Supply LLC');
      assert.ok(harrow && harrow.mentions.length >= 5 && velkor && velkor.mentions.length === 2, shown(found));
      assert.ok(!found.some((e) => e.name === 'Harrow' || e.name === 'Velkor Supply'), shown(found));
      assert.equal(found.find((e) => e.name === 'Tarnby')?.type, 'place', shown(found));
    });
  });

  describe('entity:statute-year-short — "the 2021 Act" is the statute named in full with that head and year', () => {
    it('joins the short form to the one statute ending "Act 2021", and to neither of two that share a head and year', () => {
      const found = readDocument(fixture('company.md'), 'markdown').entities;
      const act = found.find((e) => e.name === 'Harbour Security Act 2021');
      const text = readFileSync(join(FIXTURES, 'company.md'), 'utf8');
      const said = (act?.mentions ?? []).map((m) => text.slice(m.start, m.end));
      assert.deepEqual(said.filter((w) => w === '2021 Act').length, 2, shown(found));
      assert.ok(act?.why.some((r) => r.rule === 'entity:statute-year-short'), shown(found));
      assert.ok(!found.some((e) => /Act 2020$/.test(e.name) && e.why.some((r) => r.rule === 'entity:statute-year-short')), shown(found));
    });
  });

  describe('entity:place-not-author — a known given name overrules a place word in the name', () => {
    it('reads "Chris Lake, Research Director" as a person, and "Walvis Bay, 14 March 2027" still as no author', () => {
      const text = 'The fund will grow next year, the institute said in a statement on its work with the ports.\n\nChris Lake, Research Director\n';
      const found = readDocument(text, 'plain').entities;
      assert.equal(found.find((e) => e.name === 'Chris Lake')?.type, 'person', shown(found));
      const place = readDocument('The parties signed the text at the port.\n\nWalvis Bay, 14 March 2027\n', 'plain').entities;
      assert.ok(!place.some((e) => e.type === 'person'), shown(place));
    });
  });
});
