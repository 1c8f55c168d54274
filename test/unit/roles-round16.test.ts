import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { linksIn, roleIn } from './roles-helpers';

/**
 * Role classes of session 16 (issue #12), read first on the six newest
 * development documents (board minutes, a court's press summary, a statistics
 * bulletin, an election observation statement, a book review) and checked on
 * the others. The fixtures (test/fixtures/roles-proceedings) are our own:
 * minutes of a harbour trust, a tribunal's summary of a ruling, a freight-rate
 * note with its method section, a review that ends on a verdict.
 */

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'roles-proceedings');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const MINUTES = fixture('harbour-board-minutes.txt');
const RULING = fixture('tribunal-summary.md');
const NOTE = fixture('freight-index-note.md');
const REVIEW = fixture('review-verdict.md');

/** The role and rule of the claim holding `words` in a fixture. */
const roleOf = (text: string, words: string, format: 'plain' | 'markdown') => roleIn(text, words, format);

describe('Roles of session 16 (the six newest documents first)', () => {
  it('Reads the proceedings the minutes or a summary record as statements (role:meeting-procedure)', () => {
    for (const words of ['The Chair opened the meeting', 'declared an interest in item 3', 'The minutes of the 51st meeting', 'Ms Aldous left the room', 'There being no further business']) {
      assert.deepEqual(roleOf(MINUTES, words, 'plain'), { role: 'statement', rule: 'role:meeting-procedure' }, words);
    }
    assert.deepEqual(roleOf(RULING, 'gives the lead judgment', 'markdown'), { role: 'statement', rule: 'role:meeting-procedure' });
  });

  it('Leaves a report that cites the minutes of another body to the other rules (near-miss of role:meeting-procedure)', () => {
    const text = 'Rates stayed high through the summer. According to the minutes of the central bank\'s June meeting, two members saw inflation rising. Markets were unmoved.';
    assert.notEqual(roleIn(text, 'According to the minutes').rule, 'role:meeting-procedure');
  });

  it("Reads the deciding body's own decision as what the item comes to (role:body-decides)", () => {
    assert.deepEqual(roleOf(MINUTES, 'The Board approved the dredging contract', 'plain'), { role: 'conclusion', rule: 'role:body-decided' });
    assert.deepEqual(roleOf(RULING, 'The Tribunal unanimously dismisses the appeal', 'markdown'), { role: 'conclusion', rule: 'role:body-decides' });
    assert.deepEqual(roleOf(RULING, 'The Tribunal rejects that argument', 'markdown'), { role: 'conclusion', rule: 'role:body-decides' });
    assert.deepEqual(roleOf(RULING, 'The Tribunal finds that the cranes', 'markdown'), { role: 'conclusion', rule: 'role:body-decides' });
  });

  it('Links the grounds after a decision in its paragraph to the decision (support:grounds-of-decision)', () => {
    const { claims, at, rule } = linksIn(RULING, 'markdown');
    const decision = at('The Tribunal rejects that argument');
    const grounds = at('The lease allowed either side');
    assert.ok(decision >= 0 && grounds > decision);
    assert.ok(claims[grounds].supports.includes(decision));
    assert.equal(rule(grounds), 'support:grounds-of-decision');
  });

  it('Leaves a decision told by its date, and a body named at more length, to the other rules (near-miss of role:body-decides)', () => {
    const text = 'The port authority ended the lease early. The Court of Appeal (three judges) dismissed the claim. The Board approved the lease in March 2019. Tonnage fell.';
    assert.notEqual(roleIn(text, 'The Court of Appeal').rule, 'role:body-decides');
    assert.notEqual(roleIn(text, 'The Board approved the lease').rule, 'role:body-decides');
    assert.notEqual(roleIn(text, 'The Board approved the lease').rule, 'role:body-decided');
  });

  it('Reads a doubt raised against a proposal as the other side, even with a "should" (role:questioned-whether)', () => {
    assert.deepEqual(roleOf(MINUTES, 'Mr Penrose questioned whether', 'plain'), { role: 'contrast', rule: 'role:questioned-whether' });
  });

  it("Reads what someone else will do to report, present or meet as procedure (role:procedural-plan), and the writer's own 'we will report' as a pledge", () => {
    assert.deepEqual(roleOf(MINUTES, 'The Harbour Master will present a timetable', 'plain'), { role: 'statement', rule: 'role:procedural-plan' });
    assert.deepEqual(roleOf(MINUTES, 'The Treasurer will represent the Trust', 'plain'), { role: 'statement', rule: 'role:procedural-plan' });
    const pledge = 'Ports are crowded. We will report to the Assembly on progress each year from 2027. Crews train in the spring.';
    assert.notEqual(roleIn(pledge, 'We will report').rule, 'role:procedural-plan');
  });

  it("Leaves 'will represent a burden' to the other rules (near-miss of role:procedural-plan: a plain verb, not standing in for a body)", () => {
    const text = 'Exporters face a hard year. Higher duties will represent a heavy cost for small firms for years. Some will close.';
    assert.notEqual(roleIn(text, 'will represent a heavy cost').rule, 'role:procedural-plan');
  });

  it('Reads a section about how the figures were made as statements (role:about-section), and the same sentences elsewhere by the other rules', () => {
    for (const words of ['Rates are collected each week', 'The index weights each route', 'Figures for March are provisional']) {
      assert.deepEqual(roleOf(NOTE, words, 'markdown'), { role: 'statement', rule: 'role:about-section' }, words);
    }
    const elsewhere = NOTE.replace('## Data and method', '## Rates by route');
    assert.notEqual(roleIn(elsewhere, 'Figures for March are provisional', 'markdown').rule, 'role:about-section');
    // Near-misses: a heading that opens with "Methods" or "Revisions" but is about the subject, not the document.
    for (const heading of ['## 1. Methods of pressure', '## Revisions to the debt brake']) {
      assert.notEqual(roleIn(NOTE.replace('## Data and method', heading), 'Figures for March are provisional', 'markdown').rule, 'role:about-section', heading);
    }
  });

  it("Reads a review's verdict section as what it concludes (conclusionHeadings 'verdict', role:concluding-section)", () => {
    assert.deepEqual(roleOf(REVIEW, 'Its remedy is less convincing', 'markdown'), { role: 'conclusion', rule: 'role:concluding-section' });
    const elsewhere = REVIEW.replace('## Verdict', '## Style');
    assert.notEqual(roleIn(elsewhere, 'Its remedy is less convincing', 'markdown').rule, 'role:concluding-section');
  });
});
