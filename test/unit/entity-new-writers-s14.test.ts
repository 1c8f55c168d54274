import { strict as assert } from 'node:assert';
import { read, readDocument } from './entities-helpers';
import type { Entity } from '../../src/core/model/model';

/**
 * Classes of entity misses that session 13's six blind documents shared with other development
 * documents (session 14, brief ents22), shown on sentences written here.
 */
const shown = (found: readonly Entity[]) => found.map((e) => `${e.name} (${e.type}: ${e.why.map((r) => r.rule).join(' ')})`).join(', ');
const typeOf = (found: readonly Entity[], name: string) => found.find((e) => e.name === name)?.type;
const rulesOf = (found: readonly Entity[], name: string) => found.find((e) => e.name === name)?.why.map((r) => r.rule) ?? [];

describe('Entities written by new hands (issue #13, session 14)', () => {
  it('heads.json "Levy" — a charge named by its head is a programme, not a body or an unknown name', () => {
    const found = read('The Treasury will fund the frigates through a Harbour Dues Levy on cruise operators, and the Carbon Windfall Levy ends in 2028.');
    assert.equal(typeOf(found, 'Harbour Dues Levy'), 'treaty_or_program', shown(found));
    assert.equal(typeOf(found, 'Carbon Windfall Levy'), 'treaty_or_program', shown(found));
    assert.ok(rulesOf(found, 'Carbon Windfall Levy').includes('entity:head'), shown(found));
  });

  it('heads.json "Embassy" — a state\'s embassy, named with "of" or after its state, is an organisation', () => {
    const found = read('A counsellor from the Embassy of Velland asked whether the Orsk Embassy would attend the briefing.');
    assert.equal(typeOf(found, 'Embassy of Velland'), 'organization', shown(found));
    assert.equal(typeOf(found, 'Orsk Embassy'), 'organization', shown(found));
    assert.ok(!found.some((e) => e.name === 'Velland' && e.type !== 'place'), shown(found));
  });

  it('heads.json streets — a street named in a sentence is a place, the city after it another', () => {
    const found = read('The coalition rents rooms at 9 Tanner Walk, Oakhaven, and its panel met at 300 Lindqvist Avenue SE in the spring.');
    assert.equal(typeOf(found, 'Tanner Walk'), 'place', shown(found));
    assert.equal(typeOf(found, 'Lindqvist Avenue'), 'place', shown(found));
  });

  it('entity:street-address — the street of a letter\'s address block is a place, though no sentence names it', () => {
    const text = 'The Honorable Priya Castellane\nMinister of Ports\nMinistry of Ports\n2200 Marrow Quay Road NE\nPortwick, Velland\n\nDear Minister Castellane:\n\nWe write about the dredging budget for the northern harbour.\n';
    const found = readDocument(text, 'markdown').entities;
    assert.equal(typeOf(found, 'Marrow Quay Road'), 'place', shown(found));
    assert.ok(rulesOf(found, 'Marrow Quay Road').includes('entity:street-address'), shown(found));
  });

  it('entity:street-address — a range of house numbers opens the line as one number does', () => {
    const text = 'For copies of this report please contact: Harbour Audit Office Press Office,\n40-44 Kestrel Bank Street, Portwick PW2 9QT\n\nThe audit found that the dredging contract ran late.\n';
    const found = readDocument(text, 'plain').entities;
    assert.equal(typeOf(found, 'Kestrel Bank Street'), 'place', shown(found));
  });

  it('entity:street-address — a street head that does not end its line or meet a comma names no street', () => {
    const text = '## 3 Ring Road Options\n\nThe council weighed three routes for the bypass.\n';
    const found = readDocument(text, 'markdown').entities;
    assert.ok(!found.some((e) => /Road/.test(e.name)), shown(found));
  });
});
