import { DIGIT, INVISIBLE, LETTER_CLASS, LOWERCASE, MARK, SURROGATE, UPPER, classAt, classOf, isAlnum, isApostrophe, isHyphen, widthAt } from './chars';
import abbreviations from '../lexicon/data/abbreviations.json';
import particles from '../lexicon/data/particles.json';

/**
 * The one definition of a word: where it starts and ends, what is read with
 * it (a possessive, a hyphenated compound, the dot of "Gen." or "A."), and its
 * shape. The tokeniser (tokens.ts) calls these once per word.
 */

/**
 * How a word is written. `CAP` starts with a capital ("Moscow", "McDonald"),
 * `ACRONYM` is mostly capitals ("NATO", "U.S.", "SpOC"), `INITIAL` is one capital
 * and a dot ("A."), `CODE` mixes capitals and digits ("FY2020", "G20"), `LETTER` is
 * one capital alone ("A"), `NUMBER` starts with a digit.
 */
export const LOWER = 0;
export const CAP = 1;
export const ACRONYM = 2;
export const INITIAL = 3;
export const CODE = 4;
export const LETTER = 5;
export const NUMBER = 6;
/** One of the shapes above. */
export type Shape = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Abbreviations whose dot belongs to the word (a title, a name part), lower case (lexicon/data/abbreviations.json). */
const DOTTED: ReadonlySet<string> = new Set(abbreviations.keepDot);

/** Particles that open a surname with a hyphen ("al-Assad", "bin-Salman") (lexicon/data/particles.json). */
/** Prefixes no word alone, capitalised before a hyphen and a lower-case part ("Co-operation") (particles.json, word:bound-prefix). */
const BOUND: ReadonlySet<string> = new Set(particles.boundPrefixes.prefixes);

const PARTICLE = new RegExp(`^(?:${particles.particles.join('|')})[-‐‑]\\p{Lu}`, 'u');

/** The shape of `text.slice(start, end)`, read from character classes. */
export function shapeAt(text: string, start: number, end: number): Shape {
  const first = classOf(text.charCodeAt(start));
  if (first & DIGIT) return NUMBER;
  if (first & LOWERCASE) {
    // "l’Afrique", "d’Ivoire": an elided article before a capitalised word, in French and Italian names.
    if (end - start > 2 && isApostrophe(text.charCodeAt(start + 1)) && classOf(text.charCodeAt(start + 2)) & UPPER) return CAP;
    // "al-Assad", "bin-Salman": a particle opens a capitalised name.
    for (let h = start + 1; h < Math.min(end, start + 5); h++) {
      if (isHyphen(text.charCodeAt(h))) return PARTICLE.test(text.slice(start, Math.min(end, start + 8))) ? CAP : LOWER;
    }
    return LOWER;
  }
  let upper = 0;
  let lower = 0;
  let digits = 0;
  for (let i = start; i < end; i++) {
    const k = classOf(text.charCodeAt(i));
    if (k & UPPER) upper++;
    else if (k & LOWERCASE) lower++;
    else if (k & DIGIT) digits++;
  }
  if (upper === 1 && lower === 0 && digits === 0) return text.charCodeAt(end - 1) === 46 ? INITIAL : LETTER;
  if (digits > 0) return lower === 0 ? CODE : CAP;
  if (upper >= 2 && upper >= lower) return ACRONYM;
  return CAP;
}

/** End of a dotted abbreviation ("U.S.", "e.g.") starting at `i`, or -1. */
function dottedEnd(text: string, i: number): number {
  let j = i;
  let pairs = 0;
  while (j + 1 < text.length && classOf(text.charCodeAt(j)) & LETTER_CLASS && text.charCodeAt(j + 1) === 46) {
    j += 2;
    pairs++;
  }
  return pairs >= 2 ? j : -1;
}

/** True when the character at `i` is a letter or a digit, an astral one read whole. */
function wordCharAt(text: string, i: number): boolean {
  return (classAt(text, i) & (LETTER_CLASS | DIGIT)) !== 0;
}

