/**
 * Means by group of documents: the held-out documents (nobody has read their
 * misses) apart from the development ones, so the figure that measures
 * generalisation is never blended with the figures a session tuned on.
 */

/** The measures in the order they are printed; a ratio is printed as a percentage, a score as is. */
export const MEASURES = [
  'claims right',
  'right at confidence ≥ 0.7',
  'entities found, right type',
  'entity precision',
  'figures found, right kind',
  'figure precision',
  'right year',
  'sections found',
  'section precision',
  'roles accepted',
  'role macro-F1',
  'claim precision',
] as const;
export type Measure = (typeof MEASURES)[number];

export class GroupMeans {
  readonly #groups = new Map<string, Map<Measure, number[]>>();

  /** One document's measure: `right` of `total` (skipped when there is nothing to count). */
  ratio(group: string, measure: Measure, right: number, total: number): void {
    if (total > 0) this.value(group, measure, right / total);
  }

  /** One document's measure as a number (a score such as macro-F1). */
  value(group: string, measure: Measure, value: number): void {
    const measures = this.#groups.get(group) ?? new Map<Measure, number[]>();
    this.#groups.set(group, measures);
    const values = measures.get(measure) ?? [];
    measures.set(measure, values);
    values.push(value);
  }

  /** A block per group: each measure's mean, its lowest document and the count of documents. */
  lines(): string[] {
    const out: string[] = [];
    for (const [group, measures] of this.#groups) {
      out.push(`\nMeans over the ${group} documents (mean · lowest · documents measured)`);
      for (const measure of MEASURES) {
        const values = measures.get(measure);
        if (!values?.length) continue;
        const mean = values.reduce((a, v) => a + v, 0) / values.length;
        const show = (v: number) => (measure === 'role macro-F1' ? v.toFixed(2).padStart(6) : `${(100 * v).toFixed(1).padStart(5)}%`);
        out.push(`  ${measure.padEnd(28)} ${show(mean)} · ${show(Math.min(...values))} · ${values.length}`);
      }
    }
    return out;
  }
}
