import { at, because, make, type Draft, type Scope } from './draft';
import type { FigureLexicon } from './lexicon';
import type { Num } from './numeral';
import { readNoun } from './units';
import { phraseEnding, wordBefore, wordsBefore, type Word } from './look';

/**
 * Dates: "April 19, 2017", "19 April 2017", "04/17/2026", "2025-08-05",
 * "September 1999", "spring 2000", "the first quarter of 2000", "FY2026",
 * "Q3 2024", "early 2000", "the 1990s", "2025-2030", and a bare year when the
 * words around a four-digit number say it is one. A date's value is its year; a
 * decade or a span of years has `high` and no single year.
 */

const NUMERIC_DATE = /(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?!\d)|(\d{4})-(\d{2})-(\d{2})(?!\d)/y;
const YEAR_RANGE = /(\d{4})[ \t]?[-–][ \t]?(\d{4}|\d{2})(?![\d%.,]\d|[\d%])/y;
/** A year, a join and the next year's last two digits: "2025-26", "2024/25" (one financial year). */
const FINANCIAL_YEAR = /(\d{4})([-–/])(\d{2})(?![\d%.,]\d|[\d%/])/y;
const DECADE = /(\d{3}0)s\b/y;
const FISCAL = /(FY|[Ff]iscal\s+[Yy]ear|[Ff]iscal)[ \t]?(\d{4}|\d{2})(?!\d)(?:[ \t]?[-–/][ \t]?(?:FY)?(\d{4}|\d{2})(?!\d))?/y;
const QUARTER = /([QH][1-4])[ \t]*(?:of[ \t]+)?(\d{4})(?!\d)/y;
const QUARTER_AFTER = /(\d{4})[ \t]*([QH][1-4])\b/y;
function monthName(months: Readonly<Record<string, string>>, s: string): string {
  return months[s.replace(/\.$/, '').toLowerCase()];
}

/** A year from four digits, or two digits read in the century of `first` ("FY26", "2000-01"). */
function fullYear(first: number, end: string): number {
  return end.length === 4 ? Number(end) : Math.floor(first / 100) * 100 + Number(end);
}

/** A date from `start` to `end` read by `rule`, in `year` (or none); `more`: the span's last year, the period, whether it dates what is near. */
export function date(lex: FigureLexicon, rule: string, start: number, end: number, year: number | null, more: { high?: number; period?: string | null; anchor?: boolean } = {}): Draft {
  // A decade, a span of years and a financial year run to `high`: no one year.
  const span = more.high !== undefined;
  const why = because(lex, rule);
  return make('date', start, end, year, 'year', { year: span ? null : year, high: more.high ?? null, period: more.period ?? null, anchor: more.anchor ?? !span, why });
}

/** Dates written from digits at `pos`: "19 April 2017", "04/17/2026", "2025-08-05", "2017-2018", "1990s", "2024 Q3". */
export function readNumericDate(sc: Scope, pos: number): Draft | null {
  const { text, end } = sc;
  let m = at(sc.lex.patterns.dayMonthYear, text, pos, end);
  if (m) return date(sc.lex, 'figure:date-written', pos, pos + m[0].length, Number(m[3]), { period: `${Number(m[1])} ${monthName(sc.lex.dates.months, m[2])}` });
  // "by 30 November": a day written without its year, which takes the year of its context, as "August 1" does.
  m = at(sc.lex.patterns.dayMonth, text, pos, end);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 31) {
    return date(sc.lex, 'figure:date-written', pos, pos + m[0].length, null, { period: `${Number(m[1])} ${monthName(sc.lex.dates.months, m[2])}`, anchor: false });
  }
  m = at(NUMERIC_DATE, text, pos, end);
  if (m) {
    const y = Number(m[4] ?? m[5]);
    if (y >= 1000 && y < 2200) return date(sc.lex, 'figure:date-numeric', pos, pos + m[0].length, y);
  }
  m = at(DECADE, text, pos, end);
  if (m) {
    const y = Number(m[1]);
    if (y >= 1000 && y < 2200) return date(sc.lex, 'figure:date-decade', pos, pos + m[0].length, y, { high: y + 9 });
  }
  const fy = financialYear(sc, pos);
  if (fy) return fy;
  m = at(YEAR_RANGE, text, pos, end);
  if (m) {
    const a = Number(m[1]);
    const b = fullYear(a, m[2]);
    if (a >= 1000 && a < 2200 && b > a && b - a < 100) return date(sc.lex, 'figure:date-year-range', pos, pos + m[0].length, a, { high: b });
  }
  m = at(QUARTER_AFTER, text, pos, end);
  if (m) {
    const y = Number(m[1]);
    if (y >= 1900 && y < 2200) return date(sc.lex, 'figure:date-quarter', pos, pos + m[0].length, y, { period: m[2] });
  }
  return null;
}

/**
 * "2025-26", "2024/25": one financial year, which runs over two calendar years
 * and, written bare, is named by the year it starts in and dates its figures
 * ("236 reports in 2023-24" is 2023), as twelve of sixteen development writers
 * read it, and so when a word names it ("fiscal year 2025-26", "the 2025-26
 * financial year"); after "FY" it stays a span (figure:date-fiscal).
 * Not the year "2024" and a stray "/25", nor a span of years ("2025-2030").
 */
