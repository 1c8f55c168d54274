import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';

/**
 * Classes of figures and years the genres-years-more fixtures show (a ministry
 * spending paper, a think-tank web report, a parliamentary briefing as PDF
 * text), each by the rule that decides it.
 */

const read = (text: string, format: 'markdown' | 'plain' = 'markdown') =>
  analyse(text, { format }).figures.map((f) => ({ text: text.slice(f.start, f.end).replace(/\s+/g, ' '), year: f.year, kind: f.kind, rules: f.why.map((r) => r.rule) }));
const figure = (text: string, surface: string, format: 'markdown' | 'plain' = 'markdown') => {
  const f = read(text, format).find((g) => g.text === surface);
  assert.ok(f, `no figure "${surface}" in ${JSON.stringify(read(text, format).map((g) => g.text))}`);
  return f;
};

describe('Financial years written with two years (figure:date-financial-year)', () => {
  it('reads "2024/25" as one financial year over two calendar years, not the year 2024', () => {
    const f = figure('Capital spending reached £1.02bn in 2024/25.\n', '2024/25');
    assert.equal(f.kind, 'date');
    assert.equal(f.year, null);
    assert.ok(f.rules.includes('figure:date-financial-year'));
  });

  it('gives the money of a financial year no single year, as the dash form always did', () => {
    assert.equal(figure('Capital spending reached £1.02bn in 2024/25.\n', '£1.02bn').year, null);
    assert.equal(figure('Capital spending reached £1.02bn in 2024-25.\n', '£1.02bn').year, null);
  });

  it('reads no financial year where the digits after the slash are not the next year ("2025/08")', () => {
    assert.ok(read('The order of 2025/08 lapsed.\n').every((f) => !f.rules.includes('figure:date-financial-year')));
  });
});

describe('Tables headed by financial years', () => {
  const table = [
    'Budgets of the programmes.',
    '',
    '| Programme | 2022-23 | 2023-24 |',
    '|---|---|---|',
    '| Patrol boats (A$m) | 96 | 104 |',
    '',
  ].join('\n');

  it('reads a column label that is a financial year as the label, no figure (figure:not-column-year)', () => {
    assert.deepEqual(read(table).map((f) => f.text), ['96', '104']);
  });

  it('gives the cells under a financial year no single year', () => {
    assert.deepEqual(read(table).map((f) => f.year), [null, null]);
  });
});

describe('Row labels of a table (figure:not-row-year)', () => {
  const table = [
    'Funding by call.',
    '',
    '                 Requested     Awarded',
    '   2021 call         1,300         330',
    '   2022 call         1,080         339',
    '',
    'Demand outran the money.',
    '',
  ].join('\n');

  it('reads no figure in the year that labels a row under column labels, and dates the row\'s cells by it', () => {
    assert.deepEqual(read(table, 'plain').map((f) => `${f.text} ${f.year}`), ['1,300 2021', '330 2021', '1,080 2022', '339 2022']);
  });

  it('still reads the date of a row of key and value with no column labels ("fiscal year 2024")', () => {
    const text = '## By the numbers\n\n- **Apprentices placed in fiscal year 2024:** 3,850\n- **Colleges:** 19\n';
    assert.ok(read(text).some((f) => f.text === 'fiscal year 2024'));
  });
});
