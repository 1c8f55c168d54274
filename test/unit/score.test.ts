import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { scoreGold, type Gold } from '../../bench/score';

/** The measures `npm run eval` reports, on a short text annotated here. */
describe('Scoring against a hand annotation', () => {
  const text = 'The distances involved are telling.\n\nTroops and tanks moved to the border in 2024.';
  const gold = (acceptable: string[]): Gold => ({
    doc: 'x.txt',
    sections: [],
    sentences: [
      { text: 'The distances involved are telling.', primary: acceptable[0], acceptable },
      { text: 'Troops and tanks moved to the border in 2024.', primary: 'military', acceptable: ['military'] },
      { text: 'A sentence the text does not have.', primary: 'none', acceptable: ['none'] },
    ],
    entities: [],
    figures: [{ text: '2024', kind: 'date', year: 2024 }],
  });

  it('Counts an unclassified claim right where the annotation accepts "none", and a sentence not read as a claim never', () => {
    const analysis = analyse(text, { format: 'plain' });
    assert.equal(analysis.claims[0].primary, null);
    assert.deepEqual(scoreGold(analysis, gold(['military', 'none'])).claims, { right: 2, total: 3 });
    assert.deepEqual(scoreGold(analysis, gold(['military'])).claims, { right: 1, total: 3 });
  });
});
