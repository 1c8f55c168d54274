import type { Units } from '../parse/units';
import type { Block } from '../model/model';
import type { FoundFigure } from './index';
import { reason } from './draft';
import { FIELD, frontEnd, readFieldDates } from './fields';
import { ownClause, undated } from './heading';
import { FIGURE_LEXICON, type FigureLexicon } from './lexicon';
import { findFigures } from './index';
import { readWrittenYears } from './written';
import { clauseSpan } from './clauses';

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
 * which year it falls in the stated time does not always say. A "Date:" beside
 * a field of where a meeting was held ("Venue:", "Place:", "Location:";
 * fieldDates.meetingLabels) is the meeting's: it dates what the record tells in
 * the past (what was reported, decided, done: minutes), not what a speaker
 * states in the present ("Varennia produces about 11 per cent of the world's
 * graphite", "Chinese firms hold about 30 percent": a press conference's
 * transcript, a roundtable's summary), nor a clause with no verb. A results
 * title in the front matter ("Q3 2025 Trading Update and Earnings Conference
 * Call", fieldDates.titlePeriods) states the period it reports on as a
 * "Reporting period:" field does: every earnings call transcript is so headed;
 * not in a sentence of an earlier time or of a target (titlePeriods.past,
 * .targets), and a title that names the year its results are of ("Census 2021
 * results: Q1 2024 release") states that year, not its release's.
 */
export function readStatedPeriod(text: string, blocks: readonly Block[], units: Units, figures: readonly FoundFigure[], lex: FigureLexicon = FIGURE_LEXICON): FoundFigure[] {
  const stated = statedYear(text, blocks, figures, lex);
  if (stated === null) return figures as FoundFigure[];
  let out: FoundFigure[] | null = null;
  const cursor: HeadingCursor = { next: 0, at: -1, heading: undefined };
  for (let f = 0; f < figures.length; f++) {
    const g = figures[f];
    if (g.year !== null || g.high !== null || (g.kind === 'date' && g.value !== null) || !undated(g) || ownClause(lex, g) || size(lex, g)) continue;
    const unit = g.unitIndex;
    if (unit < 0 || unit >= units.length) continue;
    const said = text.slice(units.start[unit], units.end[unit]);
    if (lex.patterns.ahead.test(said) || lex.patterns.relativeYear.test(said) || before(text, blocks, g, said, lex, cursor)) continue;
    // A meeting's date dates what its record tells in the past, not what a speaker states in the present.
    if (stated.meeting && !toldPast(text, units.start[unit], units.end[unit], g.start, lex)) continue;
    // A results title dates its period's figures, not those of an earlier time or of a target ("Historically, …", "a year ago", "The board's target is …").
    if (stated.title && notNow(said, g.start - units.start[unit], lex)) continue;
    out ??= figures.slice();
    const why = g.why.map((r) => (r.about === 'year' ? reason(lex, 'figure:year-stated-period', 'year', stated.label) : r));
    out[f] = { ...g, year: stated.year, value: g.kind === 'date' ? stated.year : g.value, why };
  }
  return out ?? (figures as FoundFigure[]);
}

/** The dates of the front matter's fields (readFieldDates), the year they state for the figures nothing else dates, then the years named from the time of writing ("last year"). */
export function readFrontMatterDates(text: string, blocks: readonly Block[], units: Units, figures: readonly FoundFigure[], lex: FigureLexicon = FIGURE_LEXICON): FoundFigure[] {
  return readWrittenYears(text, blocks, units, readStatedPeriod(text, blocks, units, readFieldDates(text, blocks, figures, lex), lex), lex);
}

/**
 * A sentence in the past that tells of a time before the document's own: a cue of an earlier time ("at its peak",
 * "its last strike", "for the full year", "after the crisis"; fieldDates.pastCues, eventTimes) or a section about
 * what came before ("History"; not a memo's "Background", which tells of now). Minutes' past ("The committee
 * approved …") has neither.
 */
function before(text: string, blocks: readonly Block[], g: FoundFigure, said: string, lex: FigureLexicon, cursor: HeadingCursor): boolean {
  if (!lex.patterns.pastTense.test(said)) return false;
  if (lex.patterns.statedPast.test(said)) return true;
  const heading = headingBefore(blocks, g.start, cursor);
  return heading !== undefined && lex.patterns.statedPastHeading.test(text.slice(heading.start, heading.end));
}

/**
 * A figure at `at` in `said` set at an earlier time or as a target (fieldDates.titlePeriods.past, .targets): after
 * such words ("At the time of our IPO, the group ran 40 depots") or with them, no comma between ("…, against 44% a
 * year ago"; the quarter's 57% before the comma keeps its period).
 */
function notNow(said: string, at: number, lex: FigureLexicon): boolean {
  for (const m of said.matchAll(lex.patterns.titleNotNow)) {
    if (m.index <= at || !/[,;:]/.test(said.slice(at, m.index))) return true;
  }
  return false;
}

/** True when the clause of `at` (between turns, colons and semicolons) tells in the past: "was", "rose", "reported", not "a shared picture". */
function toldPast(text: string, start: number, end: number, at: number, lex: FigureLexicon): boolean {
  const [from, to] = clauseSpan(lex.patterns.turn, null, text, start, end, at);
  return lex.patterns.meetingPast.test(text.slice(from, to));
}

/** The last heading seen so far while walking the blocks once, in order of the figures asked about. */
interface HeadingCursor { next: number; at: number; heading: Block | undefined }

/** The last heading block that starts before `at`: the walk goes on from where the last figure left it (figures come in order), so all the figures cost one pass over the blocks. */
function headingBefore(blocks: readonly Block[], at: number, cursor: HeadingCursor): Block | undefined {
  if (at < cursor.at) Object.assign(cursor, { next: 0, heading: undefined });
  cursor.at = at;
  while (cursor.next < blocks.length && blocks[cursor.next].start < at) {
    if (blocks[cursor.next].kind === 'heading') cursor.heading = blocks[cursor.next];
    cursor.next++;
  }
  return cursor.heading;
}

/** A size or a distance ("9.5 metres", "65 km wide"): it holds whatever the year. */
function size(lex: FigureLexicon, g: FoundFigure): boolean {
  return (g.kind === 'quantity' || g.kind === 'count') && g.unit !== null && lex.units.dimensions.has(g.unit);
}

/**
 * The year of the front matter's stated fields, with the label that states it, or null. A field that names the
 * period covered (fieldDates.periodLabels) states the time alone when there is one: a "Date:" beside it is when
 * the document was written, after its period. A period the date readers cannot read, or one across two years,
 * states none; so do two stated fields of different years, and a period label stated again further on (a table's
 * caption) with another time.
 */
function statedYear(text: string, blocks: readonly Block[], figures: readonly FoundFigure[], lex: FigureLexicon): { year: number; label: string; meeting: boolean; title: boolean } | null {
  const end = frontEnd(text, blocks);
  if (end <= 0) return null;
  const dates: { year: number | null; label: string }[] = [];
  const periods: { year: number | null; label: string }[] = [];
  const seen = new Set<number>();
  let f = 0;
  let meeting = false;
  for (const m of text.slice(0, end).matchAll(FIELD)) {
    const label = m[1].trim();
    const key = label.toLowerCase();
    if (lex.dates.fields.meetings.has(key)) meeting = true;
    if (!lex.dates.fields.stated.has(key)) continue;
    const at = m.index + m[0].length;
    const line = text.indexOf('\n', at);
    const stop = valueStop(text, at, line < 0 ? end : Math.min(line, end));
    if (lex.dates.fields.periods.has(key)) {
      seen.add(at);
      periods.push({ year: periodYear(text.slice(at, stop), lex), label });
      continue;
    }
    while (f < figures.length && figures[f].end <= at) f++;
    // The field's date as read (figure:date-field), or as a period is read; its year when its month is written out.
    const g = figures[f];
    const read = g !== undefined && g.start < stop && g.kind === 'date' && g.year !== null && /[A-Za-z]{3}/.test(text.slice(g.start, g.end));
    const year = read ? g.year : /[A-Za-z]{3}/.test(text.slice(at, stop)) ? periodYear(text.slice(at, stop), lex) : null;
    if (year !== null) dates.push({ year, label });
  }
  // A period stated again further on ("Table 1. Period: 2019–2023" over a table) of another time: the document states several.
  for (const m of text.matchAll(periodLabel(lex))) {
    const at = m.index + m[0].length;
    if (seen.has(at)) continue;
    const line = text.indexOf('\n', at);
    periods.push({ year: periodYear(text.slice(at, valueStop(text, at, line < 0 ? text.length : line)), lex), label: m[1] });
  }
  // "Q3 2025 Trading Update and Earnings Conference Call": a results title names the period it reports on;
  // "Census 2021 results: Q1 2024 release": the year its results are of, when it names one, not the release's.
  let titled = 0;
  for (const line of text.slice(0, end).split('\n')) {
    const named = lex.patterns.titleResults.test(line) ? lex.patterns.titlePeriod.exec(line) : null;
    if (!named) continue;
    const data = lex.patterns.titleDataYear.exec(line);
    periods.push(data ? { year: Number(data[1]), label: data[0] } : { year: Number(named[1]), label: named[0] });
    titled++;
  }
  const stated = periods.length > 0 ? periods : dates;
  const year = stated[0]?.year ?? null;
  // Beside a field of where it was held, a date (not a period covered) is the meeting's.
  return year !== null && stated.every((s) => s.year === year) ? { year, label: stated[0].label, meeting: meeting && periods.length === 0, title: titled > 0 && titled === periods.length } : null;
}

/** A period's label and its colon anywhere in a line ("Table 1. Period:"), made once per lexicon. */
const PERIOD_LABELS = new WeakMap<object, RegExp>();
function periodLabel(lex: FigureLexicon): RegExp {
  let re = PERIOD_LABELS.get(lex.dates.fields.periods);
  if (!re) {
    const labels = [...lex.dates.fields.periods].sort((a, b) => b.length - a.length).map((l) => l.replace(/ /g, '[ \\t]+'));
    PERIOD_LABELS.set(lex.dates.fields.periods, (re = new RegExp(`\\b(${labels.join('|')})[*_]*:[*_]*[ \\t]+`, 'gi')));
  }
  return re;
}

/**
 * The one year of a period field's value as the date readers read it ("1 July – 31 December 2024", "Q1 2025",
 * "FY2025", "2024-25", "1–31 March 2025"), or null: no date, dates of two years ("January 2019 – December 2023"),
 * a span with no single year ("FY2024/25"), or words the readers leave unread ("First quarter 2025"). Months
 * written before the read date ("January–March 2025") and the words that join a range are read with it.
 */
function periodYear(written: string, lex: FigureLexicon): number | null {
  // A dash set close between two months ("January–March") is read as one set off by spaces.
  const value = written.replace(/([A-Za-z])[–—-]([A-Za-z])/g, '$1 – $2');
  const read = findFigures(value, [{ start: 0, end: value.length, block: 0, body: true }], lex);
  if (read.length === 0 || read.some((g) => g.kind !== 'date' || g.year === null || g.high !== null)) return null;
  let rest = '';
  let from = 0;
  for (const g of read) (rest += ' ' + value.slice(from, g.start)), (from = g.end);
  rest += ' ' + value.slice(from);
  const unread = rest.split(/[\s*_–—-]+/).filter((w) => w !== '' && !RANGE_WORDS.has(w.toLowerCase()) && !/^\d{1,2}$/.test(w) && lex.dates.months[w.toLowerCase()] === undefined);
  const year = read[0].year;
  return unread.length === 0 && read.every((g) => g.year === year) ? year : null;
}

/** Words that join the ends of a range. */
const RANGE_WORDS = new Set(['to', 'until', 'through']);

/** A value's end: its line's end or the next field on the line ("· Revised:", "| Date of issue:"). */
function valueStop(text: string, at: number, stop: number): number {
  const next = /[·|]/.exec(text.slice(at, stop));
  return next ? at + next.index : stop;
}
