import { strict as assert } from 'node:assert';
import { documentFigure, readDocument } from './figures-helpers';

/**
 * Classes of figures and years shared by the development documents written by
 * writers nobody tuned for (session 9): months a text names without a year
 * (figure:date-month-alone, figure:year-none-month) — a reader marks "in April"
 * as a date as surely as "April 2025" and does not guess its year; small counts
 * that open a sentence; figures their own phrase sets in the present.
 */

const texts = (text: string, format: 'markdown' | 'plain' = 'plain') => readDocument(text, format).map((f) => f.text);

describe('A month named alone after a word of time', () => {
  it('reads "in April", "since January" and "by March" as dates with no year', () => {
    const text = 'The panel opened hearings in April. Since January, imports have risen. The review is due by March.\n';
    for (const month of ['April', 'January', 'March']) {
      const f = documentFigure(text, month, 'plain');
      assert.equal(f.kind, 'date');
      assert.equal(f.year, null);
    }
  });

  it('leaves a month used as a word of its own alone: "the January incident", "that September", the verb "may"', () => {
    const text = 'Investigators studied the January incident. Prices rose that September. Ministers may meet in private.\n';
    assert.deepEqual(texts(text), []);
  });

  it('gives "in July of that year" the year stated earlier in its sentence', () => {
    const text = 'In March 2019 the ministry approved the plan, and in July of that year it signed a £2.6 billion contract.\n';
    assert.equal(documentFigure(text, 'July of that year', 'plain').year, 2019);
  });

  it('gives "in December of that year" the year of the sentence before, not a later date of its own sentence', () => {
    const text = 'A buyer took a 25 percent stake in 2018. The state tightened its rules in December of that year, and the union adopted its own in March 2019.\n';
    assert.equal(documentFigure(text, 'December of that year', 'plain').year, 2018);
  });

  it('dates a figure tied to "in December of that year" by that year, as "in December 2018" would', () => {
    const text = 'A buyer took a 25 percent stake in 2018. The state cut the threshold to 10 percent in December of that year, and the union adopted its own rules in March 2019.\n';
    assert.equal(documentFigure(text, '10 percent', 'plain').year, 2018);
  });

  it('does not date the figures of its sentence by another year: "94% occupancy in September"', () => {
    const text = 'Arrivals reached 2,118 in 2024. The centres ran at 94% occupancy in September.\n';
    assert.equal(documentFigure(text, 'September', 'plain').year, null);
  });
});

describe('Days and dates written without a year or in capitals', () => {
  it('reads "by 30 November" as a day with no year of its own, without the full stop', () => {
    const f = documentFigure('The committee is due to report by 30 November.\n', '30 November', 'plain');
    assert.equal(f.kind, 'date');
  });

  it('reads a date written in capitals, as a hearing\'s cover page writes it', () => {
    const f = documentFigure('The hearing was held on MARCH 12, 2026 in the capital.\n', 'MARCH 12, 2026', 'plain');
    assert.equal(f.year, 2026);
  });
});

describe('A small count that opens its sentence (figure:small-count-noun)', () => {
  it('counts "Two statutes authorize …" and "Two new depots will open" as a reader counts them', () => {
    const text = 'Two statutes allow the ministry to forgive the debt. Two new depots will open next spring.\n';
    assert.deepEqual(texts(text), ['Two statutes', 'Two new depots']);
  });

  it('leaves an opening that announces a list after a colon or dash ("Two great rivers — the … and the …") and a count of prose ("Three changes would help")', () => {
    const text = 'Two great rivers -- the Amu Darya and the Syr Darya -- rise in the mountains. Four ministries: defence, finance, trade and energy. Three changes would help.\n';
    assert.deepEqual(texts(text), []);
  });
});

describe('A figure its own phrase sets in the present (figure:year-none-now)', () => {
  it('gives "some 75 today" no year from the 2015 of its sentence, and keeps 2015 for the figure tied to it', () => {
    const text = 'The fleet grew from about 40 ships in 2015 to some 75 today.\n';
    assert.equal(documentFigure(text, '40 ships', 'plain').year, 2015);
    assert.equal(documentFigure(text, '75', 'plain').year, null);
  });

  it('does not date "from about 93 GW today" by the deadline of the change, which still dates its end', () => {
    const text = 'Cross-border capacity must grow from about 93 GW today to 180 GW by 2040.\n';
    assert.equal(documentFigure(text, '93 GW', 'plain').year, null);
    assert.equal(documentFigure(text, '180 GW', 'plain').year, 2040);
  });

  it('reads "today" only in the figure\'s own phrase: a figure in a clause before it keeps its year', () => {
    const text = 'Output rose 4 percent in 2024, and the plant runs at full capacity today.\n';
    assert.equal(documentFigure(text, '4 percent', 'plain').year, 2024);
  });
});

