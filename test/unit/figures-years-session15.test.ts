import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { documentFigure } from './figures-helpers';

/**
 * Classes of years the six newest development documents showed (session 15,
 * issue #13): a comparison's base read over a figure's separators, a table
 * column that covers a period, and a year's end written with a hyphen.
 */

const figure = documentFigure;

describe('A comparison base read over a figure written with separators (comparisonCues, figure:year-same-clause)', () => {
  it('does not date the figure before "compared with 33,500 in 2013" by the base\'s year', () => {
    const text = 'In 2023 the strait was busy. About 41,200 vessels passed through it that year, compared with 33,500 in 2013.\n';
    assert.notEqual(figure(text, '41,200 vessels').year, 2013);
    assert.equal(figure(text, '33,500').year, 2013);
    assert.notEqual(figure('Ports handled 6 percent more cargo, up from 4.2 percent in 2019.\n', '6 percent').year, 2019);
  });

  it('still dates a figure by a year tied to it with no comparison between ("rose to 33,500 in 2013")', () => {
    assert.equal(figure('Transits rose to 33,500 in 2013.\n', '33,500').year, 2013);
  });
});

describe('A table column that covers a period (figure:year-none-table-period)', () => {
  const table = (head: string) => `| Route | ${head} |\n|---|---|\n| Direct | 412 |\n`;
  const cell = (head: string) => analyse(table(head), { format: 'markdown' }).figures.find((f) => f.value === 412)!;

  it('gives a cell under "Jan 2019–Mar 2022" no year, and says why', () => {
    const f = cell('Jan 2019–Mar 2022');
    assert.equal(f.year, null);
    assert.ok(f.why.some((r) => r.rule === 'figure:year-none-table-period'));
  });

  it('still dates a cell under one year, or under a financial year as before', () => {
    assert.equal(cell('2024').year, 2024);
    assert.ok(!cell('2024-25').why.some((r) => r.rule === 'figure:year-none-table-period'));
  });
});

describe('A year\'s end written with a hyphen (hyphenEdges, figure:date-season)', () => {
  it('reads "by end-2027" and "at end-September 2026" as dates that date their figures', () => {
    const text = 'Debt will reach 68% of GDP by end-2027, against 57% at end-2025.\n';
    assert.equal(figure(text, 'end-2027').year, 2027);
    assert.equal(figure(text, '68%').year, 2027);
    assert.equal(figure(text, '57%').year, 2025);
    assert.equal(figure('Reserves stood at USD 4.6 billion at end-September 2026.\n', 'end-September 2026').year, 2026);
  });

  it('does not read "end" and a number with a space between as a date ("In the end 2000 troops stayed")', () => {
    assert.equal(figure('In the end 2000 troops stayed.\n', '2000 troops').year, null);
  });
});

describe('A figure tied to a span of years (figure:year-none-tied-span)', () => {
  it('gives "averaged 11% of GDP over 2021-2025" and "about 5 percent over 2028–31" no year from the rest of the sentence', () => {
    assert.equal(figure('Transfers, which averaged 11% of GDP over 2021-2025, fell by 23% in the first half of 2026.\n', '11%').year, null);
    const f = figure('We project growth of 5.3 percent in 2027 and an average of about 5 percent over 2028–31.\n', '5 percent');
    assert.equal(f.year, null);
    assert.ok(f.rules.includes('figure:year-none-tied-span'));
  });

  it('still dates a figure whose span of years is in another clause ("11%, and over 2021-2025 …")', () => {
    assert.equal(figure('Transfers fell by 23% in 2026, and over 2021-2025 they were stable.\n', '23%').year, 2026);
  });
});
