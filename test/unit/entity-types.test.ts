import { strict as assert } from 'node:assert';
import { findEntities } from '../../src/core/entities';

/**
 * The type of a name nobody listed, decided from what the text says of it (issue #13: on unseen
 * government reports and parliamentary briefings the type, not the finding, was the weak part).
 * Each class on sentences written here; the genre fixtures gov-research-report.md and
 * parliament-briefing.txt showed them.
 */
const typed = (text: string) => findEntities(text, []).map((e) => `${e.type} ${e.name}`);
const find = (text: string, name: string) => findEntities(text, []).find((e) => e.name === name);
const why = (text: string, name: string) => find(text, name)?.why.map((r) => r.rule) ?? [];

describe('Entity types decided from the text', () => {
  describe('entity:place-opening — a sentence opening "In <name>," is set in a place', () => {
    it('reads "In Velmora, the council …" as a place, with the rule in its why', () => {
      const text = 'In Velmora, engineers raised the harbour wall by a metre.';
      assert.equal(find(text, 'Velmora')?.type, 'place', typed(text).join(', '));
      assert.ok(why(text, 'Velmora').includes('entity:place-opening'), why(text, 'Velmora').join(', '));
    });

    it('leaves a name after "In" with no comma to other cues ("In Dravenko they trust" is no setting)', () => {
      const text = 'In Dravenko we trust, wrote the columnist.';
      assert.ok(!why(text, 'Dravenko').includes('entity:place-opening'), typed(text).join(', '));
    });
  });

  describe('entity:lower-head — a river, estuary or valley written in lower case after the name', () => {
    it('reads "the Varnel estuary" and "the Torsk valley" as the places Varnel and Torsk', () => {
      const names = typed('Barges wait on the Varnel estuary, and farms in the upper Torsk valley flood each spring.');
      assert.ok(names.includes('place Varnel'), names.join(', '));
      assert.ok(names.includes('place Torsk'), names.join(', '));
    });

    it('keeps a work named after a place whole ("the Brask cable"), and an adjective with its noun ("the Baltic coast")', () => {
      const names = typed('Repairs to the Brask cable took a month, far from the Baltic coast.');
      assert.ok(names.includes('place Brask cable'), names.join(', '));
      assert.ok(names.includes('place Baltic coast'), names.join(', '));
    });
  });

  describe('entity:programme-after-place — a place-headed name before "programme" names the programme', () => {
    it('reads "the Kelvar Sea Region programme" as a programme, and "the Kelvar Sea Region" alone as a place', () => {
      const text = 'Grants came from the Kelvar Sea Region programme.';
      assert.equal(find(text, 'Kelvar Sea Region')?.type, 'treaty_or_program', typed(text).join(', '));
      assert.ok(why(text, 'Kelvar Sea Region').includes('entity:programme-after-place'));
      const alone = 'Storms cross the Kelvar Sea Region every winter.';
      assert.equal(find(alone, 'Kelvar Sea Region')?.type, 'place', typed(alone).join(', '));
    });
  });

  describe('entity:head — "Ports" heads a port company or authority', () => {
    it('reads "Dunmore Ports" as an organisation, and "the port of Dunmore" still as a place', () => {
      const names = typed('Dunmore Ports bought two cranes for the port of Dunmore last year.');
      assert.ok(names.includes('organization Dunmore Ports'), names.join(', '));
    });
  });

  describe('entity:head — "House" heads a chamber ("House of Representatives")', () => {
    it('reads "the House of Delegates" whole as an organisation, not "Delegates" alone', () => {
      const names = typed('The Treasurer told the House of Delegates that prices would hold.');
      assert.ok(names.includes('organization House of Delegates'), names.join(', '));
      assert.ok(!names.some((n) => n.endsWith(' Delegates') && !n.includes('House')), names.join(', '));
    });
  });

  describe('entity:described-as — "<name>, the association of …" is an organisation', () => {
    it('reads a name described as "the association of grid operators" as an organisation', () => {
      const text = 'KORVA-T, the association of northern grid operators, counts them as members.';
      assert.equal(find(text, 'KORVA-T')?.type, 'organization', typed(text).join(', '));
      assert.ok(why(text, 'KORVA-T').includes('entity:described-as'), why(text, 'KORVA-T').join(', '));
    });
  });

  describe('entity:place-in-possessor — "in <place>\'s <name>" is a place within that place', () => {
    it('reads "in Myanmar\'s Dorvak State" as a place, with the rule in its why', () => {
      const text = 'The port, in Myanmar’s Dorvak State, was built by a state firm.';
      assert.equal(find(text, 'Dorvak State')?.type, 'place', typed(text).join(', '));
      assert.ok(why(text, 'Dorvak State').includes('entity:place-in-possessor'), why(text, 'Dorvak State').join(', '));
    });
  });

  describe('entity:spelled-out-in — "<organisation> in <place> (ACRONYM)": the acronym names the organisation', () => {
    it('reads "the Joint Monitoring Mission in Moldova (MIMOLTA)" as one organisation with its acronym, and Moldova alone as the place', () => {
      const text = 'The Joint Monitoring Mission in Moldova (MIMOLTA) left in 2024. MIMOLTA had 900 staff. Moldova asked it to stay.';
      const mission = find(text, 'Joint Monitoring Mission in Moldova');
      assert.equal(mission?.type, 'organization', typed(text).join(', '));
      assert.ok(mission.aliases.includes('MIMOLTA'), mission.aliases.join(', '));
      assert.ok(mission.why.some((r) => r.rule === 'entity:spelled-out-in'));
      assert.ok(!find(text, 'Moldova')?.aliases.includes('MIMOLTA'), typed(text).join(', '));
    });
  });

  describe('entity:organisation-and-place — a company named with the zone it runs', () => {
    it('reads "Tarvik Ports and Free Trade Zone (TPFTZ)" as an organisation, not a place', () => {
      const text = 'Tarvik Ports and Free Trade Zone (TPFTZ) holds a majority stake. TPFTZ also runs two terminals.';
      const firm = find(text, 'Tarvik Ports and Free Trade Zone');
      assert.equal(firm?.type, 'organization', typed(text).join(', '));
      assert.ok(firm.why.some((r) => r.rule === 'entity:organisation-and-place'));
    });
  });

  describe('entity:head — an institution opening a sentence ("Parliament should …")', () => {
    it('reads "Parliament" opening a sentence as the organisation, unless the text also writes it in lower case', () => {
      assert.ok(typed('The office agrees. Parliament should extend the scheme.').includes('organization Parliament'));
      const generic = typed('Each parliament sets its rules. Parliament should extend the scheme.');
      assert.ok(!generic.includes('organization Parliament'), generic.join(', '));
    });
  });

  describe('entity:named-for-country — capitalised nouns before a country name a body of that country', () => {
    it('reads "Fisheries Iceland" and "Export Credit Norway" as organisations, "Northern Norway" and "Continental Europe" not', () => {
      const names = typed('Data from Fisheries Iceland and loans from Export Credit Norway reached Northern Norway and Continental Europe.');
      assert.ok(names.includes('organization Fisheries Iceland'), names.join(', '));
      assert.ok(names.includes('organization Export Credit Norway'), names.join(', '));
      assert.ok(!names.some((n) => n.startsWith('organization') && /Northern|Continental/.test(n)), names.join(', '));
    });
  });

  describe('entity:office-role — offices of government finance and oversight are roles', () => {
    it('reads "The Treasurer, Anna Kovan, told …" as a person, and "Treasurer" as no entity', () => {
      const names = typed('The Treasurer, Anna Kovan, told the chamber that the fund would hold.');
      assert.ok(names.includes('person Anna Kovan'), names.join(', '));
      assert.ok(!names.some((n) => n.endsWith(' Treasurer')), names.join(', '));
    });
  });

  describe('entity:facility-after-modifier — "the <name> gas pipeline" is a work, a place', () => {
    it('reads "the Vardalink gas pipeline" as a place, with the rule in its why', () => {
      const text = 'The Vardalink gas pipeline was out of service for six months.';
      assert.equal(find(text, 'Vardalink')?.type, 'place', typed(text).join(', '));
      assert.ok(why(text, 'Vardalink').includes('entity:facility-after-modifier'), why(text, 'Vardalink').join(', '));
    });
  });

  describe('entity:head — "Economic Corridor" heads a programme, "Corridor" alone a place', () => {
    it('reads "the Velsk-Doran Economic Corridor" as a programme and "the Doran Corridor" as a place', () => {
      const names = typed('Loans for the Velsk-Doran Economic Corridor (VDEC) slowed, and trucks avoid the Doran Corridor.');
      assert.ok(names.includes('treaty_or_program Velsk-Doran Economic Corridor'), names.join(', '));
      assert.ok(names.includes('place Doran Corridor'), names.join(', '));
      const plain = typed('Loans for the Velsk-Doran Economic Corridor slowed.');
      assert.ok(plain.includes('treaty_or_program Velsk-Doran Economic Corridor'), plain.join(', '));
    });
  });
});
