import { strict as assert } from 'node:assert';
import { readLinks as read } from './support-helpers';

/**
 * Support links read on session 12's blind round and the fourteen before it
 * (issue #12, session 13): a datum after a premise argued from a figure backs
 * the thesis its paragraph opens with, not the premise.
 */

describe('Support links of session 13 (issue #12)', () => {
  it('Links the data after a premise argued from a figure to the thesis the paragraph opens with', () => {
    const text = 'Export Outlook\n\nThe ministry is too confident about exports next year.\n\n' +
      'The central bank is wrong to cut its export forecast so little. A wider tariff dispute would cut exports by a fifth. ' +
      'In May the Commission proposed duties of 25% on steel from the region. Orders for machine tools fell by 12% in the first quarter.';
    const { claims, at, linkRule } = read(text);
    const thesis = at('wrong to cut');
    const premise = at('would cut exports');
    assert.equal(claims[premise].role, 'reason');
    assert.deepEqual(claims[premise].supports, [thesis]);
    for (const datum of [at('proposed duties'), at('fell by 12%')]) {
      assert.deepEqual(claims[datum].supports, [thesis]);
      assert.equal(linkRule(datum), 'support:backs-opening-past-figured-premise');
    }
  });
  it('Still links a datum to the plain reason just before it', () => {
    const text = 'Export Outlook\n\nThe ministry is too confident about exports next year.\n\n' +
      'The ministry has underrated the risk. Its forecast assumes that the new rail link opens on time. ' +
      'The opening of the link has slipped by 14 months since 2021.';
    const { claims, at } = read(text);
    assert.deepEqual(claims[at('slipped by 14 months')].supports, [at('assumes that')]);
  });
});
