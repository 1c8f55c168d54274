import { strict as assert } from 'node:assert';
import { readFixture } from './entities-helpers';

/**
 * Entity rules of session 21 (issue #13). The fixtures (test/fixtures/names-s21) are written here, in new
 * words: an assembly's resolution and a board's note, no sentence taken from a sample.
 */

describe('Operative verbs a resolution writes in capitals (issue #13, session 21)', () => {
  it('entity:operative-verb — "The Assembly REAFFIRMS that", "It DEPLORES the", "URGES Coastal Members", "and therefore DEPLORES" are verbs, no names', () => {
    const { entities, shown } = readFixture('names-s21/assembly-resolution.md');
    for (const verb of ['REAFFIRMS', 'DEPLORES', 'URGES', 'DIRECTS']) assert.ok(!entities.some((e) => e.name === verb), `${verb}\n${shown}`);
  });

  it('entity:operative-verb — near miss: an acronym of the same resolution after "the" names an office and stays a name', () => {
    const { entities, shown } = readFixture('names-s21/assembly-resolution.md');
    assert.ok(entities.some((e) => e.name === 'HARPOS'), shown);
  });

  it('entity:operative-verb — near miss: fewer than three such words ("told TALMAR that", "asked QENVO the") make no convention: the acronyms stay names', () => {
    const { entities, shown } = readFixture('names-s21/two-verbs-memo.txt');
    for (const name of ['TALMAR', 'QENVO', 'VESTRA']) assert.ok(entities.some((e) => e.name === name), `${name}\n${shown}`);
  });
});
