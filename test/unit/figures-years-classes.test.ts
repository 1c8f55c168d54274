import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { documentFigure, readDocument } from './figures-helpers';

/**
 * Classes of figures and years the genres-years-more fixtures show (a ministry
 * spending paper, a think-tank web report, a parliamentary briefing as PDF
 * text), each by the rule that decides it.
 */

const read = readDocument;
const figure = documentFigure;

describe('Financial years written with two years (figure:date-financial-year)', () => {
  it('reads "2024/25" as one financial year named by the year it starts in, not the year 2024 and a stray "/25"', () => {
    const f = figure('Capital spending reached £1.02bn in 2024/25.\n', '2024/25');
    assert.equal(f.kind, 'date');
    assert.equal(f.year, 2024);
    assert.ok(f.rules.includes('figure:date-financial-year'));
  });

  it('dates the money of a financial year by the year it starts in, in either form', () => {
    assert.equal(figure('Capital spending reached £1.02bn in 2024/25.\n', '£1.02bn').year, 2024);
    assert.equal(figure('Capital spending reached £1.02bn in 2024-25.\n', '£1.02bn').year, 2024);
  });

  it('keeps a span of several years ("2025-2030") and a labelled fiscal span ("FY2024/25") without one year', () => {
    assert.equal(figure('Over 2025-2030 the fund lends £3bn.\n', '£3bn').year, null);
    assert.equal(figure('The fund lent £94m in FY2024/25.\n', '£94m').year, null);
  });

  it('dates the figure a change starts from by its base, written with words ("down from 11 per cent in 2022/23"), and no other figure', () => {
    const text = 'In 2024/25 grants covered 8 per cent of costs, down from 11 per cent in 2022/23.\n';
    assert.deepEqual(['8 per cent', '11 per cent'].map((t) => figure(text, t).year), [2024, 2022]);
  });

  it('moves only the figure a phrase of relative time is tied to ("up from 147 the year before"), not the figures after it', () => {
    const text = 'The office logged 236 reports in 2023-24, up from 147 the year before, yet closed only 9 cases.\n';
    assert.deepEqual(['236 reports', '147', '9 cases'].map((t) => figure(text, t).year), [2023, 2022, 2023]);
  });

  it('reads no financial year where the digits after the slash are not the next year ("2025/08")', () => {
    assert.ok(read('The order of 2025/08 lapsed.\n').every((f) => !f.rules.includes('figure:date-financial-year')));
  });

  // Near misses (review17b): the same financial year named by a word, before or after it, is read as the bare form is.
  it('dates a financial year named by a word ("fiscal year 2025-26", "fiscal 2025-26", "the 2025-26 fiscal year") by the year it starts in; "FY2025-26" stays a span', () => {
    assert.equal(figure('Grants reached £7m in fiscal year 2025-26.\n', '£7m').year, 2025);
    assert.equal(figure('Grants reached £7m in fiscal 2025-26.\n', '£7m').year, 2025);
    assert.equal(figure('In the 2025-26 fiscal year grants reached £7m.\n', '£7m').year, 2025);
    assert.equal(figure('In the 2025-26 financial year grants reached £7m.\n', '£7m').year, 2025);
    assert.ok(figure('Grants reached £7m in fiscal year 2025-26.\n', 'fiscal year 2025-26').rules.includes('figure:date-financial-year'));
    assert.equal(figure('Grants reached £7m in FY2025-26.\n', '£7m').year, null);
  });

  it('keeps two consecutive years written in full ("2025-2026") a span, as the writers who write one read it', () => {
    assert.equal(figure('In 2025-2026 the trust lent £6m.\n', '£6m').year, null);
    assert.equal(figure('In 2025-26 the trust lent £6m.\n', '£6m').year, 2025);
  });
});

describe('Two years an event or a season spans, as the writers date them (figure:date-financial-year)', () => {
  // Near miss (review17b): a winter, a season or a marketing year written with two years is dated by the year it starts in too,
  // as the one development writer who writes one (an encyclopedia entry: a winter, a marketing year) dates it.
  it('dates "the 2023-24 marketing year" and "the winter of 2023-24" by the year they start in', () => {
    assert.equal(figure('In the 2023-24 marketing year 9 million tonnes left the port.\n', '9 million tonnes').year, 2023);
    assert.equal(figure('The port closed on 12 days in the winter of 2023-24.\n', '12 days').year, 2023);
  });
});

describe('Digits written as an identifier (figure:not-identifier-digits)', () => {
  it('reads no figure in a telephone number, a group opening with a zero, or a year span with a file number', () => {
    const text = 'Call the desk on +44 207 946 0018. The case is filed as 2023 007 450.25 in the register. See file 2023-24/0291 for the letters.\n';
    const found = read(text).map((f) => f.text);
    for (const t of ['207', '946', '0018', '007', '450.25', '2023-24/0291', '2023-24', '0291']) assert.ok(!found.some((f) => f.includes(t)), `${t} in ${found.join(' | ')}`);
    assert.ok(analyse(text).figures.length <= 1);
  });

  it('still reads a change written with a plus and a grouped amount', () => {
    assert.equal(figure('Exports rose +12% to 1 250 000 tonnes in 2023.\n', '+12%').kind, 'percent');
    assert.equal(figure('Exports rose +12% to 1 250 000 tonnes in 2023.\n', '1 250 000 tonnes').year, 2023);
  });
});

