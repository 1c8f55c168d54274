import type { Block } from '../model/model';
import type { Units } from '../parse/units';
import type { FoundFigure } from './index';
import { reason } from './draft';
import { wordBefore } from './look';
import { comparisonBase } from './bases';
import { FIGURE_LEXICON, type FigureLexicon } from './lexicon';
import { ownClause, undated } from './heading';

/**
 * A paragraph that ends with a colon introduces the list or table right after
 * it ("Our FY2025 results … Highlights include:", "Fill rates at 30 September
 * 2026 were:"), and the year it states dates the items' figures that nothing
 * in their own item dates: a reader reads them as the results of that year.
 * The year is the one its last sentence states (or, when that sentence states
 * none, the one before it); not a year after "since" or "until", not a span,
 * not two different years, and not from a sentence that looks ahead ("we
 * will:"). Items that look ahead, ratios and lengths of time keep to their own
 * clause, as under a heading.
 */
export function readIntros(text: string, blocks: readonly Block[], units: Units, figures: readonly FoundFigure[], labels?: ReadonlySet<number>, lex: FigureLexicon = FIGURE_LEXICON): FoundFigure[] {
  let out: FoundFigure[] | null = null;
  let f = 0;
  let u = 0;
  // A list's items, with the labels that name their points ("**Frontline training (+$5.4 million):**"), or a table's cells.
  const item = (k: number, table: boolean) => (table ? blocks[k].kind === 'tableCell' : blocks[k].kind === 'listItem' || (labels?.has(k) ?? false));
  for (let b = 0; b + 1 < blocks.length; b++) {
    const intro = blocks[b];
    const table = blocks[b + 1].kind === 'tableCell';
    if (intro.kind !== 'paragraph' || !item(b + 1, table) || !text.slice(intro.start, intro.end).trimEnd().endsWith(':')) continue;
    while (u < units.length && units.end[u] <= intro.start) u++;
    let last = u;
    while (last + 1 < units.length && units.start[last + 1] < intro.end) last++;
    while (f < figures.length && figures[f].start < intro.start) f++;
    const year = introYear(lex, text, units, figures, f, last, u);
    let e = b + 1;
    while (e < blocks.length && item(e, table)) e++;
    if (year === null) {
      b = e - 1;
      continue;
    }
    // Items that state other years of their own tell of several years: the introduction's dates none of them.
    if (otherYear(lex, text, units, figures, f, blocks[e - 1].end, year)) {
      b = e - 1;
      continue;
    }
    const words = text.slice(intro.start, intro.end).replace(/\s+/g, ' ').trim();
    for (; f < figures.length && figures[f].start < blocks[e - 1].end; f++) {
      const g = figures[f];
      if (g.start < blocks[b + 1].start || g.year !== null || g.kind === 'date' || !undated(g) || ownClause(lex, g)) continue;
      const unit = g.unitIndex;
      if (unit >= 0 && unit < units.length && lex.patterns.ahead.test(text.slice(units.start[unit], units.end[unit]))) continue;
      out ??= figures.slice();
      out[f] = { ...g, year, why: g.why.map((r) => (r.about === 'year' ? reason(lex, 'figure:year-introduction', 'year', words) : r)) };
    }
    b = e - 1;
  }
  return out ?? (figures as FoundFigure[]);
}

/** True when a date up to `end` states a year other than `year` in its own voice: not the base of a comparison ("up from 981 in FY2024"), nor the edge of a period. */
function otherYear(lex: FigureLexicon, text: string, units: Units, figures: readonly FoundFigure[], from: number, end: number, year: number): boolean {
  for (let i = from; i < figures.length && figures[i].start < end; i++) {
    const g = figures[i];
    if (g.kind !== 'date' || g.year === null || g.year === year) continue;
    const floor = g.unitIndex >= 0 && g.unitIndex < units.length ? units.start[g.unitIndex] : g.start;
    if (!lex.dates.boundaries.has(wordBefore(text, floor, g.start)) && comparisonBase(lex, text, floor, g.start) < 0) return true;
  }
  return false;
}

/** The one year the introduction's last sentence states, or the one before it when it states none; null when they state none, several, or look ahead. */
function introYear(lex: FigureLexicon, text: string, units: Units, figures: readonly FoundFigure[], from: number, last: number, first: number): number | null {
  for (let s = last; s >= Math.max(first, last - 1); s--) {
    if (s >= units.length) throw new RangeError(`no sentence ${s} of ${units.length}`);
    const start = units.start[s];
    const end = units.end[s];
    if (lex.patterns.ahead.test(text.slice(start, end))) return null;
    const years = new Set<number>();
    for (let i = from; i < figures.length && figures[i].start < end; i++) {
      const g = figures[i];
      if (g.start < start || g.kind !== 'date') continue;
      // "since 2022", "until 2026" are the edges of a period; a span of years names no one year.
      if (g.year === null || g.high !== null || lex.dates.boundaries.has(wordBefore(text, start, g.start))) return null;
      years.add(g.year);
    }
    if (years.size > 1) return null;
    if (years.size === 1) return [...years][0];
  }
  return null;
}