function financialYear(sc: Scope, pos: number): Draft | null {
  const m = at(FINANCIAL_YEAR, sc.text, pos, sc.end);
  if (!m) return null;
  const a = Number(m[1]);
  if (a < 1900 || a >= 2100 || !sc.lex.dates.financialYearJoins.has(m[2]) || fullYear(a, m[3]) !== a + 1) return null;
  return date(sc.lex, 'figure:date-financial-year', pos, pos + m[0].length, a, { period: 'financial year' });
}

/** What a date that starts with a word may be, from the word. */
export type DateWord = 'month' | 'fiscal' | 'quarter' | 'ordinal' | 'season';

/**
 * Dates that start with a word at `pos`: "April 19, 2017", "September 1999",
 * "August 1" (no year: value and year come from the context), "FY2026",
 * "Q3 2024", "first quarter of 2000", "spring 2000", "early 2000", "mid-1990s".
 */
export function readWordDate(sc: Scope, pos: number, kind: DateWord): Draft | null {
  const { text, end } = sc;
  const p = sc.lex.patterns;
  const month = (s: string) => monthName(sc.lex.dates.months, s);
  let m: RegExpExecArray | null;
  switch (kind) {
    case 'month':
      if ((m = at(p.monthDayYear, text, pos, end))) return date(sc.lex, 'figure:date-written', pos, pos + m[0].length, Number(m[3]), { period: `${month(m[1])} ${Number(m[2])}` });
      if ((m = at(p.monthYear, text, pos, end))) return date(sc.lex, 'figure:date-written', pos, pos + m[0].length, Number(m[2]), { period: month(m[1]) });
      if ((m = at(p.monthDay, text, pos, end)) && Number(m[2]) >= 1 && Number(m[2]) <= 31) {
        return date(sc.lex, 'figure:date-written', pos, pos + m[0].length, null, { period: `${month(m[1])} ${Number(m[2])}`, anchor: false });
      }
      // "in April", "since January", "in July of that year": a month alone after a word of time; "the January incident" is not one.
      if (sc.lex.dates.monthAloneAfter.has(wordBefore(text, sc.start, pos)) && (m = at(p.monthAlone, text, pos, end))) {
        return date(sc.lex, 'figure:date-month-alone', pos, pos + m[0].length, null, { period: month(m[1]), anchor: false });
      }
      return null;
    case 'fiscal': {
      if (!(m = at(FISCAL, text, pos, end))) return null;
      const y = fullYear(2000, m[2]);
      const high = m[3] ? fullYear(y, m[3]) : y;
      // "fiscal year 2024-25": a word that names one financial year, as the bare form does (figure:date-financial-year); "FY2024-25" stays a span.
      if (high === y + 1 && m[1] !== 'FY') return date(sc.lex, 'figure:date-financial-year', pos, pos + m[0].length, y, { period: 'fiscal year' });
      // "the National Defense Authorization Act for Fiscal Year 2020": the year of a title.
      const named = m[1] === 'Fiscal Year' && afterName(text, wordsBefore(text, sc.start, pos, 2), OF_OR_FOR);
      return date(sc.lex, 'figure:date-fiscal', pos, pos + m[0].length, y, high > y ? { high, period: 'fiscal year' } : { period: 'fiscal year', anchor: !named });
    }
    case 'quarter':
      return (m = at(QUARTER, text, pos, end)) ? date(sc.lex, 'figure:date-quarter', pos, pos + m[0].length, Number(m[2]), { period: m[1] }) : null;
    case 'ordinal': {
      if (!(m = at(p.partOfYear, text, pos, end))) return null;
      // "the first three months of the 2027 programme": a year before a noun names the thing, not the span.
      if (/\bthe\s+\d{4}$/i.test(m[0]) && /^\s+\p{Ll}/u.test(text.slice(pos + m[0].length, pos + m[0].length + 3))) return null;
      const ordinal = sc.lex.dates.parts[m[1].toLowerCase()] ?? m[1].toLowerCase();
      // "the first eight months of 2026": a part of the year counted in months, a date as "the first half of 2026" is.
      if (m[3]) return date(sc.lex, 'figure:date-months-of-year', pos, pos + m[0].length, Number(m[5]), { period: `${ordinal} ${m[3].toLowerCase()} ${m[4].toLowerCase()}` });
      return date(sc.lex, 'figure:date-part-of-year', pos, pos + m[0].length, Number(m[5]), { period: `${ordinal} ${m[2].toLowerCase()}` });
    }
    case 'season':
      if ((m = at(p.season, text, pos, end))) {
        const period = m[1] ? `${m[1].toLowerCase()} ${m[2].toLowerCase()}` : m[2].toLowerCase();
        return date(sc.lex, 'figure:date-season', pos, pos + m[0].length, Number(m[3]), { period });
      }
      if ((m = at(p.edgeOf, text, pos, end))) {
        const edge = m[1].toLowerCase();
        if (m[4]) return date(sc.lex, 'figure:date-season', pos, pos + m[0].length, Number(m[4]), { high: Number(m[4]) + 9, period: edge });
        if (m[3]) return date(sc.lex, 'figure:date-season', pos, pos + m[0].length, Number(m[3]), { period: m[2] ? `${edge} ${month(m[2])}` : edge });
      }
      return null;
  }
}

