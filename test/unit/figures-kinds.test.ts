import { strict as assert } from 'node:assert';
import { figures, one, figuresIn } from './figures-helpers';

describe('Figures', () => {
  it('Reads a percentage with the year stated in its sentence and what it measures', () => {
    const f = one('In 1999 the share of barter operations was 36.3% of Russian exports.', '36.3%');
    assert.deepEqual([f.kind, f.value, f.unit, f.year], ['percent', 36.3, '%', 1999]);
    assert.equal(f.about, 'share of barter operations in Russian exports');
  });

  it('Reads signed percentages, "percent" in words and percentage points', () => {
    const text = 'Output fell by –5% in 2020, rose +3.5% in 2021 and fifty percent of firms gained 2 percentage points.';
    assert.equal(one(text, '–5%').value, -5);
    assert.equal(one(text, '+3.5%').value, 3.5);
    assert.equal(one(text, 'fifty percent').value, 50);
    assert.deepEqual([one(text, '2 percentage points').value, one(text, '2 percentage points').unit], [2, 'percentage points']);
  });

  it('Reads money with a scale word, a currency in brackets and the year after it', () => {
    const f = one('They ran a trade deficit of about 100\nmillion (US) dollars in 1997.', '100 million (US) dollars');
    assert.deepEqual([f.kind, f.value, f.unit, f.year, f.about], ['money', 1e8, 'USD', 1997, 'trade deficit']);
    assert.equal(one('A surplus of over a half billion dollars.', 'half billion dollars').value, 5e8);
  });

  it('Reads currency symbols, codes and words, with glued scales', () => {
    const text =
      'Gas cost $27.9, reserves hold €3bn, the fund lent £40 million and USD 5 million, ' +
      'the total was $31.9billion, 780 million rubles and 5 billion yen were paid, and 2 million Canadian dollars.';
    const got = figures(text).map((f) => [f.text, f.value, f.unit]);
    assert.deepEqual(got, [
      ['$27.9', 27.9, 'USD'],
      ['€3bn', 3e9, 'EUR'],
      ['£40 million', 4e7, 'GBP'],
      ['USD 5 million', 5e6, 'USD'],
      ['$31.9billion', 3.19e10, 'USD'],
      ['780 million rubles', 7.8e8, 'RUB'],
      ['5 billion yen', 5e9, 'JPY'],
      ['2 million Canadian dollars', 2e6, 'CAD'],
    ]);
  });

  it('Leaves the value of an approximate amount empty but keeps its currency', () => {
    const text = 'The rent could have amounted to several hundred million dollars a year, and smuggling to tens of billions of dollars.';
    const rent = one(text, 'several hundred million dollars');
    assert.deepEqual([rent.kind, rent.value, rent.unit, rent.about], ['money', null, 'USD', 'rent']);
    assert.deepEqual([one(text, 'tens of billions of dollars').value, one(text, 'tens of billions of dollars').unit], [null, 'USD']);
  });

  it('Gives a bare amount the currency named just before it, and the date tied to it', () => {
    const budget = one('Its share was one third, or 780 million rubles out of 2.2 billion.', '2.2 billion');
    assert.deepEqual([budget.kind, budget.value, budget.unit], ['money', 2.2e9, 'RUB']);
    const text = 'From a deficit in 1997, it reached a surplus of half billion dollars in 1999, and 450 million in the first quarter of 2000.';
    const later = one(text, '450 million');
    assert.deepEqual([later.kind, later.unit, later.year, later.period], ['money', 'USD', 2000, 'first quarter']);
  });

  it('Reads quantities with their unit: people, measures, and a number in brackets after a noun', () => {
    const text = 'A group of forces numbering 300,000 men, tanks for one thousand cubic meters of gas, and the army (80,000).';
    const men = one(text, '300,000 men');
    assert.deepEqual([men.kind, men.value, men.unit, men.about], ['quantity', 300000, 'men', 'group of forces']);
    const gas = one(text, 'one thousand cubic meters');
    assert.deepEqual([gas.kind, gas.value, gas.unit], ['quantity', 1000, 'cubic meters']);
    const army = one(text, '80,000');
    assert.deepEqual([army.kind, army.value, army.unit], ['quantity', 80000, 'army']);
  });

  it('Reads the amount a price is for as part of the price, not a figure of its own', () => {
    const text = 'Gas was sold at $30 for one thousand cubic meters.';
    assert.deepEqual(figuresIn(text).map((f) => f.text), ['$30']);
  });

  it('Reads a range of troops as one quantity with its high end', () => {
    const f = one('Add the district troops with their border units (150,000-170,000).', '150,000-170,000');
    assert.deepEqual([f.kind, f.value, f.high, f.unit], ['quantity', 150000, 170000, 'units']);
    const between = one('The contingent has between 28,000 and 32,000 troops.', '28,000 and 32,000 troops');
    assert.deepEqual([between.value, between.high, between.unit], [28000, 32000, 'troops']);
  });

  it('Reads "N out of M" as a count, and a bare number that continues it', () => {
    const text = 'Seventy-nine out of 89 Russian regions had trade ties as of 1999, compared to 37 in 1996.';
    const count = one(text, 'Seventy-nine out of 89');
    assert.deepEqual([count.kind, count.value, count.unit, count.year], ['count', 79, 'regions', 1999]);
    const earlier = one(text, '37');
    assert.deepEqual([earlier.kind, earlier.value, earlier.unit, earlier.year], ['count', 37, 'regions', 1996]);
  });

  it('Reads ratios as factors: larger above one, lower below one', () => {
    const text =
      'Its population is five times larger. Fees are two times lower than elsewhere. Prices are 2-2.5 times lower. ' +
      'The fleet is twice as large and costs rose tenfold.';
    assert.deepEqual([one(text, 'five times larger').value, one(text, 'five times larger').unit], [5, 'times']);
    assert.equal(one(text, 'two times lower').value, 0.5);
    const range = one(text, '2-2.5 times lower');
    assert.deepEqual([range.kind, range.value, range.high], ['ratio', 0.4, 0.5]);
    assert.equal(one(text, 'twice as large').value, 2);
    assert.equal(one(text, 'tenfold').value, 10);
  });

  it('Reads dates of every common shape, each with its own year', () => {
    const text =
      'Signed on April 19, 2017, ratified on 5 September 2018 and amended on 04/17/2026. ' +
      'Funds for FY2026 arrived in spring 2000, the first quarter of 2001, over 2025-2030 and in the 1990s.';
    const got = figures(text).map((f) => [f.text, f.kind, f.value, f.high, f.year, f.period]);
    assert.deepEqual(got, [
      ['April 19, 2017', 'date', 2017, null, 2017, 'April 19'],
      ['5 September 2018', 'date', 2018, null, 2018, '5 September'],
      ['04/17/2026', 'date', 2026, null, 2026, null],
      ['FY2026', 'date', 2026, null, 2026, 'fiscal year'],
      ['spring 2000', 'date', 2000, null, 2000, 'spring'],
      ['first quarter of 2001', 'date', 2001, null, 2001, 'first quarter'],
      ['2025-2030', 'date', 2025, 2030, null, null],
      ['1990s', 'date', 1990, 1999, null, null],
    ]);
  });

  it('Does not report section, law, order, table or version numbers', () => {
    const text =
      'Under Section 232 and Title 10, Section 9081, of 19 U.S.C. §1862, Proclamation 9705 and Executive Order 14347 ' +
      'amend P.L. 116-92 and H.R. 1903 (see Table 2, Figure 1 and Version: 3 of IF12610).';
    assert.deepEqual(figures(text).map((f) => f.text), []);
  });

  it('Does not report list numbering, footnote markers or numbers inside words', () => {
    const text = 'Steps:\n(1) notify partners;\n(2) publish the list.\n\nGrowth slowed.12 The G20, the F-35, COVID-19 and 6G were exempt in v2.1.3 and CR450.';
    assert.deepEqual(figures(text).map((f) => f.text), []);
  });

  it('Leaves small counts written in words to the prose, but counts written in digits', () => {
    const text = 'Two questions arise from three elements. Seventy regions signed, and 12 satellites flew.';
    assert.deepEqual(figures(text).map((f) => [f.text, f.kind, f.unit]), [
      ['Seventy regions', 'count', 'regions'],
      ['12 satellites', 'count', 'satellites'],
    ]);
  });
});
