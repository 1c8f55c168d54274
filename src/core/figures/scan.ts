import { ORDINAL_WORDS, parseNumberWords } from './numbers';
import { CODE_ALIASES, CURRENCY_CODES, CURRENCY_SYMBOLS, MONTHS, UPWARD } from './words';
import { at, found, isLetter, isWordChar, make, skip, type Reading, type Scope } from './draft';
import { DASH, isNumberWord, readNumber, readNumberWords } from './numeral';
import { readVague } from './units';
import { PART_OF_YEAR, readNumericDate, readWordDate, type DateWord } from './dates';
import { chainEnd, classify } from './classify';
import { lowerAscii, wordBefore } from './look';
import { readRank } from './rank';
import { MULTIPLIERS, readChange } from './change';

/**
 * Recognises the figure that may start where `nextTrigger` stopped: what the
 * number is, its kind, value and unit. Year, period (for figures other than
 * dates) and `about` are read afterwards from the sentence and paragraph (see
 * figures-context and figures-about).
 *
 * Every look here is bounded: sticky regexes anchored at the position, and
 * look-behinds over a few words, so a document is read in linear time.
 */

const CURRENCY_PREFIX = /(US\$|U\.S\.\s?\$|CA\$|AU\$|HK\$|NT\$|NZ\$|[CAR]\$|[$€£¥₽₹₩₺₴])\s?/y;
const CODE_PREFIX = new RegExp(`(${[...CURRENCY_CODES].join('|')})\\s?(?=\\d)`, 'y');
const TWICE = /(twice|thrice)\s+(?:(as)\s+([a-z]+)(?:\s+as\b)?|(the)\b|([a-z]+)\b)/iy;
const FOLD_WORD = /(two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)fold\b/iy;
/** The suffix of an ordinal in digits: "5th", "21st". */
const ORDINAL_SUFFIX = /(?:st|nd|rd|th)(?![A-Za-z0-9])/y;

/** What a trigger word may start, so each word tries only its own patterns. */
const WORD_KIND: ReadonlyMap<string, DateWord | 'times' | 'vague' | 'change'> = new Map([
  ['fy', 'fiscal'], ['fiscal', 'fiscal'], ['q', 'quarter'], ['h', 'quarter'],
  ...['first', 'second', 'third', 'fourth', 'last', 'final'].map((w) => [w, 'ordinal'] as const),
  ...['early', 'late', 'mid', 'spring', 'summer', 'fall', 'autumn', 'winter'].map((w) => [w, 'season'] as const),
  ...['twice', 'thrice', 'twofold', 'threefold', 'fourfold', 'fivefold', 'sixfold', 'sevenfold', 'eightfold', 'ninefold', 'tenfold', 'twentyfold', 'hundredfold', 'thousandfold'].map((w) => [w, 'times'] as const),
  ...['several', 'few', 'many', 'tens', 'hundreds', 'thousands', 'millions', 'billions', 'trillions', 'dozens'].map((w) => [w, 'vague'] as const),
  ...Object.keys(MULTIPLIERS).map((w) => [w, 'change'] as const),
]);

/** Reads the figure that may start at `pos`, where `nextTrigger` found `token`. */
export function readAt(sc: Scope, pos: number, token: string): Reading {
  const c = token.charAt(0);
  if (c === '-' || c === '–' || c === '−' || c === '+') return readSigned(sc, pos);
  if (/\d/.test(c)) return readDigits(sc, pos, token);
  if (/[$€£¥₽₹₩₺₴]/.test(c) || token.endsWith('$') || CURRENCY_CODES.has(token)) return readCurrency(sc, pos) ?? skip(pos + token.length);
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
  return found({ ...f, start: pos, value: neg(sign < 0 && f.high !== null ? f.high : f.value), high: sign < 0 && f.high !== null ? neg(f.value) : f.high });
}

