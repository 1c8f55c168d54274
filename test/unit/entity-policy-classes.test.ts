import { strict as assert } from 'node:assert';
import { findEntities } from '../../src/core/entities';
import { analyse } from '../../src/core/analyse';

/**
 * Entity classes left by the first wave on policy papers (issue #13), each on sentences written
 * here: a review or strategy named with its year, a court case named by its parties.
 */
const typed = (text: string) => findEntities(text, []).map((e) => `${e.type} ${e.name}`);
const find = (text: string, name: string) => findEntities(text, []).find((e) => e.name === name);
/** Asserts that `text` names `name` whole, of `type`, with `rule` in its why. */
function namedBy(text: string, name: string, type: string, rule: string): void {
  const found = find(text, name);
  assert.equal(found?.type, type, typed(text).join(', '));
  assert.ok(found.why.some((r) => r.rule === rule), JSON.stringify(found.why));
}

describe('Entity classes of policy papers left by the first wave', () => {
  describe('entity:issued-year — a review or a strategy named with the year it is issued in', () => {
    it('reads "Maritime Capability Review 2027" whole, and the review named without its year as the same one', () => {
      const text = 'Targets were set in the Maritime Capability Review 2027. Ministers said the Maritime Capability Review left training unfunded.';
      const review = findEntities(text, []).filter((e) => e.type === 'treaty_or_program');
      assert.equal(review.length, 1, typed(text).join(', '));
      assert.equal(review[0].name, 'Maritime Capability Review 2027');
      assert.equal(review[0].mentions.length, 2);
      assert.ok(review[0].why.some((r) => r.rule === 'entity:issued-year'));
    });

    it('keeps the year of a strategy in its name, and leaves a year after a plan or a report outside', () => {
      const names = typed('The Coastal Resilience Strategy 2031 replaced the Coastal Plan 2030 targets.');
      assert.ok(names.includes('treaty_or_program Coastal Resilience Strategy 2031'), names.join(', '));
      assert.ok(!names.some((n) => n.includes('Plan 2030 targets')), names.join(', '));
    });
  });

  describe('entity:court-case — a court case named by its parties', () => {
    it('reads "Harbor Reach Logistics LLC v. FEMA" as one name, without the sentence\'s "In", the rule in its why', () => {
      const text = 'The Federal Emergency Management Agency (FEMA) funds ports. In Harbor Reach Logistics LLC v. FEMA, the court held that the agency could recover the money.';
      namedBy(text, 'Harbor Reach Logistics LLC v. FEMA', 'other', 'entity:court-case');
    });

    it('keeps the parties as names where they stand alone, not inside the case', () => {
      const text = 'The Federal Emergency Management Agency (FEMA) funds ports. In Harbor Reach Logistics LLC v. FEMA, the court ruled. FEMA appealed.';
      const agency = findEntities(text, []).find((e) => e.aliases.includes('FEMA') || e.name === 'FEMA');
      const inCase = text.indexOf('v. FEMA') + 3;
      assert.ok(agency, typed(text).join(', '));
      assert.ok(!agency.mentions.some((m) => m.start === inCase), 'the FEMA inside the case is the case\'s');
      assert.ok(agency.mentions.some((m) => m.start === text.lastIndexOf('FEMA')));
    });

    it('stops the first party at a full stop that ends a sentence, and keeps a legal form\'s full stop ("Co.")', () => {
      const names = typed('Grants went to the port. United States v. Carrow Shipping Co. settled in 2023.');
      assert.ok(names.includes('other United States v. Carrow Shipping Co.'), names.join(', '));
    });

    it('reads a case across a sentence break the reader made at its "v." ("… LLC v." | "FEMA, …")', () => {
      const text = 'In Harbor Reach Logistics LLC v. FEMA, the court ruled.';
      const units = [
        { start: 0, end: text.indexOf('v.') + 2, block: 0, body: true },
        { start: text.indexOf('FEMA'), end: text.length, block: 0, body: true },
      ];
      const names = findEntities(text, units).map((e) => `${e.type} ${e.name}`);
      assert.ok(names.includes('other Harbor Reach Logistics LLC v. FEMA'), names.join(', '));
    });

    it('reads no case in a sentence that names two bodies without "v." between them', () => {
      const names = typed('The Port of Tacoma and the Port of Seattle compete for vessels.');
      assert.ok(!names.some((n) => n.startsWith('other ')), names.join(', '));
    });
  });

  describe('entity:complement-in — a head\'s complement goes on after "in" with an ordinary word', () => {
    it('reads "Council for Trade in Services" whole as an organisation, not "Council for Trade"', () => {
      const text = 'Brazil raised the levy in the Council for Trade in Services last week.';
      namedBy(text, 'Council for Trade in Services', 'organization', 'entity:complement-in');
      assert.ok(!typed(text).includes('organization Council for Trade'));
    });

    it('ends the name before "in" and a place or a month ("the Ministry of Finance in Estonia", "in May")', () => {
      const names = typed('Officials of the Ministry of Finance in Estonia met the Department of Commerce in May.');
      for (const n of ['organization Ministry of Finance', 'place Estonia', 'organization Department of Commerce']) assert.ok(names.includes(n), names.join(', '));
    });
  });

  describe('entity:body-complement — a body\'s head word takes all that follows its "of" or "for"', () => {
    it('reads "Centres for Coastal Hazard Research and Response" whole as one organisation, not three fragments', () => {
      const text = 'The data are held by the Centres for Coastal Hazard Research and Response in each region.';
      namedBy(text, 'Centres for Coastal Hazard Research and Response', 'organization', 'entity:body-complement');
      const names = typed(text);
      for (const fragment of ['Centres', 'Coastal Hazard Research', 'Response']) assert.ok(!names.some((n) => n.split(' ').slice(1).join(' ') === fragment), names.join(', '));
    });

    it('reads a tribunal named for its purpose whole ("Tribunal for Maritime Boundary Claims")', () => {
      namedBy('Both states filed with the Tribunal for Maritime Boundary Claims in March.', 'Tribunal for Maritime Boundary Claims', 'organization', 'entity:body-complement');
    });

    it('splits at "and" before a name of its own ("… Research and NATO")', () => {
      const names = typed('Funding reached the Centres for Coastal Hazard Research and NATO this year.');
      assert.ok(names.includes('organization Centres for Coastal Hazard Research'), names.join(', '));
      assert.ok(names.includes('organization NATO'), names.join(', '));
    });
  });

  describe('entity:inner-capital — a word written with a capital inside is a name', () => {
    it('finds "KestrelNord" used once at a sentence\'s opening, as a company, with the rule in its why', () => {
      const text = 'Shipbuilders disagreed. KestrelNord backed the levy, while others opposed it.';
      namedBy(text, 'KestrelNord', 'organization', 'entity:inner-capital');
    });

    it('still reads no name in two words that lost their space when the second is written alone elsewhere ("ReportUpdated")', () => {
      const names = typed('The page was updated in May. ReportUpdated figures follow.');
      assert.ok(!names.some((n) => n.includes('ReportUpdated')), names.join(', '));
    });
  });

  describe('entity:military-unit — a unit numbered with a qualifier in brackets', () => {
    it('reads "2nd (Canadian) Armoured Brigade" whole as an organisation, with no country inside it', () => {
      const text = 'Training with 2nd (Canadian) Armoured Brigade began in May.';
      namedBy(text, '2nd (Canadian) Armoured Brigade', 'organization', 'entity:military-unit');
    });

    it('keeps the place in the bracket a place where it stands alone ("… Division … the United Kingdom")', () => {
      const text = 'We asked 1st (United Kingdom) Division to plan the move, as the United Kingdom agreed.';
      const names = typed(text);
      assert.ok(names.includes('organization 1st (United Kingdom) Division'), names.join(', '));
      const uk = find(text, 'United Kingdom');
      assert.equal(uk?.mentions.length, 1, names.join(', '));
    });
  });

  describe('entity:plural-possessive — plural possessives inside a body\'s name', () => {
    it('reads "Harbour Pilots\' and Tugmasters\' Associations" whole, not "Harbour Pilots" and "Tugmasters"', () => {
      const text = 'We thank the Harbour Pilots\' and Tugmasters\' Associations for their advice.';
      namedBy(text, "Harbour Pilots' and Tugmasters' Associations", 'organization', 'entity:plural-possessive');
      assert.equal(findEntities(text, []).length, 1, typed(text).join(', '));
    });

    it('still ends a name at a possessive before a name of its own ("the Army\'s Field Force", "the Allies\' planners")', () => {
      const names = typed("The Army's Field Force met the Allies' planners.");
      assert.ok(names.includes('organization Army'), names.join(', '));
      assert.ok(names.includes('organization Field Force'), names.join(', '));
    });
  });

  describe('entity:numbered-group — a number word capitalised with a plural names a grouping', () => {
    it('reads "the Nine Harbours" inside a sentence as an organisation', () => {
      namedBy('Ministers met through the Nine Harbours forum in March.', 'Nine Harbours', 'organization', 'entity:numbered-group');
    });

    it('reads no grouping in a count opening a sentence or written in lower case ("Nine Harbours reported", "the nine harbours")', () => {
      const names = typed('Nine Harbours reported losses. We visited the nine harbours in June.');
      assert.ok(!names.some((n) => n.includes('Harbours')), names.join(', '));
    });
  });

  describe('entity:address-by — the speaker a speech\'s title names', () => {
    it('reads "Statement of Tavita Leaupepe-Moss before the Harbour Committee" with the speaker a person, no title needed', () => {
      namedBy('Statement of Tavita Leaupepe-Moss before the Harbour Committee\n\nThank you all for coming.', 'Tavita Leaupepe-Moss', 'person', 'entity:address-by');
    });

    it('reads no speaker in a sentence that goes on after the name ("Remarks by Harbour Forum members were brief.")', () => {
      const text = 'Remarks by Harbour Forum members were brief.\n\nThe forum closed.';
      assert.ok(!findEntities(text, []).some((e) => e.why.some((r) => r.rule === 'entity:address-by')), typed(text).join(', '));
    });
  });

  describe('entity:column-agent — a place\'s name under a header for who acts is a body', () => {
    const table = (header: string) =>
      `Grants went to ports in 2024.\n\n| Port area | ${header} | Awards |\n|---|---|---|\n| Port of Tacoma | City of Tacoma | 12.5 |\n| Port of Everett | Port Everett | 8.1 |\n`;
    const entity = (text: string, name: string) => analyse(text, { format: 'markdown' }).entities.find((e) => e.name === name);

    it('types "City of Tacoma" in a "Lead applicant" column an organisation, with the rule and the header in its why', () => {
      const city = entity(table('Lead applicant'), 'City of Tacoma');
      assert.equal(city?.type, 'organization');
      assert.ok(city.why.some((r) => r.rule === 'entity:column-agent' && r.words === 'Lead applicant'), JSON.stringify(city.why));
    });

    it('leaves the names of a column headed by no agent as they were ("Port area", "Region")', () => {
      const city = entity(table('Region'), 'City of Tacoma');
      assert.ok(!city || !city.why.some((r) => r.rule === 'entity:column-agent'), JSON.stringify(city?.why));
    });
  });
});
