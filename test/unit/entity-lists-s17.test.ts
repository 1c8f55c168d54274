import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { holder, readDocument, summary } from './entities-helpers';

/**
 * Entities of forms and lists in session 16's six (issue #13, session 17): the persons of a list of
 * designated persons, written surname first. The fixtures (test/fixtures/designated-persons) are
 * written here, in new words.
 */
const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'designated-persons');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe('Lists of designated persons (issue #13, session 17)', () => {
  describe('entity:surname-first — a surname in capitals, a comma and given names, line by line', () => {
    const source = fixture('notice.md');
    const { text, entities } = readDocument(source, 'markdown');
    const shown = summary(text, entities).join('\n');

    it('reads each listed line as a person named in prose order, with the rule in its why', () => {
      for (const [said, name] of [['DREMEL, Oskar Valentin', 'Oskar Valentin Dremel'], ['NG, Siu-wah', 'Siu-wah Ng'], ['SAVIĆ-ORTNER, Mila', 'Mila Savić-Ortner']]) {
        const e = holder(text, entities, said);
        assert.ok(e && e.type === 'person' && e.name === name, `${said}\n${shown}`);
        assert.ok(e.why.some((r) => r.rule === 'entity:surname-first'), shown);
      }
    });

    it('joins the names of the alias line under it, and the person the prose names, to the same person', () => {
      const dremel = holder(text, entities, 'DREMEL, Oskar Valentin');
      for (const said of ['DREMMEL, Oskar', 'DRÖMEL, Oscar', 'Oskar Dremel']) assert.equal(holder(text, entities, said), dremel, `${said}\n${shown}`);
      assert.equal(holder(text, entities, 'NG, Sylvia'), holder(text, entities, 'NG, Siu-wah'), shown);
    });

    it('leaves no part of a listed line as a name of its own', () => {
      assert.ok(!entities.some((e) => /^(DREMEL|DREMMEL|NG|Oskar Valentin|Siu|Mila)$/.test(e.name)), shown);
    });

    it('reads no person in a line of prose that opens with a word in capitals and a comma', () => {
      assert.ok(!entities.some((e) => e.type === 'person' && /Summary|Please/i.test(e.name)), shown);
    });

    it('needs a list: one such line alone names no one', () => {
      const one = '# Notice\n\nThe board met.\n\n**NOTE, Harbour Dues**\n\nDues rise in May.\n';
      const read = readDocument(one, 'markdown');
      assert.ok(!read.entities.some((e) => e.type === 'person'), summary(read.text, read.entities).join('\n'));
    });
  });

  describe('heads.json legalForms — national legal forms close a company\'s name', () => {
    const source = fixture('award-form.txt');
    const { text, entities } = readDocument(source, 'plain');
    const shown = summary(text, entities).join('\n');

    it('reads the Norwegian AS, the Estonian OÜ, the Turkish A.Ş. and the Emirates free-zone FZCO inside the name', () => {
      for (const name of ['Fjordline Marine Controls AS', 'Läänemere Hooldus OÜ', 'Karaca Liman Sistemleri A.Ş.', 'Dunecrest Logistics FZCO']) {
        const e = holder(text, entities, name);
        assert.ok(e && e.type === 'organization', `${name}\n${shown}`);
      }
      assert.ok(!entities.some((e) => /^(FZCO|OÜ|A\.Ş\.|AS)$/.test(e.name)), shown);
    });
  });

  describe('entity:speaker-turn — a label whose values are all short is a form\'s field, not a speaker', () => {
    it('reads no person in a form\'s field labels ("Town: Bergen")', () => {
      const { text, entities } = readDocument(fixture('award-form.txt'), 'plain');
      assert.ok(!entities.some((e) => e.type === 'person'), summary(text, entities).join('\n'));
    });

    it('reads no person in "Nationality: …" where a second field shares the line', () => {
      const source = '# Listed persons\n\n- Nationality: Latvian. Passport no.: 44 1234567 (Latvia)\n- Nationality: Polish. Passport no.: EA 7654321 (Poland)\n';
      const { text, entities } = readDocument(source, 'markdown');
      assert.ok(!entities.some((e) => e.type === 'person'), summary(text, entities).join('\n'));
    });

    it('keeps a transcript\'s speaker who says a sentence once, short turns beside it', () => {
      const { text, entities } = readDocument(fixture('hearing.txt'), 'plain');
      const e = holder(text, entities, 'Vesna Kurt');
      assert.ok(e && e.type === 'person' && e.why.some((r) => r.rule === 'entity:speaker-label'), summary(text, entities).join('\n'));
    });
  });

  describe('entity:in-notice — a contact line\'s e-mail or telephone number does not hide the person it names', () => {
    it('reads the contact\'s name in a line of contact details (words.json noticeNames: notice:contact-details)', () => {
      const { text, entities } = readDocument(fixture('briefing-pack.txt'), 'plain');
      const e = entities.find((p) => p.name === 'Peter Veldhuis');
      assert.ok(e && e.type === 'person' && e.why.some((r) => r.rule === 'entity:in-notice'), summary(text, entities).join('\n'));
    });
  });

  describe('entity:place-field — a field labelled as a place holds one', () => {
    it('reads the value of "Town:" as a place, a town no list knows included', () => {
      const { text, entities } = readDocument(fixture('award-form.txt'), 'plain');
      const shown = summary(text, entities).join('\n');
      for (const town of ['Haapsalu', 'Pärnu']) {
        const e = entities.find((p) => p.name === town);
        assert.ok(e && e.type === 'place', `${town}\n${shown}`);
      }
      assert.ok(entities.find((p) => p.name === 'Haapsalu')?.why.some((r) => r.rule === 'entity:place-field'), shown);
    });

    it('reads a place of birth after a date of birth on the same line, up to its comma', () => {
      const source = '# Listed persons\n\n- DOB: 02/03/1970. POB: Dobrich, Bulgaria\n- DOB: 11/12/1981. POB: Tartu, Estonia\n';
      const { text, entities } = readDocument(source, 'markdown');
      const e = holder(text, entities, 'Dobrich');
      assert.ok(e && e.type === 'place', summary(text, entities).join('\n'));
    });
  });
});
