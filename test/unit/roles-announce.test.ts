import { strict as assert } from 'node:assert';
import { roleIn } from './roles-helpers';
import { ROLE_DATA, compileRoles } from '../../src/core/lexicon/roles';

/**
 * A short sentence announces items when its number counts the things that follow
 * ("three reasons"); a number of units of time or a part of a whole counts none
 * (issue #12: role:announce-time-span, role:announce-share).
 */
describe('Announced items, not spans of time or shares', () => {
  const around = (sentence: string) => `The ferry line to Visby is old. ${sentence} Ferries from Nynäshamn sail at dawn.`;

  it('still reads a count of the points that follow as announcing them', () => {
    for (const s of ['The board weighed two proposals.', 'We see four risks for the islanders.']) assert.deepEqual(roleIn(around(s), s), { role: 'statement', rule: 'role:announces-items' }, s);
  });

  it('reads no announced items in a span of time ("three winters ago" is a count, "three years ago" a span)', () => {
    for (const s of ['The harbour lost its crane two years ago.', 'Repairs stopped the crossings for several weeks.', 'Each inspection took between three and five months.']) {
      assert.notEqual(roleIn(around(s), s).rule, 'role:announces-items', s);
    }
  });

  it('reads no announced items in a share of a whole', () => {
    for (const s of ['The line kept two of its five ferries afloat.', 'Roughly one in four crossings ran late.']) {
      assert.notEqual(roleIn(around(s), s).rule, 'role:announces-items', s);
    }
  });

  it('names the unit lists it reads spans with, and fails on one figures-units.json lacks', () => {
    const announce = ROLE_DATA.announce!;
    assert.ok(compileRoles(ROLE_DATA).announce!.spans.has('decades'));
    assert.throws(() => compileRoles({ ...ROLE_DATA, announce: { ...announce, spans: { ...announce.spans!, units: ['fortnights'] } } }), /fortnights/);
  });
});
