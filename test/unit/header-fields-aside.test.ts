import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';

/** notice:header-field reads its fields aside: out of the argument, but their names and dates are still read. */
describe('Header fields read aside (notice:header-field, read: true)', () => {
  const text = [
    'TO: Minister for Trade',
    'FROM: Director, Export Controls',
    'DATE: 12 March 2026',
    'SUBJECT: Licences for Norrvik Shipyards',
    '',
    'The licences should be suspended because the yard has shipped radar parts to a sanctioned buyer.',
    '',
  ].join('\n');
  const reading = analyse(text, { format: 'plain' });
  const shown = (s: { start: number; end: number }) => text.slice(s.start, s.end);

  it('keeps the fields out of the claims', () => {
    assert.deepEqual(reading.claims.map((c) => shown(c).trim()), ['The licences should be suspended because the yard has shipped radar parts to a sanctioned buyer.']);
  });

  it('still reads the date in a field, described by its label', () => {
    const date = reading.figures.find((f) => shown(f) === '12 March 2026');
    assert.ok(date, JSON.stringify(reading.figures.map(shown)));
    assert.equal(date.kind, 'date');
  });
});
