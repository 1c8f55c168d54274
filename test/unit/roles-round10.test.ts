import { strict as assert } from 'node:assert';
import { linksIn } from './roles-helpers';

/**
 * Support links of session 14, round two (issue #12): under a pledge, the
 * writer's own commitments ('We will …') and the sentences that spell out an
 * item opening with its verb ('Rebuild the quay.') stand as pledges of their
 * own: a programme lists its commitments, it does not argue one from another.
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
