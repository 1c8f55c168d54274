import type { Range } from './model';

/**
 * Moves ranges through edits of the text, as the editor reports them: each
 * change replaces `[start, end)` of the text before it with `text`. A range keeps
 * the characters it covered: text inserted inside it joins it, text inserted at
 * either edge stays outside, and a replacement across an edge takes the range's
 * edge to the replacement's edge. A range whose text is all deleted collapses to
 * the point where it was (the annotation is kept; its quote is gone).
 */

/** One change: `[start, end)` of the old text replaced by `text`. */
export interface TextChange {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** `range` after one change. */
export function mapRange(range: Range, change: TextChange): Range {
  const start = mapOffset(range.start, change, 'after');
  const end = range.start === range.end ? start : Math.max(start, mapOffset(range.end, change, 'before'));
  return { start, end };
}

/**
 * An offset after one change. Inside the replaced text, a range's start goes to
 * the replacement's start and its end to the replacement's end; at a pure
 * insertion, `bias` says on which side of the inserted text the offset stays.
 */
function mapOffset(offset: number, change: TextChange, bias: 'before' | 'after'): number {
  if (offset < change.start) return offset;
  const replacementEnd = change.start + change.text.length;
  if (offset > change.end) return offset + replacementEnd - change.end;
  if (change.start === change.end) return bias === 'after' ? replacementEnd : offset;
  if (offset === change.start) return change.start;
  if (offset === change.end) return replacementEnd;
  return bias === 'after' ? change.start : replacementEnd;
}

/**
 * `range` after the changes of one editor event. The changes all refer to the
 * text before the event and do not overlap (as VS Code reports them), so they are
 * applied from the last in the text to the first.
 */
export function mapThrough(range: Range, changes: readonly TextChange[]): Range {
  const ordered = [...changes].sort((a, b) => b.start - a.start || b.end - a.end);
  return ordered.reduce(mapRange, range);
}

/** The text after one change. */
export function applyChange(text: string, change: TextChange): string {
  return text.slice(0, change.start) + change.text + text.slice(change.end);
}
