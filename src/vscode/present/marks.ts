import type { Analysis, Category } from '../../core/model/model';
import { mapInSlices, Slices } from '../../core/model/slices';
import { visibleCategory } from './settings';

/**
 * The gutter marks of a model: each claim shown in one of `shown` categories, as
 * `range` makes it from its span, grouped by the category it is marked with. Made
 * in slices (a turn of the event loop whenever one has run its time); undefined
 * when `stale` says at a turn that a newer drawing replaced this one.
 */
export async function claimMarks<R>(
  analysis: Analysis,
  shown: readonly Category[],
  range: (start: number, end: number) => R,
  stale: () => boolean = () => false,
  slices = new Slices(),
): Promise<Map<Category, R[]> | undefined> {
  const marks = new Map<Category, R[]>();
  const made = await mapInSlices(
    analysis.claims,
    (claim) => {
      const category = visibleCategory(claim, shown);
      if (!category) return undefined;
      const list = marks.get(category);
      if (list) list.push(range(claim.start, claim.end));
      else marks.set(category, [range(claim.start, claim.end)]);
      return undefined;
    },
    slices,
    stale,
  );
  return made && marks;
}
