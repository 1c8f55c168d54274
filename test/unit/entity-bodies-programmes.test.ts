import { strict as assert } from 'node:assert';
import { read } from './entities-helpers';
import type { Entity } from '../../src/core/model/model';

/**
 * Bodies and programmes (issue #13, session 12): a name's head word says which it is, and where the
 * head is one both bear ("Fund", "Reserve", "Partnership"), what the name does in its sentences.
 */
const shown = (found: readonly Entity[]) => found.map((e) => `${e.name} (${e.type}: ${e.why.map((r) => r.rule).join(' ')})`).join(', ');
const typeOf = (found: readonly Entity[], name: string) => found.find((e) => e.name === name)?.type;

describe('Bodies and programmes told apart (issue #13, session 12)', () => {
  it('entity:head — a "Unit" or a "Grid" heads a body: the department\'s unit, the grid company', () => {
    const found = read('Last year the Port Screening Unit opened nine cases. Northern Power Grid has asked for more time to connect the plant.');
    assert.equal(typeOf(found, 'Port Screening Unit'), 'organization', shown(found));
    assert.equal(typeOf(found, 'Northern Power Grid'), 'organization', shown(found));
  });
});
