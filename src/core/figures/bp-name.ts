/**
 * "bp" written in lower case is also a company's name as it styles itself: a document that writes it
 * as a word of its own, after no number ("bp said on Tuesday"), may write it before a noun it names the
 * owner of ("20 bp stations"). There a number before "bp" and a plural noun in lower case is a count of
 * those things, not basis points; "a return of 150 bp over the benchmark" stays a percent.
 */

// The text last asked about, read once.
let seen = '';
let named = false;

/** True when `text` writes "bp" as a word after no number: a name, in this document. */
function bpNamed(text: string): boolean {
  if (text !== seen) {
    seen = text;
    named = NAMED.test(text);
  }
  return named;
}

const NAMED = /(?<![\d.,]\s*)\bbp\b(?!\s*\d)/u;

/** True when "bp" at `at` (after a number) names a company before a plural noun it owns ("20 bp stations"). */
export function bpOwns(text: string, at: number, end: number): boolean {
  return PLURAL_AFTER.test(text.slice(at, Math.min(end, at + 40))) && bpNamed(text);
}

const PLURAL_AFTER = /^bp\s+\p{Ll}+[^s\s]s\b/u;
