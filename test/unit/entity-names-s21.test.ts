import { strict as assert } from 'node:assert';
import { assertRuled, readFixture, ruled } from './entities-helpers';

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

describe('A body named by its head alone, the document\'s own institution (issue #13, session 21)', () => {
  it('entity:institution-alone — "the Government", capitalised twice and never named in full, is an organisation', () => {
    assertRuled('names-s21/own-institution.txt', ['Government'], 'organization', 'entity:institution-alone');
  });

  it('entity:institution-alone — near misses: a head the document also names in full ("the Ports Tribunal of Eastmere"), or capitalises once ("The Committee")', () => {
    const { entities, shown } = readFixture('names-s21/own-institution.txt');
    assert.ok(!entities.some((e) => ruled(e.why, 'entity:institution-alone') && e.name !== 'Government'), shown);
    assert.ok(!entities.some((e) => e.name === 'Committee'), shown);
  });
});
