import { parseMarkdown, readMarkdown, type MarkdownReading, type RawBlock } from './markdown';
import type { Root } from 'mdast';
import { normalLabel, stubsFor } from './definitions';
import guardData from '../lexicon/data/guards.json';

/**
 * A long table or list read in slices: remark holds its whole tree (and
 * micromark its events) for what one call is given, 500–600 bytes a character
 * for table rows and list items, so a table of 64,000 characters held 32 MB at
 * once. A table's rows and a list's items at the left margin parse alone as
 * they parse among the others (a row is one line read against the header and
 * delimiter rows; an item at the left margin always ends the item before it),
 * so the piece is cut between rows or items into slices of a bounded size, each
 * parsed on its own (a table's slice with the header and delimiter rows before
 * it), and the readings are joined with their offsets moved back. A slice
 * that does not read as one table or one list (a line between the rows that
 * ends the table, a thematic break between the items) has the piece read whole.
 * Data: the `slice-characters` row of lexicon/data/guards.json.
 */

/** Most characters of rows or items one slice holds. */
export const SLICE_CHARS = guardData.batches.find((r) => r.id === 'slice-characters')?.limit ?? Infinity;

/** A table's delimiter row: cells of dashes with optional alignment colons, between bars. */
const DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*\r?$/;
/** A list item at the left margin with text on its first line: its marker (bullet or number's delimiter) in group 1 or 2. */
const ITEM = /^(?:([-*+])|\d{1,9}([.)]))[ \t]+\S/;
/** A thematic break, which a list item's marker may look like ("- - -"). */
const BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*\r?$/;

/** Where each line of `text` starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0 && i + 1 < text.length; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * Reads markdown `text` (one piece) in slices if it is a long table or list,
 * as {@link readMarkdown} reads it whole; null when it is neither (or short).
 */
export function readInSlices(text: string, definitions: string): MarkdownReading | null {
  if (text.length <= SLICE_CHARS) return null;
  const lines = lineStarts(text);
  const line = (i: number) => text.slice(lines[i], i + 1 < lines.length ? lines[i + 1] - 1 : text.length);
  if (text.startsWith('|')) return tableSlices(text, definitions, lines, line);
  return text.startsWith('[') ? definitionSlices(text, definitions, lines, line) : listSlices(text, definitions, lines, line);
}

type Line = (i: number) => string;

/** A table whose every row after the delimiter row opens with a bar, in slices of rows under its header. */
function tableSlices(text: string, definitions: string, lines: number[], line: Line): MarkdownReading | null {
  if (lines.length < 3 || !DELIMITER_ROW.test(line(1))) return null;
  // Trailing blank lines belong to the last slice; every line before them is a row.
  let last = lines.length;
  while (last > 2 && line(last - 1).trim() === '') last--;
  for (let i = 2; i < last; i++) if (!line(i).startsWith('|')) return null;
  return joined(text, definitions, cuts(lines, 2, last), text.slice(0, lines[2]), oneOf('table'));
}

/** A list of items at the left margin with one kind of marker, in slices of whole items. */
function listSlices(text: string, definitions: string, lines: number[], line: Line): MarkdownReading | null {
  const first = ITEM.exec(text);
  if (!first || BREAK.test(line(0))) return null;
  const marker = first[1] ?? first[2];
  const items: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = ITEM.exec(line(i));
    if (m && (m[1] ?? m[2]) === marker && !BREAK.test(line(i))) items.push(i);
  }
  return joined(text, definitions, cuts(lines, 0, lines.length, items), '', oneOf('list'));
}

/** Every definition's label (group 1, caret and all) at the start of a line. */
const DEFINITIONS = /^\[(\^?(?:[^\]\\\n]|\\.){1,999})\]:/gm;
/** A link or footnote definition's first line: `[label]:` or `[^label]:` at the left margin (group 1: the caret). */
const DEFINITION = /^\[(\^?)(?:[^\]\\\n]|\\.){1,999}\]:/;

/**
 * Link and footnote definitions one after another (a document's notes), in
 * slices of whole definitions: a slice opens at a footnote definition (which
 * ends the one before it), or at a link definition after a link definition's
 * first line (after a footnote's text it would be more of that text).
 */
