import type { RawBlock } from './markdown';
import headings from '../lexicon/data/headings.json';
import heads from '../lexicon/data/heads.json';
import organizations from '../lexicon/data/organizations.json';
import { FIELD_LINE_RULE } from './fields';
import { FORM_ITEM_RULE } from './form-items';
import { furnitureRow } from './furniture-rows';

/**
 * The title of a document without markup, read from the lines over its first
 * prose (a PDF's cover or title block): which of them is the title, and which
 * are the publisher's lines over it. `heading:cover-stack` and
 * `heading:cover-title` (lexicon/data/headings.json) decide.
 */

interface TitleRow {
  readonly id: string;
  readonly repeatedBy?: readonly string[];
  readonly minLines?: number;
}
const ROWS = headings.rules as readonly TitleRow[];
const COVER_TITLE = ROWS.find((r) => r.id === 'heading:cover-title');
if (!COVER_TITLE?.repeatedBy) throw new Error('headings.json has no complete row heading:cover-title');
/** The running furniture (furniture.json) whose repeating a cover line makes it the title: a running header or footer, a page's head. */
const REPEATED_BY: ReadonlySet<string> = new Set(COVER_TITLE.repeatedBy);
/** `heading:cover-stack`: the fewest heading lines stacked over the first prose that make a cover page. */
const COVER_LINES = ROWS.find((r) => r.id === 'heading:cover-stack')?.minLines ?? Infinity;
if (!ROWS.some((r) => r.id === 'heading:publisher-line')) throw new Error('headings.json has no row heading:publisher-line');

/** A span of text a heading holds, and where it stands in the raw blocks. */
export interface TitleCandidate {
  readonly title: string;
  /** Index in the raw block list. */
  readonly at: number;
}

const BODY: ReadonlySet<string> = new Set(['paragraph', 'listItem', 'blockquote']);
/** Notices that open the document's text, as prose does (notice:form-item, notice:resolution-opening). */
const TEXT_NOTICES: ReadonlySet<string> = new Set([FORM_ITEM_RULE, furnitureRow('notice:resolution-opening').id]);

/** The index of the heading right over the first prose (field lines between aside), or -1; and the first prose's index. */
function overProse(raw: readonly RawBlock[]): { prose: number; above: number } {
  // A standard form's items (notice:form-item), and the body that opens a resolution's preamble ('The Security Council,'), are its text, as prose is: the headings over them head them.
  const prose = raw.findIndex((b) => BODY.has(b.kind) || (b.kind === 'meta' && b.notice !== undefined && TEXT_NOTICES.has(b.notice)));
  if (prose < 0) return { prose, above: -1 };
  let above = prose - 1;
  while (above >= 0 && raw[above].kind === 'meta' && raw[above].notice === FIELD_LINE_RULE) above--;
  return { prose, above };
}

/**
 * `heading:cover-stack`: the raw indices of the headings of a cover page — at
 * least `minLines` heading lines before the first prose, with none between,
 * and none of them right above the prose (a title block over the document's
 * first heading, 'Summary', is no cover: that heading heads the prose).
 */
export function coverStack(raw: readonly RawBlock[], headings: readonly TitleCandidate[]): number[] {
  const { prose, above } = overProse(raw);
  if (prose < 0) return [];
  // A title block set over the document's first heading is no cover: that heading heads the prose ('Summary'),
  // the field lines of its record between aside ('Asked by: …' under a question's heading).
  if (headings.some((h) => h.at === above)) return [];
  const stack = headings.filter((h) => h.at < prose && h.title.length > 0).map((h) => h.at);
  return stack.length < COVER_LINES ? [] : stack;
}

/** A running line cut into its parts: at column gaps and bars, page numbers aside. */
function runningParts(line: string): string[] {
  return line.split(/\s{2,}|\s\|\s|\t/).map((p) => p.trim()).filter((p) => p.length > 0 && !/^\d+[A-Za-z]?$/.test(p));
}

/**
 * What the running furniture repeats, read once per document: every opening and
 * closing run of whole words of each distinct running line, and each of its parts
 * of two words or more (lower-cased, spaces squashed). A line longer than
 * `RUNNING_MAX` characters is no running head and is left out.
 */
interface Running { readonly ends: ReadonlySet<string>; readonly parts: ReadonlySet<string> }
const RUNNING_MAX = 240;
const runningOf = new WeakMap<readonly RawBlock[], Running>();

