import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { documentFigure, readDocument } from './figures-helpers';

/**
 * Classes of figures the genres-years-more fixtures show, beside the years
 * (figures-years-classes.test.ts): measures written as compounds, parts of
 * every whole, times something happened, tables whose headers say what the
 * cells measure, and the base of a comparison, each by the rule that decides it.
 */

const read = readDocument;
const figure = documentFigure;

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

  it('reads a year with a lower-case abbreviation ("2025 proj.") as a column label too, and its year dates the cells under it', () => {
    const imf = ['Selected indicators, 2023–25.', '', '| Indicator | 2023 | 2024 | 2025 proj. |', '|---|---|---|---|', '| Harbour dues (percent of GDP) | 1.1 | 1.3 | 1.6 |', ''].join('\n');
    assert.deepEqual(read(imf).filter((f) => /^1\.\d$/.test(f.text)).map((f) => f.year), [2023, 2024, 2025]);
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
