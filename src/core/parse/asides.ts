import { FURNITURE_ROWS, furnitureRow } from './furniture-rows';
import type { RawBlock } from './markdown';
import { oneLine, oneLineLength } from './spaces';
import { formItems, placeDateline, FORM_ITEM_RULE } from './form-items';
import { designationEntries, DESIGNATION_RULE } from './designations';

/**
 * Notices read aside (furniture.json rows with `read`): blocks that are no
 * argument — a form's header fields, a list of key figures, a quotation's
 * attribution — but whose names, dates and figures the document gives as its
 * own. They are listed as notices and kept out of claims and sections, and
 * their text is not blanked: the entity and figure readers still read it.
 * The rows decided here need their neighbours (a run of fields, a run of
 * tiles); `notice:attribution` is a pattern row that furniture.ts reads.
 */

const ROWS = FURNITURE_ROWS;

/** The rules whose notices are read aside: listed and kept from claims, not blanked. */
export const READ_RULES: ReadonlySet<string> = new Set(ROWS.filter((r) => r.read).map((r) => r.id));

const FIELD_ROW = furnitureRow('notice:header-field', 'words', 'labelWords', 'most', 'maxLength');
const TILE_ROW = furnitureRow('notice:key-figure', 'least', 'maxLength');
const TABLE_ROW = furnitureRow('notice:table-row', 'least');

/** The fewest fields, labelled in capitals, of a header block read whole. */
const HEADER_RUN = 3;

/** The small words a field's value may hold in lower case ('of', 'and', 'et seq.'). */
const SMALL: ReadonlySet<string> = new Set(FIELD_ROW.words);
/** A header's own labels (TO, FROM, SUBJECT, AGENCY …): in a run of capital labels, furniture whatever the value says. */
const HEADER_LABELS: ReadonlySet<string> = new Set(FIELD_ROW.labels ?? []);

/** A label (a capital first, up to the row's `labelWords` words, letters only), a colon, and the value. */
const FIELD = /^(\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+)*)\s*:\s+(\S.*)$/u;

/** The label of a field line (`line`, one line), or null. */
function fieldLabel(line: string): string | null {
  const m = FIELD.exec(line);
  return m && m[1].split(/\s+/).length <= FIELD_ROW!.labelWords! ? m[1] : null;
}

/** How many words of `value` are in lower case and not small words, web or mail addresses, or codes. */
export function lowerWords(value: string): number {
  let n = 0;
  for (const token of value.split(/[\s;,()]+/)) {
    const word = token.replace(/[.,;:]+$/, '');
    if (/^\p{Ll}/u.test(word) && !/[@\d]/.test(word) && !/\.\p{L}/u.test(word) && !SMALL.has(word)) n++;
  }
  return n;
}

/** A reference code: capitals and digits joined by slashes, dashes or dots, with a digit, as one word. */
const REFERENCE_CODE = /^(?=[^\s]*\d)[\p{Lu}\d]+(?:[/.-][\p{Lu}\d]+)+$/u;

/** Whether `value`, a field's value, names and proposes nothing: see {@link headerField}. */
function bareValue(value: string, capitals: boolean): boolean {
  // A value in capitals is a heading's title ('ANNEX A: COSTS OF THE MISSION'), not a field's value;
  // a reference code, one word of capitals and digits joined by slashes or dashes ('DRPA/2025/SBG/0147'), is a value.
  if (!/^[\p{Lu}\d]/u.test(value) || (!/\p{Ll}/u.test(value) && !REFERENCE_CODE.test(value) && (value.match(/\p{Lu}{3,}/gu) ?? []).length >= 2)) return false;
  return lowerWords(value) <= (capitals ? FIELD_ROW!.most! : 0);
}

/**
 * `notice:header-field`: the block (`shown`, its visible text, line breaks
 * kept) is a form's field, or a run of fields line under line (a line that
 * opens with no label goes on with the value above it), whose every value
 * names and proposes nothing — it opens with a capital or a digit and holds
 * no lower-case word but small ones (one more under a label in capitals:
 * 'ACTION: Proposed rule.'). One field alone must stand among fields: its
 * label is in capitals, or the block right above or below (`above`, `below`:
 * with no blank line between) opens with a field's label, or the block before
 * (`before`, blank lines aside) ends with a colon that announces it.
 */
export function headerField(shown: string, above: string | null, below: string | null, before: string | null): boolean {
  if (oneLineLength(shown, FIELD_ROW!.maxLength!) > FIELD_ROW!.maxLength!) return false;
  const fields: { label: string; value: string }[] = [];
  for (const raw of shown.split('\n')) {
    const line = oneLine(raw);
    if (line.length === 0) continue;
    const m = FIELD.exec(line);
    if (m && fieldLabel(line) !== null) fields.push({ label: m[1], value: m[2] });
    else if (fields.length > 0) fields[fields.length - 1].value += ` ${line}`;
    else return false;
  }
  if (fields.length === 0) return false;
  // A memo's or a form's header: a run of fields labelled in capitals ('TO:', 'FROM:', 'DATE:', 'SUBJECT:'), whatever a header label's value says;
  // a decision memo's PURPOSE, ISSUE or ASSESSMENT that argues stays argument.
  const capitals = fields.every((f) => f.label.length >= 2 && f.label === f.label.toUpperCase());
  if (fields.length >= HEADER_RUN && capitals && fields.every((f) => HEADER_LABELS.has(f.label) || bareValue(f.value, true))) return true;
  if (!fields.every((f) => bareValue(f.value, f.label === f.label.toUpperCase()))) return false;
  if (fields.length > 1 || fields[0].label === fields[0].label.toUpperCase()) return true;
  const near = (other: string | null) => other !== null && fieldLabel(other.split('\n', 1)[0].replace(/\s+/g, ' ').trim()) !== null;
  return near(above) || near(below) || (before !== null && before.trimEnd().endsWith(':'));
}

