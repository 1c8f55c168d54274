import { strict as assert } from 'node:assert';
import { findEntities } from '../../src/core/entities';
import { analyse } from '../../src/core/analyse';

/**
 * Names in audit reports, EU briefings and ministry papers (issue #13): classes the fixtures in
 * test/fixtures/genres-policy showed missing, each on sentences written here.
 */
const typed = (text: string) => findEntities(text, []).map((e) => `${e.type} ${e.name}`);
const find = (text: string, name: string) => findEntities(text, []).find((e) => e.name === name);

describe('Entity classes of audit reports, EU briefings and ministry papers', () => {
  describe('entity:act-number — an act cited by its kind and number', () => {
    it('reads "Regulation (EU) 2024/1689" and "Directive 2009/28/EC" whole, as programmes, with the rule in their why', () => {
      const text = 'Regulation (EU) 2024/1689 replaced parts of Directive 2009/28/EC on renewable energy.';
      for (const name of ['Regulation (EU) 2024/1689', 'Directive 2009/28/EC']) {
        const act = find(text, name);
        assert.equal(act?.type, 'treaty_or_program', typed(text).join(', '));
        assert.ok(act.why.some((r) => r.rule === 'entity:act-number'));
      }
    });

    it('finds no union, no "Directive 2009" and no "EC" inside the citations', () => {
      const names = typed('Member states applied Regulation (EU) No 1025/2012 and Directive 2009/28/EC unevenly.');
      assert.deepEqual(names, ['treaty_or_program Regulation (EU) No 1025/2012', 'treaty_or_program Directive 2009/28/EC']);
    });

    it('still reads the union named outside a citation', () => {
      const names = typed('The European Union (EU) adopted Regulation (EU) 2019/452 on screening; the EU then widened it.');
      assert.ok(names.includes('organization European Union'), names.join(', '));
      assert.ok(names.includes('treaty_or_program Regulation (EU) 2019/452'), names.join(', '));
    });
  });

  describe('entity:act-without-series, entity:act-by-kind — one act however it is cited again', () => {
    it('joins the act cited without its series, and "the Directive" when the document cites one directive', () => {
      const text =
        'Ports follow Directive (EU) 2022/2555 on networks. Article 21 of the Directive lists the measures, ' +
        'and Directive 2022/2555 also names the ports. Regulation (EU) 2021/887 and Regulation (EU) 2019/881 set up the agencies.';
      const found = findEntities(text, []);
      const directive = found.find((e) => e.name === 'Directive (EU) 2022/2555');
      const said = directive?.mentions.map((m) => text.slice(m.start, m.end));
      assert.deepEqual(said, ['Directive (EU) 2022/2555', 'Directive', 'Directive 2022/2555'], typed(text).join(', '));
      assert.ok(directive!.why.some((r) => r.rule === 'entity:act-by-kind'));
      assert.ok(found.some((e) => e.name === 'Regulation (EU) 2021/887') && found.some((e) => e.name === 'Regulation (EU) 2019/881'));
    });
  });

  describe('entity:law-number-alias — a law\'s number in brackets right after its name', () => {
    it('joins "(P.L. 118-31)" to the act it follows, with its later mentions, the rule in its why', () => {
      const text = 'The Harbor Safety Act of 2023 (P.L. 118-31) set new rules. Section 4 of P.L. 118-31 covers ferries.';
      const act = find(text, 'Harbor Safety Act of 2023');
      assert.ok(act?.aliases.includes('P.L. 118-31'), typed(text).join(', '));
      if (!act) return;
      assert.equal(act.mentions.length, 3);
      assert.ok(act.why.some((r) => r.rule === 'entity:law-number-alias'));
      assert.ok(!typed(text).includes('treaty_or_program P.L. 118-31'));
    });

    it('reads the number after a short form and a semicolon, or after the year of an appropriations act', () => {
      const names = typed('The Coast Readiness Act for Fiscal Year 2024 (FY2024 CRA; P.L. 118-40) and the Ports Appropriations Act, 2025 (P.L. 119-2) passed.');
      assert.ok(!names.some((n) => n.includes('P.L.')), names.join(', '));
    });

    it('leaves a number that follows no law\'s name an entity of its own', () => {
      const names = typed('Congress passed it as P.L. 118-31 after a long debate.');
      assert.ok(names.includes('treaty_or_program P.L. 118-31'), names.join(', '));
    });
  });

  describe('entity:statute-year — a statute named with its year after it', () => {
    it('reads "the Harbour Works Act 2011" whole, and the Act named without its year as the same law', () => {
      const text = 'The Harbour Works Act 2011 governs dredging. Councils apply the Harbour Works Act unevenly, and the Act is old.';
      const law = findEntities(text, []).filter((e) => e.type === 'treaty_or_program');
      assert.equal(law.length, 1, typed(text).join(', '));
      assert.equal(law[0].name, 'Harbour Works Act 2011');
      assert.equal(law[0].mentions.length, 3);
      assert.ok(law[0].why.some((r) => r.rule === 'entity:statute-year'));
    });

    it('keeps a year after a plan or a report outside the name, and a year after "Act of" inside it as before', () => {
      const names = typed('The Coastal Plan 2030 targets were set in the Shipping Act of 1984.');
      assert.ok(names.includes('treaty_or_program Shipping Act of 1984'), names.join(', '));
      assert.ok(!names.some((n) => n.includes('Plan 2030 targets')), names.join(', '));
    });
  });

  describe('entity:head — heads of confederations, covenants and schemes, and complements joined by "and"', () => {
    it('reads "Confederation of Nordic Hauliers" as an organisation, "Veterans Covenant" and "Apprentice Levy Scheme" as programmes', () => {
      const names = typed('The Confederation of Nordic Hauliers backed the Veterans Covenant and the Apprentice Levy Scheme.');
      for (const n of ['organization Confederation of Nordic Hauliers', 'treaty_or_program Veterans Covenant', 'treaty_or_program Apprentice Levy Scheme']) {
        assert.ok(names.includes(n), names.join(', '));
      }
    });

    it('keeps words with a head inside them in the complement after "and" ("Office of Dock and Facility Inspection")', () => {
      const names = typed('Reports go to the Office of Dock and Facility Inspection each spring.');
      assert.deepEqual(names, ['organization Office of Dock and Facility Inspection']);
    });

    it('keeps a second place after "and" in the complement ("Harbor Authority of Maine and Vermont")', () => {
      const names = typed('Funds went to the Harbor Authority of Maine and Vermont last year.');
      assert.deepEqual(names, ['organization Harbor Authority of Maine and Vermont']);
    });

    it('still splits a name of its own after "and" ("the Ministry of Defence and NATO", "the Department of Labor and Veterans Affairs Office")', () => {
      const names = typed('The Ministry of Defence and NATO agreed. The Department of Labor and Veterans Affairs Office disagreed.');
      for (const n of ['organization Ministry of Defence', 'organization NATO', 'organization Department of Labor']) assert.ok(names.includes(n), names.join(', '));
    });
  });

  describe('entity:head — a head with its complement on a masthead or a footer line', () => {
    const paper = [
      '# Harbour Pilots: A Policy Paper',
      '',
      '**Ministry of Fisheries, Tromsø, May 2026**',
      '',
      '## Summary',
      '',
      'The Ministry will license pilots for every harbour by 2028. Pilots asked the Ministry for clearer rules.',
      '',
      '*Ministry of Fisheries, Storgata 1, Oslo*',
    ].join('\n');

    it('finds "Ministry of Fisheries" in the masthead, and "the Ministry" of the sentences joins it', () => {
      const e = analyse(paper, { hint: 'paper.md' }).entities.find((x) => x.name === 'Ministry of Fisheries');
      assert.equal(e?.type, 'organization');
      assert.equal(e?.mentions.length, 4);
    });

    it('reads no heading words as names ("Harbour Pilots", "Policy Paper", "Summary")', () => {
      const names = analyse(paper, { hint: 'paper.md' }).entities.map((x) => x.name);
      for (const n of ['Harbour Pilots', 'Policy Paper', 'Summary', 'A Policy Paper']) assert.ok(!names.includes(n), names.join(', '));
    });
  });

  describe('entity:acronym-initials — initials over "of"', () => {
    it('joins an undefined "MOF" to "Ministry of Fisheries" and "DHS" to "Department of Harbor Safety"', () => {
      const text = 'The Ministry of Fisheries wrote to the Department of Harbor Safety. In May, MOF and DHS replied.';
      const names = findEntities(text, []);
      const mof = names.find((e) => e.name === 'Ministry of Fisheries');
      const dhs = names.find((e) => e.name === 'Department of Harbor Safety');
      assert.ok(mof?.aliases.includes('MOF'), names.map((e) => `${e.name} [${e.aliases}]`).join(', '));
      assert.ok(dhs?.aliases.includes('DHS'), names.map((e) => `${e.name} [${e.aliases}]`).join(', '));
      assert.ok(mof?.why.some((r) => r.rule === 'entity:acronym-initials'));
    });
  });

  describe('entity:by-line — author labels and signatures', () => {
    const person = (text: string, name: string) => analyse(text, { format: 'plain' }).entities.find((e) => e.name === name);

    it('reads the name after "Author:" as a person, with the rule in its why', () => {
      const text = 'BRIEFING\n\nAuthor: Saskia Verhoeven-Lind\nResearch Service\n\nThe committee met twice in March and agreed on the text.\n';
      const p = person(text, 'Saskia Verhoeven-Lind');
      assert.equal(p?.type, 'person');
      assert.ok(p?.why.some((r) => r.rule === 'entity:by-line'));
    });

    it('reads a signature styled "Rt Hon … MP" as the person, without the style', () => {
      const text = 'We will act on every point in this paper.\n\nRt Hon Tobias Renwick-Hale MP\nMinister for Ports\n\nThe paper follows.\n';
      assert.equal(person(text, 'Tobias Renwick-Hale')?.type, 'person');
    });

    it('reads no heading above a title line as a person when no given name or style says so', () => {
      const text = 'The plan is set out below.\n\nNorthern Corridor\nPresident Amara spoke first at the opening of the works.\n';
      assert.equal(person(text, 'Northern Corridor'), undefined);
    });
  });

  describe('entity:agent-by and entity:such-as — companies by what they supply or employ', () => {
    it('reads a name after "supplied by" as an organisation', () => {
      const names = typed('The scanners were supplied by Vortena last spring.');
      assert.ok(names.includes('organization Vortena'), names.join(', '));
    });

    it('reads "employers such as Kelby Systems" as an organisation, over the programme a weak head would make it', () => {
      const text = 'Large employers such as Kelby Systems give reservists paid leave.';
      const e = find(text, 'Kelby Systems');
      assert.equal(e?.type, 'organization', typed(text).join(', '));
      assert.ok(e?.why.some((r) => r.rule === 'entity:such-as'));
    });

    it('still reads "programmes such as the Harbor Defense System" as a programme', () => {
      const names = typed('Older programmes such as Harbor Defense System were cut.');
      assert.ok(names.includes('treaty_or_program Harbor Defense System'), names.join(', '));
    });
  });

  describe('entity:head — a company\'s legal form written in capitals', () => {
    it('keeps "LLC" and "PLC" in the company\'s name', () => {
      const names = typed('Contracts went to Kestrel Marine LLC and to Arden Dredging PLC in March.');
      for (const n of ['organization Kestrel Marine LLC', 'organization Arden Dredging PLC']) assert.ok(names.includes(n), names.join(', '));
    });
  });

  describe('entity:statute-year — a short title ending ", 2026"', () => {
    it('reads "Ports Appropriations Act, 2026" whole, with its public-law number joined', () => {
      const text = 'Congress passed the Ports Appropriations Act, 2026 (P.L. 119-75) in March.';
      const act = find(text, 'Ports Appropriations Act, 2026');
      assert.equal(act?.type, 'treaty_or_program', typed(text).join(', '));
      assert.ok(act?.aliases.includes('P.L. 119-75'));
    });

    it('leaves a year after a comma out of a name that runs on ("the Act, 2026 budgets")', () => {
      const names = typed('Under the Harbor Act, 2026 budgets rose.');
      assert.ok(names.includes('treaty_or_program Harbor Act'), names.join(', '));
    });
  });

  describe('entity:office-role — the office of a title\'s holder is an organisation', () => {
    it('reads "Office of Inspector General" whole as an organisation, not a role nor "Office of Inspector"', () => {
      const names = typed('The Office of Inspector General reviewed 120 grants.');
      assert.deepEqual(names, ['organization Office of Inspector General']);
    });

    it('still drops a job title named without its holder ("the Inspector General said")', () => {
      const names = typed('The Inspector General said the grants were late.');
      assert.ok(!names.some((n) => n.includes('Inspector General')), names.join(', '));
    });
  });

  describe('entity:company-weak-head — a proper name before "Systems"', () => {
    it('reads "Tarvik Systems" and "KDX Systems" as companies, with the rule in their why', () => {
      const text = 'Orders went to Tarvik Systems and KDX Systems in May.';
      for (const name of ['Tarvik Systems', 'KDX Systems']) {
        const e = find(text, name);
        assert.equal(e?.type, 'organization', typed(text).join(', '));
        assert.ok(e?.why.some((r) => r.rule === 'entity:company-weak-head'));
      }
    });

    it('keeps ordinary words before "Systems" a programme ("Coastal Warning Systems")', () => {
      const names = typed('Funds for Coastal Warning Systems rose again.');
      assert.ok(!names.includes('organization Coastal Warning Systems'), names.join(', '));
    });
  });

  describe('entity:institution-of — an institution alone and the one name the document gives it with a nationality', () => {
    it('joins "Parliament" to "European Parliament", named after it', () => {
      const text = 'In Parliament, the committee voted twice. The European Parliament then adopted the text.';
      const e = find(text, 'European Parliament') ?? find(text, 'Parliament');
      assert.equal(e?.mentions.length, 2, typed(text).join(', '));
      assert.ok(e?.why.some((r) => r.rule === 'entity:institution-of'));
    });

    it('joins nothing when two nations\' navies are named', () => {
      const names = typed('The Navy sailed. The Russian Navy and the Chinese Navy watched.');
      assert.equal(names.filter((n) => n.endsWith('Navy')).length, 3, names.join(', '));
    });
  });

  describe('entity:head — a port named for two places', () => {
    it('reads "Port of Virginia and Maryland" whole, as one place', () => {
      const names = typed('Grants went to the Port of Virginia and Maryland in 2024.');
      assert.deepEqual(names, ['place Port of Virginia and Maryland']);
    });
  });

  describe('entity:acronym-defined — an acronym spelling the end of a name qualified only by ordinary words', () => {
    it('joins "(HIB)" to "Federal Harbor Investment Bank", and the later "HIB" with it', () => {
      const text = 'The Federal Harbor Investment Bank (HIB) lent $40 million. The HIB loan was repaid.';
      const bank = find(text, 'Federal Harbor Investment Bank');
      assert.ok(bank?.aliases.includes('HIB'), typed(text).join(', '));
      assert.equal(bank?.mentions.length, 3);
    });
  });

  describe('entity:head — a complement that is a list', () => {
    it('reads "Committee on Fisheries, Coastal Affairs and Food Safety (PECH)" whole, its acronym joined', () => {
      const text = 'The Committee on Fisheries, Coastal Affairs and Food Safety (PECH) voted. PECH then met again.';
      const c = find(text, 'Committee on Fisheries, Coastal Affairs and Food Safety');
      assert.equal(c?.type, 'organization', typed(text).join(', '));
      assert.ok(c?.aliases.includes('PECH'));
    });

    it('does not run a list over a listed place or another head ("the Ministry of Defence, Poland and NATO")', () => {
      const names = typed('The Ministry of Defence, Poland and NATO agreed. The Office of Ports, Department of Transport and others replied.');
      for (const n of ['organization Ministry of Defence', 'place Poland', 'organization NATO', 'organization Office of Ports']) assert.ok(names.includes(n), names.join(', '));
    });
  });

  describe('entity:year-name — an exercise named with its year', () => {
    it('reads "Exercise Iron Lynx 2025" whole, as a programme', () => {
      const names = typed('Two battalions joined Exercise Iron Lynx 2025 in Norway.');
      assert.ok(names.includes('treaty_or_program Exercise Iron Lynx 2025'), names.join(', '));
    });
  });

  describe('entity:head — a legal form after a comma', () => {
    it('reads "Brightwater Shipping, Inc." whole as a company', () => {
      const names = typed('Awards went to Brightwater Shipping, Inc. and to the port of Galveston.');
      assert.ok(names.includes('organization Brightwater Shipping, Inc.'), names.join(', '));
    });

    it('leaves a comma before another name outside the company\'s name', () => {
      const names = typed('Funds reached Brightwater Shipping, Galveston and Houston.');
      assert.ok(!names.some((n) => n.includes('Shipping,')), names.join(', '));
    });
  });
});
