import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { roleIn } from './roles-helpers';

/**
 * Role classes of session 12, read first on the five newest development
 * documents and counted on the fifteen before them: a sentence that opens
 * with 'Others', whatever its verb or tense, sets out the other side; a reply
 * ('replied that', 'countered that') answers the view before it, so it is the
 * other side too, not a datum; dissent told in the past tense is still
 * dissent; and what the parties or a session of a meeting took up ('The
 * ministers reviewed …', 'The second session turned to …') is the agenda a
 * summary reports, not a claim of its own, and what was said under it
 * reports the exchange: it does not back the item.
 */

describe('Roles of session 12 (the five newest documents first)', () => {
  it('Reads a sentence opening with "Others" as the other side, in any tense', () => {
    const text = 'Some pilots praised the new quay. Others were unconvinced. Others warned that the channel silts up every spring. Others later cautioned that dredging costs too much. The board met again in May.';
    assert.deepEqual(roleIn(text, 'Others were unconvinced'), { role: 'contrast', rule: 'role:other-view' });
    assert.deepEqual(roleIn(text, 'Others warned'), { role: 'contrast', rule: 'role:other-view' });
    assert.deepEqual(roleIn(text, 'Others later cautioned'), { role: 'contrast', rule: 'role:other-view' });
  });
  it('Leaves "Other <noun>" and "others" inside a sentence to the other rules', () => {
    const text = 'The fleet is old. Other navies operate larger fleets. The admiral and others inspected the yard in 2019. Ships wait.';
    assert.notEqual(roleIn(text, 'Other navies').rule, 'role:other-view');
    assert.notEqual(roleIn(text, 'and others inspected').rule, 'role:other-view');
  });
  it('Reads a reply as the other side of the exchange, present or past, named or not', () => {
    const text = 'One pilot said the quay is too short. Another replied that the tugs, not the quay, cause the delays. The harbour master countered that the quay was lengthened in 2019. Ships wait.';
    assert.deepEqual(roleIn(text, 'Another replied'), { role: 'contrast', rule: 'role:reply' });
    assert.deepEqual(roleIn(text, 'countered that'), { role: 'contrast', rule: 'role:reply' });
  });
  it('Keeps a reply inside a relative clause about someone as no reply of the sentence', () => {
    const text = 'The fleet is old. The admiral, who replied that the yard is small, inspected 40 hulls in 2019. Ships wait.';
    assert.notEqual(roleIn(text, 'who replied').rule, 'role:reply');
  });
  it('Reads dissent told in the past tense as the other side, and the writer’s own dissent as a thesis', () => {
    const text = 'The port authority wanted a second quay. A shipowner from Riga disagreed, saying that tolls of €40 per berth leave no margin. Crews train in the spring.';
    assert.deepEqual(roleIn(text, 'disagreed'), { role: 'contrast', rule: 'role:dissent' });
    assert.equal(roleIn('The port authority wants a second quay. We disagree. The old quay is long enough.', 'We disagree').role, 'thesis');
  });
  it('Reads what the parties or a session of a meeting took up as the agenda, not as a claim', () => {
    const text = 'The workshop met in Riga.\n\nThe second session turned to the pilots.\n\nParticipants also discussed the tolls at the quay.\n\nThe ministers reviewed the dredging of the channel.\n\nThe channel silts up every spring.';
    assert.deepEqual(roleIn(text, 'second session turned to'), { role: 'statement', rule: 'role:meeting-agenda' });
    assert.deepEqual(roleIn(text, 'Participants also discussed'), { role: 'statement', rule: 'role:meeting-agenda' });
    assert.deepEqual(roleIn(text, 'ministers reviewed'), { role: 'statement', rule: 'role:meeting-agenda' });
  });
  it('Leaves a review that is not the meeting’s agenda to the other rules', () => {
    const text = 'The fleet is old.\n\nAuditors reviewed 40 contracts signed in 2019.\n\nThe yard reviewed its prices, and the navy turned to Riga.';
    assert.notEqual(roleIn(text, 'Auditors reviewed').rule, 'role:meeting-agenda');
    assert.notEqual(roleIn(text, 'The yard reviewed').rule, 'role:meeting-agenda');
  });
  it('Links no report under a meeting’s agenda item to the item, while background still gathers its facts', () => {
    const text = 'The workshop met in Riga.\n\nThe second session turned to the pilots. One pilot said that crews trained in Gdansk in 2019. The yard in Riga built two tugs in 2020.\n\n' +
      'Ten years ago the port of Gdansk was the busiest on the coast. Poland spent 2% of its budget there in 2015. Riga lost 20% of its cargo in 2016.';
    const analysis = analyse(text, { format: 'plain' });
    const claims = analysis.claims.map((c) => ({ ...c, text: text.slice(c.start, c.end) }));
    const at = (words: string) => claims.findIndex((c) => c.text.includes(words));
    const agenda = at('turned to the pilots'), background = at('Ten years ago');
    assert.deepEqual(claims[at('built two tugs')].supports, []);
    assert.deepEqual(claims[at('One pilot said')].supports, []);
    assert.deepEqual(claims[at('Riga lost')].supports, [background]);
    assert.ok(agenda >= 0 && claims.every((c) => !c.supports.includes(agenda)));
  });
});