function running(text: string, raw: readonly RawBlock[]): Running {
  const known = runningOf.get(raw);
  if (known) return known;
  const seen = new Set<string>();
  const ends = new Set<string>();
  const parts = new Set<string>();
  for (const b of raw) {
    if (b.kind !== 'meta' || !b.notice || !REPEATED_BY.has(b.notice) || b.end - b.start > RUNNING_MAX) continue;
    const source = text.slice(b.start, b.end).replace(/^\f/, '');
    if (seen.has(source)) continue;
    seen.add(source);
    const words = source.replace(/\s+/g, ' ').trim().toLowerCase().split(' ');
    for (let i = 1; i <= words.length; i++) {
      ends.add(words.slice(0, i).join(' '));
      ends.add(words.slice(words.length - i).join(' '));
    }
    for (const p of runningParts(source)) {
      const part = p.replace(/\s+/g, ' ').toLowerCase();
      if (part.includes(' ')) parts.add(part);
    }
  }
  const made = { ends, parts };
  runningOf.set(raw, made);
  return made;
}

/**
 * `heading:cover-title`: whether `title` (a line of two words or more) is
 * repeated by the running furniture of the document (`repeatedBy`), as a
 * report prints its title at the head of every page: the running line opens or
 * closes with it, or one of its parts is the title or its opening words
 * ('Written Answers' for 'Written Answers to Questions'). Each title asks sets
 * built once for the document, never the running lines again.
 */
function repeated(text: string, raw: readonly RawBlock[], title: string): boolean {
  const want = title.replace(/\s+/g, ' ').trim().toLowerCase();
  const words = want.split(' ');
  if (words.length < 2) return false;
  const { ends, parts } = running(text, raw);
  if (ends.has(want) || parts.has(want)) return true;
  for (let i = 2; i < words.length; i++) if (parts.has(words.slice(0, i).join(' '))) return true;
  return false;
}

/** Organisation head words (heads.json) and names with no head word (organizations.json), lower-cased. */
const ORG_HEADS: ReadonlySet<string> = new Set((heads.organization as readonly string[]).map((w) => w.toLowerCase()));
const ORG_NAMES: ReadonlySet<string> = new Set(organizations.organizations.map((o) => o.name.toLowerCase()));
const JOINING = new Set(['of', 'for', 'and', 'the', 'on', '&']);

/**
 * `heading:publisher-line`: a line that is an organisation's name
 * alone, or whose first part (before a column gap) is one ('United Nations
 * S/RES/…'): every word capitalised or a joining word, and either a name the
 * entity reader lists, or one ending with an organisation's head word and no
 * joining word ('Security Council'), or whose word before its 'of' is one
 * ('Ministry of Defence', 'HOUSE OF COMMONS').
 */
export function publisherLine(line: string): boolean {
  const first = line.trim().split(/\s{2,}|\t/)[0];
  const words = first.split(/\s+/);
  if (words.length === 0 || words.length > 8 || !words.every((w) => JOINING.has(w.toLowerCase()) || /^\p{Lu}/u.test(w))) return false;
  if (ORG_NAMES.has(words.join(' ').toLowerCase())) return true;
  const lower = words.map((w) => w.toLowerCase().replace(/[.,]$/, ''));
  // A head word last, with no joining word: 'Security Council'; 'Written Answers on the Ports' is a title.
  if (ORG_HEADS.has(lower[lower.length - 1]) && !lower.some((w) => JOINING.has(w))) return true;
  const of = lower.indexOf('of');
  return of > 0 && of < lower.length - 1 && ORG_HEADS.has(lower[of - 1]);
}

/**
 * `heading:cover-title` over a title block: of the heading lines from the
 * document's first one to the last before the one right over the first prose,
 * the last that the running furniture repeats is the title (a chapter's title
 * under the book's); when none is repeated, the first that is no publisher's
 * line (`heading:publisher-line`). Returns the raw index of the title, or `first` when nothing decides.
 */
export function blockTitle(text: string, raw: readonly RawBlock[], headings: readonly TitleCandidate[], first: number): number {
  const { prose, above } = overProse(raw);
  const block = headings.filter((h) => h.at >= first && h.title.length > 0 && (prose < 0 || h.at < prose) && h.at !== above);
  if (block.length === 0) return first;
  for (let i = block.length - 1; i >= 0; i--) if (titleRepeated(text, raw, block[i])) return block[i].at;
  const next = block.find((h) => !publisherLine(text.slice(raw[h.at].start, raw[h.at].end)));
  return next ? next.at : first;
}

/** A line the running furniture repeats that is no publisher's line: a running head that closes with its publisher ('Testimony of …, Ministry of Ports') names no title. */
function titleRepeated(text: string, raw: readonly RawBlock[], line: TitleCandidate): boolean {
  return repeated(text, raw, line.title) && !publisherLine(text.slice(raw[line.at].start, raw[line.at].end));
}

/** `heading:cover-title` on a cover page: the cover line the running furniture repeats, or undefined. */
export function coverTitle(text: string, raw: readonly RawBlock[], cover: readonly TitleCandidate[]): number | undefined {
  for (let i = cover.length - 1; i >= 0; i--) if (titleRepeated(text, raw, cover[i])) return cover[i].at;
  return undefined;
}
