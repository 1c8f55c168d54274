import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';

/**
 * Layout classes found on documents nobody tuned for (issue #13): labels,
 * speaker turns and page furniture that writers of new genres set around their
 * argument. Each test is written from what a reader of such a document expects.
 */

const claimsOf = (text: string, format: 'markdown' | 'plain') => {
  const a = analyse(text, { format });
  return a.claims.map((c) => a.text.slice(c.start, c.end).replace(/\s+/g, ' ').trim());
};
const sectionsOf = (text: string, format: 'markdown' | 'plain') => analyse(text, { format }).sections.map((s) => s.title);

describe('Layout of unseen genres', () => {
  it('heading:list-run-in — a list item\'s bold label names its point: no claim, no section, and the prose after it stays a claim', () => {
    const md = [
      '# Harbour accord signed',
      '',
      'The two governments signed the harbour accord on Monday. Its main terms are these:',
      '',
      '1. **Port fees.** Each side will charge the other\'s ships the fees it charges its own.',
      '2. **Pilots:** Local pilots will guide every foreign tanker through the inner channel.',
      '3. **Spare parts.** Parts brought in for repairs will enter free of duty for 90 days.',
      '',
    ].join('\n');
    const claims = claimsOf(md, 'markdown');
    assert.ok(!claims.some((c) => /^(Port fees|Pilots|Spare parts)/.test(c)), claims.join(' | '));
    assert.ok(claims.includes('Local pilots will guide every foreign tanker through the inner channel.'), claims.join(' | '));
    assert.ok(claims.includes('Parts brought in for repairs will enter free of duty for 90 days.'), claims.join(' | '));
    assert.deepEqual(sectionsOf(md, 'markdown'), ['Harbour accord signed']);
  });

  it('heading:list-run-in — where a label of the list is itself a clause, every label of that list stays a sentence', () => {
    const md = [
      '# What the board should do',
      '',
      'The board can act on three fronts:',
      '',
      '1. **Publish the loan terms.** Lenders and taxpayers alike should see what the port owes.',
      '2. **Hire on merit.** The harbour master should be chosen by open competition.',
      '3. **Cap the fees.** A ceiling set in law would end the yearly dispute over tariffs.',
      '',
    ].join('\n');
    const claims = claimsOf(md, 'markdown');
    for (const label of ['Publish the loan terms.', 'Hire on merit.', 'Cap the fees.']) assert.ok(claims.includes(label), `${label} in ${claims.join(' | ')}`);
  });
});
