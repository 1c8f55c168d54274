import { strict as assert } from 'node:assert';
import { documentFigure, readDocument } from './figures-helpers';

/**
 * Classes of figures and years that other hands' documents showed (the
 * development annotations, several writers each), written here in our own
 * words, each by the rule that decides it.
 */

const read = readDocument;
const figure = documentFigure;

describe('A clause that counts from a time (figure:year-none-since-clause)', () => {
  it('gives no year to what was done after a year stated earlier in the sentence ("has since")', () => {
    const text = 'The agency opened a field office in 2019 and has since trained 640 inspectors.\n';
    const f = figure(text, '640 inspectors');
    assert.equal(f.year, null);
    assert.ok(f.rules.includes('figure:year-none-since-clause'));
  });

  it('gives no year to a total counted "since" a date, neither from that date nor from a later one', () => {
    const text = 'Tunisia has received about $30 million a year since FY2019, more than any neighbour before 2023.\n';
    assert.equal(figure(text, '$30 million').year, null);
  });

  it('gives no year from the paragraph to an amount "since then"', () => {
    const text = 'The ferry line reopened in March 2021. Passengers have paid about €14 million in fares since then.\n';
    assert.equal(figure(text, '€14 million').year, null);
  });

  it('keeps the year of the figure a change starts from ("from about 80 percent")', () => {
    const text = 'Chile saw the risk in 2014, and it has since cut its reliance on one buyer from about 80 percent to nearly 45 percent.\n';
    assert.equal(figure(text, '80 percent').year, 2014);
    assert.equal(figure(text, '45 percent').year, null);
  });

  it('still dates a figure in another clause of the sentence ("…, and in 2025 it held …")', () => {
    const text = 'The fleet has shrunk since 2015, and in 2025 it held 31 ships.\n';
    assert.equal(figure(text, '31 ships').year, 2025);
  });
});

describe('What a table says about its bare cells in its caption and headers', () => {
  const report = [
    '# Border posts',
    '',
    '**Table 3. Crossings and customs takings by post, 2022**',
    '',
    '| Post | Lorries cleared | Duty collected (US$ thousand) | Patrol ships |',
    '|---|---|---|---|',
    '| Kapikule | 61,200 | 4,350 | 2 |',
    '| Sarp | 18,900 | 1,120 | 1 |',
    '',
  ].join('\n');

  it('makes the cells of a column headed by a currency money (figure:money-from-header)', () => {
    const f = figure(report, '4,350');
    assert.equal(f.kind, 'money');
    assert.ok(f.rules.includes('figure:money-from-header'));
  });

  it('counts the cells of a column headed by vessels (figure:count-from-header), and leaves other columns quantities', () => {
    assert.equal(figure(report, '2').kind, 'count');
    assert.equal(figure(report, '61,200').kind, 'quantity');
  });

  it('dates every cell by the one year of the caption right above the table (figure:year-table-caption)', () => {
    assert.deepEqual(
      read(report).map((f) => f.year),
      [2022, 2022, 2022, 2022, 2022, 2022],
    );
  });

  it('reads the currency of a bracketed line under the caption ("in thousands of current dollars")', () => {
    const text = ['# Aid', '', 'Table 4. Demining grants, FY2021–FY2023', '(in thousands of current dollars)', '', '| Fiscal Year | Angola | Laos |', '|---|---|---|', '| FY2021 | 410.5 | 390.0 |', ''].join('\n');
    assert.deepEqual(read(text).map((f) => [f.text, f.kind, f.year]), [
      ['410.5', 'money', 2021],
      ['390.0', 'money', 2021],
    ]);
  });

  it('takes no year from a caption that gives a span of years, and none from a caption that is not right above', () => {
    const spanned = ['# Aid', '', 'Table 5. Grants by donor, 2021–2024', '', '| Donor | Grants (€ million) |', '|---|---|', '| Norway | 35 |', ''].join('\n');
    assert.equal(figure(spanned, '35').year, null);
    const apart = ['# Aid', '', 'Table 6. Grants by donor, 2024', '', 'The figures below are provisional.', '', '| Donor | Grants (€ million) |', '|---|---|', '| Norway | 35 |', ''].join('\n');
    assert.equal(figure(apart, '35').year, null);
  });
});

describe('Small counts in words before a plural noun (figure:small-count-noun)', () => {
  const kinds = (text: string) => read(text, 'plain').map((f) => [f.text, f.kind]);

  it('counts what a number in words below ten stands before, inside the sentence', () => {
    assert.deepEqual(kinds('Since 2015, five smelters have closed.\n').filter(([, k]) => k === 'count'), [['five smelters', 'count']]);
    assert.deepEqual(kinds('The treaty sets out duties in four fields.\n'), [['four fields', 'count']]);
  });

  it('reads no count where the number refers back to things already named ("the three states", "its two ports")', () => {
    assert.deepEqual(kinds('The three states share its two ports.\n'), []);
  });

  it('reads no count where the noun orders the text, or where the number opens the sentence to announce what follows', () => {
    assert.deepEqual(kinds('We see two reasons for concern.\n'), []);
    assert.deepEqual(kinds('Every convoy stops at three inspection points.\n'), [['three inspection points', 'count']]);
    assert.deepEqual(kinds('Three shifts would change the picture: cheaper loans, open ports and common rules.\n'), []);
  });

  it('reads "one" before a verb in -s as no count ("one assumes")', () => {
    assert.deepEqual(kinds('Here, one assumes, the ministry will act.\n'), []);
  });
});

