import type { Span } from '../model/model';

/**
 * Tables written as bare rows with bars and no delimiter row (as a web page
 * saved to markdown gives them): their cells, read as table cells are.
 */

/** Rows of keys and values ("| **Author:** | …"): a record's furniture, not a table of figures. */
export const KEY_VALUE_ROWS = /^\|\s*(?:\*\*)?[^|\n]{1,40}:(?:\*\*)?\s*\|/;

/** A cell's run-in head ("Agriculture: Corn, …"): a few words, then a colon. */
const RUN_IN_HEAD = /^[A-Z][^:.;|\n]{0,60}:\s+(?=\S)/;

/** A bold key with its colon, then a value holding a number ("**Average award:** $8.6 million"). */
const KEY_VALUE_DATA = /^(\*\*|__)([^*_\n]{1,60}?:)[ \t]*\1[ \t]*(?=[^\n]*\d)/;

/**
 * A list item of a bold key and a value with a number in it, as a fact sheet's
 * "By the numbers" list writes them: a row of data whose key heads the row (its
 * colon kept, as a run-in head's), or null for any other item.
 */
export function keyValueCells(source: string, offset: number): Span[] | null {
  const m = KEY_VALUE_DATA.exec(source);
  if (!m) return null;
  const key = { start: offset + m[1].length, end: offset + m[1].length + m[2].length };
  return [key, { start: offset + m[0].length, end: offset + source.trimEnd().length }];
}

/**
 * The cells of rows written with bars ("| a | b |"), each without its bars and
 * surrounding spaces, on the text's offsets. A cell's run-in head is a cell of
 * its own: the row's header, read apart from what follows it.
 */
export function barCells(source: string, offset: number): Span[] {
  const out: Span[] = [];
  for (const m of source.matchAll(/[^|\n]+/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (trimmed.length === 0 || /^:?-+:?$/.test(trimmed)) continue;
    const start = offset + m.index! + lead;
    const head = RUN_IN_HEAD.exec(trimmed);
    if (head) out.push({ start, end: start + head[0].trimEnd().length });
    const from = head ? head[0].length : 0;
    out.push({ start: start + from, end: start + trimmed.length });
  }
  return out;
}

/**
 * True when most lines of a paragraph hold a cell bar: rows of a table the
 * parser did not take as one (no delimiter row). A text box dumped from a PDF
 * may open with a bar and go on in prose: that is argued text.
 */
export function tabular(source: string): boolean {
  const lines = source.split('\n').filter((line) => line.trim().length > 0);
  return lines.filter((line) => line.includes('|')).length * 2 >= lines.length;
}
