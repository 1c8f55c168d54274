import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../src/core/analyse';

/**
 * A large bare number after "the number of" in its sentence is a count
 * (figure:bare-number-of, figures-phrases countLeads; issue #13): the text says
 * it counts, though it names what it counts before the number (statistics
 * bulletin, election observation statement, proposed rule, budget
 * justification).
 */

const text = readFileSync(join(process.cwd(), 'test', 'fixtures', 'number-of-counts', 'report.txt'), 'utf8');
const figures = analyse(text, { format: 'plain' }).figures.map((f) => ({ text: text.slice(f.start, f.end), kind: f.kind, rules: f.why.map((r) => r.rule) }));
const figure = (surface: string) => {
  const f = figures.find((g) => g.text === surface);
  assert.ok(f, `no "${surface}" in ${JSON.stringify(figures.map((g) => g.text))}`);
  return f;
};

describe('A large bare number after "the number of" (figure:bare-number-of)', () => {
  it('reads "The number of licensed pilots … rose to 3,450" as a count, and says why', () => {
    assert.equal(figure('3,450').kind, 'count');
    assert.ok(figure('3,450').rules.includes('figure:bare-number-of'));
  });

  it('carries the count to the number it continues ("from 1,200 to 900")', () => {
    assert.equal(figure('1,200').kind, 'count');
    assert.equal(figure('900').kind, 'count');
  });

  it('does not reach across a semicolon, nor into a sentence without the phrase', () => {
    assert.equal(figure('41,000').kind, 'quantity');
    assert.equal(figure('58,000').kind, 'quantity');
  });
});
