import { strict as assert } from 'node:assert';
import { roleIn } from './roles-helpers';

/**
 * Conclusions of session 13 (issue #12): a paragraph that closes on a
 * condition pointing back to what it spoke of ('If it waits, …', 'Unless the
 * money follows, …') says what the paragraph comes to; a condition on a new
 * case, on the reader, or one inside the paragraph does not.
 */
describe('Conclusions: a conditional close', () => {
  const harbour =
    'The harbour board should rebuild the northern quay.\n\n' +
    'The quay was built for ferries half the size of today\'s. Two of its piers have cracked since the last storm. If it waits another winter, the next storm will make the choice for it.\n\n' +
    'The ferry lines have offered to share the cost. Their offer runs out in the spring. Unless the board answers by then, the ferries will keep to the long route round the cape.\n\n' +
    'The pilots train at the old school.';
  it('Reads "If it …" closing a paragraph as the conclusion the paragraph comes to', () => {
    assert.deepEqual(roleIn(harbour, 'If it waits another winter'), { role: 'conclusion', rule: 'role:conditional-close' });
  });
  it('Reads "Unless …" closing a paragraph as its conclusion', () => {
    assert.deepEqual(roleIn(harbour, 'Unless the board answers'), { role: 'conclusion', rule: 'role:conditional-close' });
  });
  it('Leaves a condition inside its paragraph a reason', () => {
    const text = harbour.replace('If it waits another winter, the next storm will make the choice for it.', 'If it waits another winter, the next storm will make the choice for it. The board meets in May.');
    assert.notEqual(roleIn(text, 'If it waits another winter').role, 'conclusion');
  });
  it('Does not read a condition on a new case closing a paragraph as a conclusion', () => {
    const text = harbour.replace('If it waits another winter', 'If the ferries move to Kessby');
    assert.notEqual(roleIn(text, 'If the ferries move').rule, 'role:conditional-close');
  });
  it('Does not read a condition on the reader closing a paragraph as a conclusion', () => {
    const text = harbour.replace('If it waits another winter, the next storm will make the choice for it.', 'If you sail on the morning ferry, you will land an hour later.');
    assert.notEqual(roleIn(text, 'If you sail').role, 'conclusion');
  });
});
