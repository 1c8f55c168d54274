import type { Span } from '../model/model';

/**
 * A sentence handed to an analyser: its range and the block (paragraph, list item,
 * table cell) it sits in. Analysers read context (a year said earlier in the
 * paragraph, a name said earlier in the document) through the block index.
 */
export interface TextUnit extends Span {
  /** Index of the block in `Analysis.blocks`. */
  readonly block: number;
  /** True for sentences of argued text (claims); false for headings and table cells. */
  readonly body: boolean;
}

/**
 * The body sentences as columns: sentence `s` runs from `start[s]` to `end[s]`
 * in block `block[s]`. Twelve bytes a sentence where an object each, in two
 * lists, held about 70 until the claims were made (issue #14).
 */
export interface Sentences {
  readonly length: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly block: Int32Array;
}

/** `list` (spans with their block) as {@link Sentences}. */
export function sentenceColumns(list: readonly (Span & { readonly block: number })[]): Sentences {
  const n = list.length;
  const out = { length: n, start: new Int32Array(n), end: new Int32Array(n), block: new Int32Array(n) };
  for (let s = 0; s < n; s++) {
    out.start[s] = list[s].start;
    out.end[s] = list[s].end;
    out.block[s] = list[s].block;
  }
  return out;
}
