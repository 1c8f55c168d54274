import { parseNumberWords } from './numbers';
import { at, because, found, isLetter, isWordChar, make, notFigure, reason, skip, type Reading, type Scope } from './draft';
import { AND, DASH, TO, readNumber, readNumberWords } from './numeral';
import { readVague } from './units';
import { lawFiscalYear, readNumericDate, readWordDate } from './dates';
import { chainEnd, classify } from './classify';
import { lowerAscii, wordBefore } from './look';
import { readRank } from './rank';
import { readChange } from './change';

/**
 * Recognises the figure that may start where `nextTrigger` stopped: what the
 * number is, its kind, value and unit. Year, period (for figures other than
 * dates) and `about` are read afterwards from the sentence and paragraph (see
 * figures-context and figures-about).
 *
 * Every look here is bounded: sticky regexes anchored at the position, and
 * look-behinds over a few words, so a document is read in linear time.
 */

/** The suffix of an ordinal in digits: "5th", "21st". */
const ORDINAL_SUFFIX = /(?:st|nd|rd|th)(?![A-Za-z0-9])/y;

/** Reads the figure that may start at `pos`, where `nextTrigger` found `token`. */
export function readAt(sc: Scope, pos: number, token: string): Reading {
  const c = token.charAt(0);
  if (c === '-' || c === '–' || c === '−' || c === '+') return readSigned(sc, pos);
  if (/\d/.test(c)) return readDigits(sc, pos, token);
  if (c === '$' || sc.lex.patterns.signs[c.charCodeAt(0)] === 1 || token.endsWith('$') || sc.lex.currency.codes.has(token)) return readCurrency(sc, pos) ?? skip(pos + token.length);
  return readWord(sc, pos, token);
}

