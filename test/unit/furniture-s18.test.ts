import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { readFixture } from './furniture-helpers';

/**
 * A parliamentary record's own furniture (issue #13, session 18): the clock time printed over the
 * business it opens (notice:clock-time), the column mark of the bound volume (notice:column-number)
 * and the line naming the member who asks a question (notice:question-member, read aside) are no
 * claims and no sections, and the question's heading over them stays a section. The fixtures
 * (test/fixtures/furniture-s18) are written for these tests, near misses included.
 */

const ROOT = join(process.cwd(), 'test', 'fixtures', 'furniture-s18');

const read = (name: string) => readFixture(ROOT, name);

describe('A parliamentary record’s clock times, column marks and question lines (session 18)', () => {
  it('Sets a clock time alone aside, in markdown and in plain text, and keeps a time inside a sentence (notice:clock-time)', () => {
    for (const [name, times] of [['harbour-questions.md', ['10.04 am', '10.11 am']], ['harbour-debate.txt', ['10.15 am', '10.32 am']]] as const) {
      const { notices, claims, figures } = read(name);
      const found = notices.filter(([r]) => r === 'notice:clock-time').map(([, w]) => w.replace(/\*/g, ''));
      assert.deepEqual(found, [...times], `${name}: ${JSON.stringify(notices)}`);
      assert.ok(!claims.some((c) => /^\d{1,2}\.\d{2} [ap]m$/.test(c)), JSON.stringify(claims));
      assert.ok(!figures.some((f) => times.some((t) => t.startsWith(f))), JSON.stringify(figures));
    }
    assert.ok(read('harbour-questions.md').claims.some((c) => c.startsWith('The sitting was suspended at 10.30 am')));
    assert.ok(read('harbour-debate.txt').claims.some((c) => c.startsWith('The Minister answered at 10.40 am')));
  });

  it('Sets a column mark aside, and keeps a sentence about the columns (notice:column-number)', () => {
    const { notices, claims, sections } = read('harbour-questions.md');
    assert.deepEqual(notices.filter(([r]) => r === 'notice:column-number').map(([, w]) => w.replace(/\*/g, '')), ['Column 311', 'Column 312']);
    assert.ok(!sections.some((s) => s.startsWith('Column')), JSON.stringify(sections));
    assert.ok(claims.some((c) => c.startsWith('Column numbers in this report are provisional')), JSON.stringify(claims));
  });

  it('Reads the line naming the member who asks aside: no section, no claim, the names still read (notice:question-member)', () => {
    const { notices, claims, sections, entities } = read('harbour-questions.md');
    const lines = notices.filter(([r]) => r === 'notice:question-member').map(([, w]) => w.replace(/\*/g, ''));
    assert.deepEqual(lines, ['1. Ann Reyes (Portside North) (Lab) [904417]', '2. Piet Olsen (Kelp Bay) (Con) [904418]', 'T1. Mira Odell (Westmere Central) (LD) [904425]', 'T2. Ola Brekke (Sundby and Rist) (Lab/Co-op) [904426]']);
    assert.ok(!sections.some((s) => /\[\d+\]$/.test(s)), JSON.stringify(sections));
    assert.ok(!claims.some((c) => /\[\d+\]$/.test(c)), JSON.stringify(claims));
    for (const name of ['Ann Reyes', 'Portside North', 'Piet Olsen', 'Mira Odell']) assert.ok(entities.includes(name), `${name}: ${JSON.stringify(entities)}`);
    // The question under the line is the member's question: a claim.
    assert.ok(claims.some((c) => c.startsWith('Whether the outer channel will be dredged')), JSON.stringify(claims));
  });

  it('Keeps a time the writer marks as a heading over a timeline’s entry as a section (notice:clock-time)', () => {
    const { notices, sections } = read('ferry-storm-timeline.md');
    assert.ok(!notices.some(([r]) => r === 'notice:clock-time'), JSON.stringify(notices));
    for (const title of ['6.15 pm', '7.40 pm', '9.05 pm']) assert.ok(sections.includes(title), `${title}: ${JSON.stringify(sections)}`);
  });

  it('Sets 24-hour times alone aside when the record sets two or more, and keeps a lone one as it was (notice:clock-time `twentyFour`)', () => {
    const record = read('harbour-official-report.txt');
    assert.deepEqual(record.notices.filter(([r]) => r === 'notice:clock-time').map(([, w]) => w), ['14:31', '15:02']);
    assert.ok(!record.claims.some((c) => /^\d{2}:\d{2}$/.test(c)), JSON.stringify(record.claims));
    const lone = read('ferry-departures.txt');
    assert.ok(!lone.notices.some(([r]) => r === 'notice:clock-time'), JSON.stringify(lone.notices));
  });

  it('Keeps each question’s heading over its time, column mark and member line as a section (heading:marked-over-notices)', () => {
    const { sections } = read('harbour-questions.md');
    for (const title of ['Ferry Subsidy', 'Harbour Dredging', 'Topical Questions']) assert.ok(sections.includes(title), `${title}: ${JSON.stringify(sections)}`);
  });

  it('Reads the document’s note on its own standing aside, at the top and at the foot, its dates still read (notice:status-note)', () => {
    const { notices, claims, figures } = read('ferry-bulletin.md');
    const notes = notices.filter(([r]) => r === 'notice:status-note').map(([, w]) => w.replace(/[*>]/g, '').trim());
    assert.equal(notes.length, 2, JSON.stringify(notices));
    assert.ok(notes[0].startsWith('This is the unrevised text of the bulletin.') && notes[1].startsWith('This bulletin was finalised on 2 April 2026.'), JSON.stringify(notes));
    assert.ok(!claims.some((c) => /^(?:This is the unrevised|Readers may send|Timetable tables|This bulletin was finalised|Passenger counts)/.test(c)), JSON.stringify(claims));
    for (const date of ['20 March 2026', '2 April 2026']) assert.ok(figures.includes(date), `${date}: ${JSON.stringify(figures)}`);
    const tender = read('ferry-tender.txt');
    assert.ok(tender.notices.some(([r, w]) => r === 'notice:status-note' && w.startsWith('This notice is published for information only.')), JSON.stringify(tender.notices));
    assert.ok(!tender.claims.some((c) => /^(?:This notice is published|Where this text)/.test(c)), JSON.stringify(tender.claims));
  });

  it('Keeps a note that argues, or that stands in the body, as claims (notice:status-note)', () => {
    const { claims, sections } = read('ferry-bulletin.md');
    assert.ok(claims.some((c) => c.startsWith('This bulletin is published for information only, yet its figures show')), JSON.stringify(claims));
    assert.ok(sections.includes('Contact'), JSON.stringify(sections));
    const tender = read('ferry-tender.txt');
    assert.ok(tender.claims.some((c) => c.startsWith('This notice was finalised on 1 February 2026, and we ask bidders')), JSON.stringify(tender.claims));
  });

  it('Reads aside only the note’s own sentences: a finding, a call or a newer figure after it in the paragraph stays a claim (notice:status-note)', () => {
    const { notices, claims } = read('ferry-review.md');
    const notes = notices.filter(([r]) => r === 'notice:status-note').map(([, w]) => w);
    assert.deepEqual(notes, [
      'This report was produced by the Island Transport Group for the harbour board.',
      'This report is current as at 1 April 2026.',
      'This report was completed in April 2026. Figures for March are provisional and may be revised.',
    ]);
    for (const start of ['It finds that the winter timetable', 'Since then, two more winter sailings', 'The board ought to charter', 'This report does not constitute legal advice; the board will have to']) {
      assert.ok(claims.some((c) => c.startsWith(start)), `${start}: ${JSON.stringify(claims)}`);
    }
  });

  it('Keeps a news story’s report of another document’s issue, dated or going on to what it found, as claims (notice:status-note)', () => {
    const { notices, claims } = read('ferry-news.txt');
    assert.deepEqual(notices.filter(([r]) => r === 'notice:status-note').map(([, w]) => w), ['This text is current as at 5 p.m. on Monday.']);
    for (const start of ['This statement was issued by the trust on Monday morning.', 'It says the timetable', 'This report was published by the Island Audit Office in 2022; it found']) {
      assert.ok(claims.some((c) => c.startsWith(start)), `${start}: ${JSON.stringify(claims)}`);
    }
  });

  it('Keeps a standard form’s section lines as headings, though set between ruled lines or short as a header’s field (notice:form-item `heads`)', () => {
    const { sections, notices, claims } = read('ferry-contract-notice.txt');
    for (const title of ['SECTION I: CONTRACTING AUTHORITY', 'SECTION II: OBJECT', 'SECTION III: REASONS']) assert.ok(sections.includes(title), `${title}: ${JSON.stringify(sections)}`);
    assert.ok(!notices.some(([, w]) => w.startsWith('SECTION')), JSON.stringify(notices));
    // The coded items under them stay items; a section named with a number in a sentence's place stays as it was.
    assert.ok(notices.some(([r, w]) => r === 'notice:form-item' && w === 'II.1.1) Title'), JSON.stringify(notices));
    assert.ok(claims.includes('Section 4: the trust\'s fleet plan'), JSON.stringify(claims));
  });

  it('Reads a speech’s delivery mark and embargo aside, in capitals, italics or plain, and keeps a sentence about them (notice:delivery-mark)', () => {
    const plain = read('ferry-minister-speech.txt');
    assert.deepEqual(plain.notices.filter(([r]) => r === 'notice:delivery-mark').map(([, w]) => w), ['EMBARGOED UNTIL 10:00, 4 MAY 2026', 'CHECK AGAINST DELIVERY']);
    assert.ok(!plain.sections.some((s) => /DELIVERY|EMBARGOED/.test(s)), JSON.stringify(plain.sections));
    assert.ok(plain.claims.some((c) => c.startsWith('Check against delivery is the rule for every text we publish')), JSON.stringify(plain.claims));
    const marked = read('ferry-minister-speech.md');
    assert.ok(marked.notices.some(([r, w]) => r === 'notice:delivery-mark' && w.replace(/\*/g, '') === 'As prepared for delivery'), JSON.stringify(marked.notices));
    assert.ok(!marked.claims.some((c) => /prepared for delivery/i.test(c)), JSON.stringify(marked.claims));
  });

  it('Reads a delivery mark aside only over the text: an embargo line in the body and a marked heading stay sections (notice:delivery-mark)', () => {
    const plain = read('ferry-minister-speech.txt');
    assert.ok(plain.sections.includes('Under embargo'), JSON.stringify(plain.sections));
    const brief = read('ferry-fuel-brief.md');
    assert.ok(!brief.notices.some(([r]) => r === 'notice:delivery-mark'), JSON.stringify(brief.notices));
    assert.ok(brief.sections.includes('Under embargo'), JSON.stringify(brief.sections));
  });

  it('Reads a cover’s field whose value is a reference code of several capital runs as a field, and keeps an annex heading in capitals (notice:header-field)', () => {
    const { notices, sections, claims } = read('ferry-cover-code.txt');
    assert.ok(notices.some(([r, w]) => r === 'notice:header-field' && w === 'Plan reference: IFT/2026/VSL/004'), JSON.stringify(notices));
    assert.ok(!sections.some((s) => s.startsWith('Plan reference')) && !claims.some((c) => c.startsWith('Plan reference')), JSON.stringify(sections));
    assert.ok(sections.includes('ANNEX A: COSTS OF THE VESSEL'), JSON.stringify(sections));
  });
});
