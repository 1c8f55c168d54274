import type { RawBlock } from './markdown';
import furniture from '../lexicon/data/furniture.json';
import headings from '../lexicon/data/headings.json';
import { noticeRule } from './furniture';

/**
 * A table of contents in text without markup, read as the document's own
 * outline (furniture.json `notice:contents`, `notice:front-matter`;
 * headings.json `heading:contents-entry`). A report printed from a PDF lists
 * its chapters under a 'Contents' label, each line a title and its page number
 * ("2 The enforcement record ........ 5"). When every title it lists stands
 * again later as a line of its own, the document has said what its headings
 * are: those lines are headings whatever their shape (a sentence-case line, a
 * number the paragraph numbering would take), the table is a notice, and what
 * stands before it (cover, publisher, membership) is front matter, neither
 * sections nor claims — unless it is one title line alone, which titles the document. One pass over the lines, one over the blocks: linear.
 */

interface Row {
  readonly id: string;
  readonly least?: number;
  readonly maxLength?: number;
}

const find = (rows: readonly Row[], id: string): Row => {
  const found = rows.find((r) => r.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};
const CONTENTS = find(furniture.rules as readonly Row[], 'notice:contents');
const FRONT = find(furniture.rules as readonly Row[], 'notice:front-matter');
const ENTRY = find(headings.rules as readonly Row[], 'heading:contents-entry');

/** The id of the contents-entry row. */
export const CONTENTS_ENTRY_RULE = ENTRY.id;

/** The label over a table of contents. */
const LABEL = /^(?:table of )?contents$/iu;

/** A contents line's leader dots (or gap) and page number: "Executive Summary ........ 3". */
export const LEADER = /(?:\s*\.){3,}\s*\d{1,4}\s*$|\s{2,}\d{1,4}\s*$/u;

interface TextLine {
  readonly start: number;
  readonly end: number;
  /** The trimmed text. */
  readonly text: string;
}

function linesOf(text: string): TextLine[] {
  const out: TextLine[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    out.push({ start, end, text: text.slice(start, end).trim() });
    start = end + 1;
  }
  return out;
}

/** A table of contents: its label's line, its last entry's line, and the later line that repeats each entry. */
interface Table {
  readonly label: TextLine;
  readonly last: TextLine;
  readonly headings: readonly TextLine[];
}

/**
 * How many labelled lists are tried as the table: a document has one table of
 * contents, and each list tried scans the rest of the document for its
 * entries, so a text of many 'Contents' labels must not cost a scan each.
 */
const MAX_TRIED = 3;

/** The first table of contents of `text` whose every entry recurs later as a line of its own, or null. */
function findTable(text: string): Table | null {
  const lines = linesOf(text);
  let tried = 0;
  for (let i = 0; i < lines.length && tried < MAX_TRIED; i++) {
    if (!LABEL.test(lines[i].text)) continue;
    let j = i + 1;
    if (j < lines.length && lines[j].text === '') j++;
    const entries: string[] = [];
    for (; j < lines.length && lines[j].text !== ''; j++) entries.push(lines[j].text.replace(LEADER, '').trim());
    if (entries.length < (CONTENTS.least ?? 2) || entries.some((e) => e.length === 0 || e.length > (CONTENTS.maxLength ?? 40))) continue;
    tried++;
    // Each entry, in order, found again below the table as a whole line.
    const found: TextLine[] = [];
    let k = j;
    for (const entry of entries) {
      while (k < lines.length && lines[k].text !== entry) k++;
      if (k >= lines.length) break;
      found.push(lines[k++]);
    }
    if (found.length === entries.length) return { label: lines[i], last: lines[j - 1], headings: found };
  }
  return null;
}

/**
 * Reads the table of contents of unmarked text into `blocks` (in order, ranges
 * of `text`), in place: the table and everything above it become notices, and
 * each line it lists becomes a heading. False when the text has no such table.
 */
export function readContents(text: string, blocks: RawBlock[]): boolean {
  const table = findTable(text);
  if (!table) return false;
  const tableEnd = table.last.end;
  const out: RawBlock[] = [];
  let h = 0;
  // A title line alone over the contents is the title, not a cover.
  const titleAlone = blocks.filter((b) => b.start < table.label.start && !(b.kind === 'meta' && b.notice)).length === 1;
  let opened = false;
  for (const b of blocks) {
    if (b.start < table.label.start && titleAlone) {
      out.push(b);
      continue;
    }
    if (b.start < table.label.start) {
      // notice:front-matter — the cover's prose and membership lines over the contents. Its first block (a title or a
      // publisher) and its heading lines are no sections, but are read as a dropped heading is: a title is no list of names.
      // A block another furniture row decides (a contact line, a report number) keeps that row.
      const own = b.kind === 'meta' && b.notice ? b.notice : noticeRule(text.slice(b.start, b.end), { top: false, end: false });
      if (own) out.push({ ...b, kind: 'meta', notice: own });
      else out.push(b.kind === 'heading' || !opened ? { ...b, kind: 'meta' } : { ...b, kind: 'meta', notice: FRONT.id });
      opened = true;
      continue;
    }
    if (b.start < tableEnd) {
      out.push(b.kind === 'meta' && b.notice ? b : { ...b, kind: 'meta', notice: CONTENTS.id });
      continue;
    }
    while (h < table.headings.length && table.headings[h].end <= b.start) h++;
    const line = table.headings[h];
    // heading:contents-entry — the block opening on a listed line: that line is a heading, the rest of the block stays.
    if (line && b.start >= line.start && b.start < line.end && b.kind !== 'heading') {
      const first = line.start + (text.slice(line.start, line.end).length - text.slice(line.start, line.end).trimStart().length);
      out.push({ kind: 'heading', start: first, end: first + line.text.length });
      let rest = line.end + 1;
      while (rest < b.end && /\s/.test(text.charAt(rest))) rest++;
      if (rest < b.end) out.push({ ...b, start: rest });
      h++;
      continue;
    }
    out.push(b);
  }
  blocks.splice(0, blocks.length, ...out);
  return true;
}