/**
 * End of one segment of a word starting at `i`: letters and digits (astral ones
 * as whole pairs), "&" and apostrophes inside, and invisible characters between
 * letters ("Bela\u00adrus" is one word).
 */
function segmentEnd(text: string, i: number): number {
  const dotted = dottedEnd(text, i);
  if (dotted > 0) return dotted;
  const n = text.length;
  let j = i + widthAt(text, i);
  while (j < n) {
    const code = text.charCodeAt(j);
    const k = classOf(code);
    if (k & (LETTER_CLASS | DIGIT | MARK)) j++;
    else if (k & SURROGATE) {
      if (!(classAt(text, j) & (LETTER_CLASS | DIGIT | MARK))) break;
      j += widthAt(text, j);
    } else if (k & INVISIBLE) {
      // A run of invisible characters joins the word only if a letter or digit follows it.
      let m = j + 1;
      while (m < n && classOf(text.charCodeAt(m)) & INVISIBLE) m++;
      if (m >= n || !wordCharAt(text, m)) break;
      j = m;
    } else if (code === 38 && j + 1 < n && isAlnum(text.charCodeAt(j + 1))) j++;
    else if (isApostrophe(code) && j + 1 < n && classOf(text.charCodeAt(j + 1)) & LETTER_CLASS) j++;
    else break;
  }
  return j;
}

/** What readWord found: one object for the module's life, no object per word. */
export const word = { end: 0, after: 0, possessive: 0, cut: 0 };

/**
 * Reads the word starting at `start`: where it ends, whether a possessive follows,
 * whether it was cut before a lower-case part, whether a dot belongs to it. A
 * small function called per word stays optimised from one document to the next
 * (a loop body inlined into one long call would run unoptimised at every call).
 */
export function readWord(text: string, start: number): void {
  const n = text.length;
  let after = segmentEnd(text, start);
  // Segments joined by hyphens are one word ("U.S.-Mexico-Canada", "Five-Year").
  while (after + 1 < n && isHyphen(text.charCodeAt(after)) && wordCharAt(text, after + 1)) after = segmentEnd(text, after + 1);
  let end = after;
  let possessive = 0;
  let cut = 0;
  const last = text.charCodeAt(end - 1);
  if (end - start > 2 && (last === 115 || last === 83) && isApostrophe(text.charCodeAt(end - 2))) {
    end -= 2;
    possessive = 1;
  } else if (last === 115 && end < n && isApostrophe(text.charCodeAt(end)) && !(end + 1 < n && classOf(text.charCodeAt(end + 1)) & LETTER_CLASS)) {
    possessive = 1; // "the United States’ role"
  }
  const lowerStart = (classOf(text.charCodeAt(start)) & LOWERCASE) !== 0;
  if (!lowerStart) {
    // "PRC-controlled": the name ends where a lower-case part begins; not after a prefix no word alone ("Co-operation", word:bound-prefix).
    for (let h = start + 1; h < end - 1; h++) {
      if (isHyphen(text.charCodeAt(h)) && classOf(text.charCodeAt(h + 1)) & LOWERCASE && !(h - start <= 3 && BOUND.has(text.slice(start, h).toLowerCase()))) {
        end = h;
        cut = 1;
        break;
      }
    }
    // "Gen." and "A." keep their dot: it is part of the word, not the end of a sentence.
    if (end === after && end < n && text.charCodeAt(end) === 46) {
      if (end - start === 1 || (end - start <= 4 && DOTTED.has(text.slice(start, end).toLowerCase()))) end++;
    }
  }
  word.end = end;
  word.after = Math.max(after, end);
  word.possessive = possessive;
  word.cut = cut;
}

/** Index of the next character at or after `i` that starts a word, or `text.length`. */
export function nextWord(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const k = classOf(text.charCodeAt(i));
    if (k & (LETTER_CLASS | DIGIT)) return i;
    if (k & SURROGATE) {
      // An astral letter starts a word; an emoji's pair is stepped over whole, never split.
      if (classAt(text, i) & (LETTER_CLASS | DIGIT)) return i;
      i += widthAt(text, i);
    } else i++;
  }
  return n;
}
