import { strict as assert } from 'node:assert';
import { roleIn } from './roles-helpers';

/**
 * Role classes of session 11, read first on the six newest development
 * documents and counted on the fourteen before them: a plan that a named body
 * will carry out, stated with its figures, is the plan set out (a statement),
 * not a datum offered in support of something else.
 */


describe('Roles of session 11 (the six newest documents first)', () => {
  it('Reads what a named body will do, with its figures, as the plan set out, not as evidence', () => {
    const text = 'Ferries are late every winter. The Harbour Board of Tallinn will hire 40 pilots over three years. Crews train in the spring.';
    assert.deepEqual(roleIn(text, 'will hire 40 pilots'), { role: 'statement', rule: 'role:measured-plan' });
  });
  it('Keeps a figure that names nobody who will act, or tells of what was done, as evidence', () => {
    const nobody = 'Ferries are late every winter. A second tug will cut waiting times by 40 percent. Crews train in the spring.';
    assert.notEqual(roleIn(nobody, 'cut waiting times').rule, 'role:measured-plan');
    const done = 'Ferries are late every winter. The Harbour Board of Tallinn hired 40 pilots last year at a cost of €2 million. Crews train in the spring.';
    assert.deepEqual(roleIn(done, 'hired 40 pilots').role, 'evidence');
  });
});
