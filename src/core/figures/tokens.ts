import type { Draft } from './draft';
import type { FigureLexicon } from './lexicon';
import { lowerAscii } from './look';
import { isSpace } from '../parse/space';

/**
 * The words and punctuation of a sentence, read one at a time from a position,
 * backwards or forwards, each with the figure it is part of. Only the tokens a
 * phrase needs are read.
 */

/** A sentence being described: its range and its figures in order. */
export interface Sentence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly drafts: readonly Draft[];
  readonly lex: FigureLexicon;
}

/** A word or a punctuation mark. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  /** A word (else punctuation). */
  readonly word: boolean;
  /** The figure the token is part of, if any. */
  readonly fig: Draft | null;
}

/** A full stop belongs to the word only in abbreviations: "U.S.", "e.g.", "A.". */
const ABBREVIATION = /\..*\.$|^[A-Za-z]\.$/;

/** Letters of Latin, Greek and Cyrillic script, and digits. */
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x4ff);
}


/** Characters inside a word: apostrophes and "&" ("Belarus’s", "RDT&E"). */
function isInner(c: number): boolean {
  return isWordCode(c) || c === 39 || c === 0x2019 || c === 38;
}

/** "-", "." and "/" join two word characters ("semi-finished", "U.S", "b/d"). */
function isJoiner(c: number): boolean {
  return c === 45 || c === 46 || c === 47;
}

/** A token of `[start, end)`, lower-cased and marked with its figure when it is a word. */
function token(s: Sentence, start: number, end: number, word: boolean): Token {
  const text = s.text.slice(start, end);
  return { start, end, text, lower: word ? lowerAscii(text) : text, word, fig: word ? figureAt(s.drafts, start, end) : null };
}

/** The figure a word at `[start, end)` is part of, by binary search over the sorted drafts. */
function figureAt(drafts: readonly Draft[], start: number, end: number): Draft | null {
  let lo = 0;
  let hi = drafts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (drafts[mid].start <= start) lo = mid + 1;
    else hi = mid;
  }
  const d = lo > 0 ? drafts[lo - 1] : null;
  return d !== null && end <= d.end + 1 ? d : null;
}

/**
 * The token that ends before `pos` (whitespace skipped): a word (with inner
 * apostrophes, "&", and "-", ".", "/" between letters) or one punctuation mark.
 * A full stop stays on an abbreviation ("U.S.", "e.g.") only.
 */
function tokenBefore(s: Sentence, pos: number): Token | null {
  const text = s.text;
  let i = pos;
  while (i > s.start && isSpace(text.charCodeAt(i - 1))) i--;
  if (i <= s.start) return null;
  const c = text.charCodeAt(i - 1);
  if (isWordCode(c) || (c === 46 && i - 2 >= s.start && isWordCode(text.charCodeAt(i - 2)))) {
    let start = i - 1;
    for (;;) {
      if (start <= s.start) break;
      const d = text.charCodeAt(start - 1);
      if (isInner(d)) start--;
      else if (isJoiner(d) && start - 2 >= s.start && isWordCode(text.charCodeAt(start - 2))) start -= 2;
      else break;
    }
    let end = i;
    if (text.charCodeAt(end - 1) === 46 && !ABBREVIATION.test(text.slice(start, end))) end--;
    return end > start ? token(s, start, end, true) : token(s, i - 1, i, false);
  }
  if (c === 45 && i - 2 >= s.start && text.charCodeAt(i - 2) === 45) return token(s, i - 2, i, false);
  return token(s, i - 1, i, false);
}

/** The token that starts at or after `pos` (whitespace skipped); see {@link tokenBefore}. */
export function tokenAfter(s: Sentence, pos: number): Token | null {
  const text = s.text;
  let i = pos;
  while (i < s.end && isSpace(text.charCodeAt(i))) i++;
  if (i >= s.end) return null;
  const c = text.charCodeAt(i);
  if (isWordCode(c)) {
    let j = i + 1;
    while (j < s.end) {
      const d = text.charCodeAt(j);
      if (isInner(d)) j++;
      else if (isJoiner(d) && j + 1 < s.end && isWordCode(text.charCodeAt(j + 1))) j += 2;
      else break;
    }
    if (j < s.end && text.charCodeAt(j) === 46 && ABBREVIATION.test(text.slice(i, j + 1))) j++;
    return token(s, i, j, true);
  }
  if (c === 45 && text.charCodeAt(i + 1) === 45) return token(s, i, i + 2, false);
  return token(s, i, i + 1, false);
}

/** Tokens read one by one from a position, backwards or forwards, kept for a second look. */
export class Tokens {
  readonly #s: Sentence;
  readonly #forward: boolean;
  #pos: number;
  readonly #read: Token[] = [];
  /** How far (in tokens) a phrase is looked for from where it should end or start. */
  readonly reach: number;

  constructor(s: Sentence, pos: number, forward: boolean) {
    this.#s = s;
    this.reach = s.lex.limits.reach;
    this.#pos = pos;
    this.#forward = forward;
  }

  /** The k-th token from the start position (0 = nearest), or null past the sentence or the reach. */
  at(k: number): Token | null {
    if (k >= this.reach) return null;
    while (this.#read.length <= k) {
      const t = this.#forward ? tokenAfter(this.#s, this.#pos) : tokenBefore(this.#s, this.#pos);
      if (t === null) return null;
      this.#read.push(t);
      this.#pos = this.#forward ? t.end : t.start;
    }
    return this.#read[k];
  }
}
