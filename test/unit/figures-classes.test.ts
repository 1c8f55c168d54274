import { strict as assert } from 'node:assert';
import { figuresIn, unitsOf, type Seen } from './figures-helpers';

/**
 * Classes of figure the development annotations showed the reader missed or
 * invented (session 5): what counts as a figure, and the year a figure takes.
 * Every sentence here is written for the test.
 */

const figures = (text: string): Seen[] => figuresIn(text, undefined, unitsOf(text));

function one(text: string, surface: string): Seen {
  const found = figures(text).filter((f) => f.text === surface);
  assert.equal(found.length, 1, `expected one figure "${surface}" in: ${figures(text).map((f) => f.text).join(' | ')}`);
  return found[0];
}

describe('Figures: what counts as one', () => {
  it('Reads "N of the M" with no noun after it as pointing back, not a count; "out of" still counts', () => {
    assert.deepEqual(figures('Mali is the only one of the three to keep its programme.').map((f) => f.text), []);
    assert.equal(one('Twelve out of 27 signed.', 'Twelve out of 27').value, 12);
    assert.equal(one('Six of the nine states signed.', 'Six of the nine').unit, 'states');
  });

  it('Reads a plural of a scale word alone ("thousands of villagers") as a word for many, not a figure', () => {
    const text = 'Smuggling cost billions of dollars, thousands of villagers fled and dozens of cables were cut; hundreds of thousands of people left.';
    assert.deepEqual(figures(text).map((f) => f.text), ['hundreds of thousands of people']);
  });

  it('Reads "half a billion dollars" as half of the scale, and a change "by a third" as a fraction', () => {
    const half = one('The programme costs half a billion dollars.', 'half a billion dollars');
    assert.deepEqual([half.kind, half.value, half.unit], ['money', 5e8, 'USD']);
    assert.ok(Math.abs(one('Aid was cut by a third in 2024.', 'a third').value! - 1 / 3) < 1e-9);
    assert.deepEqual(figures('He came by a third road.').map((f) => f.text), []);
  });

  it('Reads "half of" something as a share, but not the half of a year nor "half" alone', () => {
    const share = one('The ocean carries two-thirds of the oil and half of its container traffic.', 'half');
    assert.deepEqual([share.kind, share.value, share.unit], ['ratio', 0.5, 'fraction']);
    assert.deepEqual(figures('In the first half of 2000 it grew.').map((f) => f.text), ['first half of 2000']);
    assert.deepEqual(figures('The plan was cut in half.').map((f) => f.text), []);
  });

  it('Reads "11 in the 15 months before" as one count, dated only by its own clause', () => {
    const text = 'In January 2025 NATO launched patrols. Incidents fell from 11 in the 15 months before to two in the 12 months after.';
    const before = one(text, '11 in the 15 months');
    assert.deepEqual([before.kind, before.value, before.year], ['count', 11, null]);
    assert.equal(one(text, 'two in the 12 months').value, 2);
  });

  it('Reads a length of time told from another point ("ten years ago", "two years later") as no figure', () => {
    assert.deepEqual(figures('Ten years ago the Sahel was busy; two years later, trade fell.').map((f) => f.text), []);
    assert.equal(one('The review took 144 days.', '144 days').value, 144);
  });
});

describe('Figures: shares written "one in five"', () => {
  it('Reads "one in five" and "1 in 3" as shares, not a year nor a count in a span of time', () => {
    const text = 'One in five ships is idle, and about 1 in 3 crews is short.';
    assert.deepEqual([one(text, 'One in five').value, one(text, 'One in five').unit, one(text, '1 in 3').kind], [0.2, 'fraction', 'ratio']);
    assert.deepEqual(figures('Sales rose 5 in 2020.').map((f) => f.text), ['2020']);
    assert.deepEqual(figures('Incidents fell to two in 12 months.').map((f) => f.text), ['12 months']);
  });
});

describe('Figures: the year a figure takes', () => {
  it('Dates a fraction of something like a percentage, and a count of years only from its own clause', () => {
    assert.equal(one('In 2022 Chinese lenders held a fifth of the debt.', 'a fifth').year, 2022);
    const text = 'The 1998 deal ran on paper, but deliveries came in only 4 of the 11 years it ran.';
    assert.equal(one(text, '4 of the 11').year, null);
  });

  it('Hands no deadline ("will … by 2030") on to the sentences after it, though it dates its own', () => {
    const text = 'The navy will need 40 percent more funding by 2030. Nearly 1,500 sailors serve there.';
    assert.equal(one(text, '40 percent').year, 2030);
    assert.equal(one(text, '1,500 sailors').year, null);
    // A state reached by a date is no deadline: it is carried.
    assert.equal(one('By 2025 the navy operated 31 ships. Crews numbered 1,500 sailors.', '1,500 sailors').year, 2025);
  });

  it('Reads "crore" and "lakh" as scales, and gives a rate no year from earlier in the paragraph', () => {
    const text = 'In 2024 the port opened. Budgets set aside ₹100 crore a year for it, and $5 million went to cranes.';
    const rate = one(text, '₹100 crore');
    assert.deepEqual([rate.value, rate.unit, rate.year], [1e9, 'INR', null]);
    assert.equal(one(text, '$5 million').year, 2024);
  });

  it('Gives no year from earlier in the paragraph to a sentence that states its own span of years', () => {
    const text = 'Lending peaked in 2019 at $9 billion. In 2022–2024 it was $6 billion a year, 30% below its 2016–2018 level.';
    assert.equal(one(text, '30%').year, null);
    assert.equal(one(text, '$9 billion').year, 2019);
  });

  it('Moves a year by a phrase of relative time tied to the figure or opening its sentence', () => {
    const text = 'Exports reached $5 billion in 2023, up from $4 billion a year earlier. The previous year they were $3 billion.';
    assert.deepEqual([one(text, '$5 billion').year, one(text, '$4 billion').year, one(text, '$3 billion').year], [2023, 2022, 2022]);
    assert.equal(one('In 2020 the fleet had 12 ships. The following year it had 15 ships.', '15 ships').year, 2021);
    // A date between the phrase and the figure is the figure's own.
    assert.equal(one('The previous year exports fell; in 2023 they reached $5 billion.', '$5 billion').year, 2023);
  });
});
