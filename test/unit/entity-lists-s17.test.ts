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

    it('reads places, not persons, in lines of a city and its country or of two states ("VALLETTA, Malta", "SERBIA, Montenegro")', () => {
      const source = 'Field offices\n\nThe offices opened in 2024.\n\nVALLETTA, Malta\nLISBON, Portugal\n\nSERBIA, Montenegro\n\nBoth states sit outside the union.\n\nCROATIA, Slovenia\n\nBoth states are members.\n';
      const read = readDocument(source, 'plain');
      const seen = summary(read.text, read.entities).join('\n');
      assert.ok(!read.entities.some((e) => e.type === 'person'), seen);
      for (const place of ['Malta', 'Portugal', 'Montenegro']) assert.equal(holder(read.text, read.entities, place)?.type, 'place', `${place}\n${seen}`);
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

  describe('heads.json legalForms — a legal form\'s letters inside a run of capitals are a word of the run', () => {
    it('reads no company in capitals headings where "AS" is the word "as" ("FEES RAISED AS TRAFFIC FALLS")', () => {
      const source = 'FEES RAISED AS TRAFFIC FALLS\n\nThe dues rose in May. Vestfjord Cranes AS, which runs the quay, objected.\n\nTHE AUTHORITY AS OWNER\n\nThe authority owns the quay.\n';
      const read = readDocument(source, 'plain');
      const seen = summary(read.text, read.entities).join('\n');
      assert.equal(holder(read.text, read.entities, 'Vestfjord Cranes AS')?.type, 'organization', seen);
      assert.ok(!read.entities.some((e) => /\bAS$/.test(e.name) && e.name !== 'Vestfjord Cranes AS'), seen);
    });

    it('reads no company in a sentence written in capitals in markdown ("NATO AS A FORUM …")', () => {
      const source = '# Review\n\nVestfjord Cranes AS won the crane contract.\n\n## ADVICE\n\nNATO AS A FORUM SHOULD SET THE RULES.\n\nTHE AGENCY AS BUYER SHOULD SPLIT THE ORDER.\n';
      const read = readDocument(source, 'markdown');
      const seen = summary(read.text, read.entities).join('\n');
      assert.ok(!read.entities.some((e) => /\b(NATO|AGENCY) AS$/.test(e.name)), seen);
      assert.equal(holder(read.text, read.entities, 'Vestfjord Cranes AS')?.type, 'organization', seen);
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

    it('keeps a speaker whose label stands alone on its line, the turn on the line under it', () => {
      const source = '# Hearing\n\n**Lindqvist:**\n\nThe channel must be dredged before the winter, or the larger ships will stop calling here.\n\n**Okonjo:**\n\nThe budget does not allow it this year, and the ministry has said so twice.\n\n**Lindqvist:**\n\nThen the ministry should say which ships it is willing to lose.\n\n**Okonjo:**\n\nWe will answer that in writing before the next sitting.\n';
      const read = readDocument(source, 'markdown');
      const seen = summary(read.text, read.entities).join('\n');
      for (const name of ['Lindqvist', 'Okonjo']) assert.equal(read.entities.find((e) => e.name === name)?.type, 'person', `${name}\n${seen}`);
    });

    it('keeps a speaker whose turns are all short answers that end in full stops', () => {
      const source = '# Briefing\n\n**Q:** Is the quay open?\n\n**Lindqvist:** Not yet.\n\n**Q:** When?\n\n**Lindqvist:** In the spring, we hope.\n\n**Q:** Who pays?\n\n**Lindqvist:** The port does.\n';
      const read = readDocument(source, 'markdown');
      assert.equal(read.entities.find((e) => e.name === 'Lindqvist')?.type, 'person', summary(read.text, read.entities).join('\n'));
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

    it('reads no person in the label of repeated contact lines ("Contact: …")', () => {
      const source = 'Dues review\n\nThe agency kept the dues at 2024 levels.\n\nContact: Mirela Dobre, Press Officer | m.dobre@agency.example.org\n\nContact: Tomas Lindqvist, Policy Adviser, +46 8 555 0101\n';
      const read = readDocument(source, 'plain');
      assert.ok(!read.entities.some((e) => e.name === 'Contact'), summary(read.text, read.entities).join('\n'));
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

    it('reads no place in a value in lower case, a blank, or words a common word opens ("POB: unknown.", "City: The Capital")', () => {
      const source = '# Listed persons\n\n- DOB: 02/03/1970. POB: unknown.\n- DOB: 11/12/1981. Place of birth: not stated.\n- Town: Unknown\n- City: The Capital\n- Municipality: All Districts\n- Locality: the old quarter\n- City: See Town.\n';
      const read = readDocument(source, 'markdown');
      assert.ok(!read.entities.some((e) => e.type === 'place'), summary(read.text, read.entities).join('\n'));
    });

    it('reads the places of a markdown form whose bold fields are set aside as a block ("**Town:** Narvik")', () => {
      const source = '# Award notice\n\n**Buyer:** Coastal Works Agency\n**Town:** Narvik\n**Country:** Norway\n**Contractor:** Fjellvik Sensors AS\n**Town:** Alta\n';
      const read = readDocument(source, 'markdown');
      const seen = summary(read.text, read.entities).join('\n');
      // The block is set aside (notice:field-block), its names given back: found by name, their mentions blank in the masked text.
      for (const town of ['Narvik', 'Alta']) assert.equal(read.entities.find((e) => e.name === town)?.type, 'place', `${town}\n${seen}`);
      assert.ok(read.entities.find((e) => e.name === 'Narvik')?.why.some((r) => r.rule === 'entity:place-field'), seen);
    });
  });
});
