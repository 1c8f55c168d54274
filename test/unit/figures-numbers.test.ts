import { strict as assert } from 'node:assert';
import { figures, one } from './figures-helpers';
import { parseNumberWords } from '../../src/core/figures/numbers';

describe('Number words', () => {
  const read = (words: string) => parseNumberWords(words.toLowerCase().split(/[\s-]+/));

  it('Reads compound numbers, scales and "and"', () => {
    assert.equal(read('Seventy-nine')!.value, 79);
    assert.equal(read('one thousand')!.value, 1000);
    assert.equal(read('one hundred and five')!.value, 105);
    assert.equal(read('two million three hundred thousand')!.value, 2300000);
    assert.equal(read('a dozen')!.value, 12);
  });

  it('Reads halves and fractions', () => {
    assert.deepEqual([read('one third')!.value, read('one third')!.fraction], [0.333333333333, true]);
    assert.equal(read('two-thirds')!.value, 0.666666666667);
    assert.equal(read('two and a half')!.value, 2.5);
    assert.deepEqual([read('half billion')!.value, read('half billion')!.fraction], [5e8, false]);
    assert.equal(read('half a million')!.value, 5e5);
    assert.equal(read('one and a half million')!.value, 1.5e6);
  });

  it('Reads only the first of two numbers side by side, and nothing from other words', () => {
    assert.deepEqual([read('one two')!.value, read('one two')!.length], [1, 1]);
    assert.deepEqual([read('one and two')!.value, read('one and two')!.length], [1, 1]);
    assert.equal(read('sixth'), null);
    assert.equal(read('the'), null);
  });
});

describe('Figures in other number formats', () => {
  it('Reads a continental decimal comma and dot-grouped thousands as one figure', () => {
    const f = one('The fund spent 1.234,5 million euros last year.', '1.234,5 million euros');
    assert.equal(f.kind, 'money');
    assert.equal(f.value, 1_234_500_000);
    assert.equal(f.unit, 'EUR');
    assert.equal(one('Exports reached 1.234.567 tonnes.', '1.234.567 tonnes').value, 1_234_567);
  });

  it('Reads thousands grouped by spaces, and keeps a lone dotted decimal as a decimal', () => {
    assert.equal(one('The army has 12 000 troops.', '12 000 troops').value, 12_000);
    assert.equal(one('It cost 12\u00a0000\u00a0000 euros.', '12 000 000 euros').value, 12_000_000);
    assert.equal(one('It cost 1.234 million dollars.', '1.234 million dollars').value, 1_234_000);
  });

  it('Reads thousands grouped by spaces with a decimal point, as the value fields of EU procurement notices write them, whole', () => {
    const f = one('Award value, VAT excluded: 12 340 500.00 EUR', '12 340 500.00 EUR');
    assert.deepEqual([f.kind, f.value, f.unit], ['money', 12_340_500, 'EUR']);
    assert.equal(one('Lot 2 estimate: 7 250 000.50 EUR', '7 250 000.50 EUR').value, 7_250_000.5);
  });

  it('Ends a group of thousands only where no digit follows it ("+44 207 946 0018" is no "207 946 001")', () => {
    assert.ok(!figures('The tallies read 3 250 4000 in the log.').some((f) => f.text.startsWith('3 250 400')));
  });

  it('Reads an en-dash minus as a negative percentage', () => {
    assert.equal(one('Output fell –5% in 2020.', '–5%').value, -5);
  });
});
