import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';

/**
 * Entity classes seen on documents by other hands (issue #13, session 8), each on sentences written
 * here in new words: the class, never the development documents' sentences.
 */
const entities = (text: string, hint = 'paper.txt') => analyse(text, { hint }).entities;
const typed = (text: string, hint?: string) => entities(text, hint).map((e) => `${e.type} ${e.name}`);

describe('Entity classes of documents by other hands', () => {
  describe('numbered paragraphs of plain text', () => {
    const text = [
      'Harbour stocks',
      '',
      '11. The Royal Danish Navy will escort two tankers with the Hellenic Navy next spring.',
      '',
      '12. Storage will be built in the Northern Cape before 2030.',
      '',
      '13. Coastal Logistics Command will test the plan.',
    ].join('\n');

    it('reads the names of a paragraph whose number opens its line, as in any other paragraph', () => {
      const names = typed(text);
      for (const want of ['organization Royal Danish Navy', 'organization Hellenic Navy', 'place Northern Cape', 'organization Coastal Logistics Command']) {
        assert.ok(names.includes(want), `${want} in ${names.join(', ')}`);
      }
    });

    it('takes no paragraph number into a name', () => {
      assert.ok(!typed(text).some((n) => /\d/.test(n)), typed(text).join(', '));
    });
  });
});
