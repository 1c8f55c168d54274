/**
 * Character classes of UTF-16 code units, and the lookup key of a word. Read by
 * code unit from a table: ASCII is filled at once, other code units on first
 * sight (a Unicode regex test each, then cached).
 */

const COMBINING = /\p{M}/gu;

/** Class bits. */
export const LETTER_CLASS = 1;
export const DIGIT = 2;
export const MARK = 4;
export const UPPER = 8;
export const LOWERCASE = 16;
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
  // Surrogates count as letters: names in astral scripts stay whole.
  if (/\p{L}/u.test(ch) || (code >= 0xd800 && code <= 0xdfff)) k |= LETTER_CLASS;
  if (/\p{Lu}|\p{Lt}/u.test(ch)) k |= UPPER;
  if (/\p{Ll}/u.test(ch)) k |= LOWERCASE;
  if (/\p{N}/u.test(ch)) k |= DIGIT;
  if (/\p{M}/u.test(ch)) k |= MARK;
  CLASSES[code] = k;
  return k;
}

/** A letter or a digit. */
export const isAlnum = (code: number) => (classOf(code) & (LETTER_CLASS | DIGIT)) !== 0;
/** A hyphen, ASCII or typographic. */
export const isHyphen = (code: number) => code === 45 || code === 0x2010 || code === 0x2011;
/** An apostrophe, straight or curly. */
export const isApostrophe = (code: number) => code === 39 || code === 0x2019;

/** A number written as an ordinal ("14th", "2nd"). */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/**
 * The lookup key of a word: lower case, without dots, diacritics or curly
 * apostrophes; an ordinal number without its ending ("14th" → "14"), so that
 * "the 14th Five-Year Plan" and "the 14 FYP" carry one number.
 */
export function keyOf(word: string): string {
  let key = word.toLowerCase();
  if ((classOf(key.charCodeAt(0)) & DIGIT) !== 0 && ORDINAL.test(key)) return key.slice(0, -2);
  if (key.includes('.')) key = key.replace(/\./g, '');
  if (key.includes('’')) key = key.replace(/’/g, "'");
  if (key.includes('‐') || key.includes('‑')) key = key.replace(/[‐‑]/g, '-');
  // Only decompose when there is something beyond ASCII: most words are plain.
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(key)) key = key.normalize('NFD').replace(COMBINING, '');
  return key;
}
