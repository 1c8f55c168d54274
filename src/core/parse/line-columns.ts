import { isSpace } from './space';

/**
 * The lines of a range of unmarked text, held in columns: where each line
 * starts and its first and last non-space offsets (-1 for a blank line).
 * A line as an object of its own cost about 64 bytes with its slot in a list,
 * and text of short or blank lines made one a character or two (a list of
 * lines 65× the text); here 12 bytes a line (issue #14).
 */
export interface Lines {
  readonly length: number;
  /** Where each line starts (the character after the line break before it). */
  readonly starts: Int32Array;
  /** Each line's first non-space offset, or -1 for a blank line. */
  readonly firsts: Int32Array;
  /** The offset after each line's last non-space character, or -1 for a blank line. */
  readonly lasts: Int32Array;
}

/** The lines of `[start, end)`: the last runs to `end`, a line break at `end` opens one more, empty. */
export function splitLines(text: string, start: number, end: number): Lines {
  let count = start <= end ? 1 : 0;
  for (let at = text.indexOf('\n', start); at >= 0 && at < end; at = text.indexOf('\n', at + 1)) count++;
  const lines = { length: count, starts: new Int32Array(count), firsts: new Int32Array(count), lasts: new Int32Array(count) };
  let lineStart = start;
  for (let i = 0; i < count; i++) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    let first = lineStart;
    while (first < lineEnd && isSpace(text.charCodeAt(first))) first++;
    let last = lineEnd - 1;
    while (last >= first && isSpace(text.charCodeAt(last))) last--;
    lines.starts[i] = lineStart;
    lines.firsts[i] = first >= lineEnd ? -1 : first;
    lines.lasts[i] = first >= lineEnd ? -1 : last + 1;
    lineStart = lineEnd + 1;
  }
  return lines;
}

/** The lines of `lines` at `kept` (indices, in order). */
export function linesAt(lines: Lines, kept: readonly number[]): Lines {
  const out = { length: kept.length, starts: new Int32Array(kept.length), firsts: new Int32Array(kept.length), lasts: new Int32Array(kept.length) };
  for (let k = 0; k < kept.length; k++) {
    out.starts[k] = lines.starts[kept[k]];
    out.firsts[k] = lines.firsts[kept[k]];
    out.lasts[k] = lines.lasts[kept[k]];
  }
  return out;
}
