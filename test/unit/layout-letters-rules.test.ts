import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { shownText } from '../../src/core/model/shown';
import { notices } from './furniture-helpers';

/**
 * Lettered list items and rule lines of text without markup (PDF text): a
 * reader sees four requests where a memo prints "a) … b) … c) … d) …", and a
 * row of dashes as a line that sets a box off, never as words of the argument.
 */

const read = (text: string) => {
  const a = analyse(text, { format: 'plain' });
  return { claims: a.claims.map((c) => shownText(a.text, a.masked, c)), sections: a.sections.map((s) => s.title) };
};

const OPENING = 'The harbour board met in March to settle the dredging programme for the next two years.';

describe('Lettered items and rule lines of text without markup (rules)', () => {
  it('paragraph:letter-item — items lettered "a)" with only semicolons between them are read one by one, without their letters', () => {
    const text = `Dredging the Northern Channel\n\n${OPENING}\n\n    It is recommended that the board:\n\n    a)  approve the first phase of dredging at a cost of\n        four million pounds;\n    b)  ask the council to share the cost of the second phase; and\n    c)  report to the minister on progress by the end of the year.\n`;
    assert.deepEqual(read(text).claims.slice(-3), [
      'approve the first phase of dredging at a cost of four million pounds;',
      'ask the council to share the cost of the second phase; and',
      'report to the minister on progress by the end of the year.',
    ]);
  });

  it('paragraph:letter-item — "(a)" and "a." letters are items too, the lead-in a line of its own', () => {
    const brackets = `Dredging the Northern Channel\n\n${OPENING}\n\nThe board asks for views on the following:\n\n(a) Whether the channel should be deepened to fourteen metres,\n    as the pilots have asked;\n(b) How the cost should be shared between the ports.\n`;
    assert.deepEqual(read(brackets).claims.slice(-3), [
      'The board asks for views on the following:',
      'Whether the channel should be deepened to fourteen metres, as the pilots have asked;',
      'How the cost should be shared between the ports.',
    ]);
    const dotted = `Dredging the Northern Channel\n\n${OPENING}\n\nThe board will:\na. dredge the northern channel before the winter storms;\nb. publish the survey of the riverbed.\n`;
    assert.deepEqual(read(dotted).claims.slice(-3), ['The board will:', 'dredge the northern channel before the winter storms;', 'publish the survey of the riverbed.']);
  });

  it('paragraph:letter-item — a lone letter, or letters that do not follow each other, stay in the text; capital letters still head sections', () => {
    const lone = `Dredging the Northern Channel\n\n${OPENING}\n\nThe board will:\na. dredge the northern channel before the winter storms.\n`;
    assert.ok(read(lone).claims.some((c) => c.includes('a. dredge')), JSON.stringify(read(lone).claims));
    const skipped = `Dredging the Northern Channel\n\n${OPENING}\n\nThe board will:\na) dredge the channel;\nc) publish the survey.\n`;
    assert.ok(!read(skipped).claims.includes('publish the survey.'), JSON.stringify(read(skipped).claims));
    const headed = `Dredging the Northern Channel\n\nA. Why the Channel Silts\n\n${OPENING}\n\nB. What the Board Proposes\n\n${OPENING.replace('March', 'June')}\n`;
    assert.deepEqual(read(headed).sections.slice(-2), ['A. Why the Channel Silts', 'B. What the Board Proposes']);
  });

  it('paragraph:letter-item — a paragraph or list item opening with a letter is read without it in markdown, its role from its own words', () => {
    const text = `# Dredging the Northern Channel\n\n${OPENING}\n\nThe board should:\n\na)  dredge the channel to twelve metres before the winter;\n\nb)  the tolls and dues charged at the quay;\n\n- (c) publish the pilots' roster every month.\n- **iv.** report to the minister by the end of the year.\n`;
    const a = analyse(text, { format: 'markdown' });
    const shown = a.claims.map((c) => shownText(a.text, a.masked, c));
    assert.deepEqual(shown.slice(-4), [
      'dredge the channel to twelve metres before the winter;',
      'the tolls and dues charged at the quay;',
      "publish the pilots' roster every month.",
      'report to the minister by the end of the year.',
    ]);
    // The item that puts an action forward recommends it; the one that names a thing stays a named item, not an 'a' opening a sentence.
    const role = (words: string) => a.claims.find((c) => text.slice(c.start, c.end).includes(words));
    assert.equal(role('dredge the channel')?.role, 'thesis');
    assert.equal(role('the tolls and dues')?.why.find((r) => r.about === 'role')?.rule, 'role:list-named-item');
  });

  it('paragraph:letter-item — a roman numeral or a bracketed capital opening a paragraph is a marker whatever the lettering; a capital and a full stop are an initial', () => {
    const numeral = read(`Dredging the Northern Channel\n\n${OPENING}\n\niv. dredge the channel to twelve metres before the winter.\n\n(B) The council will share the cost of the second phase.\n`).claims;
    assert.deepEqual(numeral.slice(-2), ['dredge the channel to twelve metres before the winter.', 'The council will share the cost of the second phase.']);
    const initial = read(`Dredging the Northern Channel\n\n${OPENING}\n\nA. Okafor, the port director, said the quay would open in May. Ships wait.\n`).claims;
    assert.ok(initial.some((c) => c.startsWith('A. Okafor, the port director')), JSON.stringify(initial));
    const markdown = analyse(`# Dredging\n\n${OPENING}\n\nA. Okafor, the port director, said the quay would open in May.\n`, { format: 'markdown' });
    assert.ok(markdown.claims.some((c) => shownText(markdown.text, markdown.masked, c).startsWith('A. Okafor')));
  });

  it('paragraph:letter-item — a marker after a paragraph number, or opening a line after a sentence\'s end, is a label too', () => {
    const numbered = read(`Dredging the Northern Channel\n\n${OPENING}\n\n1. (C) The pilots asked for a deeper channel at their meeting in May.\n\nThe board has not yet replied to them.\n`).claims;
    assert.ok(numbered.includes('The pilots asked for a deeper channel at their meeting in May.'), JSON.stringify(numbered));
    assert.ok(!numbered.some((c) => c === '1.' || c.startsWith('(C)')), JSON.stringify(numbered));
    const wrapped = `Dredging the Northern Channel\n\n${OPENING}\n\nThe harbour board met again in June and agreed the first phase of the dredging programme.\n(b) The council will share the cost of the second phase of the dredging work.\n`;
    assert.ok(read(wrapped).claims.includes('The council will share the cost of the second phase of the dredging work.'), JSON.stringify(read(wrapped).claims));
  });

  it('notice:rule-line — a row of dashes or underscores is furniture, and the line under it heads its box', () => {
    const text = `Dredging the Northern Channel\n\n${OPENING}\n\n------------------------------------------------------------\nCase Study: The Southern Berth\n\nThe southern berth silted up twice in one winter and was closed to large ships for a month.\n------------------------------------------------------------\n\nThe board expects the northern channel to need dredging every third year.\n`;
    const found = notices(text, 'a.txt');
    assert.equal(found.filter(([r]) => r === 'notice:rule-line').length, 2, JSON.stringify(found));
    const { claims, sections } = read(text);
    assert.ok(sections.includes('Case Study: The Southern Berth'), JSON.stringify(sections));
    assert.ok(!claims.some((c) => c.includes('---')), JSON.stringify(claims));
    // A dash or two inside a sentence, or a short dash line, is no rule.
    assert.ok(!notices(`Dredging the Northern Channel\n\n${OPENING}\n\n---\n\nThe board expects dredging -- at a cost -- every third year.\n`, 'a.txt').some(([r]) => r === 'notice:rule-line'));
  });

  it('notice:classification — a security marking at the head and foot of the pages is furniture, not the title', () => {
    const page = (n: number, body: string) => `                    OFFICIAL-SENSITIVE\n\n${body}\n\n                    Page ${n} of 2\n                    OFFICIAL-SENSITIVE\n`;
    const text = page(1, `Dredging the Northern Channel\n\n${OPENING}`) + '\f' + page(2, 'The board expects the northern channel to need dredging every third year.');
    const found = notices(text, 'a.txt');
    assert.ok(found.some(([r, w]) => r === 'notice:classification' && w === 'OFFICIAL-SENSITIVE'), JSON.stringify(found));
    const { sections } = read(text);
    assert.ok(!sections.includes('OFFICIAL-SENSITIVE'), JSON.stringify(sections));
    // The word inside a sentence, or a heading that only opens with it, is no marking.
    assert.ok(!notices(`Dredging the Northern Channel\n\n${OPENING}\n\nSecret talks on the channel\n\nThe board kept the talks secret until June.\n`, 'a.txt').some(([r]) => r === 'notice:classification'));
  });
});
