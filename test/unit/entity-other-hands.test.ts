import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';

/**
 * Entity classes seen on documents by other hands (issue #13, session 8), each on sentences written
 * here in new words: the class, never the development documents' sentences.
 */
const entities = (text: string, hint = 'paper.txt') => analyse(text, { hint }).entities;
const typed = (text: string, hint?: string) => entities(text, hint).map((e) => `${e.type} ${e.name}`);

describe('Entity classes of documents by other hands', () => {
  describe('numbered paragraphs of plain text', () => {
    const text = [
      'Harbour stocks',
      '',
      '11. The Royal Danish Navy will escort two tankers with the Hellenic Navy next spring.',
      '',
      '12. Storage will be built in the Northern Cape before 2030.',
      '',
      '13. Coastal Logistics Command will test the plan.',
    ].join('\n');

    it('reads the names of a paragraph whose number opens its line, as in any other paragraph', () => {
      const names = typed(text);
      for (const want of ['organization Royal Danish Navy', 'organization Hellenic Navy', 'place Northern Cape', 'organization Coastal Logistics Command']) {
        assert.ok(names.includes(want), `${want} in ${names.join(', ')}`);
      }
    });

    it('takes no paragraph number into a name', () => {
      assert.ok(!typed(text).some((n) => /\d/.test(n)), typed(text).join(', '));
    });
  });

  describe('entity:in-notice — names of contact, author and hearing lines set aside from the reading', () => {
    const release = [
      '# Harbour agency widens checks on dual-use cargo',
      '',
      'The agency will inspect every container bound for the free port from June 1, 2026. Officials said the checks would add a day.',
      '',
      'The rule follows two years of seizures at the southern terminals.',
      '',
      '###',
      '',
      '**Media contact:** Office of Harbour and Public Affairs, (202) 555-0100, press@harbour.example.gov',
    ].join('\n');

    it('finds the office a media contact line names, with the rule in its why, and reads no claim from that line', () => {
      const analysis = analyse(release, { hint: 'release.md' });
      const office = analysis.entities.find((e) => e.name === 'Office of Harbour and Public Affairs');
      assert.equal(office?.type, 'organization', analysis.entities.map((e) => e.name).join(', '));
      assert.ok(office.why.some((r) => r.rule === 'entity:in-notice'), JSON.stringify(office.why));
      assert.ok(!analysis.claims.some((c) => release.slice(c.start, c.end).includes('Media contact')));
      assert.ok(analysis.notices?.some((n) => n.rule === 'notice:contact'));
    });

    it('takes no label word of the notice ("Media") for a name', () => {
      assert.ok(!typed(release, 'release.md').some((n) => / Media\b/.test(n)), typed(release, 'release.md').join(', '));
    });

    it('finds the speaker and the host a speech\'s title line names, though the line is no section', () => {
      const speech = [
        'Remarks by Trade Minister Lena Varga of Hungary, Danube Policy Institute, Vienna, 3 May 2026',
        '',
        'Thank you for having me. Trade across the river has doubled since 2020, and our ports cannot keep up with it.',
        '',
        'We will build two new terminals by 2028.',
      ].join('\n');
      const analysis = analyse(speech, { hint: 'remarks.txt' });
      const names = analysis.entities.map((e) => `${e.type} ${e.name}`);
      assert.ok(names.includes('person Lena Varga'), names.join(', '));
      assert.ok(names.includes('organization Danube Policy Institute'), names.join(', '));
      assert.ok(!analysis.sections.some((s) => s.title.includes('Remarks by')));
    });
  });

  describe('entity:titled-after — a person named before a comma and a title', () => {
    const text = [
      'The harbour fund was set up in 2024.',
      'Lars Heimdal, the agency\'s chief executive, said it would grow.',
      'Oskar Vennberg, Deputy Secretary for Ports at the ministry, agreed.',
      'Tove Lindqvist, chair of the Committee on Harbours, did not.',
      'Maren Aakre, Norway\'s Minister of Fisheries, spoke last.',
    ].join(' ');

    for (const name of ['Lars Heimdal', 'Oskar Vennberg', 'Tove Lindqvist', 'Maren Aakre']) {
      it(`reads ${name}, whose given name no list knows, as a person by the title after the comma`, () => {
        const found = entities(text).find((e) => e.name === name);
        assert.equal(found?.type, 'person', typed(text).join(', '));
        assert.ok(found.why.some((r) => r.rule === 'entity:titled-after'), JSON.stringify(found.why));
      });
    }

    it('leaves the body of the title its own type ("the Committee on Harbours" stays an organisation)', () => {
      assert.ok(typed(text).includes('organization Committee on Harbours'), typed(text).join(', '));
    });

    it('does not make a person of a name described by a kind of body ("Nordvik Lines, the carrier")', () => {
      const names = typed('The strike spread. Nordvik Lines, the carrier, cut two routes.');
      assert.ok(!names.includes('person Nordvik Lines'), names.join(', '));
    });
  });

  describe('places with no cue of their own, typed by the list or the head they share', () => {
    const text = 'Grain is stored in Tromsø, Hammerfest, Vardø and Kirkenes. Both states claim the Valdor and Keskar islands. Surveys were made at Orun and Tavake atolls, and a radar stands on Manuvai Atoll, near the Humboldt Current.';

    it('entity:listed-alongside — types every unknown name of a list opened by a place, not only the first after it', () => {
      const names = typed(text);
      for (const town of ['Hammerfest', 'Vardø', 'Kirkenes']) assert.ok(names.includes(`place ${town}`), `${town} in ${names.join(', ')}`);
    });

    it('entity:shared-head — types a name listed before names a plural head completes ("the Valdor and Keskar islands")', () => {
      const valdor = entities(text).find((e) => e.name === 'Valdor');
      assert.equal(valdor?.type, 'place', typed(text).join(', '));
      assert.ok(valdor.why.some((r) => r.rule === 'entity:shared-head'), JSON.stringify(valdor.why));
    });

    it('reads an atoll as a place, its name alone before the lower-case feature word ("Tavake atolls" names Tavake)', () => {
      const names = typed(text);
      for (const want of ['place Orun', 'place Tavake', 'place Manuvai Atoll', 'place Humboldt Current']) assert.ok(names.includes(want), `${want} in ${names.join(', ')}`);
    });

    it('does not carry a place\'s type across a name that broke the list', () => {
      const names = typed('Ships called at Tromsø and Hammerfest; Nordlys Shipping then sold Vessel Kestrel.');
      assert.ok(!names.includes('place Vessel Kestrel'), names.join(', '));
    });
  });

  describe('companies named by a proper name and a word of trade', () => {
    const text = 'Talks went on between Tarvik Aerospace and the ministry. Freight rates rose, Holmqvist Research said. Firms such as Kestrel in Norway cut output. Polar Research is a field of its own, and polar research is costly.';

    it('entity:company-word — reads "Tarvik Aerospace" and "Holmqvist Research" as companies', () => {
      for (const name of ['Tarvik Aerospace', 'Holmqvist Research']) {
        const found = entities(text).find((e) => e.name === name);
        assert.equal(found?.type, 'organization', typed(text).join(', '));
        assert.ok(found.why.some((r) => r.rule === 'entity:company-word'), JSON.stringify(found.why));
      }
    });

    it('makes no company of ordinary words before the word of trade ("Polar Research")', () => {
      assert.ok(!typed(text).includes('organization Polar Research'), typed(text).join(', '));
    });

    it('entity:such-as — reads an example after a capitalised "Firms such as" opening a sentence', () => {
      assert.ok(typed(text).includes('organization Kestrel'), typed(text).join(', '));
    });
  });

  describe('entity:by-line — two authors after "By", and a name above its title line', () => {
    it('reads both authors of "By Jane Doe and John Roe", given names no list knows', () => {
      const names = typed('# Harbours under strain\n\nBy Ilka Vesterdahl and Rune Tofte Amdal\n\nPorts are full. Prices rose in 2025.', 'report.md');
      for (const who of ['person Ilka Vesterdahl', 'person Rune Tofte Amdal']) assert.ok(names.includes(who), `${who} in ${names.join(', ')}`);
    });

    it('reads a name alone on its line above "Senior Research Fellow, <institute>" as the author', () => {
      const text = 'Harbours under strain\n\nYerlan Abenov\nSenior Research Fellow, Steppe Freight Observatory\n\nAstana, 3 May 2026\n\nPorts are full. Prices rose in 2025 across the region and beyond it.';
      assert.ok(typed(text).includes('person Yerlan Abenov'), typed(text).join(', '));
    });

    it('reads no author from a name above a line that is no title ("Annual report, 2026")', () => {
      const text = 'Harbours under strain\n\nSteppe Corridor\nAnnual report, 2026\n\nPorts are full. Prices rose in 2025 across the region and beyond it.';
      assert.ok(!typed(text).includes('person Steppe Corridor'), typed(text).join(', '));
    });
  });

  describe('entity:head — heads of programmes and arrangements', () => {
    it('reads an arrangement, a scholarship, a stockpile, an obligation, a payment and a class of cutters as programmes', () => {
      const text = 'Exporters follow the Tallinn Arrangement. Students apply for the Nordic Harbour Scholarship. Cobalt is held in the Strategic Metals Stockpile. Importers meet the Minimum Diesel Obligation and receive the Terminal Upkeep Payment. The yard builds the Offshore Patrol Cutter.';
      const names = typed(text);
      for (const want of ['Tallinn Arrangement', 'Nordic Harbour Scholarship', 'Strategic Metals Stockpile', 'Minimum Diesel Obligation', 'Terminal Upkeep Payment', 'Offshore Patrol Cutter']) {
        assert.ok(names.includes(`treaty_or_program ${want}`), `${want} in ${names.join(', ')}`);
      }
    });
  });

  describe('statutes named whole', () => {
    it('reads a compact with its complement, and an act named for it, as one programme each', () => {
      const names = typed('The islands joined under the Compact of Harbour Cooperation Act of 1991. The Compacts of Harbour Cooperation run to 2040.');
      assert.ok(names.includes('treaty_or_program Compact of Harbour Cooperation Act of 1991'), names.join(', '));
      assert.ok(names.includes('treaty_or_program Compacts of Harbour Cooperation'), names.join(', '));
    });

    it('keeps "and" inside an act named with its year ("… Safety and Dock Renewal Act of 1998")', () => {
      const names = typed('Funding came from the Coastal Safety and Dock Renewal Act of 1998 until it lapsed.');
      assert.ok(names.includes('treaty_or_program Coastal Safety and Dock Renewal Act of 1998'), names.join(', '));
    });

    it('still splits two names joined by "and" when the first is a name of its own', () => {
      const names = typed('Norway and the Harbour Act of 1990 were both named.');
      assert.ok(names.includes('place Norway') && names.includes('treaty_or_program Harbour Act of 1990'), names.join(', '));
    });
  });

  describe('entity:state-form — a state in its formal style and by its short name', () => {
    it('makes "Republic of the Vestra Islands" and "the Vestra Islands" one place, the formal name kept', () => {
      const text = 'The Republic of the Vestra Islands signed the treaty in 1986. Aid to the Vestra Islands rose after that.';
      const places = entities(text).filter((e) => e.type === 'place');
      assert.equal(places.length, 1, typed(text).join(', '));
      assert.equal(places[0].name, 'Republic of the Vestra Islands');
      assert.equal(places[0].mentions.length, 2);
      assert.ok(places[0].why.some((r) => r.rule === 'entity:state-form'), JSON.stringify(places[0].why));
    });

    it('joins no two places where the short name is another\'s ("Gulf of Riga" and "Riga")', () => {
      const places = entities('Ships crossed the Gulf of Riga to reach Riga.').filter((e) => e.type === 'place');
      assert.equal(places.length, 2, places.map((e) => e.name).join(', '));
    });
  });

  describe('entity:demonym-before-noun — a demonym before a noun is no name', () => {
    it('lists neither "Yukonese" nor "Tavanish" of "in Yukonese waters" and "the Tavanish community"', () => {
      const names = typed('Patrols run in Yukonese waters every winter. The Tavanish community grew after 2020.');
      assert.ok(!names.some((n) => /Yukonese|Tavanish/.test(n)), names.join(', '));
    });

    it('keeps a place whose name ends so before a verb, a small word or a full stop ("Officials in Tavan said so")', () => {
      const names = typed('Officials in Tavan said so. Talks in Kazan on Monday failed.');
      assert.ok(names.includes('place Tavan') && names.includes('place Kazan'), names.join(', '));
    });
  });

  describe('entity:head — an organisation named for its purpose keeps its own head', () => {
    it('reads "Norrvik Centre for Maritime Strategy" as an organisation, not a strategy', () => {
      assert.ok(typed('The Norrvik Centre for Maritime Strategy counts the ships.').includes('organization Norrvik Centre for Maritime Strategy'));
    });

    it('still reads an act named after a department as an act ("Department of Defense Appropriations Act")', () => {
      assert.ok(typed('The Department of Defense Appropriations Act passed.').includes('treaty_or_program Department of Defense Appropriations Act'));
    });
  });

  describe('entity:head — a forum is a body', () => {
    it('reads "the Baltic Ports Forum", which meets and decides, as an organisation', () => {
      assert.ok(typed('Ministers asked the Baltic Ports Forum to decide before it meets in July.').includes('organization Baltic Ports Forum'));
    });
  });

  describe('entity:title-before-name — the holder after an office whose complement no list knows', () => {
    it('reads "Ilka Toft" after "Assistant Secretary of State for Consular Affairs", the office left out', () => {
      const names = typed('In June, Assistant Secretary of State for Consular Affairs Ilka Toft said it would wait.');
      assert.ok(names.includes('person Ilka Toft'), names.join(', '));
      assert.ok(!names.some((n) => n.includes('Consular Affairs Ilka')), names.join(', '));
    });

    it('does not take a holder\'s given name for part of the office ("Minister of Trade Ilka Baker")', () => {
      assert.ok(typed('The Minister of Trade Ilka Baker spoke first.').includes('person Ilka Baker'));
    });
  });

  describe('entity:bill-number — the laws a table\'s source line cites', () => {
    const text = '# Funding\n\nThe programme grew in 2024 and in 2025.\n\n| Year | Amount |\n|---|---|\n| 2024 | $10 |\n\nSource: Harbour Agency budget papers, FY2024; P.L. 117-128; P.L. 118-50.\n\nMore text follows here.';

    it('reads the public laws of a "Source:" line under a table', () => {
      const names = typed(text, 'report.md');
      for (const law of ['P.L. 117-128', 'P.L. 118-50']) assert.ok(names.includes(`treaty_or_program ${law}`), `${law} in ${names.join(', ')}`);
    });

    it('reads no claim from the source line', () => {
      const analysis = analyse(text, { hint: 'report.md' });
      assert.ok(!analysis.claims.some((c) => text.slice(c.start, c.end).includes('P.L.')));
    });
  });
});
