import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { openingOnly } from '../../src/core/entities/placed';

/**
 * What is listed as an entity but names nothing (issue #13, entity precision on documents nobody tuned
 * for): words capitalised only by where they stand, and demonyms. Sentences written here, in new words.
 */
const entities = (text: string, hint = 'paper.txt') => analyse(text, { hint }).entities;
const typed = (text: string, hint?: string) => entities(text, hint).map((e) => `${e.type} ${e.name}`);

describe('Entities that name nothing', () => {
  describe('entity:opening-only — a word capitalised only by where it stands', () => {
    it('lists no word that only ever follows a speaker\'s label ("Ilse Marten: Sceptics argue …")', () => {
      const text = 'Ilse Marten: Sceptics argue the grant helps only two yards.\n\nJon Varga: The grant pays for welders in Tarnby.\n';
      const names = typed(text, 'talk.md');
      assert.ok(!names.some((n) => n.endsWith(' Sceptics')), names.join(', '));
    });

    it('lists no word of a label line after its dash ("Status: 2 May 2026 — Referred to …")', () => {
      const text = '**Status:** 2 May 2026 — Referred to the committee on trade.\n\nThe Norvale Port Authority will answer in June.\n';
      const names = typed(text, 'bill.md');
      assert.ok(!names.some((n) => n.endsWith(' Referred')), names.join(', '));
    });

    it('lists neither a numbered item\'s first word nor a table head\'s abbreviation', () => {
      const text = [
        '4. Heat-resistant strains now spread among herds in the north.',
        '',
        '| Measure | 2025 | 2026 Prelim. |',
        '|---|---|---|',
        '| Herds tested | 410 | 455 |',
        '',
      ].join('\n');
      const names = typed(text, 'table.md');
      assert.ok(!names.some((n) => / (Heat|Prelim)$/.test(n)), names.join(', '));
    });

    it('takes a word seen only in title lines for no name, when a running header was read into a sentence', () => {
      // The reading joins some running headers to the sentence after them: the rule reads the line itself.
      const text = 'Strategy 2030 | Chapter 2: Stockpiles, Readiness and Ports\nThe ministry will keep spare cranes.\n\nReadiness in a long crisis\n';
      const at = (from: number) => ({ start: from, end: from + 'Readiness'.length, entity: 'other:readiness' });
      const entity = { id: 'other:readiness', name: 'Readiness', type: 'other' as const, aliases: [], why: [{ rule: 'entity:unknown-name', weight: 1 }], mentions: [at(text.indexOf('Readiness')), at(text.lastIndexOf('Readiness'))] };
      assert.ok(openingOnly(text, entity, 0));
      const prose = 'The ministry will keep spare cranes for Readiness, its new agency.\n';
      assert.ok(!openingOnly(prose, { ...entity, mentions: [at(prose.indexOf('Readiness'))] }, 0));
    });

    it('keeps a one-word name that also stands inside a sentence ("Kessarin: … talks with Kessarin")', () => {
      const text = 'Delegates: Kessarin sent two envoys.\n\nThe ministry will hold talks with Kessarin in May, officials said.\n';
      const names = typed(text, 'note.md');
      assert.ok(names.some((n) => n.endsWith(' Kessarin')), names.join(', '));
    });

    it('keeps a line\'s first word in hard-wrapped prose, where the line starts mid-sentence', () => {
      const text = [
        'The deal for the new terminal was signed on Monday by the two',
        'governments of the region and, after a long delay, by the operator',
        'Holvenco, which will run the terminal for ten years and pay for its',
        'cranes, its berths and the dredging of the channel to the open sea.',
      ].join('\n');
      const names = typed(text);
      assert.ok(names.some((n) => n.endsWith(' Holvenco')), names.join(', '));
    });
  });

  describe('entity:demonym-name — demonyms name people or qualify a noun', () => {
    it('lists neither "South American" nor "New Zealanders" nor "Philippine crews"', () => {
      const text =
        'Loans to South American and Caribbean states were cut. Thousands of New Zealanders joined the drill. ' +
        'Canada trained Philippine crews in Philippine waters, and the Philippines thanked it.';
      const names = typed(text);
      assert.ok(!names.some((n) => / (South American|New Zealanders|Philippine|Philippine crews)$/.test(n)), names.join(', '));
      assert.ok(names.includes('place Philippines'), names.join(', '));
    });

    it('keeps a national adjective before a place\'s lower-case head ("the Norwegian fjords") and before a name ("Philippine Navy")', () => {
      const text = 'Tankers crossed the Norwegian fjords in March. The Philippine Navy sent two ships.';
      const names = typed(text);
      assert.ok(names.includes('place Norwegian fjords'), names.join(', '));
      assert.ok(names.some((n) => n.endsWith(' Philippine Navy')), names.join(', '));
    });
  });
  describe('entity:numbered-part — a word before a Roman numeral labels a part', () => {
    it('lists neither "Tranche" of "Tranche II" nor "Flight" of "the Flight III configuration" nor the numeral of "Chapter XII"', () => {
      const text =
        'Under Tranche II of the compact, the yard in Hallsund will build six hulls in the Flight III configuration. ' +
        'Chapter XII of the Charter of Verran sets the terms.';
      const names = typed(text);
      assert.ok(!names.some((n) => / (Tranche|Flight|XII)$/.test(n)), names.join(', '));
      assert.ok(names.some((n) => n.endsWith(' Hallsund')), names.join(', '));
    });

    it('keeps a name whose number belongs to it ("the Norlink 3 cable")', () => {
      const names = typed('Repairs to the Norlink 3 cable will take until June, the operator said.');
      assert.ok(names.some((n) => / Norlink 3$/.test(n)), names.join(', '));
    });
  });
  describe('entity:currency-name — a place\'s name before a currency word names the currency', () => {
    it('lists no place for "U.S." of "paid in U.S. dollars", and keeps it where it names the country', () => {
      const paid = typed('Exports of copper were paid in U.S. dollars, and the lek fell by 3 percent against the U.S. dollar.');
      assert.ok(!paid.some((n) => / U\.S\.$/.test(n)), paid.join(', '));
      const country = typed('Exports of copper were paid in U.S. dollars, and the U.S. asked for more of them.');
      const us = entities('Exports of copper were paid in U.S. dollars, and the U.S. asked for more of them.').find((e) => e.name === 'U.S.');
      assert.ok(us && us.mentions.length === 1, country.join(', '));
    });
  });
  describe('entity:hyphen-particles — a name joined by hyphens through small words is one name', () => {
    it('reads "Sutton-on-Marsh" and "Villers-les-Pins" whole, not "Sutton" and "Villers"', () => {
      const names = typed('The yard at Sutton-on-Marsh builds the hulls, and the summit in Villers-les-Pins will discuss them.');
      assert.ok(names.some((n) => n.endsWith(' Sutton-on-Marsh')) && names.some((n) => n.endsWith(' Villers-les-Pins')), names.join(', '));
      assert.ok(!names.some((n) => / (Sutton|Villers)$/.test(n)), names.join(', '));
    });

    it('leaves a name before a hyphenated lower-case word alone ("Norland-based firms")', () => {
      const names = typed('Talks in Norland went well, and Norland-based firms will bid.');
      assert.ok(names.some((n) => / Norland$/.test(n)), names.join(', '));
    });
  });
  describe('entity:chosen-break — a name does not run across a line the writer ended short', () => {
    const PARAGRAPH =
      'The ports will report on their cranes, their berths and their stocks of fuel every quarter, and the ' +
      'ministry will publish what they report, with its own reading of it, within a month of each report.';

    it('reads a label line\'s name without the next label ("Panel: Board of Harbour Safety" / "Latest update: …")', () => {
      // A web page writes each paragraph on one line: its line breaks are the writer's.
      const text =
        '**Sponsor:** Sen. Ada Roe (D-NY)\n**Panel:** Board of Harbour Safety\n**Latest update:** 3 June 2026 — Sent to the floor.\n\n' +
        `The Board of Harbour Safety will meet in Tarnby. ${PARAGRAPH}\n`;
      const names = typed(text, 'notice.md');
      assert.ok(names.includes('organization Board of Harbour Safety'), names.join(', '));
      assert.ok(!names.some((n) => /Safety Latest| (Latest|Panel)$/.test(n)), names.join(', '));
    });

    it('reads the lines of an address block as two bodies, not one', () => {
      const text =
        '# Letter\n\nMay 2, 2026\n\nThe Honorable Ada Roe, Chair\nThe Honorable Ben Lark, Ranking Member\nCommittee on Ports and Harbours\nAssembly of Norland\n\n' +
        `We thank the Committee on Ports and Harbours for its help. ${PARAGRAPH}\n`;
      const names = typed(text, 'letter.md');
      assert.ok(!names.some((n) => /Harbours Assembly|Member Committee/.test(n)), names.join(', '));
      assert.ok(names.some((n) => n.endsWith(' Committee on Ports and Harbours')) && names.some((n) => n.endsWith(' Assembly of Norland')), names.join(', '));
    });

    it('splits no name in a few short lines that show no wrapping either way ("… quotes Maria\\nKovacs at length")', () => {
      const names = typed('The report quotes Maria\nKovacs at length.');
      assert.ok(names.includes('person Maria Kovacs'), names.join(', '));
    });

    it('keeps a name that hard-wrapped prose carries over a full line ("International Harbour / Organization")', () => {
      const text = [
        'The inspectors said that the new rules for the ports would apply from',
        'the first of June, and that the International Harbour',
        'Organization would check every vessel that called at the two ports in',
        'the spring, whatever flag it flew and whatever cargo it carried.',
      ].join('\n');
      const names = typed(text);
      assert.ok(names.includes('organization International Harbour Organization'), names.join(', '));
    });
  });
  describe('entity:numbered-instrument — an instrument keeps the number it is cited by', () => {
    it('reads "Executive Order No. 418", "Republic Act No. 20511" and "… for Fiscal Year 2027" whole', () => {
      const text =
        'The duty on maize was cut under Executive Order No. 418, and Republic Act No. 20511 pays for the seed. ' +
        'Section 5 of the Harbour Defense Authorization Act for Fiscal Year 2027 lets the navy buy cranes early.';
      const names = typed(text);
      for (const want of ['Executive Order No. 418', 'Republic Act No. 20511', 'Harbour Defense Authorization Act for Fiscal Year 2027']) {
        assert.ok(names.includes(`treaty_or_program ${want}`), `${want} in ${names.join(', ')}`);
      }
    });

    it('takes no amount after an act for its number ("the Ports Act 1,250 inspections")', () => {
      const names = typed('Under the Ports Act 1,250 inspections were made in 2025.');
      assert.ok(!names.some((n) => /Act 1/.test(n)), names.join(', '));
    });
  });
});
