import { lastNewline } from './line-index';
import { furnitureRow } from './furniture-rows';
import type { Span } from '../model/model';
import { endsSentence, looksLikeTitle } from './ends';

/**
 * Page furniture of text taken from a PDF that only its place on the page and
 * its numbers show (lexicon/data/furniture.json): the header or footer printed
 * beside a page number, a footer whose page number rises from page to page, and
 * a header set out in columns between column numbers. furniture.ts reads the
 * lines; these checks each read one line or one pass over the lines.
 */

const row = (id: string) => furnitureRow(id);
const PAGE_HEAD = row('notice:page-head');
const BESIDE: ReadonlySet<string> = new Set(PAGE_HEAD.beside ?? []);
const DEFAULT_MAX = 160;

/** A line the furniture rules decide: its span and the rule. */
export interface LineNotice extends Span {
  readonly rule: string;
}

/** The id of the row for a footer whose page number rises from page to page. */
export const RISING = row('notice:rising-page-line');
/** The id of the row for a header set out in columns between page or column numbers. */
export const COLUMNS = row('notice:column-header');

/** A line of the text as furniture.ts reads it: its span, its words as one line, and its key (digits as '#'). */
export interface PageLine {
  readonly start: number;
  readonly end: number;
  readonly line: string;
  readonly key: string;
}

/**
 * `notice:rising-page-line`: the keys (a line with its digits as '#') whose
 * lines recur at least `repeats` times with the number at their edge rising
 * each time, as a page number does from one page to the next ('UNCLASSIFIED
 * 33', '… 34'), and every other number the same. The edge is the line's end,
 * or its start when a wide gap follows ('12      Report title'); a numbered
 * paragraph ('2.  The board …') or a table's row, whose other numbers change
 * too, is none. One pass.
 */
export function risingKeys(text: string, lines: readonly PageLine[]): Set<string> {
  const last = new Map<string, { page: number; rest: string }>();
  const count = new Map<string, number>();
  const broken = new Set<string>();
  for (const { start, end, line, key } of lines) {
    if (!key.includes('#')) continue;
    const atEnd = /\s(\d{1,4})$/.exec(line);
    const atStart = atEnd ? null : /^[\s\f]*(\d{1,4})[ \t]{3,}\S/.exec(text.slice(start, end));
    const m = atEnd ?? atStart;
    if (!m) {
      broken.add(key);
      continue;
    }
    const page = Number(m[1]);
    const rest = atEnd ? line.slice(0, atEnd.index) : line.slice(line.indexOf(' ') + 1);
    const before = last.get(key);
    if (before !== undefined && !(page > before.page && rest === before.rest)) broken.add(key);
    last.set(key, { page, rest });
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  const rising = new Set<string>();
  for (const [key, n] of count) if (n >= (RISING.repeats ?? Infinity) && !broken.has(key)) rising.add(key);
  return rising;
}

/**
 * `notice:column-header`: a line set out in at least `least` columns parted by
 * `gap` or more spaces, opening or closing with a page or column number alone,
 * every column between holding words ('233     Backbench Business     14 OCTOBER
 * 2025     Civil Nuclear Fuel Security     234'), with a blank line (or the
 * text's edge) above and below it: a page header, not a row of a table (whose
 * cells between hold numbers) nor a line of prose.
 */
export function columnHeader(text: string, span: Span): boolean {
  const raw = text.slice(span.start, span.end).trim();
  if (raw.length === 0 || raw.length > (COLUMNS.maxLength ?? DEFAULT_MAX)) return false;
  const parts = raw.split(new RegExp(`[ \\t]{${COLUMNS.gap ?? 3},}`));
  if (parts.length < (COLUMNS.least ?? 3)) return false;
  const number = (p: string) => /^\d{1,4}$/.test(p);
  if (!number(parts[0]) && !number(parts[parts.length - 1])) return false;
  if (!parts.slice(1, -1).every((p) => /\p{L}{2}/u.test(p))) return false;
  const blankAbove = span.start === 0 || /(?:^|\n)[ \t\f]*\n[ \t\f]*$/.test(text.slice(Math.max(0, span.start - 80), span.start));
  const blankBelow = span.end >= text.length || /^\n[ \t\f]*(?:\n|$)/.test(text.slice(span.end, span.end + 80));
  return blankAbove && blankBelow;
}

/**
 * Adds the short lines directly next to a page number (no blank line between)
 * that end no sentence: the header or footer printed on that page only.
 */
export function withPageHeads(
  text: string,
  lines: readonly { start: number; end: number; line: string }[],
  found: LineNotice[],
): LineNotice[] {
  const marked = new Map(found.map((f) => [f.start, f.rule]));
  const heads: LineNotice[] = [];
  const adjacent = (a: { end: number }, b: { start: number }) => a.end + 1 === b.start;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (marked.has(line.start) || line.line.length > (PAGE_HEAD.maxLength ?? DEFAULT_MAX) || /[.!?;:,]$/.test(line.line)) continue;
    const before = i > 0 && adjacent(lines[i - 1], line) && BESIDE.has(marked.get(lines[i - 1].start) ?? '');
    const after = i + 1 < lines.length && adjacent(line, lines[i + 1]) && BESIDE.has(marked.get(lines[i + 1].start) ?? '');
    if ((before || after) && !bodyLine(text, line, marked, after)) heads.push({ start: line.start, end: line.end, rule: PAGE_HEAD.id });
  }
  return heads.length === 0 ? found : [...found, ...heads].sort((a, b) => a.start - b.start);
}

/**
 * True when `line`, beside a page number, is a line of the text the page break
 * cut rather than the page's header or footer: it opens in lower case or with a
 * bullet, or, not reading as a title and printed above the page number, it
 * carries on a line above it that ends no sentence, or the text after the page
 * number resumes in lower case ("…which the ministry" / "3" / "has so far…").
 */
function bodyLine(text: string, line: { start: number; end: number; line: string }, marked: ReadonlyMap<number, string>, footerSide: boolean): boolean {
  if (/^[\p{Ll}•▪◦●‣∙■□➢►]/u.test(line.line)) return true;
  if (looksLikeTitle(line.line) || !footerSide) return false;
  const aboveStart = line.start === 0 ? -1 : lastNewline(text, line.start - 2) + 1;
  const above = aboveStart < 0 ? '' : text.slice(aboveStart, line.start - 1);
  if (above.trim().length > 0 && !marked.has(aboveStart) && !endsSentence(above)) return true;
  // The first line after the page number that is neither blank nor furniture.
  for (let at = text.indexOf('\n', line.end + 1) + 1; at > 0 && at < text.length; at = text.indexOf('\n', at) + 1) {
    const next = text.slice(at, text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at)).trim();
    if (next.length === 0 || marked.has(at)) continue;
    return /^\p{Ll}/u.test(next);
  }
  return false;
}
