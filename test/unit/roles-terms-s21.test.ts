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
 * port report whose "must" and "may" are no terms (the near miss).
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
    for (const words of ['Ferry fares on the island routes rose', 'Without a cap, operators cut sailings']) {
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

  it("Leaves 'must' and 'may' in a report that lays down nothing to the other rules (near miss)", () => {
    for (const words of ['the port must handle 4 million tonnes', 'The quay may also need a second crane']) {
      assert.notEqual(roleIn(REPORT, words, 'markdown').rule, 'role:laid-down-term', words);
    }
  });
});
