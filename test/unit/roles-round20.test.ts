import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { linksIn, roleIn } from './roles-helpers';

/**
 * Role classes of session 20 (issue #12), read first on session 19's six (a
 * defence contractor's earnings call) and checked on the other development
 * documents (two ministers' speeches). The fixtures (test/fixtures/roles-reasons)
 * are our own: a ferry operator's results call and a ports minister's speech.
 */

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'roles-reasons');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe('Roles of session 20: numbered points that give the reasons announced before them', () => {
  const CALL = fixture('ferry-operator-results-call.txt');
  const SPEECH = fixture('port-minister-speech.txt');

  it("Reads the points after 'There are two reasons' as reasons, not theses of their own (role:announced-reason)", () => {
    for (const words of ['First, fuel hedges signed in 2022', 'Second, we are paying for crews']) {
      assert.deepEqual(roleIn(CALL, words), { role: 'reason', rule: 'role:announced-reason' }, words);
    }
  });

  it("Reads the points after 'here is why' as reasons, up to the section's next announcement of items (role:announced-reason)", () => {
    for (const words of ['First, the levy is small', 'Second, the money stays in the harbour', 'Third, our competitors across the water']) {
      assert.deepEqual(roleIn(SPEECH, words), { role: 'reason', rule: 'role:announced-reason' }, words);
    }
  });

  it("Leaves the points after another announcement that leads into them ('We propose three measures. First, …') to role:enumerated-point", () => {
    for (const words of ['First, a standing fund for dredging', 'Second, a shared booking system', 'Third, a review of the levy']) {
      assert.deepEqual(roleIn(SPEECH, words), { role: 'thesis', rule: 'role:enumerated-point' }, words);
    }
    for (const words of ['First, the oldest ferry goes for scrap', 'Second, net debt falls below twice earnings']) {
      assert.deepEqual(roleIn(CALL, words), { role: 'thesis', rule: 'role:enumerated-point' }, words);
    }
  });
});

describe('Support of session 20: announced reasons argue for the thesis they were announced for', () => {
  it("Links each point of a paragraph of its own to the thesis before the announcement ('My answer is no, and here is why.') (support:announced-reason-for-thesis)", () => {
    const { claims, at, rule } = linksIn(fixture('port-minister-speech.txt'));
    const thesis = at('My answer is no');
    for (const words of ['First, the levy is small', 'Second, the money stays in the harbour', 'Third, our competitors across the water']) {
      assert.deepEqual(claims[at(words)].supports, [thesis], words);
      assert.equal(rule(at(words)), 'support:announced-reason-for-thesis', words);
    }
  });

  it('Links a point to nothing when no thesis stands before the announcement in its section (an analyst asked why; the answer announces the reasons)', () => {
    const { claims, at } = linksIn(fixture('ferry-operator-results-call.txt'));
    assert.deepEqual(claims[at('First, fuel hedges signed in 2022')].supports, []);
  });
});

describe("Roles of session 20: the writer's own appeal to someone who can act", () => {
  const UPDATE = readFileSync(join(process.cwd(), 'test', 'fixtures', 'roles-appeals', 'river-clinic-appeal.md'), 'utf8');

  it("Reads 'We call on …' and 'We ask the … to …' as theses, whatever date the appeal holds (role:appeal)", () => {
    for (const words of ['We call on the regional council to reopen the valley road', 'We ask the water board to fund bottled water']) {
      assert.deepEqual(roleIn(UPDATE, words, 'markdown'), { role: 'thesis', rule: 'role:appeal' }, words);
    }
  });

  it("Leaves an appeal made by someone else, told or quoted ('the mayor urged the council …', '\"We urge the ministry …,\" … told reporters'), to the other rules (evidence)", () => {
    assert.equal(roleIn(UPDATE, 'the mayor urged the council', 'markdown').role, 'evidence');
    assert.equal(roleIn(UPDATE, 'We urge the ministry to act', 'markdown').role, 'evidence');
  });

  it("Leaves an instruction to the reader ('We ask you to send …'), an indirect question ('We ask the council whether …') and an appeal told after 'said:' to the other rules (role:appeal is the writer's own call to act)", () => {
    for (const words of ['We ask you to send reports', 'We ask the council whether', 'we urge the water board to test']) {
      assert.notEqual(roleIn(UPDATE, words, 'markdown').rule, 'role:appeal', words);
    }
  });

  it("Leaves 'we ask the question …' (a question raised, not an appeal) to the other rules", () => {
    assert.notEqual(roleIn(UPDATE, 'we ask the question every family', 'markdown').rule, 'role:appeal');
  });
});