describe('A sentence that speaks only of the present (figure:year-none-present-tense)', () => {
  it('gives no earlier year to a figure stated in the present, in the active or the passive', () => {
    assert.equal(figure('The port authority signed the lease in 2022. The lease is worth $45 million.\n', '$45 million').year, null);
    assert.equal(figure('Sweden joined the scheme in 2023. Its share is fixed at 12 percent of the total.\n', '12 percent').year, null);
    assert.equal(figure('Crews installed the cable in 2019. Each cable carries 30 terabits a second.\n', '30 terabits').year, null);
  });

  it('still carries the year into a sentence that goes on in the past, or that refers back to it', () => {
    assert.equal(figure('The port authority signed the lease in 2022. The lease was worth $45 million.\n', '$45 million').year, 2022);
    assert.equal(figure('The scheme opened in 2023. Nine countries joined, and Sweden paid 12 percent of the cost.\n', '12 percent').year, 2023);
    assert.equal(figure('The scheme opened in 2023. Its share that year is 12 percent.\n', '12 percent').year, 2023);
  });

  it('keeps the year of a sentence in the present for the present sentences after it ("The 2027 request totals … It is …")', () => {
    assert.equal(figure('The 2027 request totals $71 billion. It covers 40 new ships.\n', '40 new ships').year, 2027);
  });

  it('says why in the figure\'s reasons', () => {
    assert.ok(figure('The port authority signed the lease in 2022. The lease is worth $45 million.\n', '$45 million').rules.includes('figure:year-none-present-tense'));
  });
});

describe('Spans of years written with an edge or with the years they count (spanEdges, spanPeriods)', () => {
  it('reads "between 2021 and the end of 2023" as one span, and dates none of what happened over it', () => {
    const text = 'Between 2021 and the end of 2023 the regulator issued 14 fines worth £2.2 million.\n';
    assert.deepEqual(read(text).map((f) => [f.text, f.year]), [['2021 and the end of 2023', null], ['14 fines', null], ['£2.2 million', null]]);
  });

  it('reads "between fiscal years 2019 and 2024" as one span, not the years 2019 and 2024', () => {
    const text = 'Between fiscal years 2019 and 2024, the agency lent $3.1 billion across 52 loans.\n';
    assert.deepEqual(read(text).map((f) => [f.text, f.year]), [['2019 and 2024', null], ['$3.1 billion', null], ['52 loans', null]]);
  });

  it('keeps two years joined by "and" without an opener as two years', () => {
    assert.deepEqual(read('Exports rose in 2021 and the end of 2023 brought 9 new mines.\n').filter((f) => f.kind === 'date').map((f) => f.year), [2021, 2023]);
  });
});

describe('Sizes and distances (units dimensions)', () => {
  it('dates a size or a distance only from its own clause, never from the year of an earlier sentence', () => {
    const text = 'Storms closed the port in March 2024. The breakwater, 4 km long, shelters a basin of 90 hectares.\n';
    assert.deepEqual(read(text).filter((f) => f.kind === 'quantity').map((f) => [f.text, f.year]), [['4 km', null], ['90 hectares', null]]);
    const own = read('In 2023 crews laid 120 kilometres of new cable.\n').find((f) => f.kind === 'quantity');
    assert.deepEqual([own?.text, own?.year], ['120 kilometres', 2023]);
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

  it('dates the cells under a financial year by the year it starts in, as prose does', () => {
    assert.deepEqual(read(table).map((f) => f.year), [2022, 2023]);
  });

  it('keeps a column labelled "FY2022-23" a span, as prose keeps "FY2022/23", and gives its cells no one year', () => {
    const labelled = ['Budgets of the programmes.', '', '| Programme | FY2022-23 | FY2023-24 |', '|---|---|---|', '| Patrol boats (A$m) | 96 | 104 |', ''].join('\n');
    assert.deepEqual(read(labelled).filter((f) => ['96', '104'].includes(f.text)).map((f) => f.year), [null, null]);
  });

  it('gives no one year to the cells of a column that counts up to a year ("Total to 2030-31")', () => {
    const totals = ['Costs.', '', '| Item | 2026-27 | Total to 2030-31 |', '|---|---|---|', '| Depots (A$m) | 42 | 170 |', ''].join('\n');
    assert.deepEqual(read(totals).filter((f) => /^\d+$/.test(f.text)).map((f) => [f.text, f.year]), [['42', 2026], ['170', null]]);
  });
});

describe('A period counted from an event and its date ("since its creation in 2002"; sinceDates events)', () => {
  it('gives no year to what the clause counts from the event on', () => {
    const f = figure('Since its launch in 2019, the fund has lent $3 billion.\n', '$3 billion');
    assert.equal(f.year, null);
    assert.ok(f.rules.includes('figure:year-none-since-clause'));
    assert.equal(figure('Since the office opened in May 2021, it has trained 900 officers.\n', '900 officers').year, null);
  });

  it('still dates a figure by an event\'s date with no "since" before it', () => {
    assert.equal(figure('At its launch in 2019, the fund lent $3 billion.\n', '$3 billion').year, 2019);
  });
});
