import type { Block } from '../model/model';
import { BODY_KINDS } from '../parse/structure';
import type { Units } from '../parse/units';
import type { FoundFigure } from './index';
import { reason } from './draft';
import { FIGURE_LEXICON, type FigureLexicon } from './lexicon';
import { yearOf } from './table';

/**
 * A year in a section heading ("2. Volumes in 2024", "FY2026 Request") dates
 * the figures of the first paragraph under it that nothing else dates: a reader
 * reads that paragraph as about the heading's year. Not a sentence that looks
 * ahead or speaks of the present, not a ratio or a length of time (they keep to
 * their own clause), and not past the first paragraph, where a section has
 * usually moved on. A heading with two years dates nothing, nor does a dateline
 * ("May 14, 2025", "Page 2 · June 2025"): it says when the document was
 * written, not what its figures refer to.
 */
export function readHeadings(text: string, blocks: readonly Block[], units: Units, figures: readonly FoundFigure[], lex: FigureLexicon = FIGURE_LEXICON): FoundFigure[] {
  let out: FoundFigure[] | null = null;
  let f = 0;
  for (let b = 0; b < blocks.length; b++) {
    if (blocks[b].kind !== 'heading') continue;
    const heading = text.slice(blocks[b].start, blocks[b].end);
    const year = yearOf(heading.replace(/\s+/g, ' ').trim());
    if (year === null || dateline(lex, heading)) continue;
    let p = b + 1;
    while (p < blocks.length && blocks[p].kind !== 'heading' && !BODY_KINDS.has(blocks[p].kind)) p++;
    if (p >= blocks.length || blocks[p].kind === 'heading') continue;
    const { start, end } = blocks[p];
    while (f < figures.length && figures[f].start < start) f++;
    for (; f < figures.length && figures[f].start < end; f++) {
      const g = figures[f];
      if (g.year !== null || g.kind === 'date' || !undated(g) || ownClause(lex, g)) continue;
      const unit = g.unitIndex;
      if (unit >= 0 && unit < units.length && lex.patterns.ahead.test(text.slice(units.start[unit], units.end[unit]))) continue;
      out ??= figures.slice();
      out[f] = { ...g, year, why: g.why.map((r) => (r.about === 'year' ? reason(lex, 'figure:year-heading', 'year', heading.trim()) : r)) };
    }
  }
  return out ?? (figures as FoundFigure[]);
}

/** Nothing in its paragraph dated the figure, nor said why it has no year. */
export function undated(f: FoundFigure): boolean {
  return f.why.some((r) => r.about === 'year' && r.rule === 'figure:year-none');
}

/** A ratio (not a fraction) or a length of time: dated only from its own clause. */
export function ownClause(lex: FigureLexicon, f: FoundFigure): boolean {
  return (f.kind === 'ratio' && f.unit !== 'fraction') || ((f.kind === 'quantity' || f.kind === 'count') && f.unit !== null && lex.units.time.has(f.unit));
}

/** True when the heading's year comes with a month: the date of the document, not a subject. */
function dateline(lex: FigureLexicon, heading: string): boolean {
  for (const w of heading.toLowerCase().match(/[a-z]+/g) ?? []) if (w.length >= 3 && lex.dates.months[w] !== undefined) return true;
  return false;
}
