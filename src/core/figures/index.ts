import type { Figure } from '../model/model';
import type { TextUnit } from '../parse/units';
import { readAt } from './scan';
import { isSpan, reason, type Draft } from './draft';
import type { Reason } from '../model/model';
import { nextTrigger } from './trigger';
import { forgetWordAfter, wordsAfter } from './look';
import { datesFor, type Dated } from './context';
import { joinSpans, referBack } from './date-spans';
import { describe } from './about';
import { FIGURE_LEXICON, type FigureLexicon } from './lexicon';

/**
 * The figures analyser: percentages, money, quantities, counts, ratios and
 * dates, each with a normalised value and unit, the year it refers to and what
 * it measures.
 *
 * Conventions (see `Figure` in model.ts for the fields):
 * - A range ("150,000-170,000", "2-2.5 times") has its low end in `value` and
 *   its high end in `high`.
 * - A ratio is its factor against the thing compared, with unit "times":
 *   "five times larger" is 5, "two times lower" is 0.5, "2-2.5 times lower" is
 *   0.4 to 0.5. A fraction ("one third") is a ratio with unit "fraction".
 * - A change by a factor is a ratio in "times" too: "doubled", "doubling the
 *   size", "could double" are 2, "tripled" 3, "quadruple its output" 4,
 *   "halved" 0.5. Plain "double"/"triple" count only as verbs ("could double",
 *   "double the size"), never in set phrases and compounds ("double standard",
 *   "double-edged", "triple-A", "doubled down"); "double-digit" (10 to 99, no
 *   value) is not a figure. See figures-change.
 * - A rank is a count with the place as value and unit "rank": "the sixth
 *   branch" is 6, "the third country to test …" 3, "second-largest" 2, "ranked
 *   12th" 12. "First" never ranks, "second" only with a superlative or a ranking
 *   verb; ordinals of names and editions ("the 14th Five-Year Plan", "119th
 *   Congress") and of sequences in time ("the third time") are not ranks. See
 *   figures-rank.
 * - An amount with no exact value ("several hundred million dollars",
 *   "tens of billions of dollars") is money with value null: an estimate would
 *   be a number the text does not give. A plural of a scale word alone
 *   ("billions of dollars", "thousands of villagers", "dozens of cables") is a
 *   word for many, not a figure.
 * - "Seventy-nine out of 89 regions" is a count with value 79 and unit
 *   "regions"; the total stays in the figure's text (the model has no field for it).
 * - A date's value and year are its year; a decade or a span of years
 *   ("1990s", "2025-2030") is a date range with no single year. "FY2026" is a
 *   date (2026, period "fiscal year"); a financial year written alone with two
 *   years ("2024-25") is the year it starts in (2024, period "financial year"). A day without a year ("on August 1")
 *   takes the year of its context as value, or null. The year in a title is a
 *   name, not the year of the figures around it ("Trade Act of 1974", "the
 *   Authorization Act for Fiscal Year 2020").
 * - Quantities are measures and strengths ("300,000 men", "one thousand cubic
 *   meters", "144 days"); counts are numbers of things ("37 regions", "79 out
 *   of 89"). A duration written as a compound before a noun is a quantity in
 *   the plural unit, as "144 days" is: "a five-year period" is 5 "years", "a
 *   30-day review" 30 "days"; not a name ("Five-Year Plan") nor an age
 *   ("five-year-old"). A duration takes a year only from its own clause, like a
 *   ratio: it names a length, not a time. Numbers written as words below ten
 *   count only with a unit of measure or time ("two tons", "five years"), not
 *   with an ordinary noun ("two questions").
 * - A bare number takes its unit from its sentence: the currency of the amount
 *   just before it ("… half billion dollars in 1999, and 450 million …"), the
 *   noun before its brackets ("Belarus's army (80,000)"), or the count it
 *   continues ("… 79 out of 89 regions, compared to 37 in 1996").
 * - Section, law, order, table and version numbers, list numbering, footnote
 *   markers and numbers inside words are not figures.
 *
 * One pass over the text finds where figures may start (figures-trigger);
 * everything else is bounded work around each of those places, so the analyser
 * runs in linear time. Modules: figures-scan (what a number is), figures-rank
 * and figures-change (ordinals and words of change), figures-context (its
 * year), figures-about (what it measures).
 */

