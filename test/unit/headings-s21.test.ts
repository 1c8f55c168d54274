import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../src/core/analyse';
import { toJson } from '../../src/core/model/contract';

/**
 * A marked heading kept over the notices that open its section (issue #13, session 21, branch headB21):
 * '## Findings' over a privacy notice under its bold label and contact lines, then the findings;
 * '## Key issues' whose first paragraphs are 'Inquiries: …' and 'Media enquiries: …' lines.
 * The argued text under them stays that heading's (heading:marked-over-notices, `opening`); a marked
 * heading over contact lines only, with no argument under it, is still dropped as navigation.
 * The fixtures (test/fixtures/headings-s21) are written for these tests.
 */

const dir = join(process.cwd(), 'test', 'fixtures', 'headings-s21');

/** The section titles of fixture `name`, and the title of the section each claim stands in, by its opening words. */
function outline(name: string): { titles: string[]; sectionOf: (opening: string) => string | undefined } {
  const json = toJson(analyse(readFileSync(join(dir, name), 'utf8'), { hint: name }));
  const titles = json.sections.map((s) => s.title);
  const sectionOf = (opening: string) => {
    const claim = json.claims.find((c) => c.text.startsWith(opening));
    return claim?.section == null ? undefined : json.sections[claim.section]?.title;
  };
  return { titles, sectionOf };
}

describe('A marked heading over the notices that open its argument (session 21, headB21)', () => {
  it('Keeps "Findings" over a labelled privacy notice and enquiries lines, its findings under it', () => {
    const { titles, sectionOf } = outline('estuary-review.md');
    assert.deepEqual(titles.filter((t) => t !== '(introduction)'), ['Estuary Shipping Review', 'Background', 'Findings', 'Conclusions']);
    assert.equal(sectionOf('The northern fleet has expanded its patrol force'), 'Findings');
    assert.equal(sectionOf('Insurers have raised premiums'), 'Findings');
    assert.equal(sectionOf('Port traffic rose steadily'), 'Background');
  });

  it('Keeps "Key issues" whose first paragraphs are "Inquiries:" and "Media enquiries:" lines, its claims under it', () => {
    const { titles, sectionOf } = outline('harbour-note.md');
    assert.ok(titles.includes('Key issues'), JSON.stringify(titles));
    assert.equal(sectionOf('The coastguard has lost a third of its cutter fleet'), 'Key issues');
    assert.equal(sectionOf('Harbour dues have not changed'), 'Context');
  });

  it('Still drops a marked heading over contact lines only, with nothing argued under it (near miss)', () => {
    assert.ok(!outline('estuary-review.md').titles.includes('Stay informed'));
    assert.ok(!outline('harbour-note.md').titles.includes('Get in touch'));
    assert.equal(outline('harbour-note.md').sectionOf('The authority should commission'), 'Next steps');
  });
});
