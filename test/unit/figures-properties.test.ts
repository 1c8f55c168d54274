import { strict as assert } from 'node:assert';
import { ratio } from '../../bench/hostile';
import fc from 'fast-check';
import { findFigures } from '../../src/core/figures';
import { figures, unitsOf } from './figures-helpers';

describe('Figures', () => {
  it('Reads markdown whose links and emphasis arrive blanked, at the same offsets', () => {
    const source = 'In **2025**, [Golden Dome](https://x.y/2025/08/05/14893) cost $5.9 billion (see [P.L. 119-21](https://z/1)).';
    const masked = source
      .replace(/\]\([^)]*\)/g, (m) => ' '.repeat(m.length))
      .replace(/[[*]/g, ' ');
    const got = figures(masked).map((f) => [f.text, source.slice(f.start, f.end)]);
    assert.deepEqual(got, [
      ['2025', '2025'],
      ['$5.9 billion', '$5.9 billion'],
    ]);
  });

  it('Never overlaps, stays inside its sentence, and keeps values finite', () => {
    const pieces = [
      ' ', '\n', '.', ',', '(', ')', '-', '–', '%', '$', '€', 'in ', 'of ', 'the ', 'one ', 'two ', 'third ', 'half ',
      'million ', 'billion ', 'times ', 'lower ', 'dollars ', 'rubles ', 'troops ', 'out of ', 'Section ', 'FY',
      'April ', 'spring ', 'between ', 'and ', 'a ', 'Seventy', 'nine', '1999', '2025', '5', '12', '150,000', '2.5',
      '0', 'Q3 ', 'mid-', '1990s', 'e.g., ', 'was ', 'more than ',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const units = unitsOf(text);
        const found = findFigures(text, units);
        let last = 0;
        for (const f of found) {
          assert.ok(f.start >= last && f.start < f.end, `overlap or empty figure in ${JSON.stringify(text)}`);
          const unit = units[f.unitIndex];
          assert.ok(unit.start <= f.start && f.end <= unit.end, `figure outside its sentence in ${JSON.stringify(text)}`);
          for (const v of [f.value, f.high]) assert.ok(v === null || Number.isFinite(v));
          last = f.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('Reads long and hostile input in linear time: CPU time at two sizes, 4× apart, as a ratio', function () {
    this.timeout(60000);
    // Each makes a hostile text of about `n` repetitions of its pattern.
    const hostile: ((n: number) => string)[] = [
      (n) => '1'.repeat(n * 4),
      (n) => 'one '.repeat(n),
      (n) => '('.repeat(n) + ' 5% in 1999 ' + ')'.repeat(n),
      (n) => 'The share was 5% in 1999 and '.repeat(n / 8),
      (n) => '$5 billion, 450 million, '.repeat(n / 6),
      (n) => 'a-'.repeat(n * 2) + ' 5%',
      (n) => '5' + ' '.repeat(n * 4) + '%',
      (n) => '1.'.repeat(n * 2),
      (n) => 'March '.repeat(n) + '2000',
    ];
    for (const make of hostile) {
      const reading = (n: number) => {
        const text = make(n);
        return () => findFigures(text, [{ start: 0, end: text.length, block: 0, body: true }]);
      };
      const small = reading(12_500);
      const large = reading(50_000);
      // A reading under 50 ms is too fast to time; a machine's pause does not repeat, a quadratic step does: measured twice.
      const linear = (g: { exponent: number; largeMs: number }) => g.exponent <= 1.2 || g.largeMs < 50;
      const measure = () => ratio(small, large, 4, 2);
      let { exponent, largeMs } = measure();
      if (!linear({ exponent, largeMs })) ({ exponent, largeMs } = measure());
      assert.ok(linear({ exponent, largeMs }), `exponent ${exponent.toFixed(2)} (${largeMs.toFixed(0)} ms) on ${JSON.stringify(make(2).slice(0, 30))}…`);
    }
  });

  it('Returns nothing for no sentences, and ignores text outside the sentences', () => {
    assert.deepEqual(findFigures('It grew 5% in 1999.', []), []);
    const text = '5% first. Then 7% later.';
    const found = findFigures(text, [{ start: 10, end: text.length, block: 0, body: true }]);
    assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['7%']);
    assert.equal(found[0].unitIndex, 0);
  });
});