/** A figure with the index of the unit (sentence) it was found in. */
export interface FoundFigure extends Omit<Figure, 'claim'> {
  readonly unitIndex: number;
}

/**
 * Finds the figures of a document. `text` is the whole document with markup
 * blanked to spaces; `units` are its sentences in document order. Figures are
 * returned in document order and never overlap.
 */
export function findFigures(text: string, units: readonly TextUnit[], lex: FigureLexicon = FIGURE_LEXICON): FoundFigure[] {
  try {
    return read(lex, text, units);
  } finally {
    forgetWordAfter();
  }
}

function read(lex: FigureLexicon, text: string, units: readonly TextUnit[]): FoundFigure[] {
  const out: FoundFigure[] = [];
  if (units.length === 0) return out;
  const state: Reading = { lex, text, units, out, u: 0, drafts: [], block: units[0].block, decimalComma: writesDecimalComma(lex, text), date: NO_DATE, dateUnit: -1, deadline: null, currency: '' };
  let from = units[0].start;
  for (let t = nextTrigger(lex, text, from); t !== null; t = nextTrigger(lex, text, from)) {
    const pos = t.pos;
    while (units[state.u].end <= pos) {
      leave(state);
      if (state.u + 1 >= units.length) return out;
      enter(state, state.u + 1);
    }
    const unit = units[state.u];
    if (pos < unit.start) {
      from = Math.max(pos + t.token.length, unit.start);
      continue;
    }
    const drafts = state.drafts;
    const reading = readAt({ text, start: unit.start, end: unit.end, figures: drafts, currency: state.currency || null, lex, decimalComma: state.decimalComma }, pos, t.token);
    const f = reading.figure;
    const lastEnd = drafts.length ? drafts[drafts.length - 1].end : unit.start;
    if (f && f.start >= lastEnd && f.end <= unit.end && f.end > f.start) drafts.push(f);
    from = Math.max(reading.next, pos + 1);
  }
  leave(state);
  return out;
}

/** Where the reading stands: the sentence, its figures so far, and what its paragraph said before it. */
interface Reading {
  readonly lex: FigureLexicon;
  readonly text: string;
  readonly units: readonly TextUnit[];
  readonly out: FoundFigure[];
  /** The sentence being read. */
  u: number;
  drafts: Draft[];
  block: number;
  /** The year the paragraph stated last ({@link NO_DATE} for none), and in which sentence. */
  date: Dated;
  dateUnit: number;
  /** The deadline the last sentence set ("… by 2030"), or null: "58 percent of those jobs" in the next one points back to it. */
  deadline: Dated | null;
  /** The currency of the paragraph's last amount, or "". */
  currency: string;
  /** The document writes decimals with a comma. */
  readonly decimalComma: boolean;
}

/**
 * True when the document writes decimals with a comma ("6,8 %", "12,75"): it
 * writes more numbers with a comma before one or two digits than with a decimal
 * point or a comma before three (a thousands group), and at least
 * figure:decimal-comma-evidence of them. One pass over the text.
 */
function writesDecimalComma(lex: FigureLexicon, text: string): boolean {
  let comma = 0;
  let other = 0;
  for (const m of text.matchAll(NUMBER_MARKS)) {
    if (m[1] === ',' && m[2].length <= 2) comma++;
    else other++;
  }
  return comma >= lex.limits.decimalCommaEvidence && comma > other;
}

/** A digit, a comma or point, digits: "6,8", "1,500", "3.25" (a sentence's full stop is followed by a space). */
const NUMBER_MARKS = /\d([.,])(\d+)/g;

// Fields keep one type from the start (no null): V8 otherwise re-optimises the loop mid-document.
const NO_DATE: Dated = { year: 0, period: null };

/**
 * A figure's reasons: those of its kind and unit, then its year and description.
 * Lists are shared between figures decided alike (most are: the kind and unit
 * lists and the year and description reasons are themselves shared).
 */
