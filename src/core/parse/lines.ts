import type { Span } from '../model/model';
import { isSpace } from './space';
import { linesAt, splitLines, type Lines } from './line-columns';
import { CAPTION, endsSentence, looksLikeTitle } from './ends';
import { numberedHeadings } from './numbered';
import { setApartHeadings, titleLine } from './setapart';
import { paragraphLabels } from './paralabels';
import { letterItems, openingMarker } from './letters';
import { divisionHeadings } from './divisions';
import { wrappedCapitals } from './wrapped-title';
import { timecodeTitle } from './timecodes';
import { riskCaptions } from './risk-factors';
import headings from '../lexicon/data/headings.json';
import { labelLines } from './label-lines';

/** headings.json, `heading:wrapped-line`: a title-like line that ran to the wrap width is prose (see {@link full}). */
if (!(headings.rules as readonly { id: string }[]).some((r) => r.id === 'heading:wrapped-line')) throw new Error('headings.json has no row heading:wrapped-line');

/** headings.json, `heading:stacked-lines`: the fewest short lines with no blank between them that make a block of lines, not headings. */
const STACK_LINES = (headings.rules as readonly { id: string; minLines?: number }[]).find((r) => r.id === 'heading:stacked-lines')?.minLines ?? Infinity;

/**
 * Layout recovery for text without markup: text extracted from a PDF, with
 * hard-wrapped lines, no blank lines between paragraphs, and headings as bare
 * short lines. Works on a range of the text, so a markdown paragraph that is
 * really such text can go through it too. Offsets are never changed: the
 * result is ranges of the original text.
 */

/** Bullet characters that open a list item in text extracted from a PDF. */
const BULLET = /[•▪◦●‣∙■□➢►]/u;

/** A dash or star and a space opening a line: a list item when a line beside it opens so too (`paragraph:dash-item`). */
const DASH_ITEM = /^[-–*][ \t]+\S/u;

/** A block found in unmarked text. */
export interface LineBlock extends Span {
  readonly kind: 'heading' | 'paragraph';
}

/**
 * Lines with furniture lines (starting at an offset in `furniture`) taken out.
 * A page break (furniture with blank lines around it) inside a sentence is no
 * break: the blank lines around it go too, so the sentence's halves join. After
 * a line that ends a sentence one blank line stays, and the paragraph ends there;
 * so too after a short title line set apart above the break (a blank line or
 * the start above it, a capital first, no sentence end): 'Why the levy failed'
 * over 'SC/15120' or 'Page 3' heads what follows, it does not run on into it.
 */
function withoutFurniture(text: string, lines: Lines, furniture?: ReadonlySet<number>): Lines {
  if (!furniture || furniture.size === 0) return lines;
  const { starts, firsts, lasts } = lines;
  // The indices of the lines kept.
  const out: number[] = [];
  let inBreak = false;
  // A blank line the break took: given back before a heading the page opens with (-1 for none).
  let taken = -1;
  for (let i = 0; i < lines.length; i++) {
    if (furniture.has(starts[i])) {
      let blank = -1;
      while (out.length && firsts[out[out.length - 1]] < 0) blank = out.pop()!;
      const before = out.length ? out[out.length - 1] : -1;
      // A caption (over a table whose rows are kept out of the prose) ends its block as a sentence does: no prose runs on from it.
      // A title line set apart above the break (a blank line or the start above it) is a block of its own too.
      const content = before >= 0 ? text.slice(firsts[before], lasts[before]) : '';
      const titled = before >= 0 && (before === 0 || firsts[before - 1] < 0) && setApartAfterBreak(content);
      if (blank >= 0 && before >= 0 && (endsSentence(content) || CAPTION.test(content) || titled)) out.push(blank);
      else if (blank >= 0) taken = blank;
      inBreak = true;
      continue;
    }
    if (firsts[i] < 0 && inBreak) {
      taken = i;
      continue;
    }
    // A short line set apart on the new page (a blank line below it, no sentence end) heads it: the text above does not run on into it.
    if (inBreak && taken >= 0 && out.length && firsts[out[out.length - 1]] >= 0 && i + 1 < lines.length && firsts[i + 1] === -1 && setApartAfterBreak(text.slice(firsts[i], lasts[i]))) out.push(taken);
    inBreak = false;
    taken = -1;
    out.push(i);
  }
  return linesAt(lines, out);
}

/** A line that may head a page after a break: a capital or a section number first, short, ending no sentence and no lead-in. */
function setApartAfterBreak(content: string): boolean {
  return /^[\p{Lu}\d]/u.test(content) && content.length <= 60 && !endsSentence(content) && !/[,;:\-–—]$/.test(content);
}

/**
 * The width lines were wrapped at: a high percentile of line lengths. Lines
 * clearly shorter than it, ending a sentence, end their paragraph.
 */
function wrapWidth(lines: Lines): number {
  const lengths: number[] = [];
  for (let i = 0; i < lines.length; i++) if (lines.firsts[i] >= 0) lengths.push(lines.lasts[i] - lines.starts[i]);
  if (lengths.length === 0) return 0;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)];
}

