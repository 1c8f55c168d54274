import { LETTER_CLASS, classOf } from '../parse/chars';
import type { Span } from './model';

/**
 * The words of `span` as a reader reads them: markup and link targets (the
 * characters the masked text blanks but the source does not hold as space) are
 * left out, so "**In **_**s****pace**" reads "In space" and "[Act](https://…)"
 * reads "Act"; runs of real whitespace (hard wraps) read as one space, and a
 * word the masked text joined across a line end reads whole. Without a
 * masked text, the source with its whitespace collapsed. Linear in the span.
 */
export function shownText(text: string, masked: string | undefined, span: Span): string {
  if (masked === undefined || masked.length !== text.length) return text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  let out = '';
  // The run of shown characters not yet added (from `from` up to the current one): added whole, not character by character.
  let from = -1;
  let last = -1;
  let space = false;
  let marks = 0;
  let word = 0;
  for (let i = span.start; i < span.end; i++) {
    const shown = masked.charCodeAt(i);
    if (isWhite(shown)) {
      if (from >= 0) out += masked.slice(from, i);
      from = -1;
      const source = text.charCodeAt(i);
      // Blanked markup is no space a reader sees; white space in the source is.
      if (isWhite(source)) space = true;
      else if (source === 42 || source === 95) marks++;
      continue;
    }
    // Unpaired emphasis marks between two words stand where a space was lost
    // ("The****GPS", "Force****is"); where either side is one letter, or both
    // two, they split one word ("S__trategic", "t****e****xt").
    if (marks >= 2 && word > 1 && isLetter(last)) {
      const next = lettersFrom(masked, i, span.end);
      if (next > 1 && (word > 2 || next > 2)) space = true;
    }
    marks = 0;
    // A space comes only after blanked characters, which added the run before them.
    if (space && out.length > 0) out += ' ';
    const letter = isLetter(shown);
    word = space || !letter ? (letter ? 1 : 0) : word + 1;
    space = false;
    if (from < 0) from = i;
    last = shown;
  }
  return from >= 0 ? out + masked.slice(from, span.end) : out;
}

/** How many letters run from `i` (at most 3 are counted). */
function lettersFrom(masked: string, i: number, end: number): number {
  let n = 0;
  while (n < 3 && i + n < end && isLetter(masked.charCodeAt(i + n))) n++;
  return n;
}

/** A letter by the shared character classes (parse/chars.ts); -1 (no character) is none. */
function isLetter(code: number): boolean {
  return code >= 0 && (classOf(code) & LETTER_CLASS) !== 0;
}

function isWhite(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 0xa0;
}
