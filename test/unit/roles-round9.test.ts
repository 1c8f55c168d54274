import { strict as assert } from 'node:assert';
import { roleIn } from './roles-helpers';

/**
 * Role classes of session 14 (issue #12), read on the six newest documents:
 * a list item or paragraph that opens with a verb telling what to do is a
 * pledge or a recommendation, whatever figure or date it holds and in a
 * document that mostly describes; a sentence that says what the document
 * or a part of it does ('This chapter sets out …', 'This response draws on a
 * survey …') is meta-text, whatever document it names; the items of a list
 * whose lead-in says what it covers or requires ('… must meet these
 * conditions:', 'This includes:') are conditions and cases, not
 * recommendations.
 */
describe('Roles of session 14: pledges written as commands', () => {
  // A programme that mostly describes (few arguing cues), with its pledges as a list of commands.
  const programme =
    'The Harbour Programme\n\n' +
    'The harbour handled 3.2 million tonnes of cargo in 2028. Its two cranes date from 1994. The ferry terminal was rebuilt in 2019 with money from the county.\n\n' +
    'The programme covers the quay, the cranes and the pilots. The county board approved it in March 2029. Pilots are trained at the old school in Kessby.\n\n' +
    '1. Rebuild the northern quay.\n' +
    '2. Raise the number of pilots to 40 by 2031.\n' +
    '3. Keep one tug on call at all times from 2030.\n' +
    '4. Fund managers at the county bank handle the loans.\n\n' +
    'The board meets every month. Its minutes are published online. The harbour master reports to it in person.';
  it('Reads a list item that opens with a command as a pledge put forward, not a description', () => {
    assert.deepEqual(roleIn(programme, 'Rebuild the northern quay'), { role: 'thesis', rule: 'role:imperative-item' });
  });
  it('Reads a command with a figure and a date as a pledge, not as evidence', () => {
    assert.deepEqual(roleIn(programme, 'Raise the number of pilots'), { role: 'thesis', rule: 'role:imperative-item' });
    assert.deepEqual(roleIn(programme, 'Keep one tug on call'), { role: 'thesis', rule: 'role:imperative-item' });
  });
  it('Does not read an item that opens with a noun ("Fund managers") as a command', () => {
    assert.notEqual(roleIn(programme, 'Fund managers at the county bank').rule, 'role:imperative-item');
  });
  it('Does not read a noun that is also a verb ("Pay for …", "Spend on …") opening a report of the past as a command', () => {
    const text = programme.replace('The board meets every month.', 'Pay for harbour pilots rose by 6 per cent in 2028.\n\nSpend on dredging reached 2 million last year.\n\nThe board meets every month.');
    assert.notEqual(roleIn(text, 'Pay for harbour pilots').rule, 'role:imperative-item');
    assert.notEqual(roleIn(text, 'Spend on dredging').rule, 'role:imperative-item');
  });
  it('Does not read a verb joined by a hyphen ("Build-up of …") as a command', () => {
    const text = programme.replace('The board meets every month.', 'Build-up of silt in the channel is the board\'s main cost.\n\nThe board meets every month.');
    assert.notEqual(roleIn(text, 'Build-up of silt').rule, 'role:imperative-item');
  });
  it('Reads a command under a lead-in that lists conditions as a condition, not a pledge', () => {
    const text = programme.replace('1. Rebuild the northern quay.', 'Pilots must meet these conditions:\n\n1. Provide proof of income for 2028.\n2. Rebuild the northern quay.');
    assert.deepEqual(roleIn(text, 'Provide proof of income', 'markdown'), { role: 'statement', rule: 'role:scope-imperative-item' });
  });
  it('Does not read a verb inside a paragraph as a command', () => {
    const text = programme.replace('Its minutes are published online.', 'Keep in mind that its minutes are published online.');
    assert.notEqual(roleIn(text, 'Keep in mind').rule, 'role:imperative-item');
  });
});

describe('Roles of session 14: what the document itself does', () => {
  const response =
    'The Ferry Owners\' Association welcomes the chance to comment on the harbour toll.\n\n' +
    'This response draws on a survey of our members carried out in May 2028. This chapter sets out why the toll should be capped. Ferries call twelve times a day and would pay the toll each time.\n\n' +
    'The toll should be capped at 40 calls a year.';
  it('Reads "This response draws on a survey …" as meta-text, not as a dated event', () => {
    assert.deepEqual(roleIn(response, 'This response draws on'), { role: 'statement', rule: 'role:about-document' });
  });
  it('Reads "This chapter sets out …" as meta-text, not as the recommendation it names', () => {
    assert.deepEqual(roleIn(response, 'This chapter sets out'), { role: 'statement', rule: 'role:about-document' });
  });
  it('Reads a plan a document sets out, naming neither a chapter nor a report, by what it plans', () => {
    const text = response.replace('This chapter sets out why the toll should be capped.', 'This document sets out plans to station 200 wardens on the quay by 2030.');
    assert.notEqual(roleIn(text, 'This document sets out').rule, 'role:about-document');
  });
  it('Does not read a chapter of the past as the document\'s own', () => {
    const text = response.replace('This chapter sets out why the toll should be capped.', 'That chapter of the harbour\'s history sets out why the toll was first raised.');
    assert.notEqual(roleIn(text, 'That chapter of the harbour').rule, 'role:about-document');
  });
});

describe('Roles of session 14: items under a lead-in that says what a list covers or requires', () => {
  const permits =
    'Mooring permits\n\n' +
    'The harbour issues 300 mooring permits a year. Boat owners must meet all of the following conditions:\n\n' +
    '- they live in the county;\n' +
    '- they hold third-party insurance;\n' +
    '- they have paid last year\'s dues.\n\n' +
    'Every berth on the east quay is covered. This includes:\n\n' +
    '- berths let by the month;\n' +
    '- visitors\' berths, which are let by the night.\n\n' +
    'The harbour board should:\n\n' +
    '- publish the waiting list;\n' +
    '- raise the dues by 2030.';
  it('Reads the conditions a lead-in names as conditions, not recommendations', () => {
    assert.deepEqual(roleIn(permits, 'they hold third-party insurance', 'markdown'), { role: 'statement', rule: 'role:scope-item' });
    assert.deepEqual(roleIn(permits, 'Boat owners must meet all', 'markdown'), { role: 'statement', rule: 'role:scope-lead-in' });
  });
  it('Reads what "This includes:" lists as the cases covered', () => {
    assert.deepEqual(roleIn(permits, 'berths let by the month', 'markdown'), { role: 'statement', rule: 'role:scope-item' });
  });
  it('Keeps the items of a lead-in that recommends recommendations', () => {
    assert.deepEqual(roleIn(permits, 'publish the waiting list', 'markdown'), { role: 'thesis', rule: 'role:list-recommendation' });
  });
  it('Does not read a lead-in as a scope when proposals, measures or priorities come anywhere before "include" or "cover"', () => {
    for (const lead of ['Our main proposals for reform include:', 'The measures the board recommends include:', 'The next board\'s priorities for the harbour should cover:']) {
      const text = permits.replace('The harbour board should:', lead);
      assert.notEqual(roleIn(text, 'publish the waiting list', 'markdown').rule, 'role:scope-item', lead);
    }
  });
  it('Does not read a list of recommendations that "include" as a scope', () => {
    const text = permits.replace('The harbour board should:', 'Our recommendations include:');
    assert.notEqual(roleIn(text, 'publish the waiting list', 'markdown').rule, 'role:scope-item');
  });
});
