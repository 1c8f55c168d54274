import { strict as assert } from 'node:assert';
import { roleIn } from './roles-helpers';

/**
 * The spoken register: in a debate or a hearing, the sentences that only
 * manage the conversation (asking a Member to give way and giving it, the
 * chair calling the sitting to order or a witness to speak, a promise to come
 * to a point later) and the notes on how a speech was given ('Check against
 * delivery') are statements: they neither argue nor support, even where they
 * ask or promise.
 */

describe('Roles of the spoken register (turns and stage directions)', () => {
  const debate = 'Harbour Dues\n\nMs Varga: The dues on ferries have doubled since 2021.\n\nMr Reddy: Will the hon. Lady give way?\n\nMs Varga: I give way to the hon. Gentleman.\n\nMr Reddy: Does she accept that the board must dredge the channel?\n\nMs Varga: I will come to dredging in a moment. The board should cap the dues for a year.';
  it('Reads a request to give way as a turn of the debate, not a question', () => {
    assert.deepEqual(roleIn(debate, 'Will the hon. Lady give way?'), { role: 'statement', rule: 'role:turn-taking' });
    assert.deepEqual(roleIn(debate, 'I give way to the hon.'), { role: 'statement', rule: 'role:turn-taking' });
  });
  it('Reads a promise to come to a point later as a turn, not a commitment', () => {
    assert.deepEqual(roleIn(debate, 'I will come to dredging'), { role: 'statement', rule: 'role:turn-taking' });
  });
  it('Still reads a Member\'s real question as a question and a proposal as a thesis', () => {
    assert.equal(roleIn(debate, 'Does she accept').role, 'question');
    assert.equal(roleIn(debate, 'should cap the dues').role, 'thesis');
  });
  it('Reads the chair\'s order and hand-over in a hearing as turns', () => {
    const hearing = 'Hearing on Port Security\n\nThe subcommittee will come to order. Today we ask whether the ports can screen every container by 2027.\n\nDirector Okafor, please proceed.\n\nThe screening lines at three ports are already full.';
    assert.deepEqual(roleIn(hearing, 'will come to order'), { role: 'statement', rule: 'role:turn-taking' });
    assert.deepEqual(roleIn(hearing, 'please proceed'), { role: 'statement', rule: 'role:turn-taking' });
  });
  it('Reads a note on how a speech was given as a statement, not its thesis', () => {
    // 'Check against delivery' alone on its line is no claim at all since session 18 (notice:delivery-mark, furniture-s18.test.ts).
    const speech = 'As delivered\n\nMinisters, friends, good evening.\n\nOur grain must keep moving, and the corridor must stay open all winter.';
    assert.deepEqual(roleIn(speech, 'As delivered'), { role: 'statement', rule: 'role:stage-direction' });
  });
});