describe('A sum spread over a range of years (figures-dates rangeSpans, figure:date-span)', () => {
  it('reads "over 2025 to 2028" as one span and gives the money spread over it no year', () => {
    const text = 'The ministry has pledged £12 million for pilot training over 2025 to 2028.\n';
    assert.equal(documentFigure(text, '2025 to 2028', 'plain').year, null);
    assert.equal(documentFigure(text, '£12 million', 'plain').year, null);
  });

  it('dates neither end\'s year into "€1.2 billion over the financial years 2026 to 2028" nor "39% above the average for 2015 to 2020"', () => {
    assert.equal(documentFigure('The fund is worth €1.2 billion over the financial years 2026 to 2028.\n', '€1.2 billion', 'plain').year, null);
    assert.equal(documentFigure('Urea cost 39% above the average for 2015 to 2020.\n', '39%', 'plain').year, null);
  });

  it('keeps the two ends of a fiscal-year range as dates of their own, dating no figure ("$500 million for FY2025 through FY2029")', () => {
    const text = 'The bill authorized $500 million for FY2025 through FY2029.\n';
    assert.deepEqual(readDocument(text, 'plain').map((f) => [f.text, f.year]), [['$500 million', null], ['FY2025', 2025], ['FY2029', 2029]]);
  });

  it('leaves "for 2024 and 2025" two years, and "over 2000 companies" an amount', () => {
    assert.deepEqual(texts('States pledged 31,000 places for 2024 and 2025.\n'), ['31,000 places', '2024', '2025']);
    assert.deepEqual(texts('The rules cover over 2000 companies.\n'), ['2000 companies']);
  });
});

describe('The base of a change written as relative time (figures-dates shiftBases)', () => {
  it('does not move "a rise of 20% on the year before" to the year before: the rise is of the year the sentence names', () => {
    const text = 'The agency expects 2.9 million people to need places in 2026, a rise of 20% on the year before, while fewer than 1 in 10 will get one.\n';
    assert.equal(documentFigure(text, '20%', 'plain').year, 2026);
    assert.equal(documentFigure(text, '1 in 10', 'plain').year, 2026);
  });

  it('still moves a figure the phrase dates ("up from $4 billion a year earlier", "64% in the previous year")', () => {
    assert.equal(documentFigure('Exports reached $5 billion in 2023, up from $4 billion a year earlier.\n', '$4 billion', 'plain').year, 2022);
    assert.equal(documentFigure('Only 18% arrived on time in 2024, compared with 64% in the previous year.\n', '64%', 'plain').year, 2023);
  });
});

describe('Units of length and of electric power, and a measure of one', () => {
  it('reads kilovolts, megavolt-amperes and centimetres as units of measure (figure:measure-unit), not things counted', () => {
    const text = 'Transformers rated at 100 megavolt-amperes serve lines at 345 kilovolts. Fragments between 1 and 10 centimetres across are not tracked.\n';
    for (const surface of ['100 megavolt-amperes', '345 kilovolts', '1 and 10 centimetres']) {
      const f = documentFigure(text, surface, 'plain');
      assert.equal(f.kind, 'quantity');
      assert.ok(f.rules.includes('figure:measure-unit'), surface);
    }
  });

  it('reads "a fragment of 1 centimetre" as a measure, while "1 satellite" stays no figure', () => {
    assert.deepEqual(texts('A fragment of 1 centimetre strikes hard. Only 1 satellite was lost.\n'), ['1 centimetre']);
  });
});

describe('A change by a hedged fraction (figure:fraction)', () => {
  it('reads "rose by nearly a third", "by about a quarter" and "by more than half" as shares, as "cut by a third" is', () => {
    const text = 'Interest payments rose by nearly a third over two years. The new depots raise capacity by about a quarter. Reusable rockets cut the price by more than half.\n';
    for (const surface of ['a third', 'a quarter', 'half']) assert.equal(documentFigure(text, surface, 'plain').kind, 'ratio');
  });

  it('leaves "a third term" and "half the fleet sailed" as prose', () => {
    assert.deepEqual(texts('A third term began. Half the fleet sailed.\n'), []);
  });
});

describe('Amounts in currencies by their ISO code', () => {
  it('reads "PHP 258.2 billion" and "RON 800 million" as money in pesos and lei, not bare large numbers', () => {
    const text = 'The budget act provides PHP 258.2 billion for defence, and the finance minister set aside RON 800 million for the port.\n';
    assert.deepEqual(readDocument(text, 'plain').map((f) => [f.text, f.kind]), [['PHP 258.2 billion', 'money'], ['RON 800 million', 'money']]);
  });
});
