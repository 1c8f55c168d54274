import { lastNewline } from '../parse/line-index';
import type { Units } from '../parse/units';
import { keyAt, LOWER, type Tokens } from '../parse/tokens';
import { capitalShare, endsLead, looksLikeTitleRow, marksSentenceEnd } from '../parse/ends';
import { chosenBreak, wrapWidth } from './wrap';
import { columnGap } from './column-gap';
import { fieldLine } from '../parse/fields';
import layoutData from '../lexicon/data/layout.json';

/** entity:column-gap — this many spaces in a row (or a tab) inside a line part two columns. */
const COLUMN_SPACES = layoutData.columnGap.spaces;

/**
 * Where the words of a document sit: which sentence, whether a sentence or a
 * title line starts at them, and what punctuation separates each from the word
 * before. Computed once for all tokens in one forward pass over tokens, units
 * and line breaks together (linear time).
 */
export interface Layout {
  /** Index of the unit holding each token, or -1 outside every unit (headings, metadata). */
  readonly unit: Int32Array;
  /** 1 where a token opens its unit: its capital is no evidence of a name. */
  readonly opens: Uint8Array;
  /**
   * What may be found at each token: {@link FIND_ALL} in sentences and in prose
   * outside them, {@link FIND_LISTED} (gazetteer names only) on title lines,
   * headings, labels and navigation, where every word is capitalised.
   */
  readonly find: Uint8Array;
  /** 1 where a name cannot run on from the previous token (punctuation, paragraph or unit break, a line break outside units). */
  readonly broken: Uint8Array;
  /** Non-space characters between the previous token and this one ("", "(", ",", "’s"...). */
  readonly punct: readonly string[];
  /** A table's source lines outside the units ("Source: …"), in order: read for the laws they cite. */
  readonly sources: readonly { start: number; end: number }[];
}


/** Everything may be found here. */
export const FIND_ALL = 2;
/** Only names of the gazetteer may be found here. */
export const FIND_LISTED = 1;

// What readGap found, kept in module variables: no object per gap.
let gapMarks = '';
let gapNewlines = 0;
let gapColumn = false;
let gapTab = false;

/**
 * Reads the gap `text[from, to)` between two words: its non-space characters
 * (one slice of the text, usually a cached one-character string) and its line
 * breaks. Emphasis marks markdown left in the text ("The ****GPS**** Enterprise")
 * are no punctuation: they are read as spaces. Called per word: a small function
 * stays optimised across documents.
 */
function readGap(text: string, from: number, to: number): void {
  gapMarks = '';
  gapNewlines = 0;
  gapColumn = false;
  gapTab = false;
  // Most gaps are one space.
  if (to === from + 1 && text.charCodeAt(from) === 32) return;
  let first = -1;
  let last = -1;
  let spaces = 0;
  for (let c = from; c < to; c++) {
    const code = text.charCodeAt(c);
    spaces = code === 32 ? spaces + 1 : 0;
    if (spaces >= COLUMN_SPACES || code === 9) gapColumn = true;
    if (code === 9) gapTab = true;
    if (code === 10) gapNewlines++;
    else if (code !== 32 && code !== 9 && code !== 13 && code !== 0xa0 && code !== 42 && code !== 95) {
      if (first < 0) first = c;
      last = c;
    }
  }
  if (first < 0) return;
  // Spaces and emphasis inside ("] (", "(**") are dropped: they carry nothing a reader of punctuation needs.
  const slice = text.slice(first, last + 1);
  gapMarks = last - first < 2 || !/[\s*_]/.test(slice) ? slice : slice.replace(/[\s*_]+/g, '');
}

/**
 * Reads the layout of `tokens` in `text`. With no units, the whole text is one body unit. With `columns`, a
 * gap of spaces inside a line parts two columns (entity:column-gap).
 */
export function readLayout(
  text: string,
  tokens: Tokens,
  units: Units,
  functionWords: ReadonlySet<string> = new Set(),
  sourceLabels: ReadonlySet<string> = new Set(),
  columns = true,
): Layout {
  const n = tokens.count;
  const unit = new Int32Array(n).fill(-1);
  const opens = new Uint8Array(n);
  const find = new Uint8Array(n);
  const broken = new Uint8Array(n);
  const punct: string[] = new Array(n);
  const all: Units = units.length > 0 ? units : { length: 1, start: Int32Array.of(0), end: Int32Array.of(text.length), block: Int32Array.of(0), body: Uint8Array.of(1) };

  const width = wrapWidth(text);
  let u = 0;
  for (let i = 0; i < n; i++) {
    const start = tokens.start[i];
    while (u < all.length && all.end[u] <= start) u++;
    const inside = u < all.length && all.start[u] <= start;
    unit[i] = inside ? u : -1;
    readGap(text, i > 0 ? tokens.after[i - 1] : 0, start);
    punct[i] = gapMarks;
    if (inside && (i === 0 || unit[i - 1] !== u)) opens[i] = 1;
    // With no units given, a sentence opens after a full stop, as best it can be told.
    else if (units.length === 0 && marksSentenceEnd(gapMarks)) opens[i] = 1;
    broken[i] =
      i === 0 ||
      gapMarks.length > 0 ||
      // A blank line inside one sentence is a page break the layout reader joined across ("International Maritime / Page 1 / Organization").
      (gapNewlines > 0 && !inside) ||
      // Columns of one line ("Mr Ivo Marsh      Deputy Chair"): entity:column-gap.
      (columns && gapColumn && gapNewlines === 0 && (gapTab || columnGap(text, start))) ||
      // A line the writer ended short of the wrapping width (a label, an address line): entity:chosen-break.
      (gapNewlines > 0 && chosenBreak(text, text.indexOf('\n', tokens.after[i - 1]), tokens.after[i] - start, width)) ||
      unit[i] !== unit[i - 1] ||
      opens[i] === 1
        ? 1
        : 0;
  }
  const sources = readLines(text, tokens, all, unit, opens, find, broken, punct, functionWords, sourceLabels);
  return { unit, opens, find, broken, punct, sources };
}

