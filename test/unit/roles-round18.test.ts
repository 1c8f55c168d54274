import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { roleIn } from './roles-helpers';

/**
 * Role classes of session 18 (issue #12), read first on session 17's six
 * (an oral questions record, export licence guidance, a financial stability
 * report, an invitation to tender) and checked on the other development
 * documents. The fixtures (test/fixtures/roles-records) are our own: a record of
 * oral questions on coastal affairs, written answers on ferries, a river
 * authority's review.
 */

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'roles-records');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe('Roles of session 18: parliamentary questions as the record prints them', () => {
  const ORAL = fixture('lighthouse-questions-record.md');
  const WRITTEN = fixture('ferry-written-answers.txt');

  it("Reads an oral question on the order paper, with a full stop and no question mark, as a question (role:tabled-question)", () => {
    for (const words of ['What assessment she has made of the reliability', 'What steps his Department is taking', 'If she will make a statement on her departmental responsibilities']) {
      assert.deepEqual(roleIn(ORAL, words, 'markdown'), { role: 'question', rule: 'role:tabled-question' }, words);
    }
  });

  it("Reads a written question ('To ask the Secretary of State for …, what …') as a question, whatever its figures (role:tabled-question)", () => {
    assert.deepEqual(roleIn(WRITTEN, 'what assessment he has made of the cost'), { role: 'question', rule: 'role:tabled-question' });
    assert.deepEqual(roleIn(WRITTEN, 'how many harbour pilots were licensed'), { role: 'question', rule: 'role:tabled-question' });
  });

  it("Leaves a sentence that opens with 'What' and asserts ('What his successor inherits is …') to the other rules (near-miss of role:tabled-question)", () => {
    const text = 'The minister left office in May. What his successor inherits is a deficit of 4 per cent of output. It will take years to close.';
    assert.notEqual(roleIn(text, 'What his successor inherits').rule, 'role:tabled-question');
    const essay = 'Ports need money. If he will not act, Parliament must. The vote is next week.';
    assert.notEqual(roleIn(essay, 'If he will not act').rule, 'role:tabled-question');
  });

  it("Leaves a commentary's opening free relative ('What plans she has …', 'If he will make a statement …, we …'), with more said in its paragraph, to the other rules (near-miss of role:tabled-question)", () => {
    const column = 'The harbour minister\n\nWhat plans she has drawn up for the harbour will shape the town for a generation. The council has waited two years.\n\nIf he will make a statement next week, the pilots will know where they stand. Until then they wait.';
    assert.notEqual(roleIn(column, 'What plans she has drawn up').rule, 'role:tabled-question');
    assert.notEqual(roleIn(column, 'If he will make a statement next week').rule, 'role:tabled-question');
  });

  it("Leaves 'To ask the <someone> to …' as the subject of a sentence, and the words inside reported speech, to the other rules (near-miss of role:tabled-question)", () => {
    const column = 'Ferry fares\n\nTo ask the ratepayer to cover the ferry losses again is unfair.\n\nTo ask the Secretary of State for Transport for more money is pointless, a councillor said.';
    assert.notEqual(roleIn(column, 'To ask the ratepayer').rule, 'role:tabled-question');
    assert.notEqual(roleIn(column, 'for more money is pointless').rule, 'role:tabled-question');
  });
});

describe("Roles of session 18: what is drawn with 'therefore' inside a sentence", () => {
  const REVIEW = fixture('river-authority-review.txt');
  const ORAL = fixture('lighthouse-questions-record.md');
  const WRITTEN = fixture('ferry-written-answers.txt');

  it("Reads 'has therefore decided', 'therefore plans' and 'For that reason … invites' as conclusions, whatever their dates and figures (role:inferred)", () => {
    assert.deepEqual(roleIn(REVIEW, 'The authority has therefore decided'), { role: 'conclusion', rule: 'role:inferred' });
    assert.deepEqual(roleIn(REVIEW, 'For that reason the authority invites bids'), { role: 'conclusion', rule: 'role:inferred' });
    assert.deepEqual(roleIn(WRITTEN, 'The Department therefore plans to review'), { role: 'conclusion', rule: 'role:inferred' });
  });

  it("Reads an answer's 'That is precisely why …' as a conclusion (role:inferred)", () => {
    assert.deepEqual(roleIn(ORAL, 'That is precisely why the maintenance contract', 'markdown'), { role: 'conclusion', rule: 'role:inferred' });
  });

  it("Leaves 'which is why' (a fact told with its consequence) to the other rules (near-miss of role:inferred)", () => {
    assert.notEqual(roleIn(REVIEW, 'Pumping stations handle about 60 per cent').rule, 'role:inferred');
  });

  it("Leaves a sourced or reported 'therefore' ('…, the statistics office reported', 'Officials claim that … therefore …') to the other rules (near-miss of role:inferred)", () => {
    const text = 'Fares and subsidies\n\nFerry fares rose sharply last year. Fuel costs therefore climbed by 6% in May, the statistics office reported. Officials claim that the levy will therefore fund itself within a decade. The line may close.';
    assert.notEqual(roleIn(text, 'Fuel costs therefore climbed').rule, 'role:inferred');
    assert.notEqual(roleIn(text, 'Officials claim that the levy').rule, 'role:inferred');
  });

  it("Leaves a premise whose second half explains with 'and for that reason' or 'and therefore' to the other rules (near-miss of role:inferred)", () => {
    const text = 'The levy is badly designed. A farm that plants hedges pays more, and for that reason few farms plant them. Councils should change it.';
    assert.notEqual(roleIn(text, 'A farm that plants hedges').rule, 'role:inferred');
  });

  it("Leaves a decision recorded in minutes ('The Committee therefore agreed to …') to the other rules (near-miss of role:inferred)", () => {
    const minutes = 'MINUTES OF THE HARBOUR COMMITTEE\n\nThe Chair opened the meeting at 9.30. The Treasurer reported a shortfall of £40,000. The Committee therefore agreed to postpone the dredging to 2026. There was no further business.';
    assert.notEqual(roleIn(minutes, 'The Committee therefore agreed').rule, 'role:inferred');
  });
});

