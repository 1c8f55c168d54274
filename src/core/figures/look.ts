import { isSpace } from '../parse/space';

/**
 * Reading the words just before a position, backwards, without regexes anchored
 * at the end of a slice (such a regex is tried at every offset of the slice and
 * was the analyser's largest cost per figure).
 */

/** A word before a position: its range and lower-case text. */
export interface Word {
  readonly start: number;
  readonly end: number;
  readonly lower: string;
}


/** Characters a word is made of here: letters, digits, and . ' ’ & § # - inside it. */
function isWordPart(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 39 || c === 0x2019 ||
    c === 38 || c === 0xa7 || c === 35 || c === 45 || c === 126 || (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x4ff)
  );
}

/**
 * Up to `max` words before `pos`, nearest first, separated only by whitespace:
 * punctuation (a comma, a bracket) ends the list. Never reads before `floor`.
 */
export function wordsBefore(text: string, floor: number, pos: number, max: number): Word[] {
  const out: Word[] = [];
  let i = pos;
  while (out.length < max) {
    while (i > floor && isSpace(text.charCodeAt(i - 1))) i--;
    const end = i;
    while (i > floor && isWordPart(text.charCodeAt(i - 1))) i--;
    if (i === end) break;
    out.push({ start: i, end, lower: lowerSlice(text, i, end) });
  }
  return out;
}

/** The word just before `pos` (whitespace skipped), lower-case, or "". */
export function wordBefore(text: string, floor: number, pos: number): string {
  const w = wordsBefore(text, floor, pos, 1);
  return w.length ? w[0].lower : '';
}

/**
 * Up to `max` words of ASCII letters after `pos`, nearest first, separated only
 * by whitespace: punctuation, a digit or a hyphen ends the list ("third-largest"
 * gives "third" alone). Never reads past `limit`.
 */
export function wordsAfter(text: string, pos: number, limit: number, max: number): Word[] {
  const out: Word[] = [];
  let i = pos;
  while (out.length < max) {
    let j = i;
    while (j < limit && isSpace(text.charCodeAt(j))) j++;
    if (out.length > 0 && j === i) break; // words must be apart
    const start = j;
    while (j < limit && isAsciiLetter(text.charCodeAt(j))) j++;
    if (j === start) break;
    out.push({ start, end: j, lower: lowerSlice(text, start, j) });
    i = j;
  }
  return out;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The offset of the first non-space character at or before `pos - 1`, plus one. */
export function skipSpaceBack(text: string, floor: number, pos: number): number {
  let i = pos;
  while (i > floor && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** A set of phrases read backwards from their last word. */
export interface Phrases {
  readonly all: ReadonlySet<string>;
  /** The last word of every phrase: most positions are rejected on it alone. */
  readonly last: ReadonlySet<string>;
  /** Per length n ≥ 2, the first words of the phrases of n words. */
  readonly first: readonly ReadonlySet<string>[];
  /** Words in the longest phrase. */
  readonly longest: number;
}

/** Prepares lower-case, single-spaced phrases for {@link phraseEnding}. */
export function phrases(list: Iterable<string>): Phrases {
  const all = new Set(list);
  const last = new Set<string>();
  const first: Set<string>[] = [];
  let longest = 1;
  for (const p of all) {
    const words = p.split(' ');
    last.add(words[words.length - 1]);
    longest = Math.max(longest, words.length);
    (first[words.length] ??= new Set()).add(words[0]);
  }
  for (let n = 0; n <= longest; n++) first[n] ??= new Set();
  return { all, last, first, longest };
}

/**
 * How many of the `words` (nearest first) make up one of the `phrases`,
 * longest first; 0 when none does. Builds a phrase string only when its first
 * and last words fit.
 */
export function phraseEnding(words: readonly Word[], set: Phrases): number {
  if (words.length === 0 || !set.last.has(words[0].lower)) return 0;
  for (let n = Math.min(set.longest, words.length); n >= 2; n--) {
    if (!set.first[n].has(words[n - 1].lower)) continue;
    let phrase = words[n - 1].lower;
    for (let k = n - 2; k >= 0; k--) phrase += ` ${words[k].lower}`;
    if (set.all.has(phrase)) return n;
  }
  return set.all.has(words[0].lower) ? 1 : 0;
}

// The recogniser asks for the word after one number several times in a row.
let lastText = '';
let lastPos = -1;
let lastLimit = -1;
let lastWord = '';

/** Drops the remembered word, so no document is held after a reading. */
export function forgetWordAfter(): void {
  lastText = '';
  lastPos = -1;
  lastLimit = -1;
  lastWord = '';
}

/** The letters of the word after `pos` (whitespace skipped), lower-case; "" when none starts there. */
export function wordAfter(text: string, pos: number, limit: number): string {
  if (pos === lastPos && limit === lastLimit && text === lastText) return lastWord;
  lastText = text;
  lastPos = pos;
  lastLimit = limit;
  lastWord = readWordAfter(text, pos, limit);
  return lastWord;
}

function readWordAfter(text: string, pos: number, limit: number): string {
  let i = pos;
  while (i < limit && isSpace(text.charCodeAt(i))) i++;
  const start = i;
  while (i < limit && isAsciiLetter(text.charCodeAt(i))) i++;
  return lowerSlice(text, start, i);
}

/** The first character after `pos` that is not whitespace, or "". */
export function charAfter(text: string, pos: number, limit: number): string {
  let i = pos;
  while (i < limit && isSpace(text.charCodeAt(i))) i++;
  return i < limit ? text.charAt(i) : '';
}

/**
 * `text.slice(start, end)` with ASCII capitals lower-cased. Faster than
 * `toLowerCase`, which takes a slow path on text with any character beyond
 * Latin-1 (curly quotes, dashes): every word list here is ASCII.
 */
export function lowerSlice(text: string, start: number, end: number): string {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) break;
    i++;
  }
  if (i === end) return text.slice(start, end);
  let out = text.slice(start, i);
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    out += String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c);
  }
  return out;
}

/** {@link lowerSlice} of a whole string. */
export function lowerAscii(s: string): string {
  return lowerSlice(s, 0, s.length);
}