/**
 * Decides line by line what may be found. In body units, every line but one that
 * reads as a title (short, capitalised, no closing punctuation, after a line that
 * ended a sentence: a heading of hard-wrapped text the layout reader missed).
 * Outside units, only lines of prose (long, mostly lower case), where a sentence
 * starts at the line start and after a full stop; other lines (headings, labels,
 * navigation) only for gazetteer names. A table's source line (words.json
 * sourceLabels) is listed for the laws it cites.
 */
function readLines(
  text: string,
  tokens: Tokens,
  units: Units,
  unit: Int32Array,
  opens: Uint8Array,
  find: Uint8Array,
  broken: Uint8Array,
  punct: readonly string[],
  functionWords: ReadonlySet<string>,
  sourceLabels: ReadonlySet<string>,
): { start: number; end: number }[] {
  const sources: { start: number; end: number }[] = [];
  let i = 0;
  while (i < tokens.count) {
    const lineStart = lastNewline(text, tokens.start[i] - 1) + 1;
    let lineEnd = text.indexOf('\n', tokens.start[i]);
    if (lineEnd < 0) lineEnd = text.length;
    let j = i;
    while (j < tokens.count && tokens.start[j] < lineEnd) j++;
    // A paragraph's label ("32." of a numbered paragraph) stands outside its unit: the line is read from the unit's first word.
    let lead = i;
    while (lead < j && unit[lead] < 0) lead++;
    if (lead > i && lead < j) {
      for (let k = i; k < lead; k++) find[k] = FIND_LISTED;
      i = lead;
    }
    if (unit[i] >= 0 && !isTitleLine(text, tokens, i, j, lineStart, lineEnd, functionWords)) {
      for (let k = i; k < j; k++) find[k] = FIND_ALL;
    } else if (unit[i] >= 0) {
      for (let k = i; k < j; k++) find[k] = units.body[unit[i]] ? FIND_LISTED : FIND_ALL;
      if (units.body[unit[i]] && j < tokens.count) broken[j] = 1;
    } else {
      const prose = j - i >= 8 && capitalShare(tokens, i, j) < 0.5;
      // A table's source line ("Source: Harbour Agency estimates; P.L. 117-128") is read for the laws it cites.
      if (i + 1 < j && sourceLabels.has(keyAt(tokens, i)) && punct[i + 1] === ':') sources.push({ start: lineStart, end: lineEnd });
      for (let k = i; k < j; k++) {
        find[k] = prose ? FIND_ALL : FIND_LISTED;
        if (prose && (k === i || marksSentenceEnd(punct[k], true))) opens[k] = 1;
      }
    }
    i = j;
  }
  return sources;
}

function isTitleLine(
  text: string,
  tokens: Tokens,
  i: number,
  j: number,
  lineStart: number,
  lineEnd: number,
  functionWords: ReadonlySet<string>,
): boolean {
  if (!looksLikeTitleRow(text.slice(lineStart, lineEnd), tokens, i, j)) return false;
  // A record's field line ('Sponsor: Sen. Ann Reyes (D-MN)') names who, under a label: no title (notice:field-line).
  if (fieldLine(text.slice(lineStart, lineEnd).trim())) return false;
  // A line that ends on "the", "of" or "at" runs on into the next: hard-wrapped prose, not a title.
  if (tokens.shape[j - 1] === LOWER && functionWords.has(keyAt(tokens, j - 1))) return false;
  // A sentence that runs on into the next line is no title.
  if (j < tokens.count && tokens.shape[j] === LOWER && !/\n\s*\n/.test(text.slice(lineEnd, tokens.start[j]))) return false;
  // The line before must have ended a sentence, or be blank, or not exist.
  if (lineStart === 0) return true;
  const previous = text.slice(lastNewline(text, lineStart - 2) + 1, lineStart - 1).trim();
  return previous.length === 0 || endsLead(previous);
}
