import { strict as assert } from 'node:assert';
import { findEntities } from '../../src/core/entities';
import { analyse } from '../../src/core/analyse';

/** Classes of names on documents nobody tuned for (issue #13), each on sentences written here. */
const entities = (text: string) => findEntities(text, []);
const typed = (text: string) => entities(text).map((e) => `${e.type} ${e.name}`);

describe('Entity classes of new genres', () => {
  describe('entity:by-line — an author line names a person', () => {
    it('reads a name after "By" at a line start as a person, with the rule in its why', () => {
      const text = 'Harbours and Debt\n\nBy **Tamsin Oyelaran-Hart** | Ports Desk\n\nPorts are costly. Oyelaran-Hart argues that leases last.';
      const author = entities(text).find((e) => e.name === 'Tamsin Oyelaran-Hart');
      assert.equal(author?.type, 'person', typed(text).join(', '));
      assert.ok(author.why.some((r) => r.rule === 'entity:by-line'));
    });

    it('reads a name opening a line before a comma and an affiliation as a person', () => {
      const text = 'Water and Power in the Valleys\nOdile Mbeki-Laurent, Senior Fellow, Institute for River Studies\n\nThe dams are old.';
      assert.ok(typed(text).includes('person Odile Mbeki-Laurent'), typed(text).join(', '));
    });

    it('reads two authors joined by "and" on their own line as persons, and leaves a place joined by "and" a place', () => {
      const text = 'Wires Across Borders\n\nTamsin Oyelaran-Hart and Piet Varga\nOctober 2025\n\nThe grid is old. Varga argues it.\n\nBosnia and Herzegovina\n';
      const names = typed(text);
      for (const n of ['person Tamsin Oyelaran-Hart', 'person Piet Varga', 'place Bosnia and Herzegovina']) assert.ok(names.includes(n), names.join(', '));
    });

    it('leaves a sentence that opens a line with a name and a comma alone: no author line', () => {
      const text = 'The talks stalled.\nKestrel Holdings, the operator, said the cable was cut near the island.';
      assert.ok(!typed(text).includes('person Kestrel Holdings'), typed(text).join(', '));
    });
  });

  describe('entity:common-concept — capitalised ordinary words are a concept, not a name', () => {
    it('drops a capitalised phrase whose words the document writes in lower case, and keeps a name beside it', () => {
      const text =
        'The plan funds Orbital Refuelling across the fleet. Such orbital stations need refuelling, and the Vantor Consortium sells it.';
      const names = typed(text);
      assert.ok(!names.some((n) => n.endsWith('Orbital Refuelling')), names.join(', '));
      assert.ok(names.some((n) => n.endsWith('Vantor Consortium')), names.join(', '));
    });

    it('drops a concept spelled out before a concept acronym, but not a name spelled out before its own acronym', () => {
      const text =
        'Machine Learning (AI) matters, as machine tools and learning do. The Harbour Authority of Tesmia (HAT) runs the port.';
      const names = typed(text);
      assert.ok(!names.some((n) => n.includes('Machine Learning')), names.join(', '));
      assert.ok(names.some((n) => n.includes('Harbour Authority of Tesmia')), names.join(', '));
    });
  });

  describe('entity:defined-in-notice — an acronym spelled out only in a legal notice still names what it names', () => {
    it('types the acronym by the head of its spelled-out name, with the rule in its why', () => {
      const text =
        '# Ports and Power\n\nThe HRO reviewed the port loans in March. The ministry argues that the port will double trade. ' +
        'Critics answer that the loans leave the treasury exposed.\n\n' +
        'Disclaimer: This paper was prepared by the Harbour Research Office (HRO). It may be reproduced without permission; ' +
        'the views expressed are the authors’ own and the publisher accepts no liability for them. Copyright 2025.\n';
      const a = analyse(text, { hint: 'a.md' });
      assert.ok(a.notices?.some((n) => n.rule === 'notice:legal'), 'the disclaimer is a notice');
      const hro = a.entities.find((e) => e.name === 'HRO');
      assert.equal(hro?.type, 'organization', a.entities.map((e) => `${e.type} ${e.name}`).join(', '));
      assert.equal(hro.why[0].rule, 'entity:defined-in-notice');
      assert.ok(hro.aliases.includes('Harbour Research Office'));
    });
  });

  describe('Where a name ends, read over the whole document', () => {
    it('entity:numbered-designation — keeps the number a name is always written with', () => {
      const text = 'Saltlink 3, the cable to Orkney, failed in May. Repairs to Saltlink 3 took weeks, and the Saltlink 3 case is open.';
      const link = entities(text).find((e) => e.name.startsWith('Saltlink'));
      assert.equal(link?.name, 'Saltlink 3', typed(text).join(', '));
      assert.equal(link.mentions.length, 3);
      assert.ok(link.mentions.every((m) => text.slice(m.start, m.end) === 'Saltlink 3'));
    });

    it('entity:numbered-designation — leaves a name alone when its numbers differ or measure something', () => {
      const text = 'Gazprom 2 and Gazprom 3 were listed. Ships reach Tesmia 40 percent faster, and Tesmia grew.';
      const names = typed(text);
      assert.ok(!names.some((n) => /Gazprom \d|Tesmia \d/.test(n)), names.join(', '));
    });

    it('entity:without-lower-head — a place with a lower-case place noun after it joins the place named alone', () => {
      const text = 'Dams line the Vakhsh Darya. Farms in the Vakhsh Darya basin need water, and the Vakhsh Darya floods in spring.';
      const found = entities(text);
      assert.ok(!found.some((e) => e.name === 'Vakhsh Darya basin'), typed(text).join(', '));
      const river = found.find((e) => e.name === 'Vakhsh Darya');
      assert.equal(river?.mentions.length, 3, typed(text).join(', '));
      assert.ok(river.mentions.every((m) => text.slice(m.start, m.end) === 'Vakhsh Darya'));
    });
  });

  it('particles.json — an Arabic article joined to a conjunction ("wal-") continues a name, and its acronym joins it', () => {
    const text = 'The militant coalition Jund al-Haqq wal-Tawhid (JHT) now operates near the coast. JHT fighters crossed the river.';
    const group = entities(text).find((e) => e.name.startsWith('Jund'));
    assert.equal(group?.name, 'Jund al-Haqq wal-Tawhid', typed(text).join(', '));
    assert.equal(group.mentions.length, 3);
  });

  it('entity:short-form-defined — a short form in parentheses made of the name’s words is that name, not a place and an unknown', () => {
    const text = 'Loans from the Import-Export Fund of Tesmia (Tesmia Imex) built the port. Critics in Orlo doubt the terms.';
    const found = entities(text);
    const fund = found.find((e) => e.name === 'Import-Export Fund of Tesmia');
    assert.ok(fund, typed(text).join(', '));
    assert.ok(fund.mentions.some((m) => text.slice(m.start, m.end) === 'Tesmia Imex'), typed(text).join(', '));
    assert.ok(!found.some((e) => e.name === 'Imex'), typed(text).join(', '));
    assert.ok(fund.why.some((r) => r.rule === 'entity:short-form-defined'));
  });

  it('gazetteer — a listed name the reader cuts inside a word ("Port-au-Prince") does not make its first part a place', () => {
    const names = typed('The survey lists each Port and its owner in Lima.');
    assert.deepEqual(names, ['place Lima']);
  });

  it('entity:without-head — a listed company written later without its head is the same organisation', () => {
    const text = 'The Wagner Group arrived in 2021. Diplomats say the Wagner deployment cost the treasury dearly.';
    const found = entities(text);
    const group = found.find((e) => e.name === 'Wagner Group');
    assert.equal(group?.mentions.length, 2, typed(text).join(', '));
    assert.ok(!found.some((e) => e.name === 'Wagner'), typed(text).join(', '));
  });
});
