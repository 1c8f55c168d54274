import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { analyse } from '../../src/core/analyse';
import { checkLexicon } from '../../src/core/lexicon/check';
import { readLexiconText } from '../../src/vscode/lexiconText';

describe('Reader lexicons', () => {
  it('Scores claims with a reader’s extra terms, and switches a built-in term off with weight 0', () => {
    const text = 'Widgets sold well.\n\nTariffs rose.';
    const plain = analyse(text, { format: 'plain' });
    const extended = analyse(text, { format: 'plain', extraLexicon: { economic: { 'widget*': 3, 'tariff*': 0 } } });
    assert.deepEqual(plain.claims.map((c) => c.primary), [null, 'economic']);
    assert.deepEqual(extended.claims.map((c) => c.primary), ['economic', null]);
  });

  it('Keeps valid terms and names every problem by its JSON path', () => {
    const { data, problems } = checkLexicon({
      economic: { widgets: 2, 'bad*term': 1, gadgets: 'lots' },
      cultural: { art: 1 },
    });
    assert.deepEqual(data, { economic: { widgets: 2 } });
    assert.deepEqual(problems.map((p) => [p.path.join('/'), p.at]), [
      ['economic/bad*term', 'key'],
      ['economic/gadgets', 'value'],
      ['cultural', 'key'],
    ]);
    assert.equal(checkLexicon([1, 2]).problems.length, 1);
  });

  it('Places each problem of a lexicon file on the line that has it', () => {
    const text = [
      '{',
      '  // my own terms',
      '  "economic": {',
      '    "widgets": 2,',
      '    "gadgets": 11,',
      '  },',
      '  "cultural": {}',
      '}',
    ].join('\n');
    const { data, problems } = readLexiconText(text);
    assert.deepEqual(data, { economic: { widgets: 2 } });
    const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
    assert.deepEqual(problems.map((p) => lineOf(p.start)), [5, 7]);
    assert.match(problems[0].message, /weight of "gadgets"/);
    assert.equal(text.slice(problems[1].start, problems[1].end), '"cultural"');
  });

  it('Reports broken JSON without using any of it', () => {
    const { data, problems } = readLexiconText('{ "economic": { "widgets": 2 ');
    assert.equal(data, null);
    assert.ok(problems.length > 0 && /Not valid JSON/.test(problems[0].message));
    assert.equal(readLexiconText('').problems.length, 1);
  });

  it('Ships a JSON schema that accepts the built-in lexicon’s shape', () => {
    const schema = JSON.parse(readFileSync('schemas/lexicon.schema.json', 'utf8'));
    const builtIn = JSON.parse(readFileSync('src/core/lexicon/data/categories.json', 'utf8'));
    assert.deepEqual(Object.keys(schema.properties).sort(), ['$comment', '$schema', 'economic', 'geopolitical', 'military']);
    assert.deepEqual(checkLexicon(builtIn).problems, []);
  });
});
