import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { fixtureFolder } from './furniture-helpers';
import { parseMarkdown } from '../../src/core/parse/markdown';
import { frontMatterEnd } from '../../src/core/parse/markdown-cuts';

/**
 * Furniture read as argument in session 19's genres (issue #13, session 20): a spoken transcript's
 * turn-taking (thanks, greetings, hand-overs, a conference call's operator), and the number of a
 * numbered paragraph read as a claim of its own under a rule. The fixtures (test/fixtures/furniture-s20)
 * are written for these tests, near misses included.
 */

const { read, ruled } = fixtureFolder(join(process.cwd(), 'test', 'fixtures', 'furniture-s20'));

/** Asserts that `found` (a fixture's sections or claims) holds every one of `wanted`. */
function holdsAll(found: readonly string[], wanted: readonly string[]): void {
  for (const text of wanted) assert.ok(found.includes(text), `${text} in ${JSON.stringify(found)}`);
}

describe('Furniture read as argument in calls, communiqués and speeches (session 20)', () => {
  it('Reads a transcript’s thanks, greetings and hand-overs aside at the head of a turn (notice:turn-talk)', () => {
    const talk = ruled('ferry-results-call.md', 'notice:turn-talk');
    assert.ok(talk.some((t) => t.startsWith('Operator: Good afternoon, and welcome to the Saltmarsh Ferries half-year results call.') && t.endsWith('Please go ahead.')), JSON.stringify(talk));
    assert.ok(talk.some((t) => t.endsWith('Thank you, and good afternoon, everyone.')), JSON.stringify(talk));
    assert.ok(talk.some((t) => t.endsWith("With that, I'll hand over to Owen Pryce.")), JSON.stringify(talk));
    assert.ok(talk.some((t) => t.endsWith('Your line is open.')), JSON.stringify(talk));
    assert.ok(talk.some((t) => t.endsWith('You may now disconnect.')), JSON.stringify(talk));
    const { claims } = read('ferry-results-call.md');
    assert.ok(!claims.some((c) => /^(?:Good afternoon|Thank you(?:, and good|, Ruth| all)|Thanks|Please go ahead|Your line|You may now|With that|As a reminder|Our first question|This concludes)/.test(c)), JSON.stringify(claims));
    // The sentences after the formula stay the turn's claims.
    assert.ok(claims.some((c) => c.startsWith('Bookings on the northern routes rose by 12% in the half')), JSON.stringify(claims));
    assert.ok(claims.some((c) => c.startsWith('Revenue was £84 million')), JSON.stringify(claims));
    assert.ok(claims.includes('Will the harbour dues be passed on to passengers?'), JSON.stringify(claims));
  });

  it('Reads a hand-over to a post named after "the" aside ("I will now hand over to the Chief Executive."), as one to a name', () => {
    const roles = fixtureFolder(join(process.cwd(), 'test', 'fixtures', 'roles-reasons'));
    assert.ok(roles.ruled('ferry-operator-results-call.txt', 'notice:turn-talk').some((t) => t.endsWith('I will now hand over to the Chief Executive.')));
    assert.ok(!roles.read('ferry-operator-results-call.txt').claims.some((c) => c.startsWith('I will now hand over')));
  });

  it('Keeps thanks that go on into an answer, and a speech’s closing thanks, as claims', () => {
    assert.ok(read('ferry-results-call.md').claims.some((c) => c.startsWith('Thank you, and the answer is that most of the dues')));
    // A speech has no turns: its annotators read its closing 'Thank you.'
    assert.ok(read('quay-speech.txt').claims.includes('Thank you.'), JSON.stringify(read('quay-speech.txt').claims));
    assert.deepEqual(ruled('quay-speech.txt', 'notice:turn-talk'), []);
  });

  it('Keeps a turn’s sentences that only look like a hand-over, and every one that argues, as claims (notice:turn-talk near misses)', () => {
    const { claims } = read('dredging-hearing.txt');
    // The hand-over's object is no name or role closing the sentence: a sum handed back, a subject turned to, a duty handed on.
    // After a formula, a sentence that argues ('who must explain') stays, as it would first in the turn.
    // A conference's stage concluded is a report of the proceedings, not the close of the call.
    holdsAll(claims, [
      'We will hand back to the Treasury the £12 million the levy has not spent.',
      'I will pass over to my deputy, who must explain why the dredging stopped.',
      "I'll turn back to the levy, which cost the ports £9 million last year and dredged nothing.",
      'I will hand over to the coastal councils the duty to dredge their own harbours.',
      'This concludes the second stage of the harbour charges conference.',
    ]);
    assert.ok(!claims.some((c) => /^(?:Good afternoon|Thank you)/.test(c)), JSON.stringify(claims));
  });

  it('Reads turn-taking aside only inside a turn: a report’s conclusions after a quoted interview keep their thanks', () => {
    const { claims } = read('ferry-review-interview.md');
    assert.ok(claims.includes('Thank you, Captain Moreau.'), JSON.stringify(claims));
    assert.ok(claims.includes('This concludes the review of the 2024 sailing season.'), JSON.stringify(claims));
    assert.ok(!claims.includes('Good morning.'), JSON.stringify(claims));
  });

  it('Keeps a section in the outline when every paragraph under it is turn-taking read aside', () => {
    const { sections } = read('ferry-results-call.md');
    assert.ok(sections.includes('Closing'), JSON.stringify(sections));
    assert.ok(sections.includes('Questions'), JSON.stringify(sections));
  });

  it('Reads a numbered list under a rule as a list: its numbers are no claims', () => {
    const { claims } = read('lantern-communique.md');
    assert.ok(!claims.some((c) => /^\d+\.$/.test(c)), JSON.stringify(claims));
    assert.ok(claims.some((c) => c.startsWith('We, the members of the Lantern Bay Council, met')), JSON.stringify(claims));
  });

  it('Parses an unclosed front-matter fence as a rule, and a closed one as front matter', () => {
    assert.equal(frontMatterEnd('---\n\n1. One point.\n\n2. Another point.\n'), null);
    assert.deepEqual(parseMarkdown('---\n\n1. One point.\n\n2. Another point.\n').children.map((c) => c.type), ['thematicBreak', 'list']);
    assert.equal(frontMatterEnd('---\ntitle: A\n---\nText.\n'), 17);
    assert.deepEqual(parseMarkdown('---\ntitle: A\n---\nText.\n').children.map((c) => c.type), ['yaml', 'paragraph']);
  });

  it('Reads an offering circular’s numbered risk captions as the headings of their risks, wrapped or not (heading:risk-factor)', () => {
    const { sections, claims } = read('harbour-notes-circular.txt');
    holdsAll(sections, [
      "The Authority's revenue depends on the volume of cargo it handles.",
      "The Authority's largest tenant may not renew its concession when it expires in 2029.",
      'Dredging costs may rise faster than the Authority can raise its dues.',
      "The Bonds are not secured on the Authority's assets.",
    ]);
    assert.ok(sections.includes('Risks Relating to the Bonds'), JSON.stringify(sections));
    assert.ok(!claims.some((c) => /may (?:not renew|rise faster)|^\d+\.$/.test(c)), JSON.stringify(claims));
    assert.ok(claims.some((c) => c.startsWith('Cargo dues made up 71 per cent.')), JSON.stringify(claims));
  });

  it('Keeps a report’s numbered recommendations and findings as claims after its risks section (heading:risk-factor near misses)', () => {
    const { sections, claims } = read('seawall-review.txt');
    // Under 'Recommendations', a heading of its own after the risks section: the recommendations are theses, not captions.
    // Under 'Key findings', a list whose items stand over one another: no item has a paragraph of its own, none vanishes.
    // Under a health report's 'Risk factors', with no category line ('Risks relating to …') over it: findings, no captions.
    // Under a category line, numbered sentences that argue ('should', 'must', 'we recommend that'): recommendations, no risks.
    holdsAll(claims, [
      'The Agency should set out a new timetable by the end of 2026.',
      'Harbour boards should be allowed to approve minor works themselves.',
      'Four of the nine towns now have raised walls.',
      'Costs have risen by 18% since 2022.',
      "No town has a plan for the walls' upkeep after 2040.",
      'Storm surges have grown by 12% in height since 2010.',
      'Councils must be told their share before they let contracts.',
      'We recommend that the Agency publish its cost estimates each year.',
    ]);
    assert.deepEqual(sections.slice(1), ['Background', 'Risks relating to the programme', 'Recommendations', 'Key findings', 'Risk factors', 'Risks related to funding']);
  });

  it('Keeps a treaty’s numbered clauses as claims: no risk-factors line stands above them', () => {
    const { sections, claims } = read('ferry-agreement.txt');
    assert.ok(claims.includes('The Parties shall keep a daily ferry service across the North Strait.'), JSON.stringify(claims));
    assert.ok(!sections.some((t) => t.startsWith('The Parties shall')), JSON.stringify(sections));
  });
});
