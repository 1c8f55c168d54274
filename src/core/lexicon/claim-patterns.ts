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
