import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { linksIn, roleIn } from './roles-helpers';

/**
 * Role classes of session 19 (issue #12), read first on session 18's six
 * (a parliamentary resolution, a roundtable summary) and checked on the other
 * development documents (a Security Council resolution, a workshop summary).
 * The fixtures (test/fixtures/roles-meetings) are our own: a regional
 * assembly's resolution on a bridge loan, a lake compact council's resolution,
 * a roundtable summary on freshwater security and a news report of a meeting.
 */

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'roles-meetings');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe("Roles of session 19: a resolution's operative clauses and its closing formula", () => {
  const ASSEMBLY = fixture('harbour-council-resolution.md');
  const COUNCIL = fixture('council-security-resolution.txt');

  it("Reads an operative clause ('Calls on …', 'Urges …', 'Invites …', 'Requests …', 'Approves …') as a thesis, whatever date or figure it holds (role:operative-clause)", () => {
    for (const words of ['Approves the conclusion of the loan agreement', 'Calls on the Executive to sign the guarantee schedule before 30 June 2027', 'Urges the Executive to publish the toll schedule', 'Invites the Executive to seek a further EUR 35 million', 'Requests the Court of Auditors to review']) {
      assert.deepEqual(roleIn(ASSEMBLY, words, 'markdown'), { role: 'thesis', rule: 'role:operative-clause' }, words);
    }
    for (const words of ['Decides that the strategic priorities', 'Encourages the riparian states to deploy at least 400', 'Demands that all armed groups withdraw', 'Requests the Secretary of the Compact to report']) {
      assert.deepEqual(roleIn(COUNCIL, words), { role: 'thesis', rule: 'role:operative-clause' }, words);
    }
  });

  it("Reads the closing formula ('Instructs its President to forward this resolution …', 'Decides to remain actively seized of the matter') as a statement (role:resolution-formula)", () => {
    assert.deepEqual(roleIn(ASSEMBLY, 'Instructs its President to forward this resolution', 'markdown'), { role: 'statement', rule: 'role:resolution-formula' });
    const seized = 'The Council,\n\n1. Decides to extend the mission until 1 May 2028;\n\n2. Decides to remain actively seized of the matter.';
    assert.deepEqual(roleIn(seized, 'Decides to remain actively seized'), { role: 'statement', rule: 'role:resolution-formula' });
    assert.deepEqual(roleIn(seized, 'Decides to extend the mission'), { role: 'thesis', rule: 'role:operative-clause' });
  });

  it("Leaves a noun that looks like the verb ('Requests and complaints … may be sent'), a preambular clause and a verb inside a paragraph to the other rules (near-misses of role:operative-clause)", () => {
    assert.notEqual(roleIn(COUNCIL, 'Requests and complaints from barge owners').rule, 'role:operative-clause');
    assert.notEqual(roleIn(COUNCIL, 'Noting with concern that attacks on barges').rule, 'role:operative-clause');
    const news = 'The assembly met on Monday. Urges to cut the toll were ignored. Approves of the plan were few, the chair said.';
    assert.notEqual(roleIn(news, 'Urges to cut the toll').rule, 'role:operative-clause');
  });
});

