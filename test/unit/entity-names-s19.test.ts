import { strict as assert } from 'node:assert';
import { assertRuled, readFixture, ruled } from './entities-helpers';

/**
 * Entity rules of session 19 (issue #13): people named by a field labelled with a role one person
 * holds ("Rapporteur:", "Host:", "Press Officer:") or after "led by", the Gulf as a region, words of
 * trade, and letters after a name. The fixtures (test/fixtures/role-fields, test/fixtures/names-s19)
 * are written here, in new words, with given names no list holds.
 */

describe('People named by their role in a field (issue #13, session 19)', () => {
  it('entity:role-field — a roundtable\'s host and rapporteur fields and a press officer\'s line name people (words.json roleLabels)', () => {
    assertRuled('role-fields/seminar-summary.md', ['Branwen Tallis-Okoro', 'Solveig Achterberg', 'Idris Penhallow-Vane'], 'person', 'entity:role-field');
  });

  it('entity:role-field — a rapporteur between separators of a procedure line', () => {
    assertRuled('role-fields/committee-report.md', ['Tamsin Kovalenko-Hart'], 'person', 'entity:role-field');
  });

  it('entity:role-field — near misses: a firm or a broadcaster written as two bare words, and a post closing with a role word, name no person', () => {
    const { entities, shown } = readFixture('role-fields/brand-values.md');
    assert.ok(!entities.some((e) => e.type === 'person' || ruled(e.why, 'entity:role-field')), shown);
    assert.ok(!entities.some((e) => e.name === 'Contributing Editor'), shown);
  });

  it('entity:role-field — a body in the field (a head word in the value) names no person', () => {
    const { entities, shown } = readFixture('role-fields/near-fields.md');
    assert.ok(!entities.some((e) => e.type === 'person' || ruled(e.why, 'entity:role-field')), shown);
    assert.ok(entities.some((e) => e.name === 'Northgate Maritime Institute' && e.type === 'organization'), shown);
  });
});

describe('People named as who leads (issue #13, session 19)', () => {
  it('entity:led-by — a name of two words after "led by" is a person when it carries a person\'s evidence (its surname alone later, "she" after it)', () => {
    assertRuled('role-fields/led-by.md', ['Oskar Brennavik', 'Yevgenia Lortas'], 'person', 'entity:led-by');
  });

  it('entity:led-by — near misses: a party, an armed group, a firm with its legal form and title-case goods after "led by" are no people', () => {
    const { entities, shown } = readFixture('role-fields/led-by-bodies.md');
    assert.ok(!entities.some((e) => e.type === 'person' || ruled(e.why, 'entity:led-by')), shown);
  });

  it('entity:led-by — a company or a country after "led by" keeps its own type', () => {
    const { entities, shown } = readFixture('role-fields/led-by.md');
    assert.ok(entities.some((e) => e.name === 'Northgate Shipping' && e.type === 'organization' && !ruled(e.why, 'entity:led-by')), shown);
    assert.ok(entities.some((e) => e.name === 'Norway' && e.type === 'place'), shown);
  });
});

describe('Places and companies the lists name (issue #13, session 19)', () => {
  it('entity:listed — "the Gulf" alone is the region (places.json regions), and "Gulf of Aden" stays its own name', () => {
    const { entities, shown } = readFixture('names-s19/gulf.md');
    const gulf = entities.find((e) => e.name === 'Gulf');
    assert.ok(gulf && gulf.type === 'place' && ruled(gulf.why, 'entity:listed') && gulf.mentions.length === 2, shown);
    assert.ok(entities.some((e) => e.name === 'Gulf of Aden' && e.type === 'place'), shown);
  });

  it('entity:listed — near miss: a one-word region with a capitalised word after it opens a longer name, and is no region there', () => {
    const { entities, shown } = readFixture('names-s19/gulf-longer.md');
    assert.ok(!entities.some((e) => e.name === 'Gulf' || e.name === 'Stream'), shown);
  });

  it('entity:company-word — a proper name before "Engineering" or "Brokers" is a company (heads.json companyWords)', () => {
    assertRuled('names-s19/trade-words.md', ['Osterbay Engineering', 'Pellow Brokers'], 'organization', 'entity:company-word');
  });
});

describe('Letters after a name (issue #13, session 19)', () => {
  it('entity:post-nominal — "MP", "CB", "KCMG" after a name are part of no name and no name of their own (words.json postNominals)', () => {
    const { text, entities, shown } = readFixture('names-s19/post-nominals.txt');
    const minister = entities.find((e) => e.name === 'Tobiah Venners-Lowe');
    assert.ok(minister && minister.type === 'person' && minister.mentions.every((m) => !text.slice(m.start, m.end).includes('MP')), shown);
    assert.ok(!entities.some((e) => /^(?:MP|CB|KCMG)$/.test(e.name) || /\b(?:MP|CB|KCMG)$/.test(e.name)), shown);
    assert.ok(entities.some((e) => e.name === 'Alwyn Draycott') && entities.some((e) => e.name === 'Ysolde Marrack'), shown);
  });
});
