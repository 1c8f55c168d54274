import { strict as assert } from 'node:assert';
import { readFixture } from './entities-helpers';

/**
 * Entity rules of session 21 (issue #13). The fixtures (test/fixtures/names-s21) are written here, in new
 * words: an assembly's and a conference's resolutions, a board's note and a director's memo, no sentence taken
 * from a sample.
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

  it('entity:operative-verb — a resolution\'s layout: "1. REAFFIRMS its", "RESOLVES to" after a marker, a verb on the line after "having heard …,", "CALLS upon", "- RECOGNISING the" opening a preamble line, "APPROVES the plan" read as described, are verbs, no names', () => {
    const { entities, shown } = readFixture('names-s21/conference-resolution.txt');
    for (const verb of ['RECOGNISING', 'NOTING', 'REAFFIRMS', 'RESOLVES', 'APPROVES', 'CALLS', 'ASKS', 'REGRETS']) assert.ok(!entities.some((e) => e.name === verb), `${verb}\n${shown}`);
  });

  it('entity:operative-verb — near miss: an acronym the same resolution describes after a comma ("KESTRA, the port operator") stays a name', () => {
    const { entities, shown } = readFixture('names-s21/conference-resolution.txt');
    assert.ok(entities.some((e) => e.name === 'KESTRA'), shown);
  });

  it('entity:operative-verb — near miss: a memo\'s acronyms after a lower-case verb ("told DRAVEN that", "reminded KOLTA the", "asked PERVA the") or opening an action list ("- FENRA to check") stay names', () => {
    const { entities, shown } = readFixture('names-s21/agency-memo.txt');
    for (const name of ['DRAVEN', 'KOLTA', 'PERVA', 'VRT', 'FENRA', 'KLM']) assert.ok(entities.some((e) => e.name === name), `${name}\n${shown}`);
  });
});
