import { strict as assert } from 'node:assert';
import { documentFigure } from './figures-helpers';

/**
 * A figure's year from its own clause, not its sentence's (issue #13, session
 * 12): a second clause joined by "and" with a verb in another tense tells of
 * another time than the date before it, and a measure written as a compound
 * before its noun is a size, which a year does not date. Sentences our own.
 */

const figure = documentFigure;

describe('A date in the clause before a join in another tense (figure:year-none-other-clause)', () => {
  it('gives no year to a figure after "and" and a verb of the present, when the date stands after the past verb before it', () => {
    const f = figure('The depot was handed to the navy in 2019 and stores 900 tonnes of fuel.\n', '900 tonnes');
    assert.equal(f.year, null);
    assert.ok(f.rules.includes('figure:year-none-other-clause'));
    assert.equal(figure('The clinic, which opened in 2015 and still treats about 4,000 patients, is full.\n', '4,000 patients').year, null);
  });

  it('reads a new subject and its perfect or modal verb after ", and" as a clause of its own', () => {
    assert.equal(figure('Ferry traffic fell sharply in 2022, and the port authority has cut its fees by 12 percent.\n', '12 percent').year, null);
    assert.equal(figure('Chile will send two frigates in 2027, and the first batch of 400 sailors is to train in Spain.\n', '400 sailors').year, null);
  });

  it('keeps the date across a join in the same tense, where writers go on dating by it', () => {
    assert.equal(figure('The inspectors visited 300 ports in 2023 and closed 12 of them.\n', '12').year, 2023);
    assert.equal(figure('Imports rose in 2024, and complaints to the regulator fell by 30 percent.\n', '30 percent').year, 2024);
  });

  it('keeps a date that opens the sentence before any verb', () => {
    assert.equal(figure('In 2025 the fund lent $3 billion, and the bank has written off $200 million.\n', '$200 million').year, 2025);
  });

  it('keeps a date in the clause after the join', () => {
    assert.equal(figure('The council met twice, and in 2024 it approved a grant of €8 million.\n', '€8 million').year, 2024);
  });
});

describe('A measure written as a compound before its noun (figure:year-none-size)', () => {
  it('gives no year to a size, though the sentence states one', () => {
    const f = figure('In 2024 the coast guard bought a 12-metre patrol boat.\n', '12-metre');
    assert.equal(f.year, null);
    assert.ok(f.rules.includes('figure:year-none-size'));
    assert.equal(figure('Customs seized a 60-kilogram crate of cobalt at the border in May 2025.\n', '60-kilogram').year, null);
  });

  it('still dates the same measure written as an amount', () => {
    assert.equal(figure('Customs seized 60 kilograms of cobalt at the border in May 2025.\n', '60 kilograms').year, 2025);
  });
});
