/**
 * The patterns the claim rules are compiled to (claim-rules.ts): phrases with
 * a trailing * for any ending, the names of institutions, a union's own names,
 * and whole section titles. Plain strings in, one RegExp out.
 */

export const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** Phrases as pattern alternatives: words apart by any space, a trailing * for any ending. */
export function wordAlternatives(words: readonly string[]): string[] {
  return words.map((w) => {
    const stem = w.endsWith('*');
    const body = (stem ? w.slice(0, -1) : w).split(/\s+/).map(escape).join('\\s+');
    return stem ? `${body}[\\p{L}-]*` : body;
  });
}

/** A capitalised word, and what joins two of a name ("Industry, Research and Energy"). */
const CAPITAL = "\\p{Lu}[\\p{L}'’-]*";
const JOINED = `${CAPITAL}(?:(?:,\\s*|\\s+)(?:(?:and|&)\\s+)?${CAPITAL})*`;

/** One pattern for both forms of an institution's name, one of `heads` then "of …" or capitalised words ending with one of `tails` (case as written: names are capitalised). */
export function institutionPattern(heads: readonly string[], tails: readonly string[]): RegExp {
  const headed = `(?:${heads.join('|')})\\s+(?:of|on|for)\\s+(?:the\\s+)?${JOINED}`;
  const tailed = `${CAPITAL}(?:\\s+(?:(?:and|&)\\s+)?${CAPITAL})*?\\s+(?:${tails.join('|')})`;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${headed}|${tailed})(?![\\p{L}\\p{N}])`, 'gu');
}

/** One pattern for a union's own names, case as written but for a leading "the". */
export function ownNamePattern(written: readonly string[]): RegExp {
  const names = written.map((n) => escape(n).replace(/^the\s+/, '[Tt]he\\s+').split(/\s+/).join('\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** A section title that is one of `headings`, whole: numbering ("3.", "IV.") and a closing colon aside. */
export function headingPattern(headings: readonly string[]): RegExp {
  return new RegExp(`^\\s*(?:(?:[\\p{N}]+|[IVXLC]+)(?:\\.[\\p{N}]+)*\\.?\\s+)?(?:${wordAlternatives(headings).join('|')})\\s*:?\\s*$`, 'iu');
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/iuy;

/** Whether the character (a whole code point) before `at` is no letter or digit, or there is none. */
function wordStartsAt(text: string, at: number): boolean {
  if (at === 0) return true;
  let before = at - 1;
  const low = text.charCodeAt(before);
  if (low >= 0xdc00 && low <= 0xdfff && before > 0) {
    const high = text.charCodeAt(before - 1);
    if (high >= 0xd800 && high <= 0xdbff) before--;
  }
  LETTER_OR_DIGIT.lastIndex = before;
  return !LETTER_OR_DIGIT.test(text);
}

/**
 * The first words of `text` that a compiled frame (claim-rules.ts) finds, as the pattern with a leading
 * `(?<![\p{L}\p{N}])` would: the leftmost match that starts a word, or null.
 */
export function findFrameWords(frame: { readonly pattern: RegExp }, text: string): string | null {
  const { pattern } = frame;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (wordStartsAt(text, m.index)) return m[0];
    pattern.lastIndex = m.index + 1;
  }
  return null;
}
