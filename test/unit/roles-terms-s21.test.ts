import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { roleIn } from './roles-helpers';

/**
 * Session 21's role class (issue #12): a document that itself lays down terms — a bill under its enacting
 * formula, a funder's call for proposals, a call for tenders — states what a party must or may do, with the
 * amounts, shares and dates that are part of the term; a reader takes these as statements, not as data
 * offered in support (seen on the development set's bill text and grant call, and the tender notices).
 * The fixtures (test/fixtures/roles-terms-s21) are our own: a harbour dues bill, a fellowship call, and a
 * port report whose "must" and "may" are no terms (the near miss). And the operative paragraphs of the
 * conclusions of the Council of the EU ('The Council CALLS ON …', 'It INVITES …'): what the Council puts
 * forward (role:council-operative), read on our own conclusions on ferry links and a news item (the near miss).
 */

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'roles-terms-s21');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const TERM = { role: 'statement', rule: 'role:laid-down-term' };

describe('Roles of session 21: the terms an enacting text or a call lays down (role:laid-down-term)', () => {
  const BILL = fixture('harbour-dues-bill.txt');
  const CALL = fixture('coastal-data-call.md');
  const REPORT = fixture('port-capacity-report.md');

  it("Reads a bill's provisions under its enacting formula as statements, whatever sum, share or date they hold (role:enacting-formula marks the bill)", () => {
    for (const words of ['The Fund must hold not less than £80 million', 'The Minister may pay out of the Fund up to £12 million', 'A harbour authority must not charge dues above 4 per cent', 'commits an offence', 'This Act comes into force on 1 July 2027']) {
      assert.deepEqual(roleIn(BILL, words), TERM, words);
    }
  });

  it("Leaves the bill's explanatory notes, which lay down nothing, to the other rules (near miss)", () => {
    for (const words of ['Ferry fares on the island routes rose', 'Without a cap, operators cut sailings', 'island fares may rise by 12 per cent', 'Storms in May 2024 cancelled 40 sailings', 'Operators may have been warned of the rise']) {
      assert.notEqual(roleIn(BILL, words).rule, 'role:laid-down-term', words);
    }
  });

  it("Reads a call's eligibility and application terms as statements ('invites proposals' marks the call)", () => {
    for (const words of ['Each fellow must hold a doctorate', 'Fellows may request up to £90,000', 'No more than 20 percent of the award may be spent', 'Applicants must send a two-page outline']) {
      assert.deepEqual(roleIn(CALL, words, 'markdown'), TERM, words);
    }
  });

  it("Keeps an epistemic 'may not be' and a 'must' in a relative clause out of the call's terms (near miss)", () => {
    assert.notEqual(roleIn(CALL, 'may not be available when a surge arrives', 'markdown').rule, 'role:laid-down-term');
  });

  it("Does not take a past or relative mention of a call ('The 2021 call for proposals attracted …', 'a paper that invites proposals') for a call: the review's 'must' and 'may' are no terms (near miss, after review)", () => {
    const REVIEW = fixture('dredging-review.md');
    for (const words of ['The Department must publish a dredging plan', 'Maintenance costs may rise to £600 million']) {
      assert.notEqual(roleIn(REVIEW, words, 'markdown').rule, 'role:laid-down-term', words);
    }
  });

  it("Reads a call that 'invites applications' as a call: its eligibility terms are statements (after review)", () => {
    const GRANTS = fixture('lifeboat-grants-call.md');
    for (const words of ['Applicants must be registered charities', 'Each station may request up to £40,000']) {
      assert.deepEqual(roleIn(GRANTS, words, 'markdown'), TERM, words);
    }
  });

  it("Does not take 'The 2025 call for applications was oversubscribed' for a call: the comment's 'must' and 'may' are no terms (near miss, after review)", () => {
    const COMMENT = fixture('lifeboat-grants-comment.md');
    for (const words of ['Stations must compete for a shrinking pot', 'volunteers may give up']) {
      assert.notEqual(roleIn(COMMENT, words, 'markdown').rule, 'role:laid-down-term', words);
    }
  });

  it("Leaves 'must' and 'may' in a report that lays down nothing to the other rules (near miss)", () => {
    for (const words of ['the port must handle 4 million tonnes', 'The quay may also need a second crane']) {
      assert.notEqual(roleIn(REPORT, words, 'markdown').rule, 'role:laid-down-term', words);
    }
  });
});

describe("Roles of session 21: the operative paragraphs of the Council's conclusions (role:council-operative)", () => {
  const CONCLUSIONS = fixture('council-conclusions-ferries.md');
  const NEWS = fixture('ferry-operator-news.md');
  const OPERATIVE = { role: 'thesis', rule: 'role:council-operative' };

  it("Reads what the Council UNDERLINES, CALLS ON, INVITES and ENCOURAGES as theses, even with a date or a count", () => {
    for (const words of ['It CALLS ON the Commission to present, by March 2027', 'It INVITES Member States to report', 'The Council ENCOURAGES Member States']) {
      assert.deepEqual(roleIn(CONCLUSIONS, words, 'markdown'), OPERATIVE, words);
    }
    assert.deepEqual(roleIn(CONCLUSIONS, 'The Council UNDERLINES that a ferry route', 'markdown'), { role: 'thesis', rule: 'role:council-stresses' });
  });

  it('Leaves what the Council UNDERLINES or STRESSES about the past (a year, a growth) to the other rules (near miss, after review)', () => {
    for (const words of ['The Council UNDERLINES the progress made since 2021', 'It STRESSES that ferry traffic to the islands grew']) {
      const { rule } = roleIn(CONCLUSIONS, words, 'markdown');
      assert.ok(rule !== 'role:council-operative' && rule !== 'role:council-stresses', `${words}: ${rule}`);
    }
  });

  it("Leaves 'It encourages', 'It calls on' and a local council's 'requests' and 'calls', verbs not in capitals, to the other rules (near miss, after review)", () => {
    const ESSAY = fixture('council-words-essay.md');
    for (const words of ['It encourages towns to borrow', 'It calls on households', 'The council received requests from nine villages', 'The council took calls on the flooding', 'It also invites residents']) {
      assert.notEqual(roleIn(ESSAY, words, 'markdown').rule, 'role:council-operative', words);
    }
  });

  it('Leaves what the Council only RECALLS or WELCOMES to the other rules: the record it starts from (near miss)', () => {
    for (const words of ['The Council RECALLS that island communities', 'It WELCOMES the 9 ferry service agreements']) {
      assert.notEqual(roleIn(CONCLUSIONS, words, 'markdown').rule, 'role:council-operative', words);
    }
  });

  it("Leaves a news item's 'It invited three operators' and 'The council said' to the other rules (near miss)", () => {
    for (const words of ['It invited three operators to bid', 'The council said the new timetable']) {
      assert.notEqual(roleIn(NEWS, words, 'markdown').rule, 'role:council-operative', words);
    }
  });
});