describe("Roles of session 19: a resolution's operative clauses, narrowed", () => {
  it("Leaves a plural noun before a preposition ('Demands on the wards rose …', 'Stresses on the crews were …') to the other rules, in a bulleted briefing too (near-misses of role:operative-clause)", () => {
    const briefing = '# Winter pressures\n\n- Demands on the wards rose by 9% in January.\n- Stresses on the crews were greatest in the valleys.\n- Recommends that boards open spare beds early.';
    assert.notEqual(roleIn(briefing, 'Demands on the wards', 'markdown').rule, 'role:operative-clause');
    assert.notEqual(roleIn(briefing, 'Stresses on the crews', 'markdown').rule, 'role:operative-clause');
  });

  it("Reads a procedural decision ('Decides to defer …', 'Decides to include in the provisional agenda …') as a statement (role:resolution-formula), and 'Welcomes', 'Emphasizes', 'Instructs the committee …' as operative clauses (role:operative-clause)", () => {
    const assembly = 'The General Assembly,\n\n1. Welcomes the grants of 40 million dollars pledged in 2026;\n\n2. Emphasizes the need to train 900 inspectors by 2028;\n\n3. Instructs the Board of Auditors to report back by March 2027;\n\n4. Decides to defer the question of arrears to its next session;\n\n5. Decides to include in the provisional agenda of its next session the item on fisheries.';
    for (const words of ['Welcomes the grants', 'Emphasizes the need', 'Instructs the Board of Auditors']) {
      assert.deepEqual(roleIn(assembly, words), { role: 'thesis', rule: 'role:operative-clause' }, words);
    }
    for (const words of ['Decides to defer the question', 'Decides to include in the provisional agenda']) {
      assert.deepEqual(roleIn(assembly, words), { role: 'statement', rule: 'role:resolution-formula' }, words);
    }
  });
});

describe("Roles of session 19: a meeting summary's participants putting views forward", () => {
  const SUMMARY = fixture('lakes-roundtable-summary.md');
  const NEWS = fixture('lakes-news-report.txt');

  it("Reads 'Several participants argued that …', 'Most participants felt that …', 'A number of attendees insisted that …' as theses (role:participants-argue)", () => {
    for (const words of ['Several participants argued that falling levels', 'Most participants felt that the upstream states', 'A number of attendees insisted that a joint fund', 'Some speakers maintained that outside lenders']) {
      assert.deepEqual(roleIn(SUMMARY, words, 'markdown'), { role: 'thesis', rule: 'role:participants-argue' }, words);
    }
  });

  it("Leaves what a participant noted, estimated or said, and the others' answer, to the other rules (near-misses of role:participants-argue)", () => {
    assert.equal(roleIn(SUMMARY, 'One participant noted that the lake at Orsa', 'markdown').role, 'evidence');
    assert.equal(roleIn(SUMMARY, 'One speaker estimated that dredging', 'markdown').role, 'evidence');
    assert.equal(roleIn(SUMMARY, 'One participant said that a new loan', 'markdown').role, 'evidence');
    assert.deepEqual(roleIn(SUMMARY, 'Others cautioned that the figures for 2026', 'markdown'), { role: 'contrast', rule: 'role:other-view' });
    const answer = 'Most participants felt that the fund was too small. Other participants argued that it was large enough.';
    assert.notEqual(roleIn(answer, 'Other participants argued that').rule, 'role:participants-argue');
  });

  it("Leaves a view told under an attribution ('…, a delegate told the press') and a measurement stressed ('Speakers stressed that take-up was 48%') to the other rules (near-misses of role:participants-argue)", () => {
    const report = 'Several participants argued that the quota was unfair, one official told the press.\n\nSpeakers stressed that arrivals were 27 per cent lower than in 2024.\n\nSome speakers maintained that the levy was too low; others maintained that it would cost 90 jobs.';
    assert.notEqual(roleIn(report, 'Several participants argued that the quota').rule, 'role:participants-argue');
    assert.equal(roleIn(report, 'Speakers stressed that arrivals').role, 'evidence');
    assert.deepEqual(roleIn(report, 'Some speakers maintained that the levy'), { role: 'thesis', rule: 'role:participants-argue' });
  });

  it("Leaves named speakers and participants arguing over something in a news report to the other rules (near-misses of role:participants-argue)", () => {
    assert.equal(roleIn(NEWS, 'Several ministers argued on Tuesday').role, 'evidence');
    assert.notEqual(roleIn(NEWS, 'Participants argued over the bill').rule, 'role:participants-argue');
  });
});