function whyOf(decided: readonly Reason[], year: Reason, about: Reason): readonly Reason[] {
  let byYear = WHY.get(decided);
  if (byYear === undefined) WHY.set(decided, (byYear = new Map()));
  let byAbout = byYear.get(year);
  if (byAbout === undefined) byYear.set(year, (byAbout = new Map()));
  let list = byAbout.get(about);
  if (list === undefined) byAbout.set(about, (list = Object.freeze([...decided, year, about])));
  return list;
}

const WHY = new WeakMap<readonly Reason[], Map<Reason, Map<Reason, readonly Reason[]>>>();

function enter(r: Reading, next: number): void {
  r.u = next;
  r.drafts = [];
  if (r.units[next].block !== r.block) {
    r.block = r.units[next].block;
    r.date = NO_DATE;
    r.deadline = null;
    r.currency = '';
  }
}

/** Closes a sentence: gives its figures a year and a description, and hands its year on. */
function leave(r: Reading): void {
  const { text, u, lex } = r;
  const unit = r.units[u];
  const pointed = r.deadline;
  r.deadline = null;
  if (r.drafts.length === 0) {
    // "The exit took effect a year later.": the paragraph's time has moved off the year it stated.
    if (r.date !== NO_DATE && text.slice(unit.start, unit.end).search(lex.patterns.shift) >= 0) r.date = NO_DATE;
    return;
  }
  const recent = r.date !== NO_DATE && u - r.dateUnit <= lex.limits.paragraphReach ? r.date : null;
  const drafts: (Draft | undefined)[] = referBack(text, joinSpans(lex, text, unit.start, r.drafts), recent);
  // The sentence's drafts as found are joined into `drafts`: the list the reading grew is let go.
  r.drafts = [];
  const { dates, carry, several, rules: yearRules, deadline } = datesFor(lex, text, unit.start, unit.end, drafts as Draft[], recent);
  if (pointed !== null) pointBack(lex, text, drafts as Draft[], dates as (Dated | null)[], yearRules as string[], pointed);
  r.deadline = deadline;
  const { abouts, rules: aboutRules } = describe({ text, start: unit.start, end: unit.end, drafts: drafts as Draft[], lex });
  let spans = false;
  // Each draft and its date are let go as its figure is made: a sentence of many figures does not hold both at once.
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    const dated = dates[i];
    drafts[i] = undefined;
    (dates as (Dated | null)[])[i] = null;
    spans ||= isSpan(d);
    const own = d.kind === 'date';
    // A year taken from an earlier sentence carries no finer period.
    const fromParagraph = !own && dated !== null && dated === recent;
    const year = reason(lex, yearRules[i], 'year');
    r.out.push({
      start: d.start,
      end: d.end,
      kind: d.kind,
      why: whyOf(d.why, year, reason(lex, aboutRules[i], 'about')),
      value: own && d.value === null ? (dated?.year ?? null) : d.value,
      high: d.high,
      unit: d.unit,
      year: dated?.year ?? null,
      period: own ? d.period : fromParagraph ? null : (dated?.period ?? null),
      about: abouts[i],
      unitIndex: u,
    });
    if (d.kind === 'money' && d.unit !== null) r.currency = d.unit;
  }
  if (carry !== null) {
    r.date = carry;
    r.dateUnit = u;
  } else if (several || spans) {
    // A sentence that states a span of years ("between 2025 and 2028") moves the paragraph off any one year.
    r.date = NO_DATE;
  }
}

/**
 * "… will need 67,000 more technicians by 2030. About 58 percent of those jobs could go unfilled": a figure
 * with no year of its own, right before "of those" or "of these", takes the deadline of the sentence before.
 */
function pointBack(lex: FigureLexicon, text: string, drafts: readonly Draft[], dates: (Dated | null)[], rules: string[], deadline: Dated): void {
  for (let i = 0; i < drafts.length; i++) {
    if (dates[i] !== null || drafts[i].kind === 'date') continue;
    const after = wordsAfter(text, drafts[i].end, Math.min(text.length, drafts[i].end + 20), 2);
    if (after.length === 2 && after[0].lower === 'of' && lex.phrases.partitives.has(after[1].lower)) {
      dates[i] = { year: deadline.year, period: null };
      rules[i] = 'figure:year-points-back';
    }
  }
}

