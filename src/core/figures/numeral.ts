import type { Span } from '../model/model';
import { parseNumberWords, parseNumeral, scaleUp } from './numbers';
import type { FigureLexicon } from './lexicon';
import { at, reason, type Scope } from './draft';
import { lowerAscii, wordBefore, wordsBefore } from './look';

/**
 * One number at a position: digits with their scale and range ("150,000",
 * "2.2 billion", "$31.9billion", "150,000-170,000", "between 28,000 and
 * 32,000"), or a run of number words ("Seventy-nine", "one third", "a dozen").
 */

/** A number read from digits or words, with its scale and any range. */
export interface Num extends Span {
  readonly value: number;
  readonly high: number | null;
  /** Written in words ("seventy-nine"). */
  readonly words: boolean;
  /** A fraction written in words ("one third"). */
  readonly fraction: boolean;
  /** Carries "million", "billion"… */
  readonly scaled: boolean;
  /** Written with thousands separators ("150,000"). */
  readonly grouped: boolean;
  /** A whole number of four digits with no separator: possibly a year. */
  readonly plain4: boolean;
}

/** Characters a reader does not see, which may stand between the digits of a number. */
const INVISIBLE = '[\\u00ad\\u200b-\\u200d\\u2060\\ufeff]';

/**
 * Digits with thousands separators, or plain digits, with an optional decimal
 * part. Besides "150,000.5": the continental "1.234,5" and "1.234.567" (dots
 * group thousands only where a decimal comma or a second dot group makes that
 * certain: "1.234" alone stays one point two three four), and "12 000" grouped by
 * spaces (a regular, no-break or thin space), with a decimal point or not
 * ("86 450 000.00 EUR": the value fields of EU procurement notices, SI style).
 */
export const NUMERAL = readWhole(
  /\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:\.\d{3}){2,}(?![\d.,])|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?:\.\d+)?(?!\d|[.,]\d)|\d+(?:\.\d+)?/y,
);

/**
 * The same in a document that writes decimals with a comma ("6,8 %"): dots or
 * spaces group thousands, a comma marks the decimals.
 */
export const NUMERAL_COMMA = readWhole(/\d{1,3}(?:[. \u00a0\u2009\u202f]\d{3})+(?![\d.]\d)(?:,\d+)?|\d+(?:,\d+)?/y);

/** The numeral pattern of the document's convention. */
export function numeralOf(sc: Scope): RegExp {
  return sc.decimalComma ? NUMERAL_COMMA : NUMERAL;
}

/**
 * A numeral pattern that reads a number whole across invisible characters
 * between its digits ("3\u00ad0%", "1\u200b000"): soft hyphens, zero-width
 * spaces and joiners, word joiners.
 */
function readWhole(re: RegExp): RegExp {
  // Outside a character class a digit may follow invisible characters; inside one ("[\\d.,]") they join the class.
  const source = re.source.replace(/\[[^\]]*\]|\\d/g, (s) => (s === '\\d' ? `(?:${INVISIBLE}*\\d)` : s.replace('\\d', `\\d${INVISIBLE.slice(1, -1)}`)));
  return new RegExp(source, re.flags);
}

/** A dash between the two ends of a range; never a double hyphen ("2.2 billion--is"). */
export const DASH = /[ \t]?[-–][ \t]?(?![-–])/y;
/** "$5m", "$3b", "$10k": only after a currency sign. */
const SHORT_SCALE = /([mbk])\b/iy;
export const AND = /\s+and\s+/iy;
/** "to" between the two ends of a range ("3.1 to 8.5 cubic kilometres", "from 40 to 45 percent"). */
export const TO = /\s+to\s+/iy;
const WORD = /[A-Za-z]+/y;
const SEPARATOR = /-|\s+/y;

/** The power of ten a scale word after `pos` gives, and where it ends. */
function scaleAt(lex: FigureLexicon, text: string, pos: number, limit: number, money: boolean): { exp: number; end: number } | null {
  const m = at(lex.patterns.scale, text, pos, limit) ?? (money ? at(SHORT_SCALE, text, pos, limit) : null);
  if (!m) return null;
  const word = m[1].toLowerCase();
  return { exp: lex.numbers.scales[word] ?? (word === 'm' ? 6 : word === 'b' ? 9 : 3), end: m.index + m[0].length };
}

/** True when a dot or comma followed by a digit continues the numeral: a version or code ("1.2.3"). */
function continues(text: string, pos: number): boolean {
  return /^[.,]\d/.test(text.slice(pos, pos + 2));
}

/**
 * Reads a numeral at `pos` with its scale and an optional range. `money` lets
 * a one-letter scale follow ("$5m"). Null for a version or code ("1.2.3").
 */