/**
 * A bare four-digit number read as a year when the words around it say so:
 * "in 1999", "a 1995 referendum", "the union budget of 2000"; not "over 2000
 * companies" nor "2000 troops". The year of a name ("Trade Act of 1974",
 * "Vision 2030") is a date but no year for the figures around it.
 */
export function readYear(sc: Scope, n: Num): Draft | null {
  if (!n.plain4 || n.high !== null) return null;
  const { text } = sc;
  // "Regulation (EU) 2019/452": the year of an act's number, a name, not a date.
  if (ACT_NUMBER.test(text.slice(n.end, n.end + 6))) return LAW_YEAR;
  const { strongYearCues, yearCues, amountCues } = sc.lex.dates;
  const y = n.value;
  const words = wordsBefore(text, sc.start, n.start, 2);
  const cue = words.length ? words[0].lower : '';
  const noun = strongYearCues.has(cue) ? null : readNoun(sc, n.end);
  if (noun !== null && noun.kind === 'quantity') return null;
  // "over 2000 companies" is an amount; "over 2025 to 2028" a range of years.
  if (phraseEnding(words, amountCues) > 0 && !sc.lex.patterns.rangeNext.test(text.slice(n.end, n.end + 16))) return null;
  if (!((y >= 1900 && y < 2100) || (y >= 1000 && y < 2200 && yearCues.has(cue)))) return null;
  if (endsLawTitle(sc, words, n.start)) return LAW_YEAR;
  const byCue = yearCues.has(cue) ? 'figure:date-year-cue' : 'figure:date-year-plain';
  // A capitalised name run ending in the number ("Agenda 2030", "Made in China 2025") is a name: no figure.
  // ("The 2030 strategy" opens a sentence with a determiner, not a name.)
  if (!yearCues.has(cue) && !sc.lex.phrases.determiners.has(cue) && words.length > 0 && /[A-Z]/.test(text.charAt(words[0].start))) return NAMED;
  return date(sc.lex, byCue, n.start, n.end, y, { anchor: !afterName(text, words, OF) });
}

const OF: ReadonlySet<string> = new Set(['of']);
/** A slash and three or more digits after a year: the serial number of an act in that year ("2019/452"), not a financial year ("2024/25"). */
const ACT_NUMBER = /^\/\d{3,}/;


/**
 * True when the year at `pos` ends a law's title: after "of" or "for" and one of
 * the lexicon's law heads ("Trade Act of 1974", "… Act for Fiscal Year 2020"),
 * or after a law head and a comma ("Department of Defense Appropriations Act, 2026").
 */
function endsLawTitle(sc: Scope, words: readonly Word[], pos: number): boolean {
  const heads = sc.lex.dates.lawHeads;
  if (words.length > 1 && OF_OR_FOR.has(words[0].lower) && heads.has(sc.text.slice(words[1].start, words[1].end))) return true;
  const comma = /([A-Z][a-z]+),[ \t]*$/.exec(sc.text.slice(Math.max(sc.start, pos - 16), pos));
  return comma !== null && heads.has(comma[1]);
}

/**
 * The end of a fiscal year at `pos` that is part of a law's title, or null:
 * "… Act for Fiscal Year 2020", "the FY2020 NDAA" (a law the lexicon knows by
 * an abbreviation after its fiscal year).
 */
export function lawFiscalYear(sc: Scope, pos: number): number | null {
  const m = at(FISCAL, sc.text, pos, sc.end);
  if (!m || m[3]) return null;
  const end = pos + m[0].length;
  if (/^[Ff]iscal/.test(m[1]) && endsLawTitle(sc, wordsBefore(sc.text, sc.start, pos, 2), pos)) return end;
  const next = /^[ \t]+([A-Z]{2,6})\b/.exec(sc.text.slice(end, Math.min(sc.end, end + 12)));
  return next !== null && sc.lex.dates.lawAbbreviations.has(next[1]) ? end : null;
}

/** What {@link readYear} gives for a year that ends a name: no figure at all. */
export const NAMED: Draft = Object.freeze({ kind: 'date', start: 0, end: 0, value: null, high: null, unit: null, year: null, period: null, anchor: false, noun: null, follows: null, why: [] });
/** What {@link readYear} gives for the year of a law's title ("Trade Act of 1974"): no figure (figure:not-law-year). */
export const LAW_YEAR: Draft = Object.freeze({ ...NAMED });
const OF_OR_FOR: ReadonlySet<string> = new Set(['of', 'for']);

/** True when the words before a year (nearest first) are one of `cues` after a capitalised word: "Trade Act of". */
function afterName(text: string, words: readonly Word[], cues: ReadonlySet<string>): boolean {
  return words.length > 1 && cues.has(words[0].lower) && /[A-Z]/.test(text.charAt(words[1].start));
}