/** A figure alone on its line: a number with a currency sign or a short unit ('£2.1bn', '37 months', '14%', '6'), no full stop after it. */
const FIGURE_LINE = /^[$€£¥]?\d[\d.,]*(?:\s?(?:%|\p{L}+)){0,2}$/u;
/** A list item opening with a figure or date in bold, then a dash ('- **€3 billion** — …', '- **4 May 2026** — …'). */
const BOLD_TILE = /^\s*(?:[-*+]\s+)?(\*\*|__)[$€£¥]?\d[^*_\n]{0,40}\1\s*[—–]\s+\S/u;

/**
 * Whether the line at `[start, end)` of `text` is the figure of a key-figure
 * tile: a figure alone ('212', '£1.8bn', '27 months'), a blank line (or the start) above it, and right under it, with no
 * blank line between, one to three lines opening in lower case and ending no
 * sentence before the next blank line (or the end).
 */
export function tileFigure(text: string, start: number, end: number): boolean {
  const figure = text.slice(start, end).trim();
  if (figure.length > 24 || figure.endsWith('.') || !FIGURE_LINE.test(figure)) return false;
  if (!/(?:^|\n[ \t]*\n)[ \t]*$/.test(text.slice(Math.max(0, start - 40), start))) return false;
  const label = /^\n((?:[ \t]*\S[^\n]*(?:\n|$)){1,3}?)(?:[ \t]*(?:\n|$))/.exec(text.slice(end, end + 400));
  return label !== null && /^[ \t]*\p{Ll}/u.test(label[1]) && !/[.!?]\s*$/.test(label[1]);
}

/** The words that make a tile's label a clause ('which', 'unless', 'will', 'must', 'is'): an arguing bullet, no label. */
const CLAUSE: ReadonlySet<string> = new Set(TILE_ROW.words ?? []);

