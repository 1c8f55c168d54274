import { strict as assert } from 'node:assert';
import { documentFigure } from './figures-helpers';

/**
 * Classes of figures and years that other hands' documents showed (the
 * development annotations, several writers each), written here in our own
 * words, each by the rule that decides it.
 */

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
