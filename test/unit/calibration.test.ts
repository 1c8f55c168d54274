import { strict as assert } from 'node:assert';
import { formatReliability, reliability } from '../../bench/calibration';

describe('Calibration table (npm run eval -- --calibration)', () => {
  it('Puts each claim in the band its confidence falls in, a band’s lower edge inside it and 1 in the last', () => {
    const rows = reliability([
      { confidence: 0, right: false },
      { confidence: 0.29, right: true },
      { confidence: 0.7, right: true },
      { confidence: 0.69, right: false },
      { confidence: 1, right: true },
      { confidence: 0.9, right: false },
    ]);
    assert.deepEqual(
      rows.map((r) => [r.from, r.claims, r.right]),
      [
        [0, 2, 1],
        [0.3, 0, 0],
        [0.5, 1, 0],
        [0.7, 1, 1],
        [0.9, 2, 1],
      ],
    );
  });

  it('Prints each band’s share of the claims and how many of them are right', () => {
    const lines = formatReliability([
      { confidence: 0.95, right: true },
      { confidence: 0.95, right: false },
      { confidence: 0.1, right: true },
      { confidence: 0.1, right: true },
    ]);
    assert.match(lines[0], /0\.00–0\.30\)\s+2 claims \( 50\.0%\)\s+100\.0% right/);
    assert.match(lines[4], /0\.90–1\.00\s+2 claims \( 50\.0%\)\s+50\.0% right/);
    assert.match(lines[1], /0 claims .* n\/a right/);
  });
});
