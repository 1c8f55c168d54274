import type { RawBlock } from './markdown';
import { furnitureRow } from './furniture-rows';
import { rowIn } from './rows';
import headings from '../lexicon/data/headings.json';
import { noticeRule } from './furniture';
import { headerField, lowerWords } from './asides';
import { endsSentence } from './ends';

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

const CONTENTS = furnitureRow('notice:contents');
const FRONT = furnitureRow('notice:front-matter');
const FIELD_RULE = furnitureRow('notice:header-field').id;
/** A cover's field is labelled by one word ('Meeting:', 'Presenter:'); a title with a colon ('Dredging and Berths: The Storm Season') is no field. */
const ONE_WORD_LABEL = /^\s*\p{Lu}[\p{L}-]*\s*:/u;
/** A field's value that is a sentence: it ends as one and runs on in lower-case words (a verb among them), not a name or a date alone. */
function sentenceValue(shown: string): boolean {
  const value = shown.replace(/^[^:]*:/, '').replace(/\s+/g, ' ').trim();
  return endsSentence(value) && lowerWords(value) >= SENTENCE_WORDS;
}
/** How many lower-case words a field's value holds at least to be a sentence. */
const SENTENCE_WORDS = 3;
const ENTRY = rowIn('headings.json', headings.rules, 'heading:contents-entry');
const NUMBERED = rowIn<{ readonly id: string; readonly pattern?: string }>('headings.json', headings.rules, 'heading:contents-numbered');
/** heading:contents-numbered — an entry's own number ('1. ', '2.3 ', 'IV. '), which the heading it lists may leave out. */
const ENTRY_NUMBER = new RegExp(NUMBERED.pattern ?? '(?!)', 'u');
const COLUMNS = rowIn<{ readonly id: string; readonly pattern?: string }>('headings.json', headings.rules, 'heading:contents-columns');
/** heading:contents-columns — a column that is a number only ('1', '15'): a clause's number, a margin's line number. */
const COLUMN_NUMBER = new RegExp(COLUMNS.pattern ?? '(?!)', 'u');
/** A gap between columns of text without markup: two spaces or more, or a tab. */
const COLUMN_GAP = /[ \t]{2,}|\t/u;

/** A line set in columns: its title, the number column right before it ('2' of '15  2     Minimum holdings') and the gap's width. */
interface Columns {
  readonly title: string;
  readonly number: string;
  readonly gap: number;
}

/** heading:contents-columns — the columns of a line whose every column but the last is a number only, or null. One pass over the line. */
function numberColumns(line: string): Columns | null {
  const parts = line.split(COLUMN_GAP);
  if (parts.length < 2) return null;
  const title = parts[parts.length - 1];
  for (let i = 0; i < parts.length - 1; i++) if (!COLUMN_NUMBER.test(parts[i])) return null;
  if (!/\p{L}/u.test(title)) return null;
  const number = parts[parts.length - 2];
  const at = line.lastIndexOf(title);
  const gap = at - (line.lastIndexOf(number, at) + number.length);
  return { title, number, gap };
}

/**
 * heading:contents-columns — whether `line` sets again the entry `entry` in columns: the same title, the same number written
 * the same way ('1', not '1.': a list in the text that repeats the chapters), with a gap at least as wide as the table's (a
 * bill sets its clause headings wider than its arrangement of clauses; a list the prose leads in sets them narrower).
 */
function repeatsColumns(entry: Columns, line: string): boolean {
  const columns = numberColumns(line);
  return columns !== null && columns.title === entry.title && columns.number === entry.number && columns.gap >= entry.gap;
}

/** A line of a rule only ('______', '-----'), as a print sets between the contents and what follows. */
const RULE_LINE = /^[-_=*\u2014\u2013\s]{3,}$/u;

/**
 * heading:contents-columns — whether the text a block runs on past the table's last entry is more of the contents (a
 * schedules list, an 'Annexes' group after a rule line): every line a rule or a short line shaped as an entry (opening with
 * a capital or a number, within twice the entries' length (a schedule's title runs longer), ending no sentence or clause). Who presented a bill, in sentences, is not.
 */
function contentsLike(rest: string): boolean {
  let seen = false;
  for (const raw of rest.split('\n')) {
    const line = raw.trim();
    if (line === '' || RULE_LINE.test(line)) continue;
    const entry = line.replace(LEADER, '').trim();
    if (entry.length > 2 * (CONTENTS.maxLength ?? 40) || !/^[\p{Lu}\d]/u.test(entry) || /[.,;:!?]$/u.test(entry)) return false;
    seen = true;
  }
  return seen;
}

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
  /** heading:contents-columns — where the title starts when the line sets its numbers in columns before it. */
  readonly titleAt?: number;
}

/**
 * The line of `text` that starts at `start`. Lines are read one at a time and
 * let go: a list of every line as an object cost about 60 bytes a line, 60×
 * a text of blank lines (issue #14).
 */
