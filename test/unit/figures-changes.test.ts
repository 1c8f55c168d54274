import { strict as assert } from 'node:assert';
import { figures, one } from './figures-helpers';

describe('Changes by a factor, ranks and durations', () => {
  const kinds = (text: string) => figures(text).map((f) => [f.text, f.kind, f.value, f.unit]);

  it('Reads words of change as ratios in "times": double 2, triple 3, quadruple 4, halve 0.5', () => {
    const text = 'Exports doubled in 2020, prices tripled and costs were halved. The agency plans to double its staff and may quadruple in size.';
    assert.deepEqual(kinds(text), [
      ['doubled', 'ratio', 2, 'times'],
      ['2020', 'date', 2020, 'year'],
      ['tripled', 'ratio', 3, 'times'],
      ['halved', 'ratio', 0.5, 'times'],
      ['double', 'ratio', 2, 'times'],
      ['quadruple', 'ratio', 4, 'times'],
    ]);
    assert.equal(one(text, 'doubled').year, 2020);
    assert.equal(one('The board is weighing doubling the budget of the fund.', 'doubling').about, 'budget');
    assert.equal(one('Its fleet of tankers could double within ten years.', 'double').about, 'fleet of tankers');
  });

  it('Does not read set phrases, compounds or phrasal verbs with "double" or "triple" as changes', () => {
    const text =
      'Critics saw a double standard and a double-edged policy behind double-digit growth, triple-A bonds, ' +
      'double taxation and a double agent. The minister doubled down, the hall doubles as a shelter, and the Triple Alliance held.';
    assert.deepEqual(kinds(text), []);
  });

  it('Reads an ordinal that ranks as a count with the place as value and unit "rank"', () => {
    const text = 'Chile became the fourth country to ratify the accord, and Peru is the fifth member of the bloc.';
    const fourth = one(text, 'fourth');
    assert.deepEqual([fourth.kind, fourth.value, fourth.unit, fourth.about], ['count', 4, 'rank', 'country']);
    assert.deepEqual([one(text, 'fifth').kind, one(text, 'fifth').value], ['count', 5]);
    const ranked = 'In 2021 Japan was the 3rd largest economy and the second-largest importer; it ranked 12th for exports.';
    assert.deepEqual(kinds(ranked), [
      ['2021', 'date', 2021, 'year'],
      ['3rd largest', 'count', 3, 'rank'],
      ['second-largest', 'count', 2, 'rank'],
      ['12th', 'count', 12, 'rank'],
    ]);
    assert.equal(one(ranked, '12th').year, 2021);
  });

  it('Leaves ordinals of prose, names, editions and sequences alone, and keeps fractions and quarters', () => {
    const text =
      'For the first time, the first ministers met. Second, a second term is unlikely. It was the third time a third party ' +
      'invoked the Fourth Amendment in the 21st century, under its 10th Five-Year Plan and the 119th Congress.';
    assert.deepEqual(kinds(text), []);
    const kept = 'A third of the budget and one third of the staff left in the third quarter of 2019.';
    assert.deepEqual(kinds(kept), [
      ['A third', 'ratio', 0.333333333333, 'fraction'],
      ['one third', 'ratio', 0.333333333333, 'fraction'],
      ['third quarter of 2019', 'date', 2019, 'year'],
    ]);
  });

  it('Reads a duration before a noun as a quantity in the plural unit, as "144 days" is', () => {
    const text = 'The bank sold 10-year bonds under a five-year plan with a 30-day review, after 144 days of talks.';
    assert.deepEqual(kinds(text), [
      ['10-year', 'quantity', 10, 'years'],
      ['five-year', 'quantity', 5, 'years'],
      ['30-day', 'quantity', 30, 'days'],
      ['144 days', 'quantity', 144, 'days'],
    ]);
    assert.equal(one(text, 'five-year').about, 'plan');
    assert.deepEqual(kinds('For the next five years, rates stay fixed.'), [['five years', 'quantity', 5, 'years']]);
    const none = 'A five-year-old child, a 24-hour-a-day service, the Five-Year Plan and a zero-day flaw.';
    assert.deepEqual(kinds(none), []);
  });

  it('Gives a duration a year from its own clause only, and takes none from a title', () => {
    const text = 'In 2019 the ministry set the rules. The funds carry a five-year period of availability and lasted 90 days.';
    assert.deepEqual([one(text, 'five-year').year, one(text, '90 days').year], [null, null]);
    assert.equal(one('The program ran 90 days in 2019.', '90 days').year, 2019);
    const title = one('Under the Defense Authorization Act for Fiscal Year 2024, spending rose 5%.', '5%');
    assert.equal(title.year, null);
    assert.equal(one('For fiscal year 2024, spending rose 5%.', '5%').year, 2024);
  });
});

describe('Currencies by code, people counted, and comparisons by a half or a multiple', () => {
  const kinds = (text: string) => figures(text).map((f) => [f.text, f.kind, f.value, f.high, f.unit]);

  it('Reads "CFA 180 billion" as West African francs and "FY2024/25" as a fiscal year over two years', () => {
    assert.deepEqual(kinds('The disputes cost CFA 180 billion, and aid fell in FY2024/25.'), [
      ['CFA 180 billion', 'money', 1.8e11, null, 'XOF'],
      ['FY2024/25', 'date', 2024, 2025, 'year'],
    ]);
  });

  it('Counts people one by one and measures forces as a strength', () => {
    assert.deepEqual(kinds('The bloc lost three of its 15 members; 2 million people fled and 5,000 troops left.'), [
      ['three of its 15', 'count', 3, null, 'members'],
      ['2 million people', 'count', 2e6, null, 'people'],
      ['5,000 troops', 'quantity', 5000, null, 'troops'],
    ]);
  });

  it('Reads "half as much" and "four times Niger’s output" as ratios, and "half the staff" as no figure', () => {
    assert.deepEqual(kinds('It carries four times Niger’s output but raises half as much as the force costs; half the staff left.'), [
      ['four times', 'ratio', 4, null, 'times'],
      ['half as much', 'ratio', 0.5, null, 'times'],
    ]);
  });
});
