import { strict as assert } from 'node:assert';
import { fixtureFigures } from './figures-helpers';

/**
 * The time a document states for itself in a field of its front matter
 * (figure:year-stated-period, figures-dates fieldDates.statedLabels; issue #13):
 * a situation report's reporting period, a memo's or minutes' "Date:" dates the
 * figures nothing in their paragraph dates; a release date, a stamp in digits
 * and a sentence that looks ahead do not.
 */

const { read, figure } = fixtureFigures('stated-period');

describe('The time a document states for itself dates its undated figures (figure:year-stated-period)', () => {
  it("gives a situation report's figures the year of its reporting period, a span of days the reader does not read", () => {
    const figures = read('sitrep.md');
    for (const t of ['3,800', '12 of the 40']) {
      const f = figure(figures, t);
      assert.equal(f.year, 2024);
      assert.deepEqual(f.rules, ['figure:year-stated-period']);
    }
  });

  it('leaves a figure of a sentence that looks ahead undated', () => {
    assert.equal(figure(read('sitrep.md'), '2,500').year, null);
  });

  it("gives a memo's figures the year of its DATE: field, but not a size", () => {
    const figures = read('memo.txt');
    assert.equal(figure(figures, '410').year, 2027);
    assert.equal(figure(figures, '€3.1 million').year, 2027);
    assert.equal(figure(figures, '9.5 metres').year, null);
  });

  it("does not date a bulletin's figures by its release date", () => {
    const figures = read('bulletin.md');
    assert.equal(figure(figures, '18,400').year, null);
    assert.equal(figure(figures, '212').year, null);
  });

  it('does not date figures by a date stamp written in digits', () => {
    const figures = read('stamp.txt');
    assert.equal(figure(figures, '14').year, null);
    assert.equal(figure(figures, '$2 million').year, null);
  });

  it("dates by the period a field names, not by the document's Date: beside it", () => {
    const figures = read('quarterly-note.md');
    for (const t of ['€6.5 million', '95']) assert.equal(figure(figures, t).year, 2023);
    const annual = read('annual-review.md');
    for (const t of ['2.7 million', '940']) assert.equal(figure(annual, t).year, 2026);
  });

  it('states no year when the period runs across years, and then the Date: beside it does not either', () => {
    const figures = read('evaluation.md');
    for (const t of ['61,000', '18%']) assert.equal(figure(figures, t).year, null);
  });

  it("does not date by the stated time a sentence in the past that tells of an earlier time", () => {
    const memo = read('memo-past.txt');
    assert.equal(figure(memo, '£22 million').year, 2026);
    for (const t of ['£9 million', '60 licences', '2%']) assert.equal(figure(memo, t).year, null, t);
    const release = read('results-release.txt');
    for (const t of ['5%', '£310 million', '£12 million']) assert.equal(figure(release, t).year, null, t);
  });

  it('reads months joined by a dash before the year, and states nothing when a caption states another period', () => {
    for (const t of ['185', '240', '£425 million']) {
      assert.equal(figure(read('tracker.md'), t).year, 2026, t);
      assert.equal(figure(read('tracker-caption.md'), t).year, null, t);
    }
  });

  it("dates by a meeting's Date: what its record tells in the past, not what is stated in the present", () => {
    const figures = read('harbour-workshop.md');
    assert.equal(figure(figures, '2,300').year, 2027);
    for (const t of ['45 percent', '£320 million', '£12 million']) assert.equal(figure(figures, t).year, null, t);
    // Minutes beside a Place: tell in the past, and all their figures are the meeting's.
    const minutes = read('harbour-minutes.txt');
    for (const t of ['£14.2 million', '36 new berth leases', '£6.5 million']) assert.equal(figure(minutes, t).year, 2027, t);
  });
});
