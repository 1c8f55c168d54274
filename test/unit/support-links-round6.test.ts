import { strict as assert } from 'node:assert';
import { readLinks as read } from './support-helpers';

/**
 * Support links narrowed on session 12's twenty newest documents (issue #12):
 * a figure or a dated event in a later paragraph of a section, with no claim of
 * its own paragraph to back, is a datum of its own, not proof of the claim the
 * section opens with (a quoted voice under a release's lede still speaks to
 * it); a plan or forecast for later is not what the datum before it backs; and
 * the speaker's own view inside a paragraph stands beside its opening thesis,
 * not as a part of it.
 */

describe('Support links of session 12 (issue #12)', () => {
  it('Leaves a dated figure in a later paragraph unlinked to the thesis its section opens with', () => {
    const text = 'Port Security\n\nThe harbour authority has neglected its cranes for a decade.\n\n' +
      'In March 2021 the authority bought 14 new scanners for $32 million. The scanners cleared 4,200 containers a day in 2023.';
    const { claims, at } = read(text);
    const opening = at('neglected its cranes');
    assert.ok(!claims[at('bought 14 new scanners')].supports.includes(opening));
    assert.ok(!claims[at('cleared 4,200')].supports.includes(opening));
  });
  it('Still links the quotes under a release’s lede to the news it announces', () => {
    const text = 'OSLO, May 4, 2026 — The Ministry of Fisheries today announced a new patrol fund for the northern coast.\n\n' +
      '"This fund puts more boats where the poachers are," said the Minister of Fisheries.\n\n' +
      '"Our crews have waited years for this," said the head of the coast guard.';
    const { claims, at } = read(text);
    const lede = at('today announced');
    assert.deepEqual(claims[at('puts more boats')].supports, [lede]);
    assert.deepEqual(claims[at('waited years')].supports, [lede]);
  });
  it('Does not read a datum as backing the plan for a date that follows it in its paragraph', () => {
    const text = 'Grid Reserve\n\nThe reserve holds too few spare transformers.\n\n' +
      'Orders for transformers rose by 40% in 2024. The Department will publish a new procurement plan by June 2027.';
    const { claims, at } = read(text);
    assert.equal(claims[at('will publish')].role, 'thesis');
    assert.ok(!claims[at('rose by 40%')].supports.includes(at('will publish')));
  });
});
