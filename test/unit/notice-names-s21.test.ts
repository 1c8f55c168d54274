import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../src/core/analyse';
import { toJson } from '../../src/core/model/contract';

/**
 * The names of a box read aside under a notice's label keep their evidence (issue #13, session 21,
 * branch entsB21): since furnB21 a labelled box is read aside (notice:under-label, `read: true`), and
 * its names had lost entity:in-notice. words.json lists notice:under-label among noticeNames again and,
 * as a box of prose, among noticeProse: a name only the box gives stays unless it is nothing but its
 * capitals. The fixture (test/fixtures/notice-names-s21) is written for these tests.
 */

const FILE = join(process.cwd(), 'test', 'fixtures', 'notice-names-s21', 'ferry-note.txt');

/** Each entity of the fixture by name: its type and the rules that made it. */
function entities(): Map<string, { type: string; rules: string[] }> {
  const model = toJson(analyse(readFileSync(FILE, 'utf8'), { hint: FILE }));
  return new Map(model.entities.map((e) => [e.name, { type: e.type, rules: e.why.map((w) => w.rule) }]));
}

describe('Names in a box read aside under a label (session 21, entsB21)', () => {
  it('Keeps a programme named only in an "About the Programme" box, with entity:in-notice', () => {
    const found = entities().get('Coastal Ferries Programme');
    assert.ok(found, JSON.stringify([...entities().keys()]));
    assert.ok(found.rules.includes('entity:in-notice'), JSON.stringify(found));
  });

  it('Gives entity:in-notice to a body the disclaimer under "DISCLAIMER" names', () => {
    const found = entities().get('Saltmarsh Institute');
    assert.ok(found?.rules.includes('entity:in-notice'), JSON.stringify(found));
  });

  it('Does not give entity:in-notice to a body named only in the argument', () => {
    const found = entities().get('Harbour Board');
    assert.ok(found && !found.rules.includes('entity:in-notice'), JSON.stringify(found));
  });

  it('Reads no name from the disclaimer’s words written in capitals ("LIMITS AND RESERVATIONS")', () => {
    const names = [...entities().keys()];
    assert.ok(!names.some((n) => /RESERVATIONS|LIMITS/.test(n)), JSON.stringify(names));
  });
});
