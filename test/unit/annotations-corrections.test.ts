import { strict as assert } from 'node:assert';
import { isReaders } from '../../src/core/annotations/corrections';
import { applyReaderLayer } from '../../src/core/annotations/layer';
import type { Correction } from '../../src/core/annotations/model';
import { makeAnnotation } from '../../src/core/annotations/write';
import { pack } from '../../src/core/model/packed';
import { unpack } from '../../src/core/model/unpack';
import { NO_ARGUMENT, NO_REASONS, type Analysis, type Claim, type Entity, type Figure } from '../../src/core/model/model';

// A model written by hand (not by the analyser), so these tests show what a correction does whatever the analysers read.
const TEXT =
  'Belarus exported 12 million tonnes of potash through Klaipeda in 2020. ' +
  'President Aleksandr Lukashenko called the sanctions an act of war. ' +
  'President Batka later said the border troops would stay.';
const at = (words: string, from = 0) => ({ start: TEXT.indexOf(words, from), end: TEXT.indexOf(words, from) + words.length });
const SCORES = { geopolitical: 0, military: 0, economic: 0 };
const claim = (words: string, primary: Claim['primary'], figures: number[], entities: string[]): Claim => ({
  ...at(words),
  section: null,
  block: 0,
  categories: SCORES,
  primary,
  secondary: null,
  role: 'statement',
  cues: [],
  figures,
  entities,
  why: NO_REASONS,
  ...NO_ARGUMENT,
});
const entity = (id: string, name: string, type: Entity['type']): Entity => ({ id, name, type, aliases: [], mentions: [{ ...at(name), entity: id }], why: NO_REASONS });
const figure = (words: string, kind: Figure['kind'], year: number | null): Figure => ({
  ...at(words),
  kind,
  value: 0,
  high: null,
  unit: null,
  year,
  period: null,
  about: null,
  claim: 0,
  why: NO_REASONS,
});
const MODEL: Analysis = {
  text: TEXT,
  format: 'plain',
  bomRemoved: false,
  sections: [],
  blocks: [],
  claims: [
    claim('Belarus exported 12 million tonnes of potash through Klaipeda in 2020.', 'economic', [0, 1], ['place:belarus', 'place:klaipeda']),
    claim('President Aleksandr Lukashenko called the sanctions an act of war.', 'military', [], ['person:aleksandr-lukashenko']),
    claim('President Batka later said the border troops would stay.', 'military', [], ['person:batka']),
  ],
  entities: [
    entity('place:belarus', 'Belarus', 'place'),
    entity('place:klaipeda', 'Klaipeda', 'organization'),
    entity('person:aleksandr-lukashenko', 'Aleksandr Lukashenko', 'person'),
    entity('person:batka', 'Batka', 'person'),
  ],
  figures: [figure('12 million tonnes', 'quantity', null), figure('2020', 'date', 2020)],
  warnings: [],
};

let n = 0;
function corrected(...corrections: [string, Correction][]) {
  const annotations = corrections.map(([words, correction]) => makeAnnotation(`urn:test:${++n}`, TEXT, at(words), { correction }, '2026-01-01T00:00:00Z'));
  return applyReaderLayer(MODEL, annotations);
}

