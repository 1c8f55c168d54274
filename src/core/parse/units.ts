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
