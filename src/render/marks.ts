import type { Span } from '../core/model/model';

/**
 * Nested marks over a stretch of text: claims outermost, then links, then
 * entity mentions and figures. Marks that cross another's edge are dropped
 * (their text stays, unmarked), so the HTML is always well nested.
 */

/** One mark: its range and the tags that open and close it. */
export interface Mark extends Span {
  readonly open: string;
  readonly close: string;
  /** Lower is outer when two marks start together. */
  readonly depth: number;
}

/**
 * Writes `[start, end)` of a text with `marks` inside it: `write(a, b)` renders
 * the plain text between marks. Marks outside the range or empty are ignored.
 */
export function writeMarked(start: number, end: number, marks: readonly Mark[], write: (from: number, to: number) => string): string {
  const inside = marks.filter((m) => m.start >= start && m.end <= end && m.end > m.start);
  inside.sort((a, b) => a.start - b.start || b.end - a.end || a.depth - b.depth);
  const stack: Mark[] = [];
  let out = '';
  let at = start;
  const closeUntil = (offset: number) => {
    while (stack.length > 0 && stack[stack.length - 1].end <= offset) {
      const top = stack.pop()!;
      out += write(at, top.end) + top.close;
      at = top.end;
    }
  };
  for (const mark of inside) {
    closeUntil(mark.start);
    if (stack.length > 0 && mark.end > stack[stack.length - 1].end) continue;
    out += write(at, mark.start) + mark.open;
    at = mark.start;
    stack.push(mark);
  }
  closeUntil(end);
  return out + write(at, end);
}
