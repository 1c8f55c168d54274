import { strict as assert } from 'node:assert';
import { readFixture } from './furniture-helpers';

/**
 * Near misses of session 16's furniture (issue #13, a reviewer's probes, fixC16):
 * lines shaped like a form's fields, a key-figure tile, a credit, an attribution,
 * a bracketed insertion, a numbered heading or a page's mark that argue, and so
 * stay claims; and the few lines that are furniture beside them. The fixtures are
 * written here (test/fixtures/furniture-near).
 */

const FIXTURES = 'test/fixtures/furniture-near';

const read = (name: string) => readFixture(FIXTURES, name);

/** `words` open a claim of their own (its whole text when `whole`), and no notice covers them. */
function expectClaim(name: string, words: string, whole = false): void {
  const r = read(name);
  assert.ok(r.claims.some((c) => (whole ? c === words : c.startsWith(words))), `"${words}" should open a claim; claims: ${JSON.stringify(r.claims)}`);
  assert.ok(!r.notices.some(([, text]) => text.includes(words)), `"${words}" is no notice: ${JSON.stringify(r.notices)}`);
}

function expectNotice(name: string, rule: string, words: string): void {
  const r = read(name);
  assert.ok(r.notices.some(([id, text]) => id === rule && text.startsWith(words)), `${rule} should cover "${words}"; found ${JSON.stringify(r.notices)}`);
}

describe('Notices: near misses that argue stay claims', () => {
  it('notice:header-field and notice:field-block leave a decision memo’s argued fields and judgment lines', () => {
    for (const words of [
      'ISSUE: Whether the board should ask the ministry',
      'ASSESSMENT: A write-off would reward',
      'RISK: The operators will pass the charge on',
    ]) expectClaim('decision-memo.txt', words);
    assert.ok(read('decision-memo.txt').claims.some((c) => c.includes('RECOMMENDATION: That you back the charge')), JSON.stringify(read('decision-memo.txt').claims));
    // A header's own label (closed list) stays furniture.
    expectNotice('decision-memo.txt', 'notice:header-field', 'FROM: Office of Port Strategy');
    // 'Label: value' lines with no full stop whose values argue.
    assert.ok(read('harbour-review.md').claims.some((c) => c.startsWith('Verdict: the levy will not survive')), JSON.stringify(read('harbour-review.md').claims));
    assert.ok(!read('harbour-review.md').notices.some(([id]) => id === 'notice:field-block'));
  });

  it('notice:production-credit leaves an argued sentence that opens with a participle', () => {
    expectClaim('harbour-review.md', 'Published by the port authority in 2024, the audit found');
    expectClaim('channel-notes.txt', 'Prepared by the Treasury, the plan would halve');
  });

  it('notice:key-figure leaves bullets and figure lines whose label holds a clause', () => {
    expectClaim('harbour-review.md', '€2 billion — the dredging bill the board cannot meet');
    expectClaim('harbour-review.md', '60% — the share of berths that will stand empty');
    expectClaim('channel-notes.txt', '1.4 million tonnes more would go to rival ports');
  });

  it('A line notice between a title line and prose (the page-break join) leaves the title a block of its own', () => {
    assert.ok(read('channel-notes.txt').sections.includes('Silting in the northern channel'), JSON.stringify(read('channel-notes.txt').sections));
    expectClaim('channel-notes.txt', 'The channel silted up twice last winter.', true);
    expectClaim('channel-notes.txt', 'Dues fell for the second year running.', true);
  });

  it('notice:attribution leaves a dash-led line of reported speech', () => {
    expectClaim('channel-notes.txt', '— Ilse Moreau, Harbour Master, said the dredging had failed');
  });

  it('paragraph:number-label: a numbered line running on in lower case is no heading', () => {
    const notes = read('channel-notes.txt');
    assert.ok(!notes.sections.some((s) => s.startsWith('4.2')), JSON.stringify(notes.sections));
    expectClaim('channel-notes.txt', 'The Treasurer said that the reserve would be spent by the end of the year.', true);
    assert.ok(notes.sections.includes('4. Finance'), JSON.stringify(notes.sections));
  });

  it('notice:bracketed-tail leaves a full sentence of argument in brackets', () => {
    expectClaim('channel-notes.txt', "[The auditor's view is that the accounts should be restated.]");
  });

  it('notice:book-imprint leaves a paragraph of argument that cites pages and the ISBN', () => {
    expectClaim('harbour-review.md', 'Moreau argues that the levy was doomed');
    expectNotice('harbour-review.md', 'notice:book-imprint', '*Tides and Tolls*, by Ilse Moreau.');
  });

  it('notice:author-line and notice:page-number: a reviewer’s line and a marked page’s mark head no section', () => {
    expectNotice('harbour-review.md', 'notice:author-line', 'Reviewed by Orla Quennell');
    expectNotice('harbour-review.md', 'notice:page-number', '## Page 9');
    assert.deepEqual(read('harbour-review.md').sections, ['The harbour after the levy']);
  });
});
