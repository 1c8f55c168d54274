import type { Span } from '../model/model';
import { isSpace } from './space';
import { afterSentenceEnd, isSentenceMark } from './ends';
import abbreviations from '../lexicon/data/abbreviations.json';

/**
 * Sentence boundaries with exact ranges. A boundary is a `.`, `!`, `?` or `…`,
 * with any closing quotes and brackets after it, followed by whitespace and then
 * something that can open a sentence (a capital, a digit, an opening quote or
 * bracket). Line breaks are only whitespace: hard-wrapped text splits the same
 * as unwrapped text. No boundary after an abbreviation that precedes a name or a
 * number ("Dr.", "Gen.", "No. 5"), a single initial ("Michael A. Guetlein"), a
 * dotted acronym ("U.S. Space Force") or "e.g."/"i.e.". A footnote mark glued to
 * the full stop of a word (text taken from a PDF: "… was dropped.4 Ministers …")
 * ends the sentence after its digits, and so does a mark in square brackets
 * ("… that year.[3] Bulk carriers …") (sentence:footnote-mark).
 */

/** Abbreviations that usually precede a name or a number, lower case, without the dot (lexicon/data/abbreviations.json). */
const ABBREVIATIONS: ReadonlySet<string> = new Set([...abbreviations.keepDot, ...abbreviations.other]);

