import { lastNewline } from '../parse/line-index';
import layoutData from '../lexicon/data/layout.json';

/**
 * entity:column-gap — whether a gap of spaces inside a line parts two columns. A list of who attended or
 * signed sets a name beside its post ("Mr Ivo Marsh      Deputy Chair"); text taken from a justified PDF
 * page spreads the words of its sentences with such gaps too ("The European   Investment Bank had …").
 * The gap parts columns when the line is no running prose (fewer than `proseWords` words in lower case:
 * a name, a post, a signature), or when a neighbouring line has a gap that ends at the same column: the
 * columns of a list line up, the gaps of justified prose fall where the words happen to.
 */
const PROSE_WORDS = layoutData.columnGap.proseWords;
const LOWER_WORD = /(?:^|[\s(])\p{Ll}[\p{L}'’-]*/gu;

// The line last asked about, read once however many gaps it has (a document of one long line has many).
let lineText = '';
let lineStart = -1;
let lineEndAt = -1;
let lineProse = false;

/** True when the gap of spaces ending at `to` (the next word's start) parts two columns of its line. */
export function columnGap(text: string, to: number): boolean {
  const start = lastNewline(text, to - 1) + 1;
  if (text !== lineText || start !== lineStart) {
    lineText = text;
    lineStart = start;
    lineEndAt = lineEnd(text, to);
    lineProse = (text.slice(start, lineEndAt).match(LOWER_WORD) ?? []).length >= PROSE_WORDS;
  }
  if (!lineProse) return true;
  const column = to - start;
  const end = lineEndAt;
  return (start > 0 && alignedAt(text, lastNewline(text, start - 2) + 1, start - 1, column)) || (end < text.length && alignedAt(text, end + 1, text.length, column) && lastNewline(text, end + column) === end);
}

/** The end of the line holding `from`: its line break, or the text's end. */
function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

/** True when the line from `start` (ending at or before `end`) has a word starting at `column` after a gap of two spaces or more. */
function alignedAt(text: string, start: number, end: number, column: number): boolean {
  const at = start + column;
  return at < end && at - 2 >= start && text.charCodeAt(at) !== 32 && text.charCodeAt(at) !== 10 && text.charCodeAt(at - 1) === 32 && text.charCodeAt(at - 2) === 32;
}