describe('A number before a name in the plural (figure:counted-name)', () => {
  const kinds = (text: string) => read(text, 'plain').map((f) => [f.text, f.kind]);

  it('counts the named members ("14 Member States", "31 Governors")', () => {
    assert.deepEqual(kinds('Only 14 Member States signed, and 31 Governors objected.\n'), [
      ['14 Member States', 'count'],
      ['31 Governors', 'count'],
    ]);
  });

  it('reads no count after a numbered paragraph ("4.2 Regulators say …")', () => {
    assert.deepEqual(kinds('4.2 Regulators say the rule is too broad.\n'), []);
  });
});

describe('A date in an aside about something else (figure:year-none-aside)', () => {
  it('gives no year from a date in an aside set off by commas to a figure the sentence states now', () => {
    assert.equal(figure('The fisheries accord, renewed in 2019, is worth about $48 million a year.\n', '$48 million').year, null);
    assert.equal(figure('Peru, which banned the trawlers in 2020, still licenses 14 factory ships.\n', '14 factory ships').year, null);
    assert.equal(figure('The partnership, launched in 2021, which has raised aid to the region by 25 percent, is under review.\n', '25 percent').year, null);
  });

  it('keeps the date when the sentence goes on in the past ("…, published in 2025, earmarked €40 million")', () => {
    assert.equal(figure('The strategy, published in March 2025, earmarked about €40 million for sensors.\n', '€40 million').year, 2025);
  });

  it('keeps a date that is no aside ("in 2023, the fund held …")', () => {
    assert.equal(figure('In 2023, the fund held $4 billion.\n', '$4 billion').year, 2023);
  });
});

describe('A length of time an action lasts (figure:year-none-duration)', () => {
  it('gives no year to a length after "for" or "every", even with a date in its clause', () => {
    assert.equal(figure('Talks opened in 2018 and ran for more than three years.\n', 'three years').year, null);
    assert.equal(figure('From 2027 the two agencies will meet every four months.\n', 'four months').year, null);
  });

  it('still dates a length tied to its date, and a stock counted in days', () => {
    assert.equal(figure('Reserves covered 48 days in 2024.\n', '48 days').year, 2024);
  });
});

describe('The base a change is measured from (figure:year-past-base)', () => {
  it('dates a change by the sentence\'s other year, not by the level it is measured from', () => {
    const text = 'The FY2027 request would cut base funding by 8.5% from the FY2026 level.\n';
    assert.equal(figure(text, '8.5%').year, 2027);
    assert.ok(figure(text, '8.5%').rules.includes('figure:year-past-base'));
  });

  it('reads "up 6.1 percent on 2023" as a change on a base year, and dates the amount that follows by the other year', () => {
    const text = 'Exports reached $41.2 billion in 2024, up 6.1 percent on 2023, and the country kept a surplus of $3 billion.\n';
    assert.equal(figure(text, '6.1 percent').year, 2024);
    assert.equal(figure(text, '$3 billion').year, 2024);
  });

  it('still dates the amount of the level itself ("the FY2025 level of $232.5 million")', () => {
    assert.equal(figure('Some want funding restored to the FY2025 level of $41.5 million.\n', '$41.5 million').year, 2025);
  });
});

describe('Units of measure other hands wrote (figure:measure-unit)', () => {
  it('reads millimetres, megalitres, nanometres and square nautical miles as units of a quantity', () => {
    const text = 'The depot holds 120 megalitres of fuel and 81 mm mortar rounds; the fab etches at 7 nanometers, and divers have cleared 640 square nautical miles.\n';
    assert.deepEqual(
      read(text, 'plain').map((f) => [f.text, f.kind]),
      [
        ['120 megalitres', 'quantity'],
        ['81 mm', 'quantity'],
        ['7 nanometers', 'quantity'],
        ['640 square nautical miles', 'quantity'],
      ],
    );
  });
});

describe('More counts other hands wrote', () => {
  const kinds = (text: string) => read(text, 'plain').map((f) => [f.text, f.kind]);

  it('counts the members a compound names ("a nine-member board", "the 31-member alliance")', () => {
    assert.deepEqual(kinds('A nine-member board runs the 31-member alliance.\n'), [
      ['nine-member', 'count'],
      ['31-member', 'count'],
    ]);
  });

  it('counts a plural acronym after a number ("four LNGCs")', () => {
    assert.deepEqual(kinds('The yard will deliver four LNGCs.\n'), [['four LNGCs', 'count']]);
  });

  it('counts the top few of a ranking after "the" ("the three biggest insurers")', () => {
    assert.deepEqual(kinds('Losses fell on the three biggest insurers.\n'), [['three biggest insurers', 'count']]);
  });
});
