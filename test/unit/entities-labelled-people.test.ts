import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import type { Entity } from '../../src/core/model/model';
import { read } from './entities-helpers';
import { notices, BODY } from './furniture-helpers';

/**
 * People named after a label, and companies known by one word (issue #13, session 12): a record's
 * field line names who asked, answered or is to be called, however often the same person answers;
 * a one-word company is told by what it owns and the deals it is party to.
 */
const shown = (found: readonly Entity[]) => found.map((e) => `${e.name} (${e.type}: ${e.why.map((r) => r.rule).join(' ')})`).join(', ');
const find = (found: readonly Entity[], name: string) => found.find((e) => e.name === name);

/** Written answers where one minister answers four questions: her field line repeats like a running header. */
function answers(): string {
  const lines = ['Written Answers to Questions', '', 'PORTS AND SHIPPING', ''];
  const topics = ['Harbours: Berth Fees', 'Ferries: Crew Training', 'Harbours: Dredging', 'Ferries: Fares'];
  topics.forEach((topic, n) => {
    lines.push(topic, '', `Asked by: Ann Reyes (Portside North) (Lab)                          UIN 4021${n}`, '');
    lines.push(`To ask the Secretary of State for Ports and Shipping, what assessment she has made of ${topic.toLowerCase()}.`, '');
    lines.push('Answered by: Tova Lindqvist-Arne, Minister of State for Maritime Affairs', '');
    lines.push(`The Department keeps ${topic.toLowerCase()} under review and will report to the House by ${2027 + n}. ${BODY[n % BODY.length]}`, '');
    lines.push(`Date answered: ${n + 2} March 2027`, '');
  });
  return lines.join('\n');
}

describe('People named after a label (issue #13, session 12)', () => {
  it('notice:field-line — a field line printed over each answer the same minister gave is a field line, not a running header, and names her', () => {
    const text = answers();
    const rules = notices(text, 'answers.txt').filter(([, w]) => w.startsWith('Answered by'));
    assert.equal(rules.length, 4, JSON.stringify(rules));
    assert.ok(rules.every(([r]) => r === 'notice:field-line'), JSON.stringify(rules));
    // The date line repeats too, and names no one: it stays a running line.
    assert.ok(notices(text, 'answers.txt').some(([r, w]) => r === 'notice:running-line' && w.startsWith('Date answered')));
    const minister = find(analyse(text, { hint: 'answers.txt' }).entities, 'Tova Lindqvist-Arne');
    assert.equal(minister?.type, 'person');
    assert.equal(minister?.mentions.length, 4);
  });

  it('entity:labelled-post — a name after "Media contact:" with a post after its comma is a person, whatever the given name', () => {
    const text = `# Harbour Bonds\n\n${BODY.join(' ')}\n\n**Media contact:** Oskarine Dahlvik, Deputy Spokesperson, Harbour Office, +44 20 7946 0000, press@harbour.example\n`;
    const person = find(analyse(text, { hint: 'a.md' }).entities, 'Oskarine Dahlvik');
    assert.equal(person?.type, 'person');
    assert.ok(person?.why.some((r) => r.rule === 'entity:labelled-post'), shown(analyse(text, { hint: 'a.md' }).entities));
  });

  it('leaves an office after a contact label, with no post after its comma, to its own head', () => {
    const text = `# Harbour Bonds\n\n${BODY.join(' ')}\n\n**Press contact:** Harbour Office, 12 Quay Street, +44 20 7946 0000\n`;
    const found = analyse(text, { hint: 'a.md' }).entities;
    assert.ok(!found.some((e) => e.type === 'person'), shown(found));
  });

  it('reads a sponsor in a block of field lines whole: the block\'s first line is a field, not a title', () => {
    const text = [
      '# A Bill to Fund Harbour Dredging',
      '',
      '**Sponsor:** Sen. Tova Lindqvist (D-OR)',
      '**Introduced:** March 12, 2027',
      '**Latest action:** April 8, 2027 — Ordered to be reported.',
      '',
      BODY.join(' '),
      '',
      'Senator Lindqvist said the dredging could not wait.',
    ].join('\n');
    const found = analyse(text, { hint: 'a.md' }).entities;
    const sponsor = find(found, 'Tova Lindqvist');
    assert.equal(sponsor?.type, 'person', shown(found));
    assert.ok(!found.some((e) => e.name === 'Lindqvist'), shown(found));
  });
});

describe('Companies known by one word (issue #13, session 12)', () => {
  it('entity:company-possessed — a name that owns a plant or has a chief executive is a company, though a place-word stands before it', () => {
    const found = read('New lines opened at Varnholt’s plant in Tornby last year. In May Orvik’s chief executive said the orders would last until 2029.');
    for (const name of ['Varnholt', 'Orvik']) assert.equal(find(found, name)?.type, 'organization', shown(found));
    assert.ok(find(found, 'Varnholt')?.why.some((r) => r.rule === 'entity:company-possessed'));
  });

  it('entity:deal-party — the party to a contract or an agreement is a company, a known state stays a place', () => {
    const found = read(
      'The ministry signed a supply contract worth up to €2 billion with Varnholt in June. ' +
        'The ministers welcomed the agreement between Orvik and Selmagaz on gas storage. ' +
        'The agreement with Poland runs until 2030.',
    );
    for (const name of ['Varnholt', 'Orvik', 'Selmagaz']) assert.equal(find(found, name)?.type, 'organization', shown(found));
    assert.equal(find(found, 'Poland')?.type, 'place', shown(found));
  });

  it('says nothing of a name a deal is not made with, or that owns no plant', () => {
    const found = read('The contract was signed in June. Officials from Varnholt met the minister in Tornby. Tornby’s harbour is busy.');
    assert.ok(!found.some((e) => e.why.some((r) => r.rule === 'entity:deal-party' || r.rule === 'entity:company-possessed')), shown(found));
  });
});
