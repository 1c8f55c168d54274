import headings from '../lexicon/data/headings.json';
import { endsSentence, sentenceInside, CAPTION } from './ends';
import type { TextLines } from './numbered';

/**
 * Headings set apart (lexicon/data/headings.json, `heading:set-apart`): text
 * copied from a web page keeps its headings as lines of their own, often in
 * sentence case ("Why fuel security matters"), so the capitals a title line
 * needs are no test. The evidence is the layout and the document's habit: a
 * short line with a blank line (or the start) above it and one below it, no
 * sentence end, no lead-in colon and no bullet, over a paragraph of prose — and the
 * document sets at least `minInDocument` lines apart that way. A signature
 * ("name" over "title") or a list of short lines has no prose right after it;
 * a question on a line of its own is a sentence, not a heading.
 * One pass to collect, one to decide: linear.
 */

interface SetApartRow {
  readonly id: string;
  readonly maxWords: number;
  readonly restWords: number;
  readonly minInDocument: number;
}

const ROW = (headings.rules as readonly Partial<SetApartRow>[]).find((r) => r.id === 'heading:set-apart') as SetApartRow | undefined;
if (!ROW || !ROW.restWords || !ROW.minInDocument) throw new Error('headings.json has no complete row heading:set-apart');
const TITLE = (headings.rules as readonly { id: string; maxWords?: number }[]).find((r) => r.id === 'heading:title-line');
if (!TITLE?.maxWords) throw new Error('headings.json has no complete row heading:title-line');

/** The id of the set-apart heading row. */
export const SET_APART_RULE = ROW.id;

/** Bullet or dash opening a list item, or a quotation's attribution. */
const OPENS_ITEM = /^[-–—•▪◦●‣∙■□➢►*+]/u;

/** Words of a line (runs holding a letter or a digit). */
function wordsOf(content: string): number {
  let n = 0;
  for (const w of content.split(/\s+/)) if (/[\p{L}\d]/u.test(w)) n++;
  return n;
}

/** True when `content` has the shape of a heading line: short, capitalised first, no sentence end or lead-in. */
function shapedLikeHeading(content: string, maxWords = ROW!.maxWords): boolean {
  if (content.length > 120 || !/^\p{Lu}/u.test(content)) return false;
  if (endsSentence(content) || sentenceInside(content) || /[,;:?\-–—]$/.test(content)) return false;
  if (content.includes('\t') || /\S {3,}\S/.test(content) || CAPTION.test(content)) return false;
  const n = wordsOf(content);
  return n > 0 && n <= maxWords && (maxWords !== ROW!.maxWords || content.length <= 90);
}

/**
 * True when line `j` opens a paragraph of prose: enough words, not a list item,
 * and it ends a sentence, runs long, or runs on into the line below it (a
 * hard-wrapped paragraph, its sentence cut at the line's end).
 */
function opensProse(lines: TextLines, contentOf: (i: number) => string, j: number): boolean {
  const content = contentOf(j);
  if (OPENS_ITEM.test(content) || wordsOf(content) < ROW!.restWords) return false;
  return endsSentence(content) || content.length > 60 || (lines[j + 1] ?? -1) >= 0;
}

/**
 * The indices of `lines` that are headings set apart, read from the contents
 * of the lines (`contentOf(i)`, trimmed). Empty unless the document sets at
 * least `minInDocument` lines apart.
 */
export function setApartHeadings(lines: TextLines, contentOf: (i: number) => string): Set<number> {
  const found = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] < 0 || (i > 0 && lines[i - 1] >= 0)) continue;
    const content = contentOf(i);
    if (!shapedLikeHeading(content)) continue;
    // A blank line below too (the first line of a hard-wrapped paragraph has none), then the paragraph it heads.
    const j = i + 2;
    if (j < lines.length && lines[i + 1] < 0 && lines[j] >= 0 && opensProse(lines, contentOf, j)) found.add(i);
  }
  if (found.size < ROW!.minInDocument) return new Set();
  // heading:part-over-heading — a line set apart the same way right over one of them heads a part ('Key findings' over 'Cost and schedule').
  for (let i = lines.length - 3; i >= 0; i--) {
    if (found.has(i) || lines[i] < 0 || (i > 0 && lines[i - 1] >= 0) || lines[i + 1] >= 0) continue;
    if (found.has(i + 2) && shapedLikeHeading(contentOf(i))) found.add(i);
  }
  return found;
}

/**
 * `heading:title-line`: the index of the line that is the document's title
 * whatever its capitals ("Buying together: joint defence procurement in the
 * EU"), or -1. It is the first line of text (furniture above it, a running
 * header or a kind label, is out of the lines already), a line of its own with
 * a blank line below, shaped like a heading (the colon of a subtitle inside it
 * allowed), and the first line of text after it is a heading (`isHeading`)
 * over a paragraph of prose: a title is set over the document's first heading,
 * not over its prose nor over a publisher's line.
 */
export function titleLine(lines: TextLines, contentOf: (i: number) => string, isHeading: (i: number) => boolean): number {
  let i = 0;
  while (i < lines.length && lines[i] < 0) i++;
  if (i + 1 >= lines.length || lines[i + 1] >= 0 || !shapedLikeHeading(contentOf(i), TITLE!.maxWords)) return -1;
  const next = (from: number) => {
    while (from < lines.length && lines[from] < 0) from++;
    return from;
  };
  const j = next(i + 1);
  if (j >= lines.length || !isHeading(j)) return -1;
  // The heading heads prose: a publisher's line under the title (name over date or contents) heads none.
  const k = next(j + 1);
  return k < lines.length && opensProse(lines, contentOf, k) ? i : -1;
}
