import type { Block, BlockKind } from '../model/model';
import type { RawBlock } from './markdown';
import { splitUnmarked } from './lines';
import { CAPTION } from './ends';
import { blankRanges, furnitureLines, type FoundNotice } from './furniture';
import { joinLineEndHyphens } from './spellings';
import { blankLines, spaceTables } from './spacetable';

/**
 * Unmarked text: furniture lines (page numbers, running headers and footers…)
 * are blanked and taken out of the lines, so a paragraph broken by a page break
 * reads as one; those between paragraphs are `meta` blocks of their own.
 */
export function readPlainBlocks(text: string): { blocks: RawBlock[]; masked: string; lines: FoundNotice[] } {
  const lines = furnitureLines(text);
  // Words split by a hyphen at a line end read whole when the document writes them whole.
  const masked = joinLineEndHyphens(blankRanges(text.includes('\f') ? text.replace(/\f/g, ' ') : text, lines));
  // Tables drawn with spaces are cells, not prose: their lines are kept out of the paragraphs.
  const tables = spaceTables(masked);
  const prose = blankLines(masked, tables.lines);
  const paragraphs: RawBlock[] = splitUnmarked(prose, 0, prose.length, new Set(lines.map((l) => l.start))).map((b) =>
    b.kind === 'heading' ? b : { ...b, kind: classifyLoose(masked.slice(b.start, b.end)) },
  );
  const read = tables.cells.length === 0 ? paragraphs : mergeInOrder(paragraphs, tables.cells.map((c) => ({ kind: 'tableCell' as const, ...c })));
  // Furniture lines outside every paragraph are blocks of their own; the lists are both in order.
  const blocks: RawBlock[] = [];
  let b = 0;
  for (const line of lines) {
    while (b < read.length && read[b].end <= line.start) blocks.push(read[b++]);
    const inside = b < read.length && read[b].start <= line.start;
    if (!inside) blocks.push({ kind: 'meta', start: line.start, end: line.end, notice: line.rule });
  }
  while (b < read.length) blocks.push(read[b++]);
  return { blocks, masked, lines };
}

/** Two lists of blocks, each in order, as one in order. */
function mergeInOrder(a: readonly RawBlock[], b: readonly RawBlock[]): RawBlock[] {
  const out: RawBlock[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i].start < b[j].start) ? a[i++] : b[j++]);
  return out;
}

/** A paragraph of unmarked text that is a caption or source line is not argued text. */
function classifyLoose(content: string): BlockKind {
  return CAPTION.test(content) ? 'meta' : 'paragraph';
}

/** The section of the last block starting at or before `offset` (blocks are in order). */
export function sectionAt(blocks: readonly Block[], offset: number): number | null {
  let lo = 0;
  let hi = blocks.length - 1;
  let found: number | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].start <= offset) {
      found = blocks[mid].section;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

