/**
 * `npm run eval -- --calibration`: how far a claim's confidence can be trusted —
 * the claims of the annotations read, by confidence band, with the share of
 * them whose category the annotation accepts. A calibrated confidence is right
 * more often in each higher band, and at least 95% of the time from 0.7 up.
 */

/** One claim's confidence and whether its category was right. */
export interface Rated {
  readonly confidence: number;
  readonly right: boolean;
}

/** Lower edges of the bands; the last band runs to 1 inclusive. */
export const BANDS: readonly number[] = [0, 0.3, 0.5, 0.7, 0.9];

/** Claims and right ones per band, lowest band first. */
export function reliability(rated: readonly Rated[], bands: readonly number[] = BANDS): { from: number; to: number; claims: number; right: number }[] {
  const rows = bands.map((from, i) => ({ from, to: i + 1 < bands.length ? bands[i + 1] : 1, claims: 0, right: 0 }));
  for (const { confidence, right } of rated) {
    let b = bands.length - 1;
    while (b > 0 && confidence < bands[b]) b--;
    rows[b].claims++;
    if (right) rows[b].right++;
  }
  return rows;
}

/** The table as lines: "  0.70–0.90   120 claims (23.0%)   96.7% right". */
export function formatReliability(rated: readonly Rated[]): string[] {
  const total = rated.length;
  const pct = (n: number, d: number) => (d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
  return reliability(rated).map(
    (r, i, all) =>
      `  ${r.from.toFixed(2)}–${r.to.toFixed(2)}${i === all.length - 1 ? ' ' : ')'}  ${String(r.claims).padStart(5)} claims (${pct(r.claims, total)})  ${pct(r.right, r.claims)} right`,
  );
}