function lineAt(text: string, start: number): TextLine {
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  return { start, end, text: text.slice(start, end).trim() };
}

/** The line after `line`, or null after the last (the text's end, empty after a final line break, is a line). */
function after(text: string, line: TextLine): TextLine | null {
  return line.end < text.length ? lineAt(text, line.end + 1) : null;
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
  let tried = 0;
  for (let label: TextLine | null = lineAt(text, 0); label && tried < MAX_TRIED; label = after(text, label)) {
    if (!LABEL.test(label.text)) continue;
    let line = after(text, label);
    if (line && line.text === '') line = after(text, line);
    const entries: string[] = [];
    let last = label;
    for (; line && line.text !== ''; line = after(text, line)) {
      entries.push(line.text.replace(LEADER, '').trim());
      last = line;
    }
    if (entries.length < (CONTENTS.least ?? 2) || entries.some((e) => e.length === 0 || e.length > (CONTENTS.maxLength ?? 40))) continue;
    tried++;
    // Each entry, in order, found again below the table as a whole line.
    const found: TextLine[] = [];
    let k = line;
    for (const entry of entries) {
      // heading:contents-numbered — '1. Headline messages' lists the slide titled 'Headline messages'.
      const bare = entry.replace(ENTRY_NUMBER, '');
      // heading:contents-columns — '1   The Strategic Reserves Authority' lists the clause headed '1     The Strategic Reserves Authority'.
      const titled = numberColumns(entry);
      while (k && k.text !== entry && k.text !== bare && !(titled !== null && repeatsColumns(titled, k.text))) k = after(text, k);
      if (!k) break;
      found.push(titled !== null && k.text !== entry && k.text !== bare ? { ...k, titleAt: k.start + text.slice(k.start, k.end).lastIndexOf(titled.title) } : k);
      k = after(text, k);
    }
    if (found.length === entries.length) return { label, last, headings: found };
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
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.start < table.label.start && titleAlone) {
      out.push(b);
      continue;
    }
    if (b.start < table.label.start) {
      // notice:front-matter — the cover's prose and membership lines over the contents. Its first block (a title or a
      // publisher) and its heading lines are no sections, but are read as a dropped heading is: a title is no list of names.
      // A block another furniture row decides (a contact line, a report number) keeps that row.
      const shown = text.slice(b.start, b.end);
      // notice:header-field — a field of the cover among fields ('Meeting: Ports Board, 3 March 2026' under 'Reference: …') is read aside: its names and dates are the document's own.
      const near = (k: number) => (k >= 0 && k < blocks.length && blocks[k].start < table.label.start ? text.slice(blocks[k].start, blocks[k].end) : null);
      // A field set as a line of its own ('Reviewer: Ivo Marsh, Treasury', which the layout may take for a heading) is one as much as one in a paragraph.
      const own = b.kind === 'meta' && b.notice ? b.notice : (noticeRule(shown, { top: false, end: false }) ?? (ONE_WORD_LABEL.test(shown) && headerField(shown, near(i - 1), near(i + 1), null) ? FIELD_RULE : null));
      if (own) out.push({ ...b, kind: 'meta', notice: own });
      // A field whose value is a full sentence ('Summary: The channel will cost more than forecast, and …') states the cover's claim: it stays read.
      else if (ONE_WORD_LABEL.test(shown) && sentenceValue(shown)) out.push({ ...b, kind: 'paragraph' });
      else out.push(b.kind === 'heading' || !opened ? { ...b, kind: 'meta' } : { ...b, kind: 'meta', notice: FRONT.id });
      opened = true;
      continue;
    }
    if (b.start < tableEnd) {
      if (b.kind === 'meta' && b.notice) out.push(b);
      else {
        // A block the layout ran on past the table's last entry (a rule line, then who presented the bill) is the table up to there only.
        let rest = tableEnd;
        while (rest < b.end && /\s/.test(text.charAt(rest))) rest++;
        // More of the contents after a rule line (a schedules list) stays the notice.
        const more = rest < b.end && contentsLike(text.slice(rest, b.end));
        out.push({ ...b, kind: 'meta', notice: CONTENTS.id, end: more ? b.end : Math.min(b.end, tableEnd) });
        if (rest < b.end && !more) out.push({ ...b, start: rest });
      }
      continue;
    }
    while (h < table.headings.length && table.headings[h].end <= b.start) h++;
    const line = table.headings[h];
    // heading:contents-entry — the block opening on a listed line: that line is a heading, the rest of the block stays.
    // A line set in columns the layout already took for a heading keeps its title only ('7     Interpretation').
    if (line && b.start >= line.start && b.start < line.end && (b.kind !== 'heading' || line.titleAt !== undefined)) {
      const first = line.titleAt ?? line.start + (text.slice(line.start, line.end).length - text.slice(line.start, line.end).trimStart().length);
      out.push({ kind: 'heading', start: first, end: line.start + text.slice(line.start, line.end).trimEnd().length });
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