describe('Roles of session 18: the conditions of a call for tenders', () => {
  const TENDER = fixture('lock-gate-tender.txt');

  it('Reads who is excluded, the language of tenders, the time limit for questions and the release of the documents as the procedure\'s rules (role:tender-condition)', () => {
    for (const words of ['Tenderers will be excluded where', 'Unpaid taxes above EUR 2,000 are a ground for exclusion', 'Tenders may be drawn up in English', 'Clarification questions must be received by 3 March 2027', 'The tender documents will be released']) {
      assert.deepEqual(roleIn(TENDER, words), { role: 'statement', rule: 'role:tender-condition' }, words);
    }
  });

  it("Leaves the object of the call, and a policy of excluding firms argued elsewhere, to the other rules (near-miss of role:tender-condition)", () => {
    assert.notEqual(roleIn(TENDER, 'The old gates leak about 900 cubic metres').rule, 'role:tender-condition');
    const text = 'The network must be trusted. Firms from states that spy on us should be excluded from it. The cost is small.';
    assert.notEqual(roleIn(text, 'should be excluded from it').rule, 'role:tender-condition');
  });

  it("Leaves the words of procurement in a paper that argues about it, not a call for tenders (near-miss of role:tender-condition)", () => {
    const paper = 'Buying for the public\n\nBids must be scored on carbon as well as on cost. The grounds for exclusion leave out firms that dodge tax. Requests for clarification doubled in 2024, the audit office found. Tender documents are too long for small firms to read.';
    for (const words of ['Bids must be scored on carbon', 'The grounds for exclusion leave out', 'Requests for clarification doubled', 'Tender documents are too long']) {
      assert.notEqual(roleIn(paper, words).rule, 'role:tender-condition', words);
    }
  });
});

describe('Roles of session 18: a general case argued from', () => {
  const TOLL = fixture('bridge-toll-commentary.txt');

  it("Reads an indefinite case and what it would do, with no figure, as a reason (role:hypothetical-judgement)", () => {
    assert.deepEqual(roleIn(TOLL, 'A toll that drivers could avoid would empty the bridge'), { role: 'reason', rule: 'role:hypothetical-judgement' });
    assert.deepEqual(roleIn(TOLL, 'A court that struck down the toll lightly'), { role: 'reason', rule: 'role:hypothetical-judgement' });
    const fleet = 'The fleet is old. The navy should buy four frigates. The last ones were sold in 2019. A larger fleet would deter raids. Ships wait.';
    assert.deepEqual(roleIn(fleet, 'would deter'), { role: 'reason', rule: 'role:hypothetical-judgement' });
  });

  it("Leaves a sentence opening with a definite subject to the other rules (near-miss of role:hypothetical-judgement)", () => {
    assert.notEqual(roleIn(TOLL, 'The council should keep the bridge toll').rule, 'role:hypothetical-judgement');
    const text = 'Ports need money. The new quay would help the fishing fleet most. It opens in May.';
    assert.notEqual(roleIn(text, 'The new quay would help').rule, 'role:hypothetical-judgement');
  });

  it("Leaves a 'would' inside a reported question ('A councillor asked whether … would …') or seen from the past ('A generation ago, …') to the other rules (near-miss of role:hypothetical-judgement)", () => {
    const text = 'The bridge toll\n\nThe toll has divided the town. Drivers complain and traders worry. A councillor asked whether the toll would cover the repairs. A generation ago, the thought that drivers would pay to cross seemed absurd. The vote is in June, and it will be close. Therefore the council must decide soon.';
    assert.notEqual(roleIn(text, 'A councillor asked whether').rule, 'role:hypothetical-judgement');
    assert.notEqual(roleIn(text, 'A generation ago').rule, 'role:hypothetical-judgement');
  });
});