/** "$27.9", "€3bn", "US$ 5 million", "USD 5 million", "$5-6 billion", "$5 billion-$6 billion". `¥` is read as yen. */
function readCurrency(sc: Scope, pos: number): Reading | null {
  const { text, end } = sc;
  const m = at(CURRENCY_PREFIX, text, pos, end) ?? at(CODE_PREFIX, text, pos, end);
  if (!m) return null;
  const symbol = m[1];
  const currency = CURRENCY_SYMBOLS[symbol] ?? CURRENCY_SYMBOLS[symbol.replace(/\s/g, '')] ?? (CODE_ALIASES[symbol] ?? symbol);
  const n = readNumber(sc, pos + m[0].length, true);
  if (!n) return null;
  let endAt = n.end;
  let high = n.high;
  const dash = high === null ? at(DASH, text, endAt, end) : null;
  const again = dash ? at(CURRENCY_PREFIX, text, dash.index + dash[0].length, end) : null;
  const second = again ? readNumber(sc, again.index + again[0].length, true) : null;
  if (second && second.value > n.value) {
    high = second.value;
    endAt = second.end;
  }
  return found(make('money', pos, endAt, n.value, currency, { high }));
}

/** True when the number at `pos` opens its line (after indentation). */
function startsLine(text: string, floor: number, pos: number): boolean {
  let i = pos;
  while (i > floor && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  return i === floor || text.charCodeAt(i - 1) === 10;
}

function readDigits(sc: Scope, pos: number, token: string): Reading {
  const { text, start, end } = sc;
  const prev = text.charAt(pos - 1);
  const prev2 = text.charAt(pos - 2);
  const runEnd = pos + token.length;
  // Numbers inside words and codes: "IN12614", "G20", "F-35", "COVID-19", "mcs2026"; not "mid-1990s".
  if (pos > start && (isWordChar(prev) || (/[-/]/.test(prev) && isWordChar(prev2) && !/^(?:pre|post|mid)-$/.test(wordBefore(text, start, pos))))) {
    return skip(chainEnd(text, runEnd, end));
  }
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
    return found(make('date', pos - 1, runEnd + 1, y, 'year', { high: y + 9 }));
  }
  const date = readNumericDate(sc, pos) ?? (token.length === 1 && at(PART_OF_YEAR, text, pos, end) ? readWordDate(sc, pos, 'ordinal') : null);
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
  const { text, end } = sc;
  const lower = lowerAscii(token);
  const kind = /^[A-Z]/.test(token) && MONTHS[lower] !== undefined ? 'month' : WORD_KIND.get(lower);
  let m: RegExpExecArray | null;
  if (kind === 'times') {
    if ((m = at(TWICE, text, pos, end))) {
      const factor = m[1].toLowerCase() === 'twice' ? 2 : 3;
      if (m[2]) return found(make('ratio', pos, pos + m[0].length, factor, 'times')); // "twice as large"
      if (m[4]) return found(make('ratio', pos, pos + m[1].length, factor, 'times')); // "twice the size"
      if (UPWARD.has((m[5] ?? '').toLowerCase())) return found(make('ratio', pos, pos + m[0].length, factor, 'times'));
      return skip(pos + m[1].length); // "twice a year"
    }
    if ((m = at(FOLD_WORD, text, pos, end))) {
      return found(make('ratio', pos, pos + m[0].length, parseNumberWords([m[1].toLowerCase()])?.value ?? null, 'times'));
    }
  } else if (kind === 'vague') {
    return readVague(sc, pos) ?? skip(pos + token.length);
  } else if (kind === 'change') {
    const change = readChange(sc, pos, token);
    return change ? found(change) : skip(pos + token.length);
  } else if (kind !== undefined) {
    const date = readWordDate(sc, pos, kind);
    if (date) return found(date);
  }
  const place = ORDINAL_WORDS[lower];
  const rank = place !== undefined ? readRank(sc, pos, pos + token.length, place) : null;
  if (rank) return found(rank);
  if (!isNumberWord(lower)) return skip(pos + token.length);
  const n = readNumberWords(sc, pos);
  if (!n) return skip(pos + token.length);
  return classify(sc, n) ?? skip(Math.max(n.end, pos + 1));
}
