import type { Block } from '../model/model';
import type { RawBlock } from './markdown';
import { splitUnmarked } from './lines';
import { CAPTION } from './ends';
import { blankRanges, furnitureLines, type FoundNotice } from './furniture';
import { speakerTurns, type Turn } from './speakers';
import { joinLineEndHyphens } from './spellings';
import { blankLines, spaceTables } from './spacetable';
import { furnitureRow } from './furniture-rows';
import { LEADER, readContents } from './contents';
import { chapterLines } from './chapters';

const CONTENTS = furnitureRow('notice:contents');

/**
 * Unmarked text: furniture lines (page numbers, running headers and footers…)
 * are blanked and taken out of the lines, so a paragraph broken by a page break
 * reads as one; those between paragraphs are `meta` blocks of their own.
 */
export function readPlainBlocks(text: string, speakers: readonly Turn[] = speakerTurns(text)): { blocks: RawBlock[]; masked: string; lines: FoundNotice[] } {
  const found = furnitureLines(text, speakers);
  // notice:chapter-list — a show's chapters under their label (chapters.ts), lines of their own as the furniture lines are.
  const chapters = chapterLines(text).filter((c) => !found.some((f) => f.start === c.start));
  const lines = chapters.length === 0 ? found : [...found, ...chapters].sort((a, b) => a.start - b.start);
  // Words split by a hyphen at a line end read whole when the document writes them whole.
  const masked = joinLineEndHyphens(blankRanges(text.includes('\f') ? text.replace(/\f/g, ' ') : text, lines));
  // Tables drawn with spaces are cells, not prose: their lines are kept out of the paragraphs.
  const tables = spaceTables(masked);
  const prose = blankLines(masked, tables.lines);
  const paragraphs: RawBlock[] = splitUnmarked(prose, 0, prose.length, new Set(lines.map((l) => l.start))).map((b) =>
    b.kind === 'heading' ? b : classifyLoose(b, masked.slice(b.start, b.end)),
  );
  // A table of contents whose entries recur as lines names the headings; else its lines are matched to the headings found.
  if (!readContents(masked, paragraphs)) markContents(masked, paragraphs);
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

/**
 * A table of contents (`notice:contents`): a paragraph of at least `least` lines
 * each of which is the title of a heading of the document (its leader dots and
 * page number aside), and the heading
 * right above it when it is short ("Contents"), become notices in place.
 */
function markContents(masked: string, blocks: RawBlock[]): void {
  const titles = new Set<string>();
  for (const b of blocks) if (b.kind === 'heading') titles.add(masked.slice(b.start, b.end).trim());
  if (titles.size < (CONTENTS.least ?? 2)) return;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'paragraph') continue;
    if (!allTitles(masked, b.start, b.end, titles, CONTENTS.least ?? 2)) continue;
    blocks[i] = { ...b, kind: 'meta', notice: CONTENTS.id };
    const above = blocks[i - 1];
    if (above?.kind === 'heading' && above.end - above.start <= (CONTENTS.maxLength ?? 40)) blocks[i - 1] = { ...above, kind: 'meta', notice: CONTENTS.id };
  }
}

/**
 * Whether `[start, end)` of `text` has at least `least` lines with text and each of them, its leader dots
 * and page number aside, is one of `titles`; read up to the first line that is not (most paragraphs: the first).
 */
function allTitles(text: string, start: number, end: number, titles: ReadonlySet<string>, least: number): boolean {
  let lines = 0;
  for (let at = start; at < end; ) {
    let next = text.indexOf('\n', at);
    if (next < 0 || next > end) next = end;
    const raw = text.slice(at, next);
    at = next + 1;
    // A leader ends with a page number: a line whose last character is no digit has none to cut.
    const last = raw.trimEnd();
    const digit = last.length > 0 && last.charCodeAt(last.length - 1) >= 48 && last.charCodeAt(last.length - 1) <= 57;
    const line = (digit ? raw.replace(LEADER, '') : raw).trim();
    if (line.length === 0) continue;
    if (!titles.has(line)) return false;
    lines++;
  }
  return lines >= least;
}

/** Two lists of blocks, each in order, as one in order. */
function mergeInOrder(a: readonly RawBlock[], b: readonly RawBlock[]): RawBlock[] {
  const out: RawBlock[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i].start < b[j].start) ? a[i++] : b[j++]);
  return out;
}

/** A paragraph of unmarked text that is a caption or source line is not argued text: read aside, its names and figures still read. */
function classifyLoose(block: RawBlock, content: string): RawBlock {
  return CAPTION.test(content) ? { ...block, kind: 'meta', label: true } : { ...block, kind: 'paragraph' };
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

