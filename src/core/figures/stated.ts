import type { Units } from '../parse/units';
import type { Block } from '../model/model';
import type { FoundFigure } from './index';
import { reason } from './draft';
import { FIELD, frontEnd, readFieldDates } from './fields';
import { ownClause, undated } from './heading';
import { FIGURE_LEXICON, type FigureLexicon } from './lexicon';

/**
 * The time a document states for itself in a labelled field of its front
 * matter ("**Reporting period:** 1–31 March 2025", "DATE:      9 March 2026"
 * over a memo, "Date:   Thursday, 17 October 2024" over minutes) dates the
 * figures that nothing in their own paragraph, section or table dates: a
 * situation report's, a memo's or minutes' figures are those of the time they
 * report on (figure:year-stated-period). Only labels that name the document's
 * own time or the period it covers (figures-dates fieldDates.statedLabels),
 * not a release or a publication date: a statistical bulletin is released the
 * year after the period its figures cover. A date in digits ("Date:
 * 04/17/2024", a release stamp over a declassified cable) states no period.
 * Two stated fields of different years state none. Ratios, lengths of time,
 * sizes and sentences that look ahead or name their own year ("last year") keep
 * to their own clause, as under a heading. A month alone ("in May") is left:
 * which year it falls in the stated time does not always say.
 */
export function readStatedPeriod(text: string, blocks: readonly Block[], units: Units, figures: readonly FoundFigure[], lex: FigureLexicon = FIGURE_LEXICON): FoundFigure[] {
  const stated = statedYear(text, blocks, figures, lex);
  if (stated === null) return figures as FoundFigure[];
  let out: FoundFigure[] | null = null;
  for (let f = 0; f < figures.length; f++) {
    const g = figures[f];
    if (g.year !== null || g.high !== null || (g.kind === 'date' && g.value !== null) || !undated(g) || ownClause(lex, g) || size(lex, g)) continue;
    const unit = g.unitIndex;
    if (unit < 0 || unit >= units.length) continue;
    const said = text.slice(units.start[unit], units.end[unit]);
    if (lex.patterns.ahead.test(said) || lex.patterns.relativeYear.test(said)) continue;
    out ??= figures.slice();
    const why = g.why.map((r) => (r.about === 'year' ? reason(lex, 'figure:year-stated-period', 'year', stated.label) : r));
    out[f] = { ...g, year: stated.year, value: g.kind === 'date' ? stated.year : g.value, why };
  }
  return out ?? (figures as FoundFigure[]);
}

/** The dates of the front matter's fields (readFieldDates), then the year they state for the figures nothing else dates. */
export function readFrontMatterDates(text: string, blocks: readonly Block[], units: Units, figures: readonly FoundFigure[], lex: FigureLexicon = FIGURE_LEXICON): FoundFigure[] {
  return readStatedPeriod(text, blocks, units, readFieldDates(text, blocks, figures, lex), lex);
}

/** A size or a distance ("9.5 metres", "65 km wide"): it holds whatever the year. */
function size(lex: FigureLexicon, g: FoundFigure): boolean {
  return (g.kind === 'quantity' || g.kind === 'count') && g.unit !== null && lex.units.dimensions.has(g.unit);
}

/** The year of the front matter's stated fields, with the label that states it, or null. */
function statedYear(text: string, blocks: readonly Block[], figures: readonly FoundFigure[], lex: FigureLexicon): { year: number; label: string } | null {
  const end = frontEnd(text, blocks);
  if (end <= 0) return null;
  let found: { year: number; label: string } | null = null;
  let f = 0;
  for (const m of text.slice(0, end).matchAll(FIELD)) {
    const label = m[1].trim();
    if (!lex.dates.fields.stated.has(label.toLowerCase())) continue;
    const at = m.index + m[0].length;
    const line = text.indexOf('\n', at);
    const stop = line < 0 ? end : Math.min(line, end);
    while (f < figures.length && figures[f].end <= at) f++;
    // The field's date as read (figure:date-field), or a span of days the reader does not read ("1–31 March 2025"):
    // its year, when its month is written out.
    const g = figures[f];
    const read = g !== undefined && g.start < stop && g.kind === 'date' && g.year !== null && /[A-Za-z]{3}/.test(text.slice(g.start, g.end));
    const written = read ? null : WRITTEN_YEAR.exec(text.slice(at, valueStop(text, at, stop)));
    const year = read ? g.year! : written && lex.dates.months[written[1].toLowerCase()] !== undefined ? Number(written[2]) : null;
    if (year === null) continue;
    if (found !== null && found.year !== year) return null;
    found ??= { year, label };
  }
  return found;
}

/** A value's end: its line's end or the next field on the line ("· Revised:", "| Date of issue:"). */
function valueStop(text: string, at: number, stop: number): number {
  const next = /[·|]/.exec(text.slice(at, stop));
  return next ? at + next.index : stop;
}

/** Days, a month written out and a year, alone as the value: "1–31 March 2025", "March 2025". */
const WRITTEN_YEAR = /^[\s*_]*(?:\d{1,2}[ \t]*[-–][ \t]*\d{1,2}[ \t]+)?([A-Z][a-z]{2,8})[ \t]+(\d{4})[\s*_]*$/;
