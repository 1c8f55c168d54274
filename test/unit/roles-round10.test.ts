import { strict as assert } from 'node:assert';
import { linksIn, roleIn } from './roles-helpers';

/**
 * Support links of session 14, round two (issue #12): under a pledge, the
 * writer's own commitments ('We will …') and the sentences that spell out an
 * item opening with its verb ('Rebuild the quay.') stand as pledges of their
 * own: a programme lists its commitments, it does not argue one from another.
 * A dated step of the procedure a document reports on ('X requested
 * consultations on 3 May', 'Consultations were held in June') tells how the
 * case came to be heard, not a datum offered in support.
 */
describe('Support links of session 14: a programme of commitments', () => {
  it('Does not read a commitment after the thesis its paragraph opens with as arguing a part of it', () => {
    const text = 'The harbour needs a stronger quay. We will rebuild the northern quay by 2031. We will also train twelve new pilots.';
    const { claims, at } = linksIn(text);
    assert.equal(claims[at('We will rebuild')].role, 'thesis');
    assert.deepEqual(claims[at('We will rebuild')].supports, []);
    assert.deepEqual(claims[at('We will also train')].supports, []);
  });
  it('Still links a recommendation in the body of a paragraph to the thesis it opens with, but not the commitment beside it', () => {
    const text = 'The fleet is old.\n\nThe harbour needs a stronger quay. First, the county should fund the northern quay. Second, we will train twelve new pilots.';
    const { claims, at, rule } = linksIn(text);
    assert.deepEqual(claims[at('First, the county')].supports, [at('The harbour needs')]);
    assert.equal(rule(at('First, the county')), 'support:part-of-paragraph-thesis');
    assert.deepEqual(claims[at('Second, we will')].supports, []);
  });
  it('Does not link what follows a pledge written as a command to the command', () => {
    const text =
      '# Our pledges\n\n' +
      '1. **Rebuild the northern quay.** The county should fund the work from the port levy. The harbour board must finish it by 2031.\n' +
      '2. **Keep a tug on call.** The board should hire a second crew for the night.\n';
    const { claims, at } = linksIn(text, 'markdown');
    assert.equal(claims[at('Rebuild the northern quay')].role, 'thesis');
    assert.equal(claims[at('The county should fund')].role, 'thesis');
    assert.deepEqual(claims[at('The county should fund')].supports, []);
    assert.deepEqual(claims[at('The board should hire')].supports, []);
  });
});

describe('Roles of session 14: the steps of a procedure', () => {
  const history =
    'The harbour toll case\n\n' +
    'Norway requested consultations with Sweden on 3 May 2025. Consultations were held in Oslo on 12 June 2025 but did not settle the case. In September 2025 the council established a panel.\n\n' +
    'The toll cost Norwegian ferries 40 million kroner in 2024. Ferry traffic fell by 12% in 2025.';
  it('Reads a dated step of a dispute procedure as a statement, not as evidence', () => {
    assert.deepEqual(roleIn(history, 'Norway requested consultations'), { role: 'statement', rule: 'role:procedure-step' });
    assert.deepEqual(roleIn(history, 'Consultations were held'), { role: 'statement', rule: 'role:procedure-step' });
  });
  it('Keeps a dated fact about the matter in dispute as evidence', () => {
    assert.deepEqual(roleIn(history, 'The toll cost Norwegian ferries'), { role: 'evidence', rule: 'role:dated-event' });
  });
  it('Reads a response to a consultation that names when it opened as a statement', () => {
    const text = 'The Ferry Owners\' Association represents 40 companies. We are glad to respond to the consultation the ministry opened on 2 June 2027. The toll should be capped.';
    assert.deepEqual(roleIn(text, 'respond to the consultation'), { role: 'statement', rule: 'role:procedure-step' });
  });
});
