import { lastNewline } from './line-index';
import type { RawBlock } from './markdown';
import { furnitureRow } from './furniture-rows';

/**
 * Notes at the foot of a page or under a 'Notes' heading (furniture.json,
 * `notice:page-note`): text taken from a PDF prints a report's footnotes as
 * lines opening with their number ("3 Figures cited by …", "[2] Debt-service
 * projections …"), and the body carries the same number as a marker glued to
 * the word or sentence it annotates ("… industry estimates3.", "… in 2027.[2]").
 * A block is a note when it opens with a number that the text before it marks
 * so (or the number before or after it: notes run in order, and a marker glued
 * to a year's full stop, "in 2019.1", is not told from a decimal), it is short, and it
 * stands where notes stand: its run of notes ends at the page's furniture, at
 * a heading or at the end of the document (not in a paragraph of prose, as a
 * numbered list inside the argument does), or lies under a heading naming the
 * end matter.
 * One pass over the text for the markers, one over the blocks: linear.
 */

const ROW = furnitureRow('notice:page-note', 'maxLength');

/** The id of the page-note row. */
export const PAGE_NOTE_RULE = ROW.id;

/**
 * A note marker: digits glued after a lower-case word (its full stop or comma between allowed) or a closing quote or
 * bracket, or digits in brackets. Every marker opens with a digit or a bracket: that look-ahead first spares the
 * look-behinds at every other character of the text (the same matches, about 1/10 of the time).
 */
const MARKER = /(?=[\d[])(?:(?:(?<=\p{Ll}[.,;:]?)|(?<=[)”’"]))(\d{1,3})(?=[\s.,;:)]|$)|\[(\d{1,3})\])/gu;

/** A line opening with a note's number: "3 Figures …", "3. Figures …", "[3] Figures …". */
const OPENS_NOTE = /^[ \t]*(?:\[(\d{1,3})\]|(\d{1,3})\.?)[ \t]+\S/u;

/** Where each marked note number first stands in `text`. */
function markers(text: string): Map<number, number> {
  const found = new Map<number, number>();
  for (const m of text.matchAll(MARKER)) {
    const n = Number(m[1] ?? m[2]);
    if (!found.has(n)) found.set(n, m.index!);
  }
  return found;
}

/** The number a block opens with, read from the start of its line (a paragraph's label is outside it), or null. */
function openingNumber(text: string, block: RawBlock): number | null {
  const lineStart = lastNewline(text, block.start - 1) + 1;
  const m = OPENS_NOTE.exec(text.slice(lineStart, Math.min(block.end, block.start + 12)));
  return m ? Number(m[1] ?? m[2]) : null;
}

const PROSE: ReadonlySet<string> = new Set(['paragraph', 'listItem']);

/** What the note reader needs to know of the document's blocks. */
export interface NoteContext {
  /** The text has pages (taken from a PDF): notes may stand at a page's foot; else only under a heading naming the end matter. */
  readonly paged: boolean;
  /** Block `i` is a heading naming the end matter ('Notes'). */
  readonly endMatter: (i: number) => boolean;
  /** Block `i` is a line of page furniture (a page number, a running header). */
  readonly furniture: (i: number) => boolean;
}

/** The indices of `raw` that are notes. */
export function pageNotes(text: string, masked: string, raw: readonly RawBlock[], { paged, endMatter, furniture }: NoteContext): Set<number> {
  const marked = markers(masked);
  const found = new Set<number>();
  if (marked.size === 0) return found;
  let inEndMatter = false;
  let run: number[] = [];
  const close = (endsWell: boolean) => {
    if ((paged && endsWell) || inEndMatter) for (const i of run) found.add(i);
    run = [];
  };
  for (let i = 0; i < raw.length; i++) {
    const block = raw[i];
    if (block.kind === 'heading') {
      // A page's foot may end in lines the layout reads as headings (an author line, a reference number).
      close(true);
      inEndMatter = endMatter(i);
      continue;
    }
    const n = PROSE.has(block.kind) && block.end - block.start <= ROW!.maxLength! ? openingNumber(text, block) : null;
    const at = n === null ? undefined : Math.min(...[n - 1, n, n + 1].map((m) => marked.get(m) ?? Infinity));
    if (at !== undefined && at < block.start) {
      run.push(i);
      continue;
    }
    close(furniture(i));
  }
  close(true);
  return found;
}
