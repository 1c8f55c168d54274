import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { roleIn } from './roles-helpers';

/**
 * Role classes of session 17 (issue #12), read first on session 16's six
 * (a travel advisory, a contract award notice, a designation notice, a podcast
 * transcript) and checked on the other development documents. The fixtures
 * (test/fixtures/roles-notices) are our own: travel advice for a river state,
 * an award notice for a bridge repair, a ferry podcast.
 */

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'roles-notices');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const ADVICE = fixture('river-state-travel-advice.md');
const AWARD = fixture('bridge-award-notice.txt');
const PODCAST = fixture('harbour-podcast.txt');

describe('Roles of session 17 (session 16\'s six first)', () => {
  it("Reads a negative imperative item of advice as what the advisory puts forward ('Do not travel to …', imperative list of role:imperative-item)", () => {
    assert.deepEqual(roleIn(ADVICE, 'Do not travel to Vael Province', 'markdown'), { role: 'thesis', rule: 'role:imperative-item' });
    assert.deepEqual(roleIn(ADVICE, 'Reconsider your need to travel', 'markdown'), { role: 'thesis', rule: 'role:imperative-item' });
  });

  it('Reads advice inside a paragraph, opening with a verb, as put forward (role:advice-imperative)', () => {
    assert.deepEqual(roleIn(ADVICE, 'Avoid crowds and rallies', 'markdown'), { role: 'thesis', rule: 'role:advice-imperative' });
    assert.deepEqual(roleIn(ADVICE, 'Do not drive between towns', 'markdown'), { role: 'thesis', rule: 'role:advice-imperative' });
  });

  it('Leaves a noun that looks like a verb, in a sentence that reports, to the other rules (near-miss of role:advice-imperative)', () => {
    const text = 'Recruiting is hard this year. Pay for junior soldiers rose by 4 per cent in 2024. Few stayed.';
    assert.notEqual(roleIn(text, 'Pay for junior soldiers').rule, 'role:advice-imperative');
  });

  it("Reads a notice's words about itself (review of it, what is annexed to it) as statements (role:notice-itself)", () => {
    assert.deepEqual(roleIn(AWARD, 'annexed to this notice'), { role: 'statement', rule: 'role:notice-itself' });
    assert.deepEqual(roleIn(AWARD, 'may apply for review of the award within 14 days'), { role: 'statement', rule: 'role:notice-itself' });
  });

  it("Leaves 'this notice requirement' (a notice the text is about, not itself) to the other rules (near-miss of role:notice-itself)", () => {
    const text = 'Voting in barracks was closed to observers. The mission considers that this notice requirement limits the transparency of the vote. It should be lifted.';
    assert.notEqual(roleIn(text, 'this notice requirement').rule, 'role:notice-itself');
  });

  it("Reads a host moving the talk on ('Let's turn to the ports.') as a turn, not a claim (role:turn-taking)", () => {
    assert.deepEqual(roleIn(PODCAST, "Let's turn to the ports."), { role: 'statement', rule: 'role:turn-taking' });
    const speech = 'The fund has done its work. Let us give it the money to finish the job. The vote is on Tuesday.';
    assert.notEqual(roleIn(speech, 'Let us give it').rule, 'role:turn-taking');
  });
});

describe('Roles of session 17: labelled options and decisions told in the past', () => {
  const SLIDES = fixture('ferry-options-slides.txt');

  it("Reads a line labelled as an option or as the recommendation as put forward, whatever its figures (role:labelled-option)", () => {
    for (const words of ['Recommendation: keep the winter timetable', 'Option A: cut the winter timetable', 'Option B: keep the timetable and lease', 'Recommended: Option B']) {
      assert.deepEqual(roleIn(SLIDES, words), { role: 'thesis', rule: 'role:labelled-option' }, words);
    }
  });

  it("Leaves a sentence that speaks of an option without its label's colon to the other rules (near-miss of role:labelled-option)", () => {
    const text = 'The Board has two choices. Option B on its own leaves the winter gap open, and the relief vessel closes it. Both cost money.';
    assert.notEqual(roleIn(text, 'Option B on its own').rule, 'role:labelled-option');
  });

  it("Reads a board's past decision as what the item comes to only in a record of its own proceedings (role:body-decided)", () => {
    const minutes = 'The Chair opened the meeting at 10.00.\n\nItem 4. The Board approved the new ferry timetable. Ms Hale abstained.\n';
    assert.deepEqual(roleIn(minutes, 'The Board approved the new ferry timetable'), { role: 'conclusion', rule: 'role:body-decided' });
    const report = 'Ferry traffic fell in the spring.\n\nThe Board approved the new ferry timetable, and bookings recovered. Fares stayed level.\n';
    assert.notEqual(roleIn(report, 'The Board approved the new ferry timetable').rule, 'role:body-decided');
  });
});

describe("Roles of session 17: the writer's own view named as such", () => {
  it("Reads 'In our assessment, …' and 'In our opinion …' as the writer's position, whatever date it holds (speaker-view list of role:speaker-view)", () => {
    const text = 'Both navies have moved ships north. In our assessment, the risk of a clash is higher now than at any time since the 2011 truce. In our opinion the talks will not resume this year. Ferries still sail.';
    assert.deepEqual(roleIn(text, 'In our assessment, the risk'), { role: 'thesis', rule: 'role:speaker-view' });
    assert.deepEqual(roleIn(text, 'In our opinion the talks'), { role: 'thesis', rule: 'role:speaker-view' });
  });

  it("Leaves 'nothing in our assessment suggests' (no comma: the assessment is the subject's) to the other rules (near-miss)", () => {
    const text = 'Supplies are steady. The partner has kept every contract, and nothing in our assessment suggests it would cut supply. Prices are high.';
    assert.notEqual(roleIn(text, 'nothing in our assessment suggests').rule, 'role:speaker-view');
  });
});
