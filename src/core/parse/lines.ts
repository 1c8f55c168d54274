import type { Span } from '../model/model';
import { isSpace } from './space';

/**
 * Layout recovery for text without markup: text extracted from a PDF, with
 * hard-wrapped lines, no blank lines between paragraphs, and headings as bare
 * short lines. Works on a range of the text, so a markdown paragraph that is
 * really such text can go through it too. Offsets are never changed: the
 * result is ranges of the original text.
 */

/** A block found in unmarked text. */
export interface LineBlock extends Span {
  readonly kind: 'heading' | 'paragraph';
}

interface Line extends Span {
  /** First and last non-space offsets, or -1 for a blank line. */
  readonly first: number;
  readonly last: number;
}

/** Words that stay lower-case inside a title ("Looking for a Third Option"). */
const TITLE_SMALL_WORDS = new Set([
  'a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'on',
  'or', 'over', 'per', 'the', 'to', 'under', 'up', 'upon', 'via', 'vs', 'with', 'within', 'without',
]);

const SENTENCE_END = /[.!?…]["'”’)\]]*$/;
/** Captions and source lines: labelled, not part of the argument, never headings. */
export const CAPTION = /^(?:table|figure|fig\.|chart|graph|map|box|exhibit|source|sources|note|notes)\b\s*[\dA-Z.:]/i;

function splitLines(text: string, start: number, end: number): Line[] {
  const lines: Line[] = [];
  let lineStart = start;
  while (lineStart <= end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    let first = lineStart;
    while (first < lineEnd && isSpace(text.charCodeAt(first))) first++;
    let last = lineEnd - 1;
    while (last >= first && isSpace(text.charCodeAt(last))) last--;
    if (first >= lineEnd) lines.push({ start: lineStart, end: lineEnd, first: -1, last: -1 });
    else lines.push({ start: lineStart, end: lineEnd, first, last: last + 1 });
    if (lineEnd >= end) break;
    lineStart = lineEnd + 1;
  }
  return lines;
}


/** True when a line reads as a title: short, capitalised words, no sentence end at its end or inside it. */
export function looksLikeTitle(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length < 3 || trimmed.length > 90) return false;
  if (SENTENCE_END.test(trimmed) && !trimmed.endsWith('?')) return false;
  // A sentence ends inside it ("… the binding constraint. Mali's Minister …"); "U.S. Policy", "St. Louis" do not.
  if (/\p{Ll}{2,}[.!?]["”’)]?\s+\p{Lu}/u.test(trimmed)) return false;
  if (/[,;]$/.test(trimmed) || /[-–—]$/.test(trimmed)) return false;
  if (CAPTION.test(trimmed)) return false;
  if (!/^[\p{Lu}\d“"'‘(]/u.test(trimmed)) return false;
  const words = trimmed.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 14) return false;
  let content = 0;
  let capitalised = 0;
  for (const word of words) {
    const bare = word.replace(/^[^\p{L}\d]+/u, '');
    if (TITLE_SMALL_WORDS.has(bare.toLowerCase())) continue;
    content++;
    if (/^[\p{Lu}\d]/u.test(bare)) capitalised++;
  }
  // A one-word line ("Background", "Economy") counts; longer ones need most words capitalised.
  return content > 0 && capitalised / content >= (words.length <= 2 ? 1 : 0.6);
}

/**
 * The width lines were wrapped at: a high percentile of line lengths. Lines
 * clearly shorter than it, ending a sentence, end their paragraph.
 */
function wrapWidth(lines: readonly Line[]): number {
  const lengths: number[] = [];
  for (const line of lines) if (line.first >= 0) lengths.push(line.last - line.start);
  if (lengths.length === 0) return 0;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)];
}

/**
 * Splits `[start, end)` of unmarked text into headings and paragraphs.
 * A blank line always ends a paragraph. Without blank lines, a paragraph ends
 * after a line that ends a sentence and is clearly shorter than the wrap width,
 * or before a line indented by a space that starts with a capital. A heading is a
 * title-like line between a sentence end (or the start) and a capitalised line.
 */
export function splitUnmarked(text: string, start: number, end: number): LineBlock[] {
  const lines = splitLines(text, start, end);
  const width = wrapWidth(lines);
  // Unwrapped text (one paragraph per line) has no wrap width to speak of.
  const wrapped = width > 0 && width < 200;
  const blocks: LineBlock[] = [];
  let paraStart = -1;
  let paraEnd = -1;
  const flush = () => {
    if (paraStart >= 0) blocks.push({ kind: 'paragraph', start: paraStart, end: paraEnd });
    paraStart = -1;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.first < 0) {
      flush();
      continue;
    }
    const content = text.slice(line.first, line.last);
    const previous = i > 0 ? lines[i - 1] : undefined;
    const next = i + 1 < lines.length ? lines[i + 1] : undefined;
    const afterBreak =
      paraStart < 0 || !previous || previous.first < 0 || SENTENCE_END.test(text.slice(previous.first, previous.last));
    const beforeCapital =
      !next || next.first < 0 || /^[\p{Lu}\d“"‘(]/u.test(text.charAt(next.first));
    if (afterBreak && beforeCapital && looksLikeTitle(content) && (wrapped || lines.length > 1)) {
      flush();
      blocks.push({ kind: 'heading', start: line.first, end: line.last });
      continue;
    }
    const indented = line.first > line.start && /\p{Lu}/u.test(text.charAt(line.first));
    if (paraStart >= 0 && indented && afterBreak) flush();
    if (paraStart < 0) paraStart = line.first;
    paraEnd = line.last;
    const endsSentence = SENTENCE_END.test(content);
    const short = wrapped ? line.last - line.start < width * 0.8 : true;
    if (endsSentence && short) flush();
  }
  flush();
  return blocks;
}