/** Whether a tile's label (`label`) holds a clause: see {@link CLAUSE}. */
function clause(label: string): boolean {
  return label.split(/[^\p{L}'’-]+/u).some((w) => CLAUSE.has(w));
}

/** How many key-figure tiles `source` (a block as written) is made of, or 0 when it is not all tiles. */
function tiles(source: string, kind: string): number {
  const text = source.trim();
  if (text.length === 0 || /[.!?:;]$/.test(text)) return 0;
  if (kind === 'listItem') return !text.includes('\n') && text.length <= TILE_ROW!.maxLength! && BOLD_TILE.test(text) && !clause(text.replace(/^[^]*?(?:\*\*|__)\s*[—–]/u, '')) ? 1 : 0;
  if (kind !== 'paragraph') return 0;
  const chunks = text.split(/\n[ \t]*\n/);
  for (const chunk of chunks) {
    const lines = chunk.split('\n').map((l) => l.trim());
    const figure = lines[0];
    if (lines.length < 2 || figure.length > 24 || figure.endsWith('.') || !FIGURE_LINE.test(figure)) return 0;
    if (!/^\p{Ll}/u.test(lines[1]) || chunk.length > TILE_ROW!.maxLength! || /[.!?]$/.test(lines[lines.length - 1]) || clause(lines.slice(1).join(' '))) return 0;
  }
  return chunks.length;
}

/** A number of a table's cell: a sign, digits with separators, a percent sign. */
const CELL = /^[-−–]?\d[\d.,]*%?$/;

/** Whether `line` is a table's row in plain text: a label with no digit in it, then at least three numbers and nothing else (read word by word: linear). */
function tableLine(line: string): boolean {
  const words = line.split(/\s+/);
  let cells = 0;
  while (cells < words.length && CELL.test(words[words.length - 1 - cells])) cells++;
  if (cells < 3 || cells === words.length) return false;
  const label = words.slice(0, words.length - cells);
  return /^\p{L}/u.test(label[0]) && !label.some((w) => /\d/.test(w));
}

/** How many table rows `source` (a paragraph as written) is made of, or 0 when it is not all rows. */
function tableRows(source: string, kind: string): number {
  if (kind !== 'paragraph') return 0;
  const lines = source.trim().split('\n').map((l) => l.trim());
  return lines.every(tableLine) ? lines.length : 0;
}

/**
 * The runs of blocks next to each other (notices between them aside) that
 * `count` reads as at least `least` items in all: tiles, or table rows.
 */
function runs(text: string, raw: readonly RawBlock[], count: (source: string, kind: string) => number, least: number): number[][] {
  const found: number[][] = [];
  for (let i = 0; i < raw.length; ) {
    const run: number[] = [];
    let items = 0;
    let j = i;
    for (; j < raw.length; j++) {
      if (raw[j].kind === 'meta' && raw[j].notice) continue;
      const n = count(text.slice(raw[j].start, raw[j].end), raw[j].kind);
      if (n === 0) break;
      run.push(j);
      items += n;
    }
    if (items >= least) found.push(run);
    // Past the run, or past the first block that opens none (the notices before it were skipped once): linear.
    i = run.length > 0 ? j : Math.max(i, j) + 1;
  }
  return found;
}

/** What {@link asideBlocks} decides: the rule of each block read aside, by index, and the labels that head a run of tiles. */
export interface Asides {
  readonly rules: ReadonlyMap<number, string>;
  readonly heads: ReadonlySet<number>;
}

/**
 * Decides `notice:key-figure` and `notice:header-field` over the blocks
 * (`shown`: a block's visible text, or null when it is not read).
 * A run of key-figure tiles counts at least the row's `least` tiles over
 * blocks next to each other (notices between them aside); a short line right
 * above the run, ending no sentence ('Key facts'), is the run's heading.
 */
export function asideBlocks(text: string, raw: readonly RawBlock[], shown: (i: number) => string | null): Asides {
  const rules = new Map<number, string>();
  const heads = new Set<number>();
  for (const run of runs(text, raw, tiles, TILE_ROW!.least!)) {
    for (const k of run) rules.set(k, TILE_ROW!.id);
    const above = raw[run[0] - 1];
    const head = above ? text.slice(above.start, above.end).trim() : '';
    if (above?.kind === 'paragraph' && head.length <= 40 && !head.includes('\n') && /^\p{Lu}[\p{L} ,'’-]*$/u.test(head)) heads.add(run[0] - 1);
  }
  for (const run of runs(text, raw, tableRows, TABLE_ROW!.least!)) for (const k of run) if (!rules.has(k)) rules.set(k, TABLE_ROW!.id);
  for (let i = 0; i < raw.length; i++) {
    const kind = raw[i].kind;
    if (rules.has(i) || !(kind === 'paragraph' || kind === 'listItem' || (kind === 'heading' && raw[i].depth === undefined))) continue;
    const own = shown(i);
    // A neighbour counts only with no blank line between: the fields of a form's header stand line under line.
    const joined = (a: number, b: number) => a >= 0 && b < raw.length && !/\n[ \t]*\n/.test(text.slice(raw[a].end, raw[b].start));
    const before = i > 0 ? shown(i - 1) : null;
    if (own !== null && headerField(own, joined(i - 1, i) ? before : null, joined(i, i + 1) ? shown(i + 1) : null, before)) rules.set(i, FIELD_ROW!.id);
    else {
      const dateline = placeDateline(raw[i], own, joined(i - 1, i));
      if (dateline !== null) rules.set(i, dateline);
    }
  }
  // notice:form-item — an official journal's standard form: its coded items and the values under them (its header fields stay notice:header-field).
  const form = formItems(raw, shown);
  for (const [k, rule] of form.items) if (!rules.has(k)) rules.set(k, rule);
  // A form's section line ('SECTION II: OBJECT') heads its items, though its value in capitals reads as a header's field too.
  for (const k of form.heads) {
    rules.delete(k);
    heads.add(k);
  }
  // notice:designation-entry — the entries of a list of designated persons: the name set surname first and its fields.
  for (const [k, rule] of designationEntries(raw, shown, lowerWords)) if (!rules.has(k)) rules.set(k, rule);
  return { rules, heads };
}

/** Notices of the text's own form (a header's fields, key figures, an attribution): no page furniture, so no run of page notes ends at one. */
export const FORM_FIELDS: ReadonlySet<string> = new Set([FIELD_ROW.id, ...READ_RULES]);

/** The id of the key-figure row. */
export const KEY_FIGURE_RULE = TILE_ROW.id;

/**
 * The text under a heading naming a disclaimer, a list of the contents under its heading, a funder's thanks,
 * and a transcript's turn-taking (read by its sentences at the head of a turn): the section's own. A section all of
 * whose paragraphs are such notes stays in the outline (structure.ts counts them as content, never as navigation that
 * drops its heading). A Chatham House note is not among them: set between a headline's fields, it is the front matter.
 */
const SECTION_NOTES = ['notice:under-notice-heading', 'notice:funder-note', 'notice:contents-list', 'notice:turn-talk'].map((id) => furnitureRow(id).id);
/** Notices read aside that are a section's content, never its navigation: key figures, a table's rows, a standard form's items, a list's designated persons, a disclaimer under its heading. */
export const SECTION_CONTENT: ReadonlySet<string> = new Set([TILE_ROW.id, TABLE_ROW.id, FORM_ITEM_RULE, DESIGNATION_RULE, ...SECTION_NOTES]);
/** The id of the table-row row. */
export const TABLE_ROW_RULE = TABLE_ROW.id;