function definitionSlices(text: string, definitions: string, lines: number[], line: Line): MarkdownReading | null {
  const opens: number[] = [];
  const starts = new Set<number>();
  let linkBefore = false;
  for (let i = 0; i < lines.length; i++) {
    const m = DEFINITION.exec(line(i));
    if (m) starts.add(lines[i]);
    if (m && (m[1] === '^' || linkBefore)) opens.push(i);
    linkBefore = m !== null && m[1] === '';
  }
  // Every line that opens a definition in a slice must be one: none is taken in as text of the one before.
  const allDefinitions = (tree: Root, slice: string, from: number) => {
    const inside = tree.children.filter((node) => (node.position?.start.offset ?? 0) < slice.length);
    let opening = 0;
    for (const at of starts) if (at >= from && at < from + slice.length) opening++;
    return inside.length === opening && inside.every((node) => node.type === 'definition' || node.type === 'footnoteDefinition');
  };
  const own = (slice: string) => new Set([...slice.matchAll(DEFINITIONS)].map((m) => normalLabel(m[1])));
  return joined(text, definitions, cuts(lines, 0, lines.length, opens), '', allDefinitions, own);
}

/**
 * Offsets at which slices start (the first at `lines[from]`): a new slice
 * opens at a line that may open one (every line, or those in `at`) once the
 * slice holds {@link SLICE_CHARS}.
 */
function cuts(lines: number[], from: number, to: number, at?: readonly number[]): number[] {
  const out = [lines[from]];
  for (const i of at ?? Array.from({ length: to - from }, (_, k) => from + k)) {
    if (i > from && i < to && lines[i] - out[out.length - 1] >= SLICE_CHARS) out.push(lines[i]);
  }
  return out;
}

/**
 * Parses each slice (with `head` before it) and joins the readings; null if a
 * slice does not read as one `kind` node (the piece is then read whole).
 */
function joined(text: string, definitions: string, starts: number[], head: string, readsWell: SliceCheck, own?: (slice: string) => Set<string>): MarkdownReading | null {
  if (starts.length < 2) return null;
  const labels = stubLabels(definitions);
  const blocks: RawBlock[] = [];
  const masks: string[] = [];
  for (let s = 0; s < starts.length; s++) {
    const from = starts[s];
    const to = s + 1 < starts.length ? starts[s + 1] : text.length;
    const slice = head + text.slice(from, to);
    // Each slice with the stubs of the labels it names: the piece's stubs are those of every slice.
    let stubs = stubsFor(slice, labels);
    // Labels the slice defines itself need no stub (its own definition comes first), once the check below has
    // found every definition line of the slice a definition.
    const mine = own?.(slice);
    if (mine?.size) stubs = stubs.split('\n').filter((stub) => !mine.has(normalLabel(stub.slice(1, stub.length - STUB_END.length)))).join('\n');
    const tree = parseMarkdown(stubs ? `${slice}\n\n${stubs}` : slice);
    if (!readsWell(tree, slice, from - head.length)) return null;
    const reading = readMarkdown(slice, stubs, tree);
    // A construct that blank lines do not end (an HTML comment left open in an item) takes in the end of what
    // the parser is given, where among the other slices it would end at its line: the piece is read whole.
    // The last slice too: there it runs into the stubs after it, which the piece parsed whole places otherwise.
    if (reading.blocks.some((b) => b.end > lastLineEnd(slice))) return null;
    // The header's cells are read once, with the first slice.
    const skip = s === 0 ? 0 : head.length;
    const at = s === 0 ? 0 : from - head.length;
    for (const b of reading.blocks) if (b.start >= skip) blocks.push({ ...b, start: b.start + at, end: b.end + at });
    masks.push(reading.masked.slice(skip));
  }
  return { blocks, masked: masks.join('') };
}

/** Whether `tree`, the parse of `slice` (at `from` in the piece) and the stubs after it, reads as the slice of the piece. */
type SliceCheck = (tree: Root, slice: string, from: number) => boolean;

/** The check that the slice's parse holds one `kind` node in the slice. */
const oneOf =
  (kind: 'table' | 'list'): SliceCheck =>
  (tree, slice) => {
    const inside = tree.children.filter((node) => (node.position?.start.offset ?? 0) < slice.length);
    return inside.length === 1 && inside[0].type === kind;
  };

/** How a stub definition (`[label]: #`) ends. */
const STUB_END = ']: #';

/** The labels of stub definitions (`[label]: #` lines, from `stubsFor`), by their normal form. */
function stubLabels(definitions: string): Map<string, string> {
  const labels = new Map<string, string>();
  for (const stub of definitions ? definitions.split('\n') : []) {
    const label = stub.slice(1, stub.length - STUB_END.length);
    labels.set(normalLabel(label), label);
  }
  return labels;
}

/** The end of the last line of `text` that is not blank (before its line break). */
function lastLineEnd(text: string): number {
  const end = text.indexOf('\n', text.trimEnd().length);
  return end < 0 ? text.length : end;
}
