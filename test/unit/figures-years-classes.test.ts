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

describe('A measure written as a compound before its noun (figure:compound-unit)', () => {
  const kindUnit = (text: string, surface: string) => {
    const f = analyse(text, { format: 'markdown' }).figures.find((g) => text.slice(g.start, g.end) === surface);
    return f ? [f.kind, f.unit] : null;
  };

  it('reads weights and areas in a compound ("a 25-kilogram bag", "a 90,000-square-foot hall")', () => {
    assert.deepEqual(kindUnit('Each 25-kilogram bag now costs more.\n', '25-kilogram'), ['quantity', 'kilograms']);
    assert.deepEqual(kindUnit('The firm built a 90,000-square-foot hall.\n', '90,000-square-foot'), ['quantity', 'square feet']);
  });

  it('reads a measure before a name ("the 480-kilometre Northern Link"), not a length of time before one ("the Five-Year Plan")', () => {
    assert.deepEqual(kindUnit('Power flows over the 480-kilometre Northern Link.\n', '480-kilometre'), ['quantity', 'kilometres']);
    assert.equal(kindUnit('The ministry drafted the next Five-Year Plan.\n', 'Five-Year'), null);
  });
});

describe('A part of every whole (figure:n-of-every)', () => {
  const all = (text: string) => analyse(text, { format: 'markdown' }).figures.map((f) => ({ text: text.slice(f.start, f.end), kind: f.kind, value: f.value }));

  it('reads "two of every five tonnes" and "1.3 spare units for every 10 in service" as shares', () => {
    assert.deepEqual(all('A single supplier ships two of every five tonnes traded.\n'), [{ text: 'two of every five tonnes', kind: 'ratio', value: 0.4 }]);
    const spare = all('Utilities held 1.3 spare units for every 10 in service.\n');
    assert.deepEqual(spare.map((f) => [f.kind, f.value]), [['ratio', 0.13]]);
  });

  it('leaves a length of time ("two of every three years") and a plain count with "every" after it alone', () => {
    assert.ok(all('The fleet sailed two of every three years.\n').every((f) => f.kind !== 'ratio'));
    assert.ok(all('Inspectors visit 40 ports every year.\n').every((f) => f.kind !== 'ratio'));
  });
});

describe('How many times something happened (figure:times-occasions)', () => {
  it('counts the times, with the year of its clause', () => {
    const f = figure('The review board met only five times in 2023.\n', 'five times');
    assert.deepEqual([f.kind, f.year], ['count', 2023]);
    assert.equal(figure('Tankers crossed the strait roughly 2,400 times last winter.\n', '2,400 times').kind, 'count');
    assert.equal(figure('The rules were rewritten three times after the award.\n', 'three times').kind, 'count');
  });

  it('leaves a multiple a ratio ("three times the estimate", "four times as costly", "two times larger")', () => {
    assert.equal(figure('The bill came to three times the estimate.\n', 'three times').kind, 'ratio');
    assert.equal(figure('Equity is four times as costly as a loan.\n', 'four times as costly as').kind, 'ratio');
    assert.equal(figure('The new depot is two times larger.\n', 'two times larger').kind, 'ratio');
  });
});

