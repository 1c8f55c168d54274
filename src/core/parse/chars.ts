/**
 * Character classes of UTF-16 code units, and the lookup key of a word. Read by
 * code unit from a table: ASCII is filled at once, other code units on first
 * sight (a Unicode regex test each, then cached).
 */

const COMBINING = /\p{M}/gu;
/** The characters of class {@link INVISIBLE}, dropped from a lookup key ("Bela\u00adrus" is "belarus"). */
const INVISIBLE_CHARS = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** Class bits. */
export const LETTER_CLASS = 1;
export const DIGIT = 2;
export const MARK = 4;
export const UPPER = 8;
export const LOWERCASE = 16;
/** Soft hyphen, zero-width space and joiners, word joiner, BOM: invisible, they join the letters around them. */
export const INVISIBLE = 32;
/** Half of a surrogate pair: what it is depends on the whole code point (see {@link classAt}). */
export const SURROGATE = 64;
const KNOWN = 128;
const CLASSES = new Uint8Array(65536);
for (let c = 0; c < 128; c++) {
  let k = KNOWN;
  if (c >= 48 && c <= 57) k |= DIGIT;
  else if (c >= 65 && c <= 90) k |= LETTER_CLASS | UPPER;
  else if (c >= 97 && c <= 122) k |= LETTER_CLASS | LOWERCASE;
  CLASSES[c] = k;
}

/** The class bits of a code unit. */
export function classOf(code: number): number {
  const k = CLASSES[code];
  return k !== 0 ? k : classify(code);
}

/** Classifies a code unit seen for the first time, and remembers it. */
function classify(code: number): number {
  const ch = String.fromCharCode(code);
  let k = KNOWN;
  if (code >= 0xd800 && code <= 0xdfff) k |= SURROGATE;
  else if (/\p{L}/u.test(ch)) k |= LETTER_CLASS;
  if (code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff) k |= INVISIBLE;
  if (/\p{Lu}|\p{Lt}/u.test(ch)) k |= UPPER;
  if (/\p{Ll}/u.test(ch)) k |= LOWERCASE;
  if (/\p{N}/u.test(ch)) k |= DIGIT;
  if (/\p{M}/u.test(ch)) k |= MARK;
  CLASSES[code] = k;
  return k;
}

/** Classes of astral code points (letters of astral scripts, emoji), by code point, on first sight. */
const ASTRAL = new Map<number, number>();

/**
 * The class bits of the character at `i`, a surrogate pair read whole: a letter
 * of an astral script ("𐌰", "𝐀") is a letter, an emoji or any other symbol is
 * not; a lone surrogate is nothing. Its `SURROGATE` bit stays set so a caller
 * steps over both halves.
 */
export function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  const k = classOf(code);
  if ((k & SURROGATE) === 0) return k;
  if (code > 0xdbff || i + 1 >= text.length) return SURROGATE;
  const low = text.charCodeAt(i + 1);
  if (low < 0xdc00 || low > 0xdfff) return SURROGATE;
  const point = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
  let c = ASTRAL.get(point);
  if (c === undefined) {
    const ch = String.fromCodePoint(point);
    c = SURROGATE;
    if (/\p{L}/u.test(ch)) c |= LETTER_CLASS;
    if (/\p{Lu}|\p{Lt}/u.test(ch)) c |= UPPER;
    if (/\p{Ll}/u.test(ch)) c |= LOWERCASE;
    if (/\p{N}/u.test(ch)) c |= DIGIT;
    if (/\p{M}/u.test(ch)) c |= MARK;
    ASTRAL.set(point, c);
  }
  return c;
}

/** How many code units the character at `i` takes: 2 for a surrogate pair, else 1. */
export function widthAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) return 1;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

/** A letter or a digit (one code unit: surrogates are neither, see {@link classAt}). */
export const isAlnum = (code: number) => (classOf(code) & (LETTER_CLASS | DIGIT)) !== 0;
/** A hyphen, ASCII or typographic. */
export const isHyphen = (code: number) => code === 45 || code === 0x2010 || code === 0x2011;
/** An apostrophe, straight or curly. */
export const isApostrophe = (code: number) => code === 39 || code === 0x2019;

/** A character `\s` matches in a regular expression: ASCII and Unicode white space, line ends, the byte-order mark. */
export function isRegexSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);
}

/** A number written as an ordinal ("14th", "2nd"). */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/**
 * The lookup key of a word: lower case, without dots, diacritics, curly
 * apostrophes or invisible characters (soft hyphens, zero-width ones); an
 * ordinal number without its ending ("14th" → "14"), so that "the 14th
 * Five-Year Plan" and "the 14 FYP" carry one number.
 */
export function keyOf(word: string): string {
  let key = word.toLowerCase();
  // Only decompose when there is something beyond ASCII: most words are plain.
  // eslint-disable-next-line no-control-regex
  const plain = !/[^\x00-\x7f]/.test(key);
  if (!plain) key = key.replace(INVISIBLE_CHARS, '');
  if ((classOf(key.charCodeAt(0)) & DIGIT) !== 0 && ORDINAL.test(key)) return key.slice(0, -2);
  if (key.includes('.')) key = key.replace(/\./g, '');
  if (key.includes('’')) key = key.replace(/’/g, "'");
  if (key.includes('‐') || key.includes('‑')) key = key.replace(/[‐‑]/g, '-');
  if (!plain) key = key.normalize('NFD').replace(COMBINING, '');
  return key;
}
