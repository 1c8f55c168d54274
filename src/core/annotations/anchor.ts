import search from 'approx-string-match';
import { CONTEXT_CHARS, type Anchor, type Quote, type Range } from './model';

/**
 * Places an annotation on the current text from its selectors, as Hypothesis
 * anchors: the old position when the quote is still there, else the exact quote
 * nearest the old position (its context breaking ties), else an approximate match
 * of quote, prefix and suffix (Myers' bit-parallel search, `approx-string-match`:
 * any quote length, linear in the text). Under the threshold the annotation is an
 * orphan: it keeps its selectors and is never deleted.
 */

/** At most this share of the quote may differ in an approximate match. */
export const MAX_ERROR_SHARE = 0.25;
/** An approximate match scoring under this (0..1) is not taken. */
export const MIN_SCORE = 0.6;
/** Approximate search is given at most this many characters of quote (head and tail beyond are checked by score). */
const MAX_PATTERN = 256;

/** The quote of `range` in `text`, with up to 32 characters of context each side. */
export function quoteOf(text: string, range: Range): Quote {
  const start = Math.max(0, range.start - CONTEXT_CHARS);
  const end = Math.min(text.length, range.end + CONTEXT_CHARS);
  return {
    exact: text.slice(range.start, range.end),
    prefix: text.slice(onBoundary(text, start, 1), range.start),
    suffix: text.slice(range.end, onBoundary(text, end, -1)),
  };
}

/** True when `offset` does not split a surrogate pair. */
export function isBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return offset >= 0 && offset <= text.length;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return !(before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff);
}

/** `offset` moved by `step` (1 or -1) until it does not split a surrogate pair. */
export function onBoundary(text: string, offset: number, step: 1 | -1): number {
  const clamped = Math.max(0, Math.min(text.length, offset));
  return isBoundary(text, clamped) ? clamped : clamped + step;
}

/**
 * Anchors one annotation. `quote` and `position` are its selectors (either may be
 * missing). An annotation with neither is an orphan.
 */
export function anchor(text: string, quote: Quote | null, position: Range | null): Anchor {
  if (!quote || quote.exact === '') {
    if (position && position.start <= position.end && position.end <= text.length && isBoundary(text, position.start) && isBoundary(text, position.end)) {
      return { status: 'anchored', range: { start: position.start, end: position.end } };
    }
    return { status: 'orphaned', range: null };
  }
  const hint = position?.start ?? 0;
  if (position && text.slice(position.start, position.start + quote.exact.length) === quote.exact) {
    return { status: 'anchored', range: { start: position.start, end: position.start + quote.exact.length } };
  }
  const exact = nearestExact(text, quote, hint);
  if (exact) return { status: 'anchored', range: exact };
  const fuzzy = approximate(text, quote, hint);
  return fuzzy ? { status: 'fuzzy', range: fuzzy } : { status: 'orphaned', range: null };
}

/** Every exact occurrence of the quote, the one with the most context matching (then nearest `hint`) first. */
function nearestExact(text: string, quote: Quote, hint: number): Range | null {
  let best: Range | null = null;
  let bestScore = -Infinity;
  for (let at = text.indexOf(quote.exact); at >= 0; at = text.indexOf(quote.exact, at + 1)) {
    if (!isBoundary(text, at) || !isBoundary(text, at + quote.exact.length)) continue;
    const context =
      commonSuffix(text.slice(Math.max(0, at - quote.prefix.length), at), quote.prefix) +
      commonPrefix(text.slice(at + quote.exact.length, at + quote.exact.length + quote.suffix.length), quote.suffix);
    const score = context - Math.abs(at - hint) / (text.length + 1);
    if (score > bestScore) {
      bestScore = score;
      best = { start: at, end: at + quote.exact.length };
    }
  }
  return best;
}

/** The best approximate match scoring at least {@link MIN_SCORE}, else null. */
function approximate(text: string, quote: Quote, hint: number): Range | null {
  const pattern = quote.exact.length > MAX_PATTERN ? quote.exact.slice(0, MAX_PATTERN) : quote.exact;
  const maxErrors = Math.floor(pattern.length * MAX_ERROR_SHARE);
  if (maxErrors === 0) return null;
  let best: Range | null = null;
  let bestScore = MIN_SCORE;
  for (const match of search(text, pattern, maxErrors)) {
    let start = onBoundary(text, match.start, -1);
    let end = onBoundary(text, match.end + (quote.exact.length - pattern.length), 1);
    if (end > text.length) end = text.length;
    if (start > end) start = end;
    const quoteScore = 1 - match.errors / pattern.length;
    const prefixScore = similarity(text.slice(Math.max(0, start - quote.prefix.length), start), quote.prefix, 'end');
    const suffixScore = similarity(text.slice(end, end + quote.suffix.length), quote.suffix, 'start');
    const near = 1 - Math.abs(start - hint) / (text.length + 1);
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * near) / 92;
    if (score > bestScore) {
      bestScore = score;
      best = { start, end };
    }
  }
  return best;
}

/** How alike two short strings are (0..1), by the characters they share at their `side`. */
function similarity(found: string, wanted: string, side: 'start' | 'end'): number {
  if (wanted.length === 0) return 1;
  const shared = side === 'end' ? commonSuffix(found, wanted) : commonPrefix(found, wanted);
  if (shared === wanted.length) return 1;
  return Math.max(shared / wanted.length, 1 - editDistance(found, wanted) / wanted.length);
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Levenshtein distance of two short strings (context of at most 32 characters each). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length];
}
