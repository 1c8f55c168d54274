import { date } from './dates';
import type { Draft } from './draft';
import type { FigureLexicon } from './lexicon';
import { wordBefore } from './look';

/**
 * The passes over a sentence's dates once read (dates.ts reads each alone):
 * two dates written as the ends of one span joined, months that share the
 * year written once, and a month that refers back to the last year stated.
 */

/** "between 2025 and 2028", "from 2020 to 2025"; as a range only after another opener: "over 2025 to 2028", "for FY2025 through FY2029". */
function spanned(lex: FigureLexicon, text: string, floor: number, a: Draft, b: Draft): boolean {
  const join = text.slice(a.end, b.start);
  const opener = wordBefore(text, floor, a.start);
  if (!lex.patterns.spanJoin.test(join)) return false;
  if (lex.dates.spanOpeners.has(opener) || (lex.dates.rangeOpeners.has(opener) && lex.patterns.rangeJoin.test(join))) return true;
  // "between fiscal years 2020 and 2025": the years the span counts stand between its opener and its first year.
  return lex.patterns.spanPeriod.test(text.slice(Math.max(floor, a.start - 40), a.start));
}

/**
 * Joins two dates written as the ends of one span ("between 2025 and 2028",
 * "from October 2023 to January 2025") into one date with no single year, so
 * that what happened over the span is not dated by either end. Ends in one year
 * ("between March and October 2024" ends) keep that year. Ends written with
 * their months in different years ("between October 2023 and January 2025")
 * stay two dates, each its own year, and date no other figure: what the
 * sentence says happened over the span holds over all of it.
 */
export function joinSpans(lex: FigureLexicon, text: string, floor: number, drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const a = drafts[i];
    const b = drafts[i + 1];
    if (b && sharesYear(lex, text, a, b)) {
      // figure:date-months-one-year — "in January and April 2026": both months are of the year written once, after the last.
      out.push(date(lex, 'figure:date-months-one-year', a.start, b.end, b.year, { period: text.slice(a.start, b.start).trim() + ' ' + b.period }));
      i++;
      continue;
    }
    if (b && a.kind === 'date' && b.kind === 'date' && a.year !== null && b.year !== null && a.high === null && b.high === null &&
      b.year >= a.year && spanned(lex, text, floor, a, b)) {
      if (b.year === a.year || (a.period === null && b.period === null)) {
        out.push(date(lex, 'figure:date-span', a.start, b.end, a.year, b.year > a.year ? { high: b.year } : { period: a.period }));
      } else {
        // Two dates each a reader would date, neither the year of what the sentence says happened over the span.
        out.push(date(lex, 'figure:date-span-end', a.start, a.end, a.year, { period: a.period, anchor: false }));
        out.push(date(lex, 'figure:date-span-end', b.start, b.end, b.year, { period: b.period, anchor: false }));
      }
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/**
 * A month (or day) written without its year, joined to a month written with one ("January and April 2026", "3 and 17 March 2026" excepted: no month),
 * when the first month comes before the second in the calendar: "from November to March 2024" runs across a new year, so November is not of 2024.
 */
function sharesYear(lex: FigureLexicon, text: string, a: Draft, b: Draft): boolean {
  if (a.kind !== 'date' || b.kind !== 'date' || a.year !== null || a.high !== null || b.year === null || b.high !== null) return false;
  const monthA = a.why[0]?.rule === 'figure:date-month-alone' || (a.why[0]?.rule === 'figure:date-written' && a.period !== null);
  if (!monthA || b.why[0]?.rule !== 'figure:date-written' || b.period === null || !lex.patterns.spanJoin.test(text.slice(a.end, b.start))) return false;
  return calendarOrder(lex, a.period!) <= calendarOrder(lex, b.period);
}

/** The full month names in the order figures-dates.json lists them (the calendar's), made once per lexicon. */
const CALENDARS = new WeakMap<object, readonly string[]>();

/** A period's month ("April", "3 May": its last word) by its place in the calendar (-1: none). */
function calendarOrder(lex: FigureLexicon, period: string): number {
  let names = CALENDARS.get(lex.dates.months);
  if (!names) CALENDARS.set(lex.dates.months, (names = [...new Set(Object.values(lex.dates.months))]));
  return names.indexOf(period.slice(period.lastIndexOf(' ') + 1));
}

/**
 * "in December of that year": a month that refers back takes the last year stated
 * before it, in its sentence or else (`carried`) its paragraph, and then dates
 * what is tied to it ("lowered the threshold to 10 percent … in December of that year").
 */
export function referBack(text: string, drafts: Draft[], carried: { readonly year: number } | null): Draft[] {
  let last = carried?.year ?? null;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.why[0]?.rule === 'figure:date-month-alone' && last !== null && /\sof\s/.test(text.slice(d.start, d.end))) drafts[i] = { ...d, year: last, anchor: true };
    else if (d.anchor && d.year !== null) last = d.year;
  }
  return drafts;
}
