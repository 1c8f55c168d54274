import { strict as assert } from 'node:assert';
import { ModelIndex, spanIndexAt } from '../../src/core/model/lookup';
import type { Analysis } from '../../src/core/model/model';

describe('Lookup', () => {
  it('Finds the span holding an offset, including its end, and nothing in the gaps', () => {
    const spans = [{ start: 0, end: 3 }, { start: 5, end: 9 }, { start: 9, end: 12 }];
    assert.equal(spanIndexAt(spans, 0), 0);
    assert.equal(spanIndexAt(spans, 3), 0);
    assert.equal(spanIndexAt(spans, 4), -1);
    assert.equal(spanIndexAt(spans, 9), 2, 'a span starting at the offset wins over one ending there');
    assert.equal(spanIndexAt(spans, 13), -1);
    assert.equal(spanIndexAt([], 1), -1);
  });

  it('Answers the figure or the entity at an offset, figures first', () => {
    const analysis = {
      text: 'Putin said 36.3% rose.',
      format: 'plain',
      bomRemoved: false,
      sections: [{ title: '(introduction)', level: 1, start: 0, end: 22, heading: { start: 0, end: 0 }, parent: null }],
      blocks: [],
      claims: [],
      entities: [{ id: 'person:putin', name: 'Putin', type: 'person', aliases: [], mentions: [{ start: 0, end: 5, entity: 'person:putin' }] }],
      figures: [{ start: 11, end: 16, kind: 'percent', value: 36.3, high: null, unit: '%', year: null, period: null, about: null, claim: null }],
      warnings: [],
    } as unknown as Analysis;
    const index = new ModelIndex(analysis);
    assert.equal(index.hitAt(2)?.kind, 'entity');
    const hit = index.hitAt(12);
    assert.equal(hit?.kind === 'figure' && hit.figure.value, 36.3);
    assert.equal(index.hitAt(8), undefined);
    assert.equal(index.sectionAt(20)?.title, '(introduction)');
  });
});
