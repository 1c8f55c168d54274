import { strict as assert } from 'node:assert';
import type { Figure } from '../../src/core/model/model';
import {
  collapse,
  escapeMarkdown,
  figureDescription,
  figureWhen,
  firstWords,
  formatAmount,
  formatFigureValue,
  formatNumber,
  snippet,
  snippetParts,
  truncate,
} from '../../src/vscode/present/format';

function figure(fields: Partial<Figure>): Figure {
  return { start: 0, end: 1, kind: 'quantity', value: null, high: null, unit: null, year: null, period: null, about: null, claim: null, why: [], ...fields };
}

describe('present/format', () => {
  it('Should write numbers with thousands separators and at most two decimals', () => {
    assert.equal(formatNumber(150000), '150,000');
    assert.equal(formatNumber(36.3), '36.3');
    assert.equal(formatNumber(1.256), '1.26');
    assert.equal(formatNumber(0.5), '0.5');
    assert.equal(formatNumber(-1234.5), '-1,234.5');
    assert.equal(formatNumber(2), '2');
  });

  it('Should write large amounts in words', () => {
    assert.equal(formatAmount(5e8), '500 million');
    assert.equal(formatAmount(1.25e9), '1.25 billion');
    assert.equal(formatAmount(2e12), '2 trillion');
    assert.equal(formatAmount(12000), '12,000');
  });

  it('Should format a percentage with a space before the sign', () => {
    assert.equal(formatFigureValue(figure({ kind: 'percent', value: 36.3, unit: '%' })), '36.3 %');
    assert.equal(formatFigureValue(figure({ kind: 'percent', value: 2, high: 3, unit: '%' })), '2–3 %');
  });

  it('Should format money with a currency prefix and a scale word', () => {
    assert.equal(formatFigureValue(figure({ kind: 'money', value: 5e8, unit: 'USD' })), 'US$ 500 million');
    assert.equal(formatFigureValue(figure({ kind: 'money', value: 3e9, unit: 'RUB' })), 'RUB 3 billion');
    assert.equal(formatFigureValue(figure({ kind: 'money', value: 200, unit: 'EUR' })), '€ 200');
    assert.equal(formatFigureValue(figure({ kind: 'money', value: 1e6, unit: null })), '1 million');
  });

  it('Should format quantities, ratios and dates with their unit', () => {
    assert.equal(formatFigureValue(figure({ kind: 'quantity', value: 150000, high: 170000, unit: 'men' })), '150,000–170,000 men');
    assert.equal(formatFigureValue(figure({ kind: 'count', value: 90, unit: 'regions' })), '90 regions');
    assert.equal(formatFigureValue(figure({ kind: 'ratio', value: 2, high: 2.5, unit: 'times' })), '2–2.5 times');
    assert.equal(formatFigureValue(figure({ kind: 'date', value: 1998, unit: 'year' })), '1998');
  });

  it('Should return null for a figure without a value', () => {
    assert.equal(formatFigureValue(figure({ kind: 'money', value: null })), null);
  });

  it('Should say when a figure applies, period first', () => {
    assert.equal(figureWhen(figure({ year: 1998, period: 'first quarter' })), 'first quarter 1998');
    assert.equal(figureWhen(figure({ year: 1998 })), '1998');
    assert.equal(figureWhen(figure({ period: 'February' })), 'February');
    assert.equal(figureWhen(figure({ kind: 'date', value: 1998, year: 1998 })), null);
    assert.equal(figureDescription(figure({ kind: 'percent', value: 36.3, unit: '%', year: 1998 })), '36.3 % · 1998');
  });

  it('Should collapse hard-wrapped lines into one', () => {
    assert.equal(collapse('  a\n  b\tc  '), 'a b c');
  });

  it('Should cut long text at a word boundary', () => {
    assert.equal(truncate('short', 10), 'short');
    assert.equal(truncate('one two three four', 12), 'one two…');
    assert.equal(firstWords('Russia pays Belarus half a billion dollars a year in subsidies.', 5), 'Russia pays Belarus half a…');
    assert.equal(firstWords('Short one.'), 'Short one.');
  });

  it('Should quote the text around a span within its bounds', () => {
    const text = 'alpha beta gamma delta epsilon zeta eta theta';
    const span = { start: text.indexOf('delta'), end: text.indexOf('delta') + 5 };
    assert.equal(snippet(text, span, 8), '…gamma delta epsilon…');
    assert.equal(snippet(text, span, 100), text);
    assert.equal(snippet(text, span, 100, { start: text.indexOf('gamma'), end: text.indexOf('zeta') - 1 }), 'gamma delta epsilon');
  });

  it('Should escape markdown so a sentence renders as written', () => {
    assert.equal(escapeMarkdown('*a* [b](c) `d`'), '\\*a\\* \\[b\\]\\(c\\) \\`d\\`');
  });
});

describe('present/format snippetParts', () => {
  it('Should split a snippet around its span, collapsing whitespace but keeping separators', () => {
    const text = 'one two\nthree four five';
    const span = { start: text.indexOf('three'), end: text.indexOf('three') + 5 };
    assert.deepEqual(snippetParts(text, span, 100), { before: 'one two ', match: 'three', after: ' four five' });
    assert.deepEqual(snippetParts(text, span, 6), { before: '…two ', match: 'three', after: ' four…' });
  });
});
