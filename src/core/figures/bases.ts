import type { Draft } from './draft';
import type { FigureLexicon } from './lexicon';
import { phraseEnding, skipSpaceBack, wordBefore, wordsAfter, wordsBefore } from './look';

/**
 * The base of a comparison: a date that tells what a figure is compared with
 * ("up from $160 million in FY2024", "13 percent against 12 percent in 2021",
 * "twice the number recorded in 2019"). It dates the figure compared, within its
 * own phrase, and no other figure of the sentence; it is not handed on.
 */

const CURRENCY_SIGN = /[$€£¥₹]/;

/** True when the word at `at` goes on a number written with a separator before it: "33,500", "4.2". */
function inNumber(text: string, floor: number, at: number): boolean {
  return at - 1 > floor && /[.,]/.test(text.charAt(at - 1)) && /\d/.test(text.charAt(at - 2)) && /\d/.test(text.charAt(at));
}

/** Where "than …" starts when the date at `pos` is the base of a comparison ("more than in FY2025"), else -1. */
export function comparisonBase(lex: FigureLexicon, text: string, floor: number, pos: number): number {
  const { comparisonFillers, comparisonCues } = lex.dates;
  // Words before the date, read over a currency sign ("up from $160 million in FY2024").
  const words = wordsBefore(text, floor, pos, 6);
  // (and over a figure's thousands separator or decimal point: "compared with 33,500 in 2013", "down from 4.2 percent in 2019").
  for (let at = words.length ? words[words.length - 1].start : pos; words.length < 6 && at > floor && (CURRENCY_SIGN.test(text.charAt(at - 1)) || inNumber(text, floor, at)); ) {
    const more = wordsBefore(text, floor, at - 1, 6 - words.length);
    if (more.length === 0) break;
    words.push(...more);
    at = more[more.length - 1].start;
  }
  let k = 0;
  let figure = false;
  // "compared to 26 in 2015", "down from 11 per cent in 2022/23": fillers and the compared figure, with its words, may stand between.
  const figureWords = lex.numbers.figureWords;
  for (; k < words.length && (comparisonFillers.has(words[k].lower) || /^[\d.,%$€£]+$/.test(words[k].lower) || (k > 0 && figureWords.has(words[k].lower))); k++) figure ||= /\d/.test(words[k].lower);
  const n = phraseEnding(words.slice(k), comparisonCues);
  if (n > 0) return words[k + n - 1].start;
  // "13 percent against 12 percent in 2021", "rose to 1,450 in 2024, from 960 in 2021": the base of a change, its figure between.
  const cue = figure && k < words.length ? words[k] : null;
  if (cue && lex.dates.changeBases.has(cue.lower)) return cue.start;
  if (cue && lex.dates.changeBasesAfterComma.has(cue.lower) && text.charCodeAt(skipSpaceBack(text, floor, cue.start) - 1) === 44) return cue.start;
  return -1;
}

/** True when a clause that tells of the date ending at `from` (", when …") runs on to `to`. */
export function opensDateClause(lex: FigureLexicon, text: string, from: number, to: number): boolean {
  const m = /^\s*,\s*([A-Za-z]+)\b/.exec(text.slice(from, to));
  return m !== null && lex.dates.dateClauses.has(m[1].toLowerCase()) && !/[,;:]/.test(text.slice(from + m[0].length, to));
}

/** Where what a multiple is of begins when the date `drafts[i]` is in it ("twice the number recorded in 2019"), else -1. */
export function multipleBase(lex: FigureLexicon, text: string, drafts: readonly Draft[], i: number): number {
  // The multiple stands in the date's own phrase: a mark between two figures on the way back ends the search
  // (a list of years, each after a comma, is read in linear time), and so does the reach of a year.
  for (let j = i - 1; j >= 0 && j >= i - lex.limits.yearNear; j--) {
    const r = drafts[j];
    if (/[,;:()]/.test(text.slice(r.end, drafts[j + 1].start))) return -1;
    if (r.kind !== 'ratio' || r.unit !== 'times') continue;
    const between = text.slice(r.end, drafts[i].start);
    const opening = /^\s+([A-Za-z]+)\b/.exec(between);
    // "to more than double its port capacity by 2030": a deadline after "by" is when, not what the multiple is of.
    if (lex.dates.targets.has(wordBefore(text, r.end, drafts[i].start))) return -1;
    return opening && lex.dates.multipleObjects.has(opening[1].toLowerCase()) && !/[,;:()]/.test(between) ? r.end : -1;
  }
  return -1;
}


/**
 * Where the base starts when the date [pos, end) names the level a change is
 * measured from ("over the FY2026 enacted level", "cut 22.6% from the FY2025
 * level", "45 percent below its 2023 level", "up 9.2 percent on 2024"), else -1.
 */
