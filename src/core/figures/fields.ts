import type { Block } from '../model/model';
import { BODY_KINDS } from '../parse/structure';
import type { FoundFigure } from './index';
import { findFigures } from './index';
import { reason } from './draft';
import { FIGURE_LEXICON, type FigureLexicon } from './lexicon';

/**
 * Dates in the labelled fields of a document's front matter: "Date:   Thursday,
 * 17 October 2024, 09:30-12:47" at the head of minutes, "Release date: 14 March
 * 2025" and "Next release: 12 March 2026" under a bulletin's title, "**Date of
 * issue:** 17 March 2026" in an advisory, "Received: … · Accepted: …" over an
 * article, "Information cutoff: 15 January 2027". Writers list these dates as
 * figures (seven development writers, none leaves one out) though the reader
 * sets their lines aside as furniture or reads them as headings, where no
 * figure is read (figure:date-field). The front matter ends at the first
 * paragraph of prose (a lower-case word and a full stop). A page's own dates
 * ("Last updated: …", "Page last reviewed: …") are not read: writers leave
 * them out (figures-dates fieldDates.notLabels). A field's value counts only
 * when it opens with a whole date with its month written out (a day, the
 * month and a year; a weekday may stand before it), not a stamp in digits
 * ("Publication Date: 04/16/2026", which writers leave out).
 */
export function readFieldDates(text: string, blocks: readonly Block[], figures: readonly FoundFigure[], lex: FigureLexicon = FIGURE_LEXICON): FoundFigure[] {
  const end = frontEnd(text, blocks);
  if (end <= 0) return figures as FoundFigure[];
  const found: FoundFigure[] = [];
  const labelled = new Map<number, FoundFigure>();
  const { weekdays, notLabels, maxLabelWords } = lex.dates.fields;
  let f = 0;
  for (const m of text.slice(0, end).matchAll(FIELD)) {
    const label = m[1].trim().toLowerCase();
    if (label.split(/\s+/).length > maxLabelWords || notLabels.has(label)) continue;
    let at = m.index + m[0].length;
    const weekday = /^([A-Za-z]+),?[ \t]+/.exec(text.slice(at, at + 12));
    if (weekday && weekdays.has(weekday[1].toLowerCase())) at += weekday[0].length;
    // A date the reader already found there is not read twice; one a field read aside holds takes the field's label.
    while (f < figures.length && figures[f].end <= at) f++;
    if (f < figures.length && figures[f].start <= at) {
      const g = figures[f];
      if (g.start === at && g.kind === 'date' && g.about === null && /[A-Za-z]/.test(text.slice(g.start, g.end))) labelled.set(f, { ...g, about: label, why: fieldWhy(g.why, lex, m[1].trim()) });
      continue;
    }
    const stop = valueEnd(text, at, end);
    const value = text.slice(at, stop);
    const [date, next] = findFigures(value, [{ start: 0, end: value.length, block: 0, body: false }], lex);
    if (!whole(value, date, 0)) continue;
    // The field's label says what the date is ("Release date", "Next release"): it decides the kind and the description.
    const words = m[1].trim();
    // A range of two dates ("Period covered: 1 January 2024 to 31 December 2024") gives both.
    for (const d of whole(value, next, date.end) && RANGE.test(value.slice(date.end, next.start)) ? [date, next] : [date]) {
      const why = fieldWhy(d.why, lex, words);
      found.push({ ...d, start: d.start + at, end: d.end + at, about: label, why, unitIndex: -1 });
    }
  }
  if (found.length === 0 && labelled.size === 0) return figures as FoundFigure[];
  return [...figures.map((g, i) => labelled.get(i) ?? g), ...found].sort((a, b) => a.start - b.start);
}

/** A date's reasons with those of its kind and description given to the field's label `words` (figure:date-field). */
function fieldWhy(why: FoundFigure['why'], lex: FigureLexicon, words: string): FoundFigure['why'] {
  return why.map((r) => (r.about === 'kind' || r.about === 'about' ? reason(lex, 'figure:date-field', r.about, words) : r));
}

/** Where the front matter ends: the start of the first body block that holds prose, or 0 when there is none. */
export function frontEnd(text: string, blocks: readonly Block[]): number {
  for (const b of blocks) if (BODY_KINDS.has(b.kind) && PROSE.test(text.slice(b.start, b.end))) return b.start;
  return 0;
}

/** A field's value runs to the end of its line, or to the next field on it ("· Revised:", "| Accepted:"). */
function valueEnd(text: string, at: number, end: number): number {
  let i = at;
  while (i < end && text.charCodeAt(i) !== 10 && !SEPARATORS.includes(text.charAt(i))) i++;
  return i;
}

const SEPARATORS = '·|]';

/**
 * True when `date` is a whole date opening `value` at `from` or later: a day or a month written out, and a year
 * ("17 October 2024", "March 12, 2026"); not a stamp in digits ("04/16/2026").
 */
function whole(value: string, date: FoundFigure | undefined, from: number): date is FoundFigure {
  return date !== undefined && date.start >= from && (from > 0 || date.start === 0) && date.kind === 'date' && date.year !== null && date.high === null && WRITTEN.test(value.slice(date.start, date.end));
}

/** What joins the two dates of a range: "to", "until", "through", a dash. */
const RANGE = /^\s*(?:to|until|through|[-–—])\s*$/;

/** A date with a word in it (its month) and a number before its year. */
const WRITTEN = /^(?=.*[A-Za-z]{3}).*\d.*\b\d{4}$/s;

/** A lower-case word and a full stop, then a space or the end: a sentence of prose. */
const PROSE = /[a-z]{2}[.!?](?:\s|$)/;

/**
 * A label at the start of a line or after a field separator ("·", "|", "["):
 * a capitalised word and up to a few more, a colon (markdown emphasis around
 * it), then spaces.
 */
export const FIELD = /(?:^|[·|[])[ \t]*[*_]*([A-Z][A-Za-z]*(?:[ \t][A-Za-z]+){0,8})[ \t]*:[*_]*[ \t]+/gm;