const OPENER = /[\p{Lu}\p{Lt}\d"“‘'(\[¿¡*_#-]/u;

const FOOTNOTE = abbreviations.footnoteMark;

/** sentence:part-label — labels of a document's parts, lower case ('annex', 'option'): a capital after one names the part. */
const PART_LABELS: ReadonlySet<string> = new Set(abbreviations.partLabel.labels);

/** sentence:paragraph-reference — bracketed paragraph numbers closing a block ('… fails. [21]-[26]'). */
const PARAGRAPH_REFERENCE = new RegExp(abbreviations.paragraphReference.pattern, 'u');

/**
 * Where a footnote mark glued to the full stop at `dot` ends: its digits (at most
 * the row's `maxDigits`) when a space and a capital follow them and the dot closes
 * a word of at least `minLetters` letters ending in a small letter that is no
 * abbreviation; -1 otherwise. A digit before the dot makes a decimal, never a mark.
 * A mark in square brackets (`… that year.[3] Bulk carriers …`, as an encyclopedia
 * or a web report writes its references) is no decimal: it ends the sentence after
 * any word but an abbreviation, a year's digits too ("in 2023.[3] Fee revenue").
 */
function footnoteEnd(text: string, dot: number, from: number, end: number): number {
  const bracketed = text.charAt(dot + 1) === FOOTNOTE.brackets[0];
  const after = bracketed ? bracketedEnd(text, dot + 1, end) : digitsEnd(text, dot + 1, end);
  if (after < 0 || after >= end || !isSpace(text.charCodeAt(after))) return -1;
  let next = after;
  while (next < end && isSpace(text.charCodeAt(next))) next++;
  if (next >= end || !/[\p{Lu}\p{Lt}]/u.test(text.charAt(next))) return -1;
  const word = wordBefore(text, dot, from);
  if (bracketed) return isAbbreviation(word, text.charAt(dot - word.length - 1)) ? -1 : after;
  if (word.length < FOOTNOTE.minLetters || word.includes('.') || !/\p{Ll}$/u.test(word) || isAbbreviation(word, text.charAt(dot - word.length - 1))) return -1;
  return after;
}

/** The end of a run of at most `maxDigits` digits from `at`; -1 when there are none or too many. */
function digitsEnd(text: string, at: number, end: number): number {
  let after = at;
  while (after < end && after - at < FOOTNOTE.maxDigits + 1 && text.charCodeAt(after) >= 48 && text.charCodeAt(after) <= 57) after++;
  return after === at || after - at > FOOTNOTE.maxDigits ? -1 : after;
}

/** The end of up to `maxMarks` bracketed marks in a row from `at` ("[3][10]"); -1 when the first is none. */
function bracketedEnd(text: string, at: number, end: number): number {
  let after = -1;
  for (let marks = 0; marks < FOOTNOTE.maxMarks && at < end && text.charAt(at) === FOOTNOTE.brackets[0]; marks++) {
    const close = digitsEnd(text, at + 1, end);
    if (close < 0 || text.charAt(close) !== FOOTNOTE.brackets[1]) break;
    after = at = close + 1;
  }
  return after;
}

/** The word (letters and dots) that ends just before `dot`. */
function wordBefore(text: string, dot: number, floor: number): string {
  let i = dot;
  while (i > floor && /[\p{L}.]/u.test(text.charAt(i - 1))) i--;
  return text.slice(i, dot);
}

/**
 * True when `word` (ending before a dot, `preceding` the character before it)
 * is an abbreviation. A lone capital is an initial only as a word of its own:
 * the "E" of "RDT&E." or "R&D-E." ends the acronym, and the sentence.
 */
function isAbbreviation(word: string, preceding: string): boolean {
  if (word.length === 0) return false;
  const bare = word.replace(/^\.+/, '');
  if (bare.includes('.')) return true; // e.g, i.e, U.S, P.L
  if (bare.length === 1 && /\p{Lu}/u.test(bare)) return !/[&\-–/\p{L}\p{N}]/u.test(preceding); // an initial
  return ABBREVIATIONS.has(bare.toLowerCase());
}

/**
 * sentence:part-label — true when `word` (starting at `at`) is one capital right
 * after a document part's label and a space ('Annex B', 'option C') and a
 * capitalised word (`opener`) follows its full stop: the letter names the part,
 * it is no initial, and the full stop ends the sentence.
 */
function namesPart(text: string, at: number, floor: number, word: string, opener: string): boolean {
  if (word.length !== 1 || !/\p{Lu}/u.test(opener) || at - 1 <= floor || !isSpace(text.charCodeAt(at - 1))) return false;
  let i = at - 1;
  while (i > floor && /\p{L}/u.test(text.charAt(i - 1))) i--;
  return PART_LABELS.has(text.slice(i, at - 1).toLowerCase());
}

/**
 * Splits `[start, end)` of `text` into sentences. Ranges exclude surrounding
 * whitespace; every non-space character of the range falls in exactly one
 * sentence.
 */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let from = start;
  while (from < end && isSpace(text.charCodeAt(from))) from++;
  let i = from;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (!isSentenceMark(c)) {
      i++;
      continue;
    }
    const close = afterSentenceEnd(text, i, end);
    let next = close;
    while (next < end && isSpace(text.charCodeAt(next))) next++;
    if (next === close && c === 46) {
      // A footnote mark glued to the full stop ends the sentence after its digits (sentence:footnote-mark).
      // So do reference marks in square brackets: "… in 2023.[3] According …".
      const mark = footnoteEnd(text, i, from, end);
      if (mark > 0) {
        out.push({ start: from, end: mark });
        next = mark;
        while (next < end && isSpace(text.charCodeAt(next))) next++;
        from = next;
        i = next;
        continue;
      }
    }
    if (next === close || next >= end) {
      i = close;
      continue; // no space after it: a decimal, a URL, an ellipsis inside a word, or the end
    }
    if (!OPENER.test(text.charAt(next))) {
      i = next;
      continue;
    }
    const word = c === 46 ? wordBefore(text, i, from) : '';
    if (c === 46 && isAbbreviation(word, text.charAt(i - word.length - 1)) && !namesPart(text, i - word.length, from, word, text.charAt(next))) {
      // "No. 5" and "Gen. Smith" never end a sentence; a lone capital before a digit does ("Plan B. 2025 …").
      i = next;
      continue;
    }
    out.push({ start: from, end: close });
    from = next;
    i = next;
  }
  let last = end;
  while (last > from && isSpace(text.charCodeAt(last - 1))) last--;
  // sentence:paragraph-reference — '… the appeal fails. [21]-[26]': the references close the sentence before them.
  if (last > from && out.length > 0 && PARAGRAPH_REFERENCE.test(text.slice(from, last))) out[out.length - 1] = { start: out[out.length - 1].start, end: last };
  else if (last > from) out.push({ start: from, end: last });
  return out;
}