describe('Tables whose headers say what the cells measure', () => {
  const table = [
    'Main indicators.',
    '',
    '| Indicator | 2023 | 2024 Est. | 2025 Proj. |',
    '|---|---|---|---|',
    '| Inflation, average (percent) | 7.1 | 5.4 | 4.0 |',
    '| Trade balance (% of GDP) | 2.2 | 1.9 | 0.8 |',
    '| Ports upgraded | 3 | 5 | 6 |',
    '| Grain stocks (million tonnes) | 1.2 | 1.4 | 1.1 |',
    '',
  ].join('\n');
  const cells = (row: string) =>
    analyse(table, { format: 'markdown' }).figures.filter((f) => table.slice(0, f.start).split('\n').pop()!.startsWith(`| ${row}`));

  it('reads a column label with an abbreviation point ("2024 Est.", "2025 Proj.") as a header, so its year dates the cells under it', () => {
    assert.deepEqual(cells('Inflation').map((f) => f.year), [2023, 2024, 2025]);
  });

  it('makes the bare cells of a row measured in percent percentages (figure:percent-from-header)', () => {
    assert.deepEqual(cells('Inflation').map((f) => f.kind), ['percent', 'percent', 'percent']);
    assert.deepEqual(cells('Trade balance').map((f) => f.kind), ['percent', 'percent', 'percent']);
  });

  it('counts what a row label names in the plural (figure:count-from-row-header), and leaves a row with its unit in brackets a quantity', () => {
    assert.deepEqual(cells('Ports upgraded').map((f) => [f.kind, f.unit]), [['count', 'ports'], ['count', 'ports'], ['count', 'ports']]);
    assert.deepEqual(cells('Grain stocks').map((f) => f.kind), ['quantity', 'quantity', 'quantity']);
  });

  it('still reads a label that ends a sentence as no header row', () => {
    const prose = ['Notes.', '', '| The ports were upgraded. | 2024 |', '|---|---|', '| Berths (number) | 12 |', ''].join('\n');
    assert.equal(read(prose).find((f) => f.text === '12')?.year, null);
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

describe('The base of a comparison dates only what it compares', () => {
  it('does not date a multiple by the year of what it is a multiple of (multipleObjects), and hands the sentence\'s own year to "that year"', () => {
    const text = 'In the year to June 2025 the agency recorded 412 incidents, more than twice the number recorded in 2019. Damage that year was put at £610m.\n';
    assert.equal(figure(text, 'twice').year, 2025);
    assert.equal(figure(text, '412 incidents').year, 2025);
    assert.equal(figure(text, '£610m').year, 2025);
  });

  it('reads "against 12 percent in 2021" and ", from 960 in 2021" as bases (changeBases): the figure between takes the base\'s year, no other figure does', () => {
    const text = 'Inspections rose to 1,450 in 2024, from 960 in 2021, yet the share in breach barely moved: 13 percent that year against 12 percent in 2021.\n';
    assert.equal(figure(text, '960').year, 2021);
    assert.equal(figure(text, '13 percent').year, 2024);
    assert.equal(figure(text, '12 percent').year, 2021);
  });

  it('keeps "from" without a comma an ordinary word: "gas from 12 countries in 2024" dates the sentence', () => {
    const text = 'The union bought 40 percent of its gas from 12 countries in 2024.\n';
    assert.equal(figure(text, '40 percent').year, 2024);
  });

  it('still dates the compared figure that follows its base\'s date ("than the FY2026 total of $31.9 billion")', () => {
    const text = 'The request is 123% more than the FY2026 enacted total of $31.9 billion.\n';
    assert.equal(figure(text, '$31.9 billion').year, 2026);
    assert.equal(figure(text, '123%').year, null);
  });
});

describe('Fractions with no noun of their own (figure:fraction-alone)', () => {
  it('reads "a third went to", "nearly half were", "a fifth to" as shares', () => {
    const text = 'Of the envelope, a third went to rail and a fifth to ports. Of the crews, nearly half were prosecuted.\n';
    assert.deepEqual(read(text).map((f) => `${f.text} ${f.kind}`), ['a third ratio', 'a fifth ratio', 'half ratio']);
  });

  it('leaves "a third term", "the first half" and a rate after a number ("2% a quarter") alone', () => {
    const text = 'She won a third term. In the first half growth ran at 2% a quarter on average.\n';
    assert.deepEqual(read(text).map((f) => f.text), ['2%']);
  });
});

describe('A clause that names its year from the time of writing (figure:year-none-relative)', () => {
  it('takes no year from a deadline in the clause before the colon', () => {
    const text = 'Nearly 40 per cent of them will retire by 2030, and hiring has not kept pace: 190 apprentices began training last year.\n';
    assert.equal(figure(text, '40 per cent').year, 2030);
    const f = figure(text, '190 apprentices');
    assert.equal(f.year, null);
    assert.ok(f.rules.includes('figure:year-none-relative'));
  });
});

describe('Counts of what the text named before, in words and with capitals', () => {
  it('counts "nine of them" and "eleven of them" as "412 of them" is (figure:bare-of-them), not "one of them"', () => {
    const text = 'Only nine of them had signed, and eleven of them already do. One of them refused.\n';
    assert.deepEqual(read(text).map((f) => `${f.text} ${f.rules[0]}`), ['nine figure:bare-of-them', 'eleven figure:bare-of-them']);
  });

  it('reads "24 of the 27 Member States" as a count out of a total (figure:out-of), members named with capitals', () => {
    const f = figure('By January 2025, 24 of the 27 Member States had signed.\n', '24 of the 27');
    assert.equal(f.kind, 'count');
    assert.equal(f.year, 2025);
    assert.ok(f.rules.includes('figure:out-of'));
  });

  it('counts a part of a whole across a modifier ("11 of its older ferries") and before a possessive ("4 of the 30 ports\' records")', () => {
    const text = 'The line sold 11 of its older ferries. Auditors could not check 4 of the 30 ports\' annual records.\n';
    assert.deepEqual(read(text).map((f) => [f.text, f.kind, f.rules[0]]), [['11', 'count', 'figure:count-of-the'], ['4 of the 30', 'count', 'figure:out-of']]);
  });
});

describe('Where a change starts, before a deadline (figure:year-none-change-start)', () => {
  it('dates the end of the change by the deadline and leaves its start undated', () => {
    const text = 'Grants to councils will rise from £85m a year to £120m a year by 2028.\n';
    assert.equal(figure(text, '£85m').year, null);
    assert.equal(figure(text, '£120m').year, 2028);
  });

  it('still dates a start that has its own year ("from 10 percent in 2020 to 15 percent in 2024")', () => {
    const text = 'Exports rose from 10 percent in 2020 to 15 percent in 2024.\n';
    assert.equal(figure(text, '10 percent').year, 2020);
    assert.equal(figure(text, '15 percent').year, 2024);
  });
});

describe('Lengths of time with a word before the unit', () => {
  it('reads "three working days" and "two full years" as lengths of time (figure:time-unit), not "two working groups" (a count) nor "two years ago"', () => {
    const text = 'Permits are cleared within three working days. The review took two full years. Two working groups met two years ago.\n';
    assert.deepEqual(read(text).map((f) => `${f.text} ${f.rules[0]}`), ['three working days figure:time-unit', 'two full years figure:time-unit', 'Two working groups figure:small-count-noun']);
  });
});
