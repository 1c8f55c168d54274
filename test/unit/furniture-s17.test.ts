import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { readFixture } from './furniture-helpers';

/**
 * Furniture and sections in session 17's genres (issue #13): a slide pack's numbered contents over
 * unnumbered slide titles and the fields of its cover, an annual report's contents with leader dots as
 * a markdown list, a web page's feedback control with its answers set apart by a middle dot or a bar,
 * a podcast's list of chapters and its time-coded segment marks. The fixtures
 * (test/fixtures/furniture-s17) are written for these tests, each with a near miss that stays.
 */

const ROOT = join(process.cwd(), 'test', 'fixtures', 'furniture-s17');

const read = (name: string) => readFixture(ROOT, name);

describe('Furniture and sections of session 17’s genres', () => {
  it('Reads a numbered table of contents against unnumbered slide titles (heading:contents-numbered)', () => {
    const { sections, notices, claims } = read('slide-pack.txt');
    for (const title of ['Key points', 'Silt and the channel', 'Paying for the berths', 'Annex: How we counted']) assert.ok(sections.includes(title), `${title}: ${JSON.stringify(sections)}`);
    assert.ok(notices.some(([r, w]) => r === 'notice:contents' && w === '2. Silt and the channel'), JSON.stringify(notices));
    assert.ok(!claims.some((c) => /^(?:\d\.|Key points|Contents|Converted from slides)/.test(c)), JSON.stringify(claims));
    assert.ok(claims.some((c) => c.startsWith('If the board delays the contract to the summer')), JSON.stringify(claims));
  });

  it('Reads a contents list with leader dots as notices, and keeps an ellipsis in prose (notice:contents-leader)', () => {
    const { sections, notices, claims } = read('annual-contents.md');
    assert.equal(notices.filter(([r]) => r === 'notice:contents-leader').length, 3, JSON.stringify(notices));
    assert.ok(!claims.some((c) => /\.{4}|^\d+$/.test(c)), JSON.stringify(claims));
    assert.ok(claims.some((c) => c.includes('12 ships in all were turned away')), JSON.stringify(claims));
    assert.ok(!sections.includes('Contents'), JSON.stringify(sections));
  });

  it('Keeps a marked heading that opens with the chair’s title as a section (notice:salutation, markedHeadings)', () => {
    const { sections, notices } = read('annual-contents.md');
    assert.ok(sections.includes('Chair’s statement') || sections.includes("Chair's statement"), JSON.stringify(sections));
    assert.ok(!notices.some(([r]) => r === 'notice:salutation'), JSON.stringify(notices));
  });

  it('Reads a page’s feedback control as a notice whatever parts its answers (notice:page-widget)', () => {
    const { notices, claims } = read('feedback-page.md');
    assert.equal(notices.filter(([r]) => r === 'notice:page-widget').length, 2, JSON.stringify(notices));
    assert.ok(!claims.some((c) => /^(?:Was|Is) this page (?:helpful|useful)\?$|^Yes\s*[·|]/.test(c)), JSON.stringify(claims));
    // A question about a page of something, and its answer that argues, stay claims.
    assert.ok(claims.some((c) => c.startsWith('Was this page of the old rules useful')), JSON.stringify(claims));
    assert.ok(claims.some((c) => c.startsWith('Yes, say their unions')), JSON.stringify(claims));
  });

  it('Reads a field of the cover over a table of contents aside, its date still read (notice:header-field in front matter)', () => {
    const { notices, figures, claims } = read('slide-pack.txt');
    assert.ok(notices.some(([r, w]) => r === 'notice:header-field' && w.startsWith('Meeting: Ports Board')), JSON.stringify(notices));
    assert.ok(figures.includes('3 March 2026'), JSON.stringify(figures));
    assert.ok(!claims.some((c) => c.startsWith('Meeting:')), JSON.stringify(claims));
    // The pack's title over the fields is no field, and no figure is read in it.
    assert.ok(!notices.some(([r, w]) => r === 'notice:header-field' && w.startsWith('Dredging and Berths')), JSON.stringify(notices));
  });

  it('Heads a transcript’s segments by the titles after their time codes (heading:timecode)', () => {
    const { sections, claims } = read('harbour-podcast.txt');
    for (const title of ['OPENING', 'THE COST OF WAITING', 'WHO PAYS?']) assert.ok(sections.includes(title), `${title}: ${JSON.stringify(sections)}`);
    assert.ok(!claims.some((c) => c.includes('[00:')), JSON.stringify(claims));
  });

  it('Reads a show’s list of chapters as notices, and keeps a time said in a turn (notice:chapter-list)', () => {
    const { notices, claims } = read('harbour-podcast.txt');
    assert.equal(notices.filter(([r]) => r === 'notice:chapter-list').length, 3, JSON.stringify(notices));
    assert.ok(!claims.some((c) => /^\d\d:\d\d /.test(c)), JSON.stringify(claims));
    assert.ok(claims.some((c) => c.startsWith('At 14:05 the pilots were told to stop')), JSON.stringify(claims));
  });
});