/** "–5%", "+3.2%", "-$40 million": a sign only counts on a percentage or an amount. */
function readSigned(sc: Scope, pos: number): Reading {
  const before = sc.text.charAt(pos - 1);
  const free = pos === sc.start || /[\s(\[]/.test(before);
  const digits = /\d+/y;
  digits.lastIndex = pos + 1;
  const run = digits.exec(sc.text);
  const rest = readAt(sc, pos + 1, run ? run[0] : sc.text.charAt(pos + 1));
  if (!free || rest.figure === null || (rest.figure.kind !== 'percent' && rest.figure.kind !== 'money')) return rest.figure ? rest : skip(pos + 1);
  const f = rest.figure;
  const sign = sc.text.charAt(pos) === '+' ? 1 : -1;
  const neg = (v: number | null) => (v === null ? null : v * sign);
  // "-5-10%" keeps low below high.
  const value = neg(sign < 0 && f.high !== null ? f.high : f.value);
  return found({ ...f, start: pos, value, high: sign < 0 && f.high !== null ? neg(f.value) : f.high, why: [...f.why, reason(sc.lex, 'figure:signed', 'kind', sc.text.charAt(pos))] });
}

/** "$27.9", "€3bn", "US$ 5 million", "USD 5 million", "$5-6 billion", "$5 billion-$6 billion". `¥` is read as yen. */
function readCurrency(sc: Scope, pos: number): Reading | null {
  const { text, end } = sc;
  const { currencyPrefix } = sc.lex.patterns;
  const { symbols, aliases } = sc.lex.currency;
  const bySign = at(currencyPrefix, text, pos, end);
  const m = bySign ?? at(sc.lex.patterns.codePrefix, text, pos, end);
  if (!m) return null;
  const symbol = m[1];
  const currency = symbols[symbol] ?? symbols[symbol.replace(/\s/g, '')] ?? (aliases[symbol] ?? symbol);
  const n = readNumber(sc, pos + m[0].length, true);
  if (!n) return null;
  let endAt = n.end;
  let high = n.high;
  // "$5 billion-$6 billion", "$300,000 to $500,000", "between $2 and $3 million": one range.
  const join = high === null ? (at(DASH, text, endAt, end) ?? at(TO, text, endAt, end) ?? (wordBefore(text, sc.start, pos) === 'between' ? at(AND, text, endAt, end) : null)) : null;
  const again = join ? at(currencyPrefix, text, join.index + join[0].length, end) : null;
  const second = again ? readNumber(sc, again.index + again[0].length, true) : null;
  if (second && second.value > n.value) {
    high = second.value;
    endAt = second.end;
  }
  return found(make('money', pos, endAt, n.value, currency, { high, why: because(sc.lex, bySign ? 'figure:currency-symbol' : 'figure:currency-code', symbol) }));
}

/** True when the number at `pos` opens its line (after indentation). */
function startsLine(text: string, floor: number, pos: number): boolean {
  let i = pos;
  while (i > floor && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  return i === floor || text.charCodeAt(i - 1) === 10;
}

const GROUP_SPACE = /[ \u00a0\u2009\u202f]/;
/** A telephone number after its "+": a country code and two or more groups of two to four digits ("+372 626 1000"). */
const PHONE = /\d{1,3}(?:[ \u00a0-]\d{2,4}){2,}(?!\d)/y;
/** Groups of digits that open with a zero ("001 000.01"): no amount is written so. */
const ZERO_GROUPS = /0\d*(?:[ \u00a0\u2009\u202f]\d+)*(?:\.\d+)?/y;
/** A year span and a serial number after a slash ("2024-25/0013"): a file's reference, as "2019/452" is an act's. */
const SPAN_REFERENCE = /\d{4}[-–]\d{2,4}\/\d+/y;

/**
 * Where digits at `pos` that are an identifier end (0 where they are none): a telephone number after "+", a group with a
 * leading zero right after another group and a space ("Reference: 2024 001 000.01"), a year span with a serial number.
 */
function identifierEnd(text: string, pos: number, end: number, token: string): number {
  const m = (text.charAt(pos - 1) === '+' ? at(PHONE, text, pos, end) : null)
    ?? (token.length > 1 && token.charAt(0) === '0' && GROUP_SPACE.test(text.charAt(pos - 1)) && /\d/.test(text.charAt(pos - 2)) ? at(ZERO_GROUPS, text, pos, end) : null)
    ?? at(SPAN_REFERENCE, text, pos, end);
  return m ? pos + m[0].length : 0;
}

/** "mid-", "pre-", "post-": a prefix of a year that is no part of a code. */
function isYearPrefix(sc: Scope, word: string): boolean {
  return word.endsWith('-') && sc.lex.dates.strongYearCues.has(word);
}

function readDigits(sc: Scope, pos: number, token: string): Reading {
  const { text, start, end } = sc;
  const prev = text.charAt(pos - 1);
  const prev2 = text.charAt(pos - 2);
  const runEnd = pos + token.length;
  // Numbers inside words and codes: "IN12614", "G20", "F-35", "COVID-19", "mcs2026"; not "mid-1990s".
  if (pos > start && (isWordChar(prev) || (/[-/]/.test(prev) && isWordChar(prev2) && !isYearPrefix(sc, wordBefore(text, start, pos))))) {
    return skip(chainEnd(text, runEnd, end));
  }
  // Digits written as an identifier: a telephone number, a group with a leading zero, a file's number after a year span (figure:not-identifier-digits).
  const id = identifierEnd(text, pos, end, token);
  if (id > 0) return notFigure(sc.lex, 'figure:not-identifier-digits', id);
  // Footnote markers glued to a word or its punctuation: "growth.12 The", "states,3".
  if (/[.,;:!?"”’)\]]/.test(prev) && (isLetter(prev2) || /[)"”’]/.test(prev2)) && token.length <= 3 && !/^[\d.,%]/.test(text.charAt(runEnd))) {
    return skip(runEnd);
  }
  // List numbering: "1. First", "(2) conduct", "[3]".
  if (token.length <= 2 && /^[.)]\s/.test(text.slice(runEnd, runEnd + 2)) && startsLine(text, start, pos)) return skip(runEnd + 1);
  if (token.length <= 2 && ((prev === '(' && text.charAt(runEnd) === ')' && Number(token) < 10) || (prev === '[' && text.charAt(runEnd) === ']'))) {
    return skip(runEnd + 1);
  }
  // Apostrophe decades: "the ’90s".
  if (/['’]/.test(prev) && token.length === 2 && text.charAt(runEnd) === 's' && token.endsWith('0')) {
    const y = 1900 + Number(token);
    return found(make('date', pos - 1, runEnd + 1, y, 'year', { high: y + 9, why: because(sc.lex, 'figure:date-decade') }));
  }
  const date = readNumericDate(sc, pos) ?? (token.length === 1 && at(sc.lex.patterns.partOfYear, text, pos, end) ? readWordDate(sc, pos, 'ordinal') : null);
  if (date) return found(date);
  // Ordinals: "5th largest" ranks; "14th" before a name does not.
  const suffix = at(ORDINAL_SUFFIX, text, runEnd, end);
  if (suffix) {
    const rank = readRank(sc, pos, runEnd + suffix[0].length, Number(token));
    return rank ? found(rank) : skip(runEnd + suffix[0].length);
  }
  const n = readNumber(sc, pos, false);
  if (!n) return skip(chainEnd(text, runEnd, end));
  return classify(sc, n) ?? skip(Math.max(n.end, runEnd));
}

/**
 * Reads figures that start with a word: number words, months, seasons, fiscal
 * years, "twice", "several hundred", words of change ("doubled") and ordinals
 * that rank ("the sixth branch").
 */
function readWord(sc: Scope, pos: number, token: string): Reading {
  const { text, end, lex } = sc;
  const lower = lowerAscii(token);
  const kind = /^[A-Z]/.test(token) && lex.dates.months[lower] !== undefined ? 'month' : (lex.triggers.get(lower) ?? undefined);
  let m: RegExpExecArray | null;
  if (kind === 'times') {
    if ((m = at(lex.patterns.twice, text, pos, end))) {
      const factor = lex.numbers.multiples[m[1].toLowerCase()];
      const why = because(lex, 'figure:twice', m[1].toLowerCase());
      if (m[2]) return found(make('ratio', pos, pos + m[0].length, factor, 'times', { why })); // "twice as large"
      if (m[4]) return found(make('ratio', pos, pos + m[1].length, factor, 'times', { why })); // "twice the size"
      if (lex.change.upward.has((m[5] ?? '').toLowerCase())) return found(make('ratio', pos, pos + m[0].length, factor, 'times', { why }));
      return skip(pos + m[1].length); // "twice a year"
    }
    if ((m = at(lex.patterns.foldWord, text, pos, end))) {
      return found(make('ratio', pos, pos + m[0].length, parseNumberWords([m[1].toLowerCase()], lex)?.value ?? null, 'times', { why: because(lex, 'figure:fold') }));
    }
  } else if (kind === 'vague') {
    return readVague(sc, pos) ?? skip(pos + token.length);
  } else if (kind === 'change') {
    const change = readChange(sc, pos, token);
    return change ? found(change) : skip(pos + token.length);
  } else if (kind !== undefined) {
    const law = kind === 'fiscal' ? lawFiscalYear(sc, pos) : null;
    if (law !== null) return notFigure(lex, 'figure:not-law-year', law);
    const date = readWordDate(sc, pos, kind);
    if (date) return found(date);
  }
  const place = lex.numbers.ordinals[lower];
  const rank = place !== undefined ? readRank(sc, pos, pos + token.length, place) : null;
  if (rank) return found(rank);
  if (!lex.numbers.words.has(lower)) return skip(pos + token.length);
  const n = readNumberWords(sc, pos);
  if (!n) return skip(pos + token.length);
  return classify(sc, n) ?? skip(Math.max(n.end, pos + 1));
}
