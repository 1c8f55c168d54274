import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { readFixture } from './furniture-helpers';

/**
 * Near misses of session 17's furniture rows (issue #13; branch fixF17), each the shape a row reads in its
 * own genre met in another genre that a reader reads otherwise: a timeline's or timed minutes' "HH:MM event"
 * lines (no podcast chapters), a transcript's time-coded speaker labels and stage notes (no segment marks),
 * leader dots before a table's values (no page numbers), a cover's field set as a line of its own or
 * stating the cover's claim, a 'Yes' or 'No' answered alone (no page control). The fixtures
 * (test/fixtures/furniture-s17-near) are written for these tests.
 */

const ROOT = join(process.cwd(), 'test', 'fixtures', 'furniture-s17-near');

const read = (name: string) => readFixture(ROOT, name);

describe('Near misses of session 17’s furniture rows', () => {
  it('Keeps a timeline’s and timed minutes’ lines read: no chapters without a chapter list’s label (notice:chapter-list)', () => {
    for (const name of ['ferry-strike-timeline.txt', 'ferry-live.md']) {
      const { notices, claims, entities } = read(name);
      assert.ok(!notices.some(([r]) => r === 'notice:chapter-list'), `${name}: ${JSON.stringify(notices)}`);
      assert.ok(claims.some((c) => c.includes('Coastal Ferries')), `${name}: ${JSON.stringify(claims)}`);
      assert.ok(entities.includes('Bodø'), `${name}: ${JSON.stringify(entities)}`);
    }
    assert.ok(read('ferry-strike-timeline.txt').claims.some((c) => c.includes('Council agreed to charter two fishing boats')));
  });

  it('Reads a show’s chapters under their label in markdown (notice:chapter-list)', () => {
    const { notices, claims } = read('ferry-show-notes.md');
    assert.equal(notices.filter(([r]) => r === 'notice:chapter-list').length, 3, JSON.stringify(notices));
    assert.ok(!claims.some((c) => /^\d\d:\d\d /.test(c)), JSON.stringify(claims));
  });

  it('Heads no section by a time-coded speaker label or a sound in brackets (heading:timecode)', () => {
    const { sections, entities } = read('ferry-transcript.txt');
    assert.ok(sections.includes('THE FERRY ROUTES'), JSON.stringify(sections));
    assert.ok(!sections.some((s) => /ANNA LIND|PER HOLM|LAUGHTER|INAUDIBLE/.test(s)), JSON.stringify(sections));
    assert.ok(entities.includes('Anna Lind'), JSON.stringify(entities));
  });

  it('Reads leader lines whose numbers fall as a table’s rows, their figures kept (notice:contents-leader, notice:table-row)', () => {
    const md = read('ferry-accounts.md');
    assert.equal(md.notices.filter(([r]) => r === 'notice:contents-leader').length, 3, JSON.stringify(md.notices));
    assert.equal(md.notices.filter(([r]) => r === 'notice:table-row').length, 3, JSON.stringify(md.notices));
    assert.ok(md.sections.includes('Spending (thousand kroner)'), JSON.stringify(md.sections));
    const txt = read('ferry-accounts.txt');
    for (const figure of ['3850', '2240', '610']) assert.ok(txt.figures.includes(figure), `${figure}: ${JSON.stringify(txt.figures)}`);
    assert.ok(!txt.claims.some((c) => /\. \. \./.test(c)), JSON.stringify(txt.claims));
    assert.ok(txt.claims.some((c) => c.startsWith('9 boats passed')), JSON.stringify(txt.claims));
  });

  it('Reads a cover’s field on a line of its own aside, and keeps a field that states a claim (notice:header-field in front matter)', () => {
    const { notices, claims, entities } = read('ferry-cover.txt');
    assert.ok(notices.some(([r, w]) => r === 'notice:header-field' && w.startsWith('Editor: Tor Lunde')), JSON.stringify(notices));
    assert.ok(entities.includes('Ministry of Transport'), JSON.stringify(entities));
    assert.ok(claims.some((c) => c.includes('The ferry subsidy will run out in May')), JSON.stringify(claims));
  });

  it('Reads a “No” answered alone as the text’s own, away from a page’s feedback control (notice:page-widget)', () => {
    const { notices, claims } = read('ferry-inquiry.md');
    assert.ok(!notices.some(([r]) => r === 'notice:page-widget'), JSON.stringify(notices));
    assert.ok(claims.includes('No'), JSON.stringify(claims));
  });
});
