import { strict as assert } from 'node:assert';
import { figures, one, figuresIn } from './figures-helpers';

describe('Figures', () => {
  it('Takes a year from earlier in the paragraph, never from another paragraph', () => {
    const text = 'In 1999 trade grew. Moscow held 33% of it.\n\nMinsk held 38.6% of it.';
    assert.equal(one(text, '33%').year, 1999);
    assert.equal(one(text, '38.6%').year, null);
  });

  it('Keeps a year inside brackets to the bracket, and gives a comparison no year from outside its clause', () => {
    const text = 'Prices (e.g., $30 in 1999 and $27.9 as of February 2000) are 2-2.5 times lower than elsewhere.';
    assert.deepEqual([one(text, '$30').year, one(text, '$27.9').year, one(text, '$27.9').period], [1999, 2000, 'February']);
    assert.equal(one(text, '2-2.5 times lower').year, null);
    const inner = one('In the first half of 2000 it ranked second (its population is five times larger).', 'five times larger');
    assert.equal(inner.year, null);
  });

  it('Gives a day without a year the year of its sentence, and takes no year from a name', () => {
    const day = one('In 2025 the tariffs took effect on August 1 at 50%.', 'August 1');
    assert.deepEqual([day.kind, day.value, day.year, day.period], ['date', 2025, 2025, 'August 1']);
    const text = 'Under the Trade Act of 1974, duties may reach 100%.';
    assert.deepEqual([figuresIn(text).some((f) => f.text === '1974'), one(text, '100%').year], [false, null]);
  });

  it('Carries no year past a sentence that moves the time off it ("a year later")', () => {
    const text = 'The council voted to leave in 2023. The exit took effect a year later. The bloc lost three of its 15 members.';
    assert.equal(one(text, 'three of its 15').year, null);
    const kept = 'The council voted to leave in 2023. The exit was quick. The bloc lost three of its 15 members.';
    assert.equal(one(kept, 'three of its 15').year, 2023);
  });

  it('Does not take the base year of a comparison as the year of the figure', () => {
    const text = 'The FY2027 request totals $71.3 billion. It is 123% more than the FY2026 total of $31.9 billion.';
    assert.equal(one(text, '123%').year, 2027);
    assert.equal(one(text, '$31.9 billion').year, 2026);
  });
});

describe('Ranges with "to", volumes, and years that do not reach a figure', () => {
  const kinds = (text: string) => figures(text).map((f) => [f.text, f.kind, f.value, f.high, f.unit]);

  it('Reads "3.1 to 8.5 cubic kilometres" as one range, in metric units written either way, and "from 2015 to 2022" as a span', () => {
    assert.deepEqual(kinds('Releases rose from 3.1 to 8.5 cubic kilometres, and one cubic metre costs more.'), [
      ['3.1 to 8.5 cubic kilometres', 'quantity', 3.1, 8.5, 'cubic kilometres'],
      ['one cubic metre', 'quantity', 1, null, 'cubic metre'],
    ]);
    assert.deepEqual(kinds('Tariffs rose 40 to 45 percent from 2015 to 2022.').map((k) => k.slice(0, 4)), [
      ['40 to 45 percent', 'percent', 40, 45],
      ['2015 to 2022', 'date', 2015, 2022],
    ]);
  });

  it('Gives no year from an earlier sentence to a figure in a sentence that looks ahead', () => {
    const text = 'Digging began in March 2022. When finished, the canal is expected to carry 20 percent of the flow. It took 5 percent of the flow at first.';
    assert.equal(one(text, '20 percent').year, null);
    assert.equal(one(text, '5 percent').year, 2022);
  });

  it('Gives no year from an earlier sentence to a sentence about the present, nor from a date far on in a long sentence', () => {
    const text = 'Finland joined in March 2024. Eight of the nine states are now members. Six of the nine states signed in 2024.';
    assert.equal(one(text, 'Eight of the nine').year, null);
    assert.equal(one(text, 'Six of the nine').year, 2024);
    const long =
      'In seven of the 11 cases, the ship had called at a port nearby, and several belonged to an ageing fleet of tankers that carry oil above the price cap agreed in December 2022.';
    assert.equal(one(long, 'seven of the 11').year, null);
    assert.equal(one('Exports rose 7 percent, the ministry said on Monday, in the first quarter of 2024.', '7 percent').year, 2024);
  });

  it('Reads a date after "since" or "until" as the edge of a period, dating no figure', () => {
    const text = 'France had kept troops in Mali since 2013, and its operation deployed more than 5,000 soldiers. In 2019 it had 4,500 troops.';
    assert.equal(one(text, '5,000 soldiers').year, null);
    assert.equal(one(text, '4,500 troops').year, 2019);
    const until = 'Niger was, until July 2023, a favoured partner. Its drone base had cost roughly $110m to build.';
    assert.equal(one(until, '$110m').year, null);
  });

  it('Keeps a duration to its own clause: a date before ", so that" does not date it', () => {
    const text = 'Partners should fund six ships by the end of 2027, so that no operator waits more than ten days for one.';
    assert.equal(one(text, 'ten days').year, null);
    assert.equal(one('The repairs took ten days in 2027.', 'ten days').year, 2027);
  });

  it('Gives no year to a figure from a date after it in a contrasting clause or after a semicolon', () => {
    const text = 'Its budget has risen by 40 percent, while its neighbour plans a force of 16,000 men by 2025.';
    assert.equal(one(text, '40 percent').year, null);
    assert.equal(one(text, '16,000 men').year, 2025);
    assert.equal(one('Exports grew 7 percent; imports will double by 2030.', '7 percent').year, null);
    assert.equal(one('Exports grew 7 percent in 2030.', '7 percent').year, 2030);
  });
});

describe('Spans of years, multiples and measures in compounds', () => {
  const kinds = (text: string) => figures(text).map((f) => [f.text, f.kind, f.value, f.high, f.unit, f.year]);

  it('Reads "between 2025 and 2028" as one span, dating nothing said of the span, and moving the paragraph off its year', () => {
    const text = 'In 2024 the plan changed. States will spend €1.5 billion between 2025 and 2028, a threefold increase. Sweden raised funding by 40%.';
    assert.deepEqual(kinds(text), [
      ['2024', 'date', 2024, null, 'year', 2024],
      ['€1.5 billion', 'money', 1.5e9, null, 'EUR', null],
      ['2025 and 2028', 'date', 2025, 2028, 'year', null],
      ['threefold', 'ratio', 3, null, 'times', null],
      ['40%', 'percent', 40, null, '%', null],
    ]);
    // Ends written with their months in different years are two dates a reader dates each (as the development
    // annotations list them); the count said of the span still takes neither year.
    assert.deepEqual(kinds('From October 2023 to January 2025, 11 cables were cut.').map((k) => k.slice(0, 4).concat(k[5])), [
      ['October 2023', 'date', 2023, null, 2023],
      ['January 2025', 'date', 2025, null, 2025],
      ['11 cables', 'count', 11, null, null],
    ]);
  });

  it('Reads "six times the sum" as a multiple and "a 650-megawatt link" as a measure', () => {
    assert.deepEqual(kinds('The cost was roughly six times the sum on the table, for a 650-megawatt link and a 300-kilometre pipeline.'), [
      ['six times', 'ratio', 6, null, 'times', null],
      ['650-megawatt', 'quantity', 650, null, 'megawatts', null],
      ['300-kilometre', 'quantity', 300, null, 'kilometres', null],
    ]);
  });
});