export function readNumber(sc: Scope, pos: number, money: boolean): Num | null {
  const { text, end } = sc;
  const numeral = numeralOf(sc);
  const m = at(numeral, text, pos, end);
  if (!m) return null;
  let endAt = pos + m[0].length;
  if (continues(text, endAt)) return null;
  const scale = scaleAt(sc.lex, text, endAt, end, money);
  const exp = scale?.exp ?? 0;
  if (scale) endAt = scale.end;
  const low = parseNumeral(m[0], sc.decimalComma);
  const grouped = sc.decimalComma ? /[. \u00a0\u2009\u202f]/.test(m[0]) : /[, \u00a0\u2009\u202f]/.test(m[0]) || m[0].split('.').length > 2;
  const range = (at2: number): Num | null => {
    const m2 = at(numeral, text, at2, end);
    if (!m2 || continues(text, m2.index + m2[0].length) || /^[-–]\d/.test(text.slice(m2.index + m2[0].length, m2.index + m2[0].length + 2))) return null;
    let e2 = m2.index + m2[0].length;
    const s2 = scaleAt(sc.lex, text, e2, end, money);
    if (s2) e2 = s2.end;
    // The scale of the second end applies to both ("5-6 billion").
    const exp2 = s2?.exp ?? exp;
    const l = scaleUp(low, scale ? exp : exp2);
    const h = scaleUp(parseNumeral(m2[0], sc.decimalComma), exp2);
    if (h <= l || (!scale && !s2 && m[0].length === 4 && m2[0].length === 4)) return null; // "1990-2000" is a date
    return { start: pos, end: e2, value: l, high: h, words: false, fraction: false, scaled: exp2 > 0, grouped, plain4: false };
  };
  const dash = at(DASH, text, endAt, end);
  const ranged = dash ? range(dash.index + dash[0].length) : null;
  if (ranged) return ranged;
  if (wordBefore(text, sc.start, pos) === 'between') {
    const and = at(AND, text, endAt, end);
    const between = and ? range(and.index + and[0].length) : null;
    if (between) return between;
  }
  // "3.1 to 8.5": a rising pair is one range; years ("2015 to 2022") stay dates.
  const to = at(TO, text, endAt, end);
  const ranged2 = to ? range(to.index + to[0].length) : null;
  if (ranged2) return ranged2;
  return {
    start: pos, end: endAt, value: scaleUp(low, exp), high: null, words: false, fraction: false, scaled: exp > 0,
    grouped, plain4: exp === 0 && /^\d{4}$/.test(m[0]),
  };
}

/** Reads a run of number words at `pos` ("Seventy-nine", "one third", "half billion", "a dozen"). */
/** True when a scale word ("million", "billion") follows `pos` after a space: "half a| billion". */
function scaleAfter(sc: Scope, pos: number): boolean {
  const sep = at(SEPARATOR, sc.text, pos, sc.end);
  const m = sep ? at(WORD, sc.text, pos + sep[0].length, sc.end) : null;
  return m !== null && sc.lex.numbers.scales[lowerAscii(m[0])] !== undefined;
}

export function readNumberWords(sc: Scope, pos: number): Num | null {
  const { text, end } = sc;
  const { words: numberWords, unitWords, tensWords, scales } = sc.lex.numbers;
  const tokens: string[] = [];
  const ends: number[] = [];
  // Words joined by spaces or hyphens while each is a number word ("and a" inside "two and a half").
  let p = pos;
  while (tokens.length < 16) {
    const m = at(WORD, text, p, end);
    if (!m) break;
    const w = lowerAscii(m[0]);
    const prev = tokens[tokens.length - 1];
    if (!(numberWords.has(w) || (w === 'and' && prev !== undefined) || (w === 'a' && prev === 'and') || (w === 'a' && prev === 'half' && scaleAfter(sc, p + m[0].length)))) break;
    if (prev !== undefined && unitWords.has(prev) && (unitWords.has(w) || tensWords.has(w))) break; // "one one": two numbers
    tokens.push(w);
    ends.push(p + m[0].length);
    p += m[0].length;
    const sep = at(SEPARATOR, text, p, end);
    if (!sep) break;
    p += sep[0].length;
  }
  if (tokens.length === 0) return null;
  let start = pos;
  // "a dozen", "a million": the article is the numeral; not in "a half billion" or "a one-off".
  const before = wordsBefore(text, sc.start, pos, 1);
  const article = before.length && (before[0].lower === 'a' || before[0].lower === 'an') ? before[0] : null;
  if (article && tokens[0] !== 'half' && tokens[0] !== 'one') {
    tokens.unshift(article.lower);
    ends.unshift(article.end);
    start = article.start;
  }
  // "Cargo (million tonnes)", "($ million a year)": a scale word with no number before it scales a header's unit, it counts nothing.
  if (start === pos && tokens[0] in scales) {
    reason(sc.lex, 'figure:not-scale-alone', 'kind');
    return null;
  }
  let parsed = parseNumberWords(tokens, sc.lex);
  if (!parsed && start !== pos) {
    // "a five-year period": the article belongs to the noun, not to the number.
    tokens.shift();
    ends.shift();
    start = pos;
    parsed = parseNumberWords(tokens, sc.lex);
  }
  if (!parsed) return null;
  let scaled = false;
  for (let i = 0; i < parsed.length; i++) if (tokens[i] in scales) scaled = true;
  return {
    start, end: ends[parsed.length - 1], value: parsed.value, high: null, words: true, fraction: parsed.fraction,
    scaled, grouped: false, plain4: false,
  };
}

