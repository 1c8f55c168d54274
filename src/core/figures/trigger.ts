import { lowerAscii } from './look';
import type { FigureLexicon } from './lexicon';

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


function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || isDigit(c) || c === 95 || c > 127;
}

/** The first trigger at or after `from`, or null. */
export function nextTrigger(lex: FigureLexicon, text: string, from: number): Trigger | null {
  const n = text.length;
  const HASHES = lex.triggerHashes; // the hash of a word is computed while scanning it (see hashOf)
  const words = lex.triggers;
  const signs = lex.patterns.signs;
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
          if (words.has(lowerAscii(word))) return { pos: i, token: word };
        }
      }
      i = j - 1;
      continue;
    }
    if (c === 36 || (c > 127 && signs[c] === 1)) {
      if (c === 36) {
        // "US$", "U.S. $", "C$": the prefix belongs to the sign.
        const m = lex.patterns.dollarPrefix.exec(text.slice(Math.max(0, i - 6), i));
        if (m) return { pos: i - m[1].length, token: `${m[1]}$` };
      }
      return { pos: i, token: text.charAt(i) };
    }
    if (c === 45 || c === 0x2013 || c === 0x2212 || c === 43) {
      const next = text.charCodeAt(i + 1);
      if (isDigit(next) || next === 36 || signs[next] === 1) return { pos: i, token: text.charAt(i) };
    }
  }
  return null;
}