describe('Roles of session 19: a debate told by its topic', () => {
  const SUMMARY = fixture('lakes-roundtable-summary.md');
  const ENTRY = fixture('orsa-lake-entry.txt');

  it("Reads 'Participants disagreed about …', '… drew mixed views' and 'the states have disagreed over whether …' as statements (role:debate-topic)", () => {
    assert.deepEqual(roleIn(SUMMARY, 'Participants disagreed about what the 1961 lake treaty', 'markdown'), { role: 'statement', rule: 'role:debate-topic' });
    assert.deepEqual(roleIn(SUMMARY, 'The question of compensation drew mixed views', 'markdown'), { role: 'statement', rule: 'role:debate-topic' });
    assert.deepEqual(roleIn(ENTRY, 'the states have disagreed over whether the lake treaty'), { role: 'statement', rule: 'role:debate-topic' });
  });

  it("Leaves a debate the sentence goes on to take a side in ('…, but the data are clear: it would', '…; the board is right', '…, but the council must …') to the other rules, and the debated question's own 'should' a topic (near-misses of role:debate-topic)", () => {
    const sided = 'Planners are divided on whether a congestion charge would thin the traffic, but the record of other cities is clear: it would.\n\nThe tender drew mixed views from councillors, but the council must award it before the spring.\n\nThe board and the union disagree over the rota; the board is right.\n\nWhether the charge should fund buses was the most contentious question at the hearing.';
    for (const words of ['Planners are divided on whether', 'The tender drew mixed views', 'The board and the union disagree']) {
      assert.notEqual(roleIn(sided, words).rule, 'role:debate-topic', words);
      assert.notEqual(roleIn(sided, words).role, 'statement', words);
    }
    assert.deepEqual(roleIn(sided, 'Whether the charge should fund buses'), { role: 'statement', rule: 'role:debate-topic' });
  });

  it("Leaves a side that disagrees with the view before it ('… disagreed, saying that …') a contrast (near-miss of role:debate-topic)", () => {
    assert.deepEqual(roleIn(SUMMARY, 'A delegate from the upstream side disagreed, saying', 'markdown'), { role: 'contrast', rule: 'role:dissent' });
  });
});

describe("Roles of session 19: a 'nonetheless' that brings a figure", () => {
  const COLUMN = fixture('ferry-subsidy-commentary.txt');

  it("Reads 'Even so, the subsidy cost 14 million pounds …' and '… would nevertheless raise fares by 12 per cent' as evidence (role:reasserted-figure)", () => {
    assert.deepEqual(roleIn(COLUMN, 'Even so, the subsidy cost 14 million pounds'), { role: 'evidence', rule: 'role:reasserted-figure' });
    assert.deepEqual(roleIn(COLUMN, 'A fare cap would nevertheless raise fares by 12 per cent'), { role: 'evidence', rule: 'role:reasserted-figure' });
  });

  it("Leaves a 'nonetheless' without a figure the writer's line held again (near-miss of role:reasserted-figure)", () => {
    assert.deepEqual(roleIn(COLUMN, "The ferry nonetheless remains the island's only link"), { role: 'thesis', rule: 'role:reasserts' });
  });

  it("Leaves a 'nonetheless' the writer asserts with a figure ('should', 'must', 'we believe') a thesis, linked to no support of what it grants (near-misses of role:reasserted-figure and role:measured-contrast-opening)", () => {
    const granted = 'The toll has hurt the hauliers on the coast road. Even so, the council should keep it at 4 per cent, because it pays for the bridge.\n\nThe levy on moorings is unpopular. We nonetheless believe a rise of 8 per cent is the fair step.\n\nThe harbour lost money last year. Nonetheless, the board must cut its fees by 10 per cent.';
    assert.deepEqual(roleIn(granted, 'Even so, the council should keep it'), { role: 'thesis', rule: 'role:reasserts' });
    assert.deepEqual(roleIn(granted, 'We nonetheless believe a rise'), { role: 'thesis', rule: 'role:reasserts' });
    assert.notEqual(roleIn(granted, 'Nonetheless, the board must cut').rule, 'role:measured-contrast-opening');
    const { claims, at } = linksIn(granted);
    assert.deepEqual(claims[at('Even so, the council should keep it')].supports, []);
    assert.deepEqual(claims[at('We nonetheless believe a rise')].supports, []);
  });
});