/**
 * The most characters a wrapped line held (`heading:wrapped-line`): the longest line that ran on into
 * the next, no longer than a fifth above the wrap width (a table row or a web address may run past it);
 * a line set apart (a label line, a signature) or over a caption or source line ended on purpose.
 * No line was cut before this many characters, so a line that the next line's
 * first word would have fitted after is a line ended on purpose.
 */
function fullWidth(text: string, lines: Lines, width: number): number {
  let most = width;
  for (let i = 0; i < lines.length; i++) {
    const length = lines.lasts[i] - lines.starts[i];
    if (lines.firsts[i] < 0 || length <= most || length > width * 1.2) continue;
    const ranOn = i + 1 < lines.length && lines.firsts[i + 1] >= 0 && !CAPTION.test(text.slice(lines.firsts[i + 1], lines.lasts[i + 1]));
    if (ranOn) most = length;
  }
  return most;
}

/**
 * True when `line` was wrapped: it runs to near the wrap width (a sixth of it
 * at most left over) and the first word of the next line would not have fitted
 * after it. A title is a line of its own, ended well before the width ran out;
 * a full line of prose that happens to be capitalised ("…from the U.S.
 * Geological Survey, in 2025, the United") is not.
 */
function full(text: string, lines: Lines, i: number, width: number): boolean {
  const next = i + 1;
  if (next >= lines.length || lines.firsts[next] < 0) return false;
  const length = lines.lasts[i] - lines.starts[i];
  if (length < width * (5 / 6)) return false;
  let wordEnd = lines.firsts[next];
  while (wordEnd < lines.lasts[next] && !isSpace(text.charCodeAt(wordEnd))) wordEnd++;
  return length + 1 + (wordEnd - lines.firsts[next]) > width;
}

/**
 * `heading:stacked-lines`: the indices of lines in runs of at least
 * `STACK_LINES` lines with no blank between them, each ending no sentence and
 * (in wrapped text) short of the wrap width — a list of members, an address, a
 * contents list: a block of lines, none of them a heading. Read below the
 * first line that ends a sentence (the title block above it has rules of its
 * own). Maps the index of each run's first line to its last.
 */
function stackedLines(text: string, lines: Lines, width: number, wrapped: boolean, items: ReadonlyMap<number, number>): Map<number, number> {
  const runs = new Map<number, number>();
  const { starts, firsts, lasts } = lines;
  // A list item (bullet, dash or letter) or a table row (a gap of columns) is read as such, not as a line of a stack.
  const short = (i: number) => {
    if (firsts[i] < 0 || items.has(i) || (wrapped && lasts[i] - starts[i] >= width * 0.8)) return false;
    const content = text.slice(firsts[i], lasts[i]);
    return !endsSentence(content) && !BULLET.test(content.charAt(0)) && !DASH_ITEM.test(content) && !/\S {3,}\S|\t/.test(content);
  };
  // Over the first sentence of the document stands the title block, whose lines the title and cover rules read one
  // by one; a paragraph read from further in (a markdown paragraph of unmarked lines) has none.
  let first = 0;
  if (lines.length > 0 && starts[0] === 0) while (first < lines.length && (firsts[first] < 0 || !endsSentence(text.slice(firsts[first], lasts[first])))) first++;
  for (let i = first; i < lines.length; ) {
    let j = i;
    while (j < lines.length && short(j)) j++;
    if (j - i >= STACK_LINES) runs.set(i, j - 1);
    i = j > i ? j : i + 1;
  }
  return runs;
}

/**
 * Splits `[start, end)` of unmarked text into headings and paragraphs.
 * A blank line always ends a paragraph. Without blank lines, a paragraph ends
 * after a line that ends a sentence and is clearly shorter than the wrap width,
 * or before a line indented by a space that starts with a capital. A heading is a
 * title-like line between a sentence end (or the start) and a capitalised line,
 * that the next line's first word would have fitted after (see {@link full}),
 * a numbered heading the document's numbering confirms (see numbered.ts), or a
 * short line set apart above prose as the document sets others (see setapart.ts).
 */
