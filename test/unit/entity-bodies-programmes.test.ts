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

  it('entity:acts-as-body — a "Fund" or a "Review" that speaks, has a director or is described as a body is a body', () => {
    const found = read(
      'The Harmon Relief Fund said on Monday that grants would slow. Its board met twice. ' +
        'Lina Ortega is deputy editor of the Coastal Review, a quarterly. ' +
        'Orders pass through the Vaccine Supply Enterprise (VSE), an interagency body that meets monthly.',
    );
    for (const name of ['Harmon Relief Fund', 'Coastal Review', 'Vaccine Supply Enterprise']) assert.equal(typeOf(found, name), 'organization', shown(found));
    assert.ok(found.find((e) => e.name === 'Harmon Relief Fund')?.why.some((r) => r.rule === 'entity:acts-as-body'));
  });

  it('entity:runs-as-programme — a "Reserve" or a "Coalition" that is funded, run under or described as a programme is a programme', () => {
    const found = read(
      'Parliament should authorise and fund a National Seed Reserve. ' +
        'The ministers launched the Northern Shipyard Coalition, a joint programme to build patrol boats.',
    );
    assert.equal(typeOf(found, 'National Seed Reserve'), 'treaty_or_program', shown(found));
    assert.equal(typeOf(found, 'Northern Shipyard Coalition'), 'treaty_or_program', shown(found));
  });

  it('leaves a shared head alone when the words around it say nothing, or say both', () => {
    // "Reserve" inside "Tallis Reserve Forces Act" is no head: the Act's head says what it is.
    const found = read('The Harmon Relief Fund grew last year. The Tallis Reserve Forces Act said little about pay.');
    assert.equal(typeOf(found, 'Harmon Relief Fund'), 'treaty_or_program', shown(found));
    assert.equal(typeOf(found, 'Tallis Reserve Forces Act'), 'treaty_or_program', shown(found));
    assert.ok(!found.some((e) => e.why.some((r) => r.rule === 'entity:acts-as-body' || r.rule === 'entity:runs-as-programme')), shown(found));
  });
});