export function levelBase(lex: FigureLexicon, text: string, floor: number, pos: number, end: number): number {
  const words = wordsBefore(text, floor, pos, 1);
  // "the" or a possessive ("below its 2023 level", "from their 2015 level"): the level a change is measured from.
  if (words.length > 0 && lex.phrases.possessives.has(words[0].lower) && lex.patterns.levelAfter.test(text.slice(end, end + 40))) return words[0].start;
  // "up 9.2 percent on 2024": a year alone ("on 1 July 2024" is the day it happened).
  const before = text.slice(Math.max(floor, pos - 24), pos);
  return /^\d{4}$/.test(text.slice(pos, end)) && lex.patterns.levelBefore.test(before) ? pos - before.length + before.search(/\S+\s+$/) : -1;
}

/** How a date tied to a figure before it stands to the rest of the sentence (comparedFigureBase). */
export interface ComparedBase {
  /** Where the cue or the word that opens the change starts. */
  readonly base: number;
  /** The rule a figure that passes over the date records: a comparison's base, or the start of a change. */
  readonly rule: 'figure:year-past-compared' | 'figure:year-change-end';
}

/**
 * The date `drafts[i]` tied to the figure right before it, as the other side of the sentence's figures
 * (figures-dates comparedFigures): the base of a comparison when a cue stands right before that figure
 * ("…, compared with 58.9 per cent. at the end of 2021", "compared with EUR 2.7 million in the third quarter
 * of 2023"), the start of a change when "from" does and "to" and a figure follow the date ("from 3.1 per cent.
 * of GDP ("GDP") in 2022 to 5.8 per cent."). Null otherwise. The figure and its date are read whole, however
 * many words the figure has (comparisonBase counts words back from the date).
 */
export function comparedFigureBase(lex: FigureLexicon, text: string, floor: number, drafts: readonly Draft[], i: number): ComparedBase | null {
  const d = drafts[i];
  const { cues, measureCues, joins, hedges, rateWords, words } = lex.dates.compared;
  const figure = drafts[i - 1];
  if (figure === undefined || figure.kind === 'date') return null;
  const between = text.slice(figure.end, d.start);
  if (/[,;:]/.test(between) || between.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length > words || !lex.patterns.tieTail.test(between)) return null;
  // "from 12 per 1,000 in 2000": a rate is read from its count, before the word that joins it to its base.
  const per = wordsBefore(text, floor, figure.start, 1);
  const count = per.length === 1 && rateWords.has(per[0].lower) ? /\d[\d,.]*\s+$/.exec(text.slice(floor, per[0].start)) : null;
  const before = wordsBefore(text, floor, count === null ? figure.start : floor + count.index, cues.longest);
  const n = phraseEnding(before, cues);
  // "90 drones against 14 refineries in 2024": "against" alone compares only figures of one measure.
  if (n > 0 && (n > 1 || !measureCues.has(before[0].lower) || sameMeasure(drafts, floor, figure, i - 1))) return { base: before[n - 1].start, rule: 'figure:year-past-compared' };
  if (before.length === 0 || !lex.dates.changeStarts.has(before[0].lower)) return null;
  // "… in 2022 to 5.8 per cent.", "… in 2019 to around 9%": the change goes on to a figure after the join and a hedge.
  const next = drafts[i + 1];
  const join = wordsAfter(text, d.end, next === undefined ? d.end : next.start, 1);
  if (next === undefined || join.length !== 1 || !joins.has(join[0].lower) || !/^\s*$/.test(text.slice(d.end, join[0].start))) return null;
  const hedge = wordsAfter(text, join[0].end, next.start, hedges.longest);
  const filled = hedge.length === 0 ? '' : hedge.map((w) => w.lower).join(' ');
  return (hedge.length === 0 || hedges.all.has(filled)) && /^\s*$/.test(text.slice((hedge.length === 0 ? join[0] : hedge[hedge.length - 1]).end, next.start))
    ? { base: before[0].start, rule: 'figure:year-change-end' }
    : null;
}

/**
 * Whether the figure `figure` (compared, after "against") and the nearest figure before it in the sentence are of
 * one measure: both percentages, both money, or one unit (a bare number takes the unit of the one before it:
 * "42 vessels, against 35 in 2023"). "90 drones against 14 refineries" counts two things: no comparison.
 */
function sameMeasure(drafts: readonly Draft[], floor: number, figure: Draft, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && drafts[k].kind === 'date') k--;
  const other = k >= 0 && drafts[k].start >= floor ? drafts[k] : undefined;
  if (other === undefined || other.kind !== figure.kind) return false;
  if (figure.kind === 'percent' || figure.kind === 'money') return true;
  return figure.unit === null || figure.noun === null || figure.unit === other.unit;
}
