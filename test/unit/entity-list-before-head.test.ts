import { strict as assert } from 'node:assert';
import { read, summary } from './entities-helpers';

/**
 * A list of capitalised words closed by a head word is one name (entity:list-before-head, issue #13): its
 * items say what the body or the law is for and name nothing alone. A list of names of their own is not joined.
 */
describe('Entity boundaries — a list before its head', () => {
  it('entity:list-before-head — "A, B and C Office" and "A, B and C Fund" are one name each, with their head\'s type', () => {
    const text =
      'Grants for drainage rose. The Conservation, Irrigation and Drainage Board met on Monday. ' +
      'Money came from the Housing, Transport and Regeneration Fund in March.';
    const found = read(text);
    const board = found.find((e) => e.name === 'Conservation, Irrigation and Drainage Board');
    assert.equal(board?.type, 'organization', summary(text, found).join('\n'));
    assert.ok(board.why.some((r) => r.rule === 'entity:list-before-head'), JSON.stringify(board.why));
    assert.equal(found.find((e) => e.name === 'Housing, Transport and Regeneration Fund')?.type, 'treaty_or_program', summary(text, found).join('\n'));
    assert.ok(!found.some((e) => e.name === 'Drainage Board' || e.name === 'Regeneration Fund' || e.name === 'Conservation'), summary(text, found).join('\n'));
  });

  it('an act named for a department\'s list is one act; after "the" the act\'s name begins anew', () => {
    const text =
      'Money is set in the Department of Labour, Public Works, and Related Services Appropriations Act each year. ' +
      'The Senate of the Stabilization, Resettlement and Livelihood Recovery Act was praised.';
    const found = read(text);
    const act = found.find((e) => e.name === 'Department of Labour, Public Works, and Related Services Appropriations Act');
    assert.equal(act?.type, 'treaty_or_program', summary(text, found).join('\n'));
    assert.equal(found.find((e) => e.name === 'Stabilization, Resettlement and Livelihood Recovery Act')?.type, 'treaty_or_program', summary(text, found).join('\n'));
    assert.ok(!found.some((e) => e.name.startsWith('Senate of the')), summary(text, found).join('\n'));
  });

  it('names of their own are not joined: places, proper names, bodies after a complement, a list that goes on', () => {
    const text =
      'Ministers from Spain, Portugal and Greece Council members spoke. Tarvik, Ostrell and Pemberly Group bid again. ' +
      'The Ministry of Harbours, Treasury and Cabinet Office met. The Mining, Forestry and Water Services, Health, and Related Agencies act passed.';
    const found = read(text);
    const names = found.map((e) => e.name);
    for (const joined of ['Spain, Portugal and Greece Council', 'Tarvik, Ostrell and Pemberly Group', 'Ministry of Harbours, Treasury and Cabinet Office', 'Mining, Forestry and Water Services']) {
      assert.ok(!names.includes(joined), `${joined}\n${summary(text, found).join('\n')}`);
    }
    assert.ok(names.includes('Cabinet Office') && names.includes('Ministry of Harbours'), summary(text, found).join('\n'));
  });
});