describe('Corrections applied to the model', () => {
  it('Keeps the cues and reasons of a model unpacked on the extension host, where they are read lazily', () => {
    const cue = { ...at('potash'), category: 'economic' as const, term: 'potash', weight: 2 };
    const why = [{ rule: 'claim:term', weight: 2, about: 'category', words: 'potash' }];
    const rich = { ...MODEL, claims: MODEL.claims.map((c, i) => (i === 0 ? { ...c, cues: [cue], why } : c)), entities: MODEL.entities.map((e) => ({ ...e, why })) };
    const { packed } = pack(rich);
    const host = { ...unpack(packed), text: TEXT };
    const annotations = [
      makeAnnotation('urn:test:lazy-1', TEXT, at('Belarus exported'), { correction: { field: 'entity', value: 'none' } }, '2026-01-01T00:00:00Z'),
      makeAnnotation('urn:test:lazy-2', TEXT, at('Klaipeda in'), { correction: { field: 'entity-type', value: 'place' } }, '2026-01-01T00:00:00Z'),
    ];
    const { analysis } = applyReaderLayer(host, annotations);
    assert.deepEqual(analysis.claims[0].cues.map((c) => c.term), ['potash']);
    assert.deepEqual(analysis.claims[0].why.map((r) => r.rule), ['claim:term']);
    const klaipeda = analysis.entities.find((e) => e.id === 'place:klaipeda')!;
    assert.deepEqual(klaipeda.why.map((r) => r.rule), ['entity:set-by-reader', 'claim:term']);
  });

  it('Re-tags a claim from any of its words, marks it as the reader’s and says why', () => {
    const { analysis } = corrected(['called the sanctions', { field: 'category', value: 'geopolitical' }]);
    const changed = analysis.claims[1];
    assert.equal(changed.primary, 'geopolitical');
    assert.ok(isReaders(changed));
    assert.deepEqual(changed.why[0], { rule: 'claim:set-by-reader', weight: 1, about: 'category', words: 'geopolitical' });
    assert.ok(!isReaders(analysis.claims[0]) && !isReaders(analysis.claims[2]));
    assert.equal(MODEL.claims[1].primary, 'military', 'the analyser’s model is not changed');
  });

  it('Sets a claim to no category, and sets its role', () => {
    const { analysis } = corrected(
      ['President Batka later said', { field: 'category', value: 'none' }],
      ['President Batka later said', { field: 'role', value: 'evidence' }],
    );
    assert.equal(analysis.claims[2].primary, null);
    assert.equal(analysis.claims[2].role, 'evidence');
  });

  it('A later correction of the same field wins', () => {
    const { analysis } = corrected(['Belarus exported', { field: 'category', value: 'military' }], ['potash through', { field: 'category', value: 'geopolitical' }]);
    assert.equal(analysis.claims[0].primary, 'geopolitical');
  });

  it('Changes an entity’s type and canonical name, keeping the old name as an alias', () => {
    const { analysis } = corrected(['Klaipeda', { field: 'entity-type', value: 'place' }], ['Klaipeda', { field: 'entity-name', value: 'Port of Klaipeda' }]);
    const port = analysis.entities.find((e) => e.id === 'place:klaipeda')!;
    assert.equal(port.type, 'place');
    assert.equal(port.name, 'Port of Klaipeda');
    assert.deepEqual(port.aliases, ['Klaipeda']);
    assert.ok(isReaders(port));
  });

  it('Merges two names of one person: mentions, aliases and the claims that name them', () => {
    const { analysis } = corrected(['Batka', { field: 'entity-same-as', value: 'aleksandr lukashenko' }]);
    assert.deepEqual(
      analysis.entities.map((e) => e.id),
      ['place:belarus', 'place:klaipeda', 'person:aleksandr-lukashenko'],
    );
    const person = analysis.entities[2];
    assert.deepEqual(person.aliases, ['Batka']);
    assert.deepEqual(
      person.mentions.map((m) => TEXT.slice(m.start, m.end)),
      ['Aleksandr Lukashenko', 'Batka'],
    );
    assert.deepEqual(analysis.claims[2].entities, ['person:aleksandr-lukashenko']);
  });

  it('Takes out what is not an entity, from the entities and from its claim', () => {
    const { analysis } = corrected(['Belarus exported', { field: 'entity', value: 'none' }]);
    assert.ok(!analysis.entities.some((e) => e.id === 'place:belarus'));
    assert.deepEqual(analysis.claims[0].entities, ['place:klaipeda']);
  });

  it('Takes out what is not a figure, renumbering the figures its claim points to', () => {
    const { analysis } = corrected(['12 million tonnes', { field: 'figure', value: 'none' }]);
    assert.deepEqual(
      analysis.figures.map((f) => TEXT.slice(f.start, f.end)),
      ['2020'],
    );
    assert.deepEqual(analysis.claims[0].figures, [0]);
  });

  it('Sets a figure’s year and what it measures', () => {
    const { analysis } = corrected(['12 million tonnes', { field: 'figure-year', value: '2020' }], ['12 million tonnes', { field: 'figure-about', value: 'potash exports' }]);
    assert.equal(analysis.figures[0].year, 2020);
    assert.equal(analysis.figures[0].about, 'potash exports');
    assert.ok(isReaders(analysis.figures[0]));
  });

  it('Orphans a correction with nothing under it, and changes nothing', () => {
    const { analysis, placed } = corrected(['Belarus exported', { field: 'figure-year', value: '1999' }]);
    assert.deepEqual(placed[0].anchor, { status: 'orphaned', range: null });
    assert.deepEqual(analysis.figures, MODEL.figures);
  });
});
