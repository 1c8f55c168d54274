import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_ROLES, headedPositions, POSITION_BITS } from '../../src/core/lexicon/roles';
import { roleIn } from './roles-helpers';

/**
 * Sections under a heading that is itself a claim (issue #12; branch fixH20):
 * an offering circular's numbered risk captions (heading:risk-factor) and an
 * op-ed's sentence headings. The section argues its heading: its figures are
 * evidence for it, its hedged consequence the conclusion. Fixtures
 * (test/fixtures/roles-claim-headings) are our own.
 */

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'roles-claim-headings');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const claimHeading = (title: string) => (headedPositions(DEFAULT_ROLES, title) & POSITION_BITS.underClaimHeading) !== 0;

describe('Roles under a heading that is itself a claim (underClaimHeading)', () => {
  const CIRCULAR = fixture('lindmark-water-notes.txt');
  const OPED = fixture('estuary-ferries-op-ed.md');

  it('Reads a full sentence as a claim heading, and a topic, a question, a request or a label as none (claimHeadings)', () => {
    for (const title of ['The krona may depreciate further.', 'The window is closing', '3. The Company depends on a single reservoir for most of its supply.', 'II. Reserves are running thin']) {
      assert.ok(claimHeading(title), title);
    }
    for (const title of ['What a new fleet would cost', 'Is the levy fair?', 'Question 5: Please provide any evidence on the costs of the levy.', 'Sec. 7. Reporting requirements.', 'II. WHAT THE DEPARTMENT IS DOING', 'Clearing the Channel: Why the Port Should Pay', 'Risk factors']) {
      assert.ok(!claimHeading(title), title);
    }
  });

  it("Reads a risk's dated figures as evidence for its caption, not as the background that opens a section (role:claim-heading-figure)", () => {
    for (const words of ['Operating costs rose from EUR 61 million', 'The Ostby reservoir supplied 82 per cent.']) {
      assert.deepEqual(roleIn(CIRCULAR, words), { role: 'evidence', rule: 'role:claim-heading-figure' }, words);
    }
  });

  it("Reads a risk's closing 'could' / 'There can be no assurance' as its conclusion, not as background (role:claim-heading-consequence)", () => {
    for (const words of ['the gap could widen further', 'There can be no assurance that the next review']) {
      assert.deepEqual(roleIn(CIRCULAR, words), { role: 'conclusion', rule: 'role:claim-heading-consequence' }, words);
    }
  });

  it("Reads an op-ed's figures and closing consequence under a sentence heading so too", () => {
    assert.deepEqual(roleIn(OPED, 'Last winter, 212 crossings', 'markdown'), { role: 'evidence', rule: 'role:claim-heading-figure' });
    assert.deepEqual(roleIn(OPED, 'If nothing changes, the remaining regular users', 'markdown'), { role: 'conclusion', rule: 'role:claim-heading-consequence' });
  });

  it("Leaves a section under a heading that names a topic ('What a new fleet would cost') to the other rules (near miss)", () => {
    for (const words of ['Two new hybrid vessels would cost', 'Spread over their thirty-year life']) {
      assert.ok(!roleIn(OPED, words, 'markdown').rule?.startsWith('role:claim-heading'), words);
    }
  });
});
