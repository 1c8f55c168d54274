import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { fieldLine } from '../../src/core/parse/fields';
import { notices, claimTexts, BODY } from './furniture-helpers';

/**
 * notice:field-line — a record's fields on lines of their own ('Asked by: …',
 * 'Answered by: …', 'PRESS OFFICER: …', 'Ref: 20417-003') say who asked,
 * answered or printed the text: neither headings nor claims. With them out of
 * the outline, written answers read as the printed page sets them: a
 * department's heading in capitals over the topics of its questions.
 */

/** Written answers as text taken from a PDF: two departments, three questions, each with its fields. */
const ANSWERS = [
  'Written Answers to Questions',
  '',
  'PORTS AND SHIPPING',
  '',
  'Harbours: Berth Fees',
  '',
  'Asked by: Ann Reyes (Portside North) (Lab)                          UIN 40211',
  '',
  'To ask the Secretary of State for Ports and Shipping, what assessment she has',
  'made of the effect of the new berth fees on coastal freight operators.',
  '',
  'Answered by: Tom Hale, Minister of State for Maritime Affairs',
  '',
  'The berth fees rose by 12 percent in April and will rise again next year. The',
  'Department expects coastal freight to grow despite them, because the fees fund',
  'the dredging that lets larger vessels call at the smaller harbours.',
  '',
  'Date answered: 3 March 2027',
  '',
  'Ferries: Crew Training',
  '',
  'Asked by: Dr Owen Marsh (Kessel Bay) (Con)                          UIN 40276',
  '',
  'To ask the Secretary of State for Ports and Shipping, how many ferry crew',
  'completed the new safety course in the last year.',
  '',
  'Answered by: Tom Hale, Minister of State for Maritime Affairs',
  '',
  'In the last year 1,420 ferry crew completed the course, against a target of',
  '1,600. The shortfall reflects the late opening of the training centre at Kessel.',
  '',
  'Date answered: 4 March 2027',
  '',
  'TREASURY',
  '',
  'Harbour Bonds: Interest',
  '',
  'Asked by: Sir Paul Gantry (Westwater) (LD)                          UIN 40302',
  '',
  'To ask the Chancellor of the Exchequer, what interest the harbour bonds issued',
  'in 2025 will pay over their term.',
  '',
  'Answered by: Ruth Kell, Economic Secretary to the Treasury',
  '',
  'The harbour bonds pay a fixed coupon of 4.2 percent a year for ten years. The',
  'Treasury does not plan to issue more of them before the next spending review.',
  '',
  'Date answered: 2 March 2027',
].join('\n');

describe('Field lines of a record (notice:field-line)', () => {
  it('reads who asked and who answered a written question as notices, neither sections nor claims', () => {
    const found = notices(ANSWERS, 'answers.txt');
    for (const line of ['Asked by: Ann Reyes (Portside North) (Lab) UIN 40211', 'Asked by: Sir Paul Gantry (Westwater) (LD) UIN 40302', 'Answered by: Ruth Kell, Economic Secretary to the Treasury'])
      assert.ok(found.some(([r, w]) => r === 'notice:field-line' && w === line), `"${line}" should be a field line; found ${JSON.stringify(found)}`);
    const titles = analyse(ANSWERS, { hint: 'answers.txt' }).sections.map((s) => s.title);
    assert.ok(!titles.some((t) => t.startsWith('Asked by') || t.startsWith('Answered by')), `no field line heads a section: ${JSON.stringify(titles)}`);
    assert.ok(!claimTexts(ANSWERS, 'answers.txt').some((c) => c.includes('Answered by')));
  });

  it('outlines the departments in capitals over the topics of their questions, the field lines between a topic and its question aside', () => {
    const a = analyse(ANSWERS, { hint: 'answers.txt' });
    const outline = a.sections.map((s) => [s.title, s.parent === null ? null : a.sections[s.parent].title]);
    assert.deepEqual(outline, [
      ['Written Answers to Questions', null],
      ['PORTS AND SHIPPING', 'Written Answers to Questions'],
      ['Harbours: Berth Fees', 'PORTS AND SHIPPING'],
      ['Ferries: Crew Training', 'PORTS AND SHIPPING'],
      ['TREASURY', 'Written Answers to Questions'],
      ['Harbour Bonds: Interest', 'TREASURY'],
    ]);
  });

  it('reads a press officer, a sponsor and a reference number on lines of their own as field lines', () => {
    assert.ok(fieldLine('PRESS OFFICER: Ann Reyes'));
    assert.ok(fieldLine('Sponsor: Sen. Ann Reyes (D-OR)'));
    assert.ok(fieldLine('Prepared by: The Harbour Policy Unit'));
    assert.ok(fieldLine('Print Ref: 20417-003'));
    const text = `# Harbour Bonds\n\n${BODY.join(' ')}\n\nPRESS OFFICER: Ann Reyes\n\nPrint Ref: 20417-003\n`;
    for (const line of ['PRESS OFFICER: Ann Reyes', 'Print Ref: 20417-003']) assert.ok(notices(text, 'a.md').some(([r, w]) => r === 'notice:field-line' && w === line), line);
  });

  it('keeps a heading with a topic after its colon, and a speaker’s turn, out of the field lines', () => {
    // A title in title case names a topic, not a field; a topic is no person and no number.
    assert.ok(!fieldLine('Harbour Bonds: Interest'));
    assert.ok(!fieldLine('Ferries: Crew Training'));
    assert.ok(!fieldLine('Port Authority: Tom Hale'));
    assert.ok(!fieldLine('Chapter 3: Harbours and the Sea'));
    // A turn of a debate ends a sentence; a caption names its figure with more than a number.
    assert.ok(!fieldLine('Dr Marsh: I give way to the hon. Lady.'));
    assert.ok(!fieldLine('Figure 2: Berth fees, 2020-2026'));
    const text = ['Harbours and the Sea', '', 'Berth Fees: The Case for Change', '', BODY.join(' '), '', 'Ferries: Crew Training', '', BODY[1]].join('\n');
    assert.deepEqual(analyse(text, { hint: 'a.txt' }).sections.map((s) => s.title), ['Harbours and the Sea', 'Berth Fees: The Case for Change', 'Ferries: Crew Training']);
  });
});

describe('The width lines are wrapped at (heading:wrapped-line)', () => {
  it('reads a prose line that ends on a capitalised name, the next word too long to fit after it, as part of its paragraph, though lines set apart run longer', () => {
    const text = [
      'Harbour Safety',
      '',
      'Prepared for the Joint Committee on Ports, Harbours and Coastal Infrastructure Works',
      '',
      'Recent incidents',
      '',
      'Incidents in the harbours have risen for three years, and the ministry says',
      'that most of them were near misses rather than collisions between vessels.',
      'The Harbour Safety Board (HSB), an agency of the Maritime Department',
      'Administration, counted 412 incidents in 2026, of which 38 were judged to',
      'be serious. The board says that the busiest harbours need new radar masts.',
      '',
      'What the board proposes',
      '',
      'The board proposes that every harbour with more than fifty calls a week',
      'should install radar by the end of 2028 and report its incidents monthly.',
    ].join('\n');
    const a = analyse(text, { hint: 'a.txt' });
    assert.ok(!a.sections.some((s) => s.title.startsWith('The Harbour Safety Board')), JSON.stringify(a.sections.map((s) => s.title)));
    assert.ok(claimTexts(text, 'a.txt').some((c) => c.startsWith('The Harbour Safety Board (HSB), an agency of the Maritime Department Administration, counted 412')));
  });
});
