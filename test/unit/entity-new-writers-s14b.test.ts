import { strict as assert } from 'node:assert';
import { holder, read } from './entities-helpers';
import type { Entity } from '../../src/core/model/model';

/**
 * Classes of entity misses left after ents22 (session 14, brief ents23), shown on sentences
 * written here.
 */
const shown = (found: readonly Entity[]) => found.map((e) => `${e.name} (${e.type}: ${e.why.map((r) => r.rule).join(' ')})`).join(', ');
const typeOf = (found: readonly Entity[], name: string) => found.find((e) => e.name === name)?.type;
const rulesOf = (found: readonly Entity[], name: string) => found.find((e) => e.name === name)?.why.map((r) => r.rule) ?? [];

describe('Entities written by new hands, after ents22 (issue #13, session 14)', () => {
  describe('entity:ship-class — a name joined to "-class" is a class of ships, a programme', () => {
    it('reads "Kentucky-class" as a programme with the suffix in its mention, and the state elsewhere as a place', () => {
      const text = 'The yard delivered two Kentucky-class cutters this year, and Kentucky itself paid for the dry dock.';
      const found = read(text);
      assert.equal(typeOf(found, 'Kentucky-class'), 'treaty_or_program', shown(found));
      assert.equal(holder(text, found, 'Kentucky-class')?.name, 'Kentucky-class', shown(found));
      assert.ok(rulesOf(found, 'Kentucky-class').includes('entity:ship-class'), shown(found));
      assert.equal(holder(text, found, 'Kentucky')?.type, 'place', shown(found));
    });

    it('reads a class named by an ordinary word inside a sentence ("the new Harbour-class tugs"), but no lower-case "world-class"', () => {
      const text = 'The new Harbour-class tugs will join a world-class fleet in the spring.';
      const found = read(text);
      assert.equal(typeOf(found, 'Harbour-class'), 'treaty_or_program', shown(found));
      assert.ok(!found.some((e) => /world/i.test(e.name)), shown(found));
    });

    it('entity:class-named-alone — the class\'s name written alone is the class, where nothing else types it', () => {
      const text = 'The Navy wants one Tarlow-class boat a year. Work on the first Tarlow boat has slipped, and the Tarlow program has priority.';
      const found = read(text);
      const cls = holder(text, found, 'Tarlow-class');
      assert.equal(cls?.type, 'treaty_or_program', shown(found));
      assert.equal(holder(text, found, 'Tarlow'), cls, shown(found));
      assert.ok(cls.why.some((r) => r.rule === 'entity:class-named-alone'), shown(found));
    });
  });

  describe('cues.json typeNouns — a post in lower case beside a name it describes makes a person, whatever the given name', () => {
    it('reads "its chief executive, Ilse Varrow" as a person (entity:post-before-comma)', () => {
      const found = read('"The fee drives trade away," said its chief executive, Ilse Varrow. The board agreed.');
      assert.equal(typeOf(found, 'Ilse Varrow'), 'person', shown(found));
      assert.ok(rulesOf(found, 'Ilse Varrow').includes('entity:post-before-comma'), shown(found));
    });

    it('reads "Teodor Vask, the customs service\'s deputy head" and "Oona Brell, the journal\'s editor" as people (entity:described-as)', () => {
      const found = read('Teodor Vask, the customs service\'s deputy head, told the review that seizures rose. Oona Brell, the journal\'s editor, disagreed.');
      assert.equal(typeOf(found, 'Teodor Vask'), 'person', shown(found));
      assert.equal(typeOf(found, 'Oona Brell'), 'person', shown(found));
    });
  });

  describe('entity:state-named-body — a state\'s body named with no head word, spelled out before its acronym', () => {
    it('reads "Norway Ship Credit (NSC)" as an organisation, and leaves "Funding for Europe (FFE)" and a bare name alone', () => {
      const found = read('The yard drew a guarantee from Norway Ship Credit (NSC), and NSC expects more. Funding for Europe (FFE) is a loan scheme. Norway Ship Credit lends widely.');
      assert.equal(typeOf(found, 'Norway Ship Credit'), 'organization', shown(found));
      assert.ok(rulesOf(found, 'Norway Ship Credit').includes('entity:state-named-body'), shown(found));
      assert.notEqual(typeOf(found, 'Funding for Europe'), 'organization', shown(found));
    });

    it('types no name opening with a state without an acronym defined for it ("the Canada Day parade")', () => {
      const found = read('Crowds lined the route of the Canada Day Harbour Parade on Monday.');
      assert.ok(!found.some((e) => e.type === 'organization' && /Canada/.test(e.name)), shown(found));
    });
  });
});

