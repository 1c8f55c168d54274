import headings from '../lexicon/data/headings.json';
import { rowIn } from './rows';
import type { RawBlock } from './markdown';
import { endsSentence, isSentenceMark } from './ends';

/**
 * Sub-headings set in italics (headings.json `heading:italic-line`): a
 * council's conclusions or a resolution groups its numbered paragraphs under
 * short titles, each an italic line of its own ('*Strategic context*' over
 * '1. The Council RECALLS …'). One italic line alone is as often a standfirst,
 * a caption or a stage direction ('*Check against delivery*'), so the lines are
 * headings only when the document sets several, each right over a numbered
 * paragraph. One pass over the blocks: linear.
 */

interface Row {
  readonly id: string;
  readonly maxWords?: number;
  readonly minInDocument?: number;
  readonly pattern?: string;
}

const ITALIC = rowIn<Row>('headings.json', headings.rules, 'heading:italic-line');
/** The id of the italic-line row. */
export const ITALIC_LINE_RULE = ITALIC.id;
/** The numbered paragraph the italic line stands over ('1. The Council RECALLS …'). */
const NUMBERED = new RegExp(ITALIC.pattern ?? '(?!)', 'u');
/** One italic run: a single star or underscore (not bold's double one) opening and closing the line. */
const ITALIC_RUN = /^(?:\*(?!\*)[^*\n]+\*|_(?!_)[^_\n]+_)$/u;

/** A short title: a capital first, no digit (a page's or a column's number), no sentence end or mark inside, no lead-in's colon or dash. */
function italicTitle(line: string): boolean {
  if (!/^\p{Lu}/u.test(line) || /\d/u.test(line) || /[:\u2014\u2013-]$/u.test(line) || endsSentence(line)) return false;
  if (line.split(/\s+/u).length > (ITALIC.maxWords ?? 8)) return false;
  return ![...line].some((c) => isSentenceMark(c.charCodeAt(0)));
}

/**
 * heading:italic-line — the starts of the blocks of `blocks` (remark's, in order, ranges of `text`) that are
 * italic sub-headings: at least `minInDocument` distinct italic title lines, each right over a numbered paragraph.
 */
export function italicHeads(text: string, blocks: readonly RawBlock[]): ReadonlySet<number> {
  const found: number[] = [];
  const titles = new Set<string>();
  for (let i = 0; i + 1 < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'paragraph' || !b.emphasised || !b.singleLine) continue;
    const source = text.slice(b.start, b.end).trim();
    if (!ITALIC_RUN.test(source)) continue;
    const line = source.slice(1, -1).trim();
    // A list item's block starts after its marker: the numbered paragraph is read from its line's start.
    const next = blocks[i + 1];
    if (!italicTitle(line) || !NUMBERED.test(text.slice(text.lastIndexOf('\n', next.start - 1) + 1, next.end))) continue;
    found.push(b.start);
    titles.add(line.toLowerCase());
  }
  return titles.size >= (ITALIC.minInDocument ?? 3) ? new Set(found) : new Set();
}