export function splitUnmarked(text: string, start: number, end: number, furniture?: ReadonlySet<number>): LineBlock[] {
  const lines = withoutFurniture(text, splitLines(text, start, end), furniture);
  const { starts, firsts, lasts } = lines;
  const width = wrapWidth(lines);
  const most = fullWidth(text, lines, width);
  const contentOf = (i: number) => text.slice(firsts[i], lasts[i]);
  // paragraph:number-label — a numbered line running on into a line opening in lower case is a numbered paragraph's first line, no heading.
  const lowerNext = (i: number) => i + 1 < lines.length && firsts[i + 1] >= 0 && /^\p{Ll}/u.test(text.charAt(firsts[i + 1]));
  const numbered = new Set([...numberedHeadings(firsts, contentOf)].filter((i) => !lowerNext(i)));
  const apart = setApartHeadings(firsts, contentOf);
  const labels = paragraphLabels(firsts, contentOf, numbered);
  const letters = letterItems(firsts, contentOf);
  const divisions = divisionHeadings(firsts, contentOf);
  const capitals = wrappedCapitals(firsts, contentOf);
  const risks = riskCaptions(firsts, starts, contentOf);
  const title = titleLine(firsts, contentOf, (j) => numbered.has(j) || apart.has(j) || looksLikeTitle(contentOf(j)));
  const dashed = (i: number) => i >= 0 && i < lines.length && firsts[i] >= 0 && DASH_ITEM.test(contentOf(i));
  const labelled = labelLines(firsts, contentOf);
  // Unwrapped text (one paragraph per line) has no wrap width to speak of.
  const wrapped = width > 0 && width < 200;
  const stacks = stackedLines(text, lines, width, wrapped, letters);
  let stackEnd = -1;
  const blocks: LineBlock[] = [];
  let paraStart = -1;
  let paraEnd = -1;
  const flush = () => {
    if (paraStart >= 0) blocks.push({ kind: 'paragraph', start: paraStart, end: paraEnd });
    paraStart = -1;
  };
  for (let i = 0; i < lines.length; i++) {
    const first = firsts[i];
    const last = lasts[i];
    if (first < 0) {
      flush();
      continue;
    }
    // heading:division-label — 'Article 1' over 'Definitions' is one heading;
    // heading:wrapped-capitals — a title in capitals over two lines or more is one heading.
    // heading:risk-factor — an offering circular's numbered risk caption, a sentence over one to three lines: one heading, its number a label outside it.
    const risk = risks.get(i);
    if (risk !== undefined) {
      flush();
      blocks.push({ kind: 'heading', start: first + risk.skip, end: lasts[risk.last] });
      i = risk.last;
      continue;
    }
    const caption = divisions.get(i) ?? capitals.get(i);
    if (caption !== undefined) {
      flush();
      blocks.push({ kind: 'heading', start: first, end: lasts[caption] });
      i = caption;
      continue;
    }
    const content = text.slice(first, last);
    // heading:timecode — '[00:12:40] THE COST OF COVER': the title after the time code heads a transcript's segment.
    const coded = timecodeTitle(content);
    if (coded >= 0) {
      flush();
      blocks.push({ kind: 'heading', start: first + coded, end: last });
      continue;
    }
    // A stack of short lines is a run of blocks, one a line, none of them a heading.
    const stackOpens = stacks.get(i);
    if (stackOpens !== undefined) {
      flush();
      stackEnd = stackOpens;
    }
    const inStack = i <= stackEnd;
    const next = i + 1 < lines.length ? firsts[i + 1] : -1;
    const afterBreak = paraStart < 0 || i === 0 || firsts[i - 1] < 0 || endsSentence(text.slice(firsts[i - 1], lasts[i - 1]));
    const beforeCapital = next < 0 || /^[\p{Lu}\d“"‘(]/u.test(text.charAt(next)) || BULLET.test(text.charAt(next));
    // paragraph:number-label — a numbered paragraph's first line running on into the next ('3.3  He said that the …, worth') is no title, however its words are cased.
    // So is a numbered line whose words run on into a line opening in lower case ('3.3 The Chair said that the port' / 'could not survive …'), whichever rule proposes it.
    const runsOn = labels.has(i) && next >= 0;
    const runsOnLower = runsOn && lowerNext(i);
    const titled = !letters.has(i) && !runsOnLower && (numbered.has(i) || apart.has(i) || i === title || (beforeCapital && !runsOn && looksLikeTitle(content)));
    if (!inStack && afterBreak && titled && (wrapped || lines.length > 1) && !(wrapped && full(text, lines, i, most))) {
      flush();
      blocks.push({ kind: 'heading', start: first, end: last });
      continue;
    }
    const indented = first > starts[i] && /\p{Lu}/u.test(text.charAt(first));
    if (paraStart >= 0 && indented && afterBreak) flush();
    // A line opening with a bullet (or a dash beside another, or a letter the lettering continues) is a list item of its own, whatever ended the line before.
    const dash = dashed(i) && (dashed(i - 1) || dashed(i + 1));
    // paragraph:label-line — 'Option B: …' under 'Option A: …' is an entry of its own, whatever ended the line before.
    const item = dash || BULLET.test(text.charAt(first)) || labelled.has(i);
    // A numbered paragraph, a lettered item or a dash item opens here, its number, letter or dash a label outside it.
    const label = labels.get(i) ?? letters.get(i) ?? (dash ? DASH_ITEM.exec(content)![0].length - 1 : undefined);
    // A marker opening a paragraph, or a line right after a sentence's end, is a label too, after any number ("1. (C) …").
    const marker = afterBreak ? openingMarker(label ? content.slice(label) : content) : 0;
    if (paraStart >= 0 && (item || label !== undefined || marker > 0)) flush();
    if (paraStart < 0) paraStart = first + (label ?? 0) + marker;
    paraEnd = last;
    const endsOne = endsSentence(content);
    const short = wrapped ? last - starts[i] < width * 0.8 : true;
    // Each line of a stack is a block of its own: a name, a post, an address line.
    if ((endsOne && short) || inStack) flush();
  }
  flush();
  return blocks;
}
