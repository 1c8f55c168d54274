import { NUMBER_WORDS, ORDINAL_WORDS } from './numbers';
import { MULTIPLIERS } from './change';
import { CURRENCY_CODES, MONTHS } from './words';
import { lowerAscii } from './look';

/**
 * Where a figure may begin: a digit, a currency sign, a sign before a number,
 * or one of a few hundred words (number words, ordinals, months, seasons,
 * "several", "twice", "doubled", "FY"…). A hand-written loop rather than one large regex: a regex
 * alternation of every trigger word is tried at every offset of the text and
 * cost several times more on long documents.
 */

/** A place where a figure may begin. */
export interface Trigger {
  readonly pos: number;
  /** The digits, symbol or word found there, as written. */
  readonly token: string;
}

const WORDS: ReadonlySet<string> = new Set([
  ...NUMBER_WORDS,
  'several', 'few', 'many', 'tens', 'hundreds', 'thousands', 'millions', 'billions', 'trillions', 'dozens',
  'twice', 'thrice', 'twofold', 'threefold', 'fourfold', 'fivefold', 'sixfold', 'sevenfold', 'eightfold',
  'ninefold', 'tenfold', 'twentyfold', 'hundredfold', 'thousandfold',
  ...Object.keys(MONTHS),
  'early', 'late', 'mid', 'spring', 'summer', 'fall', 'autumn', 'winter',
  ...Object.keys(ORDINAL_WORDS), 'last', 'final', 'fy', 'fiscal', ...Object.keys(MULTIPLIERS),
  ...[...CURRENCY_CODES].map((c) => c.toLowerCase()),
]);

/** A hash of a lower-cased ASCII word, computed while scanning so other words are skipped without a string. */
function hashOf(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + (word.charCodeAt(i) | 32)) | 0;
  return h;
}

/** Bit table of word hashes (low 16 bits); a hit is confirmed against `WORDS`. */
const HASHES = new Uint8Array(1 << 16);
for (const w of WORDS) HASHES[hashOf(w) & 0xffff] = 1;

const DOLLAR_PREFIX = /(?:^|[^\w.])(US|U\.S\.\s?|CA|AU|HK|NT|NZ|C|A|R)$/;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || isDigit(c) || c === 95 || c > 127;
}

/** The first trigger at or after `from`, or null. */
export function nextTrigger(text: string, from: number): Trigger | null {
  const n = text.length;
  for (let i = from; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32) continue;
    if (c >= 48 && c <= 57) {
      let j = i + 1;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      return { pos: i, token: text.slice(i, j) };
    }
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      let h = c | 32;
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (!((d >= 65 && d <= 90) || (d >= 97 && d <= 122))) break;
        h = (Math.imul(h, 31) + (d | 32)) | 0;
        j++;
      }
      if (j - i <= 13 && (i === 0 || !isWordCode(text.charCodeAt(i - 1)))) {
        if (j - i === 1) {
          // "Q1 2000", "H2 2025"
          if ((h === 113 || h === 104) && isDigit(text.charCodeAt(j))) return { pos: i, token: text.slice(i, j) };
        } else if (HASHES[h & 0xffff] === 1) {
          const word = text.slice(i, j);
          if (WORDS.has(lowerAscii(word))) return { pos: i, token: word };
        }
      }
      i = j - 1;
      continue;
    }
    if (c === 36 || (c > 127 && isCurrencySign(c))) {
      if (c === 36) {
        // "US$", "U.S. $", "C$": the prefix belongs to the sign.
        const m = DOLLAR_PREFIX.exec(text.slice(Math.max(0, i - 6), i));
        if (m) return { pos: i - m[1].length, token: `${m[1]}$` };
      }
      return { pos: i, token: text.charAt(i) };
    }
    if (c === 45 || c === 0x2013 || c === 0x2212 || c === 43) {
      const next = text.charCodeAt(i + 1);
      if (isDigit(next) || next === 36 || isCurrencySign(next)) return { pos: i, token: text.charAt(i) };
    }
  }
  return null;
}

function isCurrencySign(c: number): boolean {
  return c === 0x20ac || c === 0xa3 || c === 0xa5 || c === 0x20bd || c === 0x20b9 || c === 0x20a9 || c === 0x20ba || c === 0x20b4;
}
