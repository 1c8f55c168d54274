import { FURNITURE_ROWS, furnitureRow, type FurnitureRow } from './furniture-rows';
import firstNames from '../lexicon/data/first-names.json';
import personalTitles from '../lexicon/data/titles.json';
import type { Span } from '../model/model';
import { oneLine, oneLineLength } from './spaces';
import { COLUMNS, RISING, columnHeader, risingKeys, withPageHeads } from './page-lines';
import { SPEAKER_RESUMED, speakerTurns, type Turn } from './speakers';
import { countWords } from './phrases';
import { FIELD_BLOCK_RULE, FIELD_LINE_RULE, fieldBlock, fieldLine } from './fields';
import { GLOSSARY_RULE, glossaryEntry } from './glossary';
import { divisionLabel } from './divisions';
import { BYLINE_RULE, bylineLine } from './byline';
import { tileFigure } from './asides';
import { WIDGET_RULE, widgetAnswer } from './widget';

export { blankRanges } from './blank';

/**
 * Page furniture and boilerplate (lexicon/data/furniture.json): page numbers,
 * running headers and footers, web addresses alone, legal notices, contact
 * lines, cross-references, report numbers, datelines and author lines. Each is
 * a named rule row; a block or line it decides is a notice, never a claim, a
 * section or a place to look for entities. Every check is on one block or one
 * line, and the repetition count is one pass over the lines: linear work.
 */

const ROWS = FURNITURE_ROWS;
const row = (id: string) => furnitureRow(id);

interface Compiled extends FurnitureRow {
  readonly regex?: RegExp; readonly marked?: RegExp;
}

const COMPILED: readonly Compiled[] = ROWS.map((r) => ({ ...r, regex: r.pattern ? new RegExp(r.pattern, r.cased ? 'u' : 'iu') : undefined, marked: r.markedPattern ? new RegExp(r.markedPattern, 'iu') : undefined }));
// notice:glossary-entry's pattern only finds the two forms its code compares (glossary.ts): it decides nothing alone.
const FORM_ROWS = COMPILED.filter((r) => r.regex && !r.where && !r.repeats && r.id !== GLOSSARY_RULE && !('underPattern' in r) && !('follows' in r) && !('details' in r)); // notice:chapter-list: chapters.ts; notes read by their sentences: sentence-notes.ts; notice:about-label: about-box.ts
const TOP_ROWS = COMPILED.filter((r) => r.regex && r.where === 'top');
/** Rows that decide only above the document's first prose (notice:delivery-mark: the mark over a speech). */
const COVER_ROWS = COMPILED.filter((r) => r.regex && r.where === 'cover');
const LINE_ROWS = FORM_ROWS.filter((r) => r.alone);
/** Top and cover rows that decide a line alone, among the document's first `TOP_LINES` lines of text (a kind label over a PDF's title). */
const TOP_LINE_ROWS = TOP_ROWS.filter((r) => r.alone);
const COVER_LINE_ROWS = [...TOP_LINE_ROWS, ...COVER_ROWS.filter((r) => r.alone)];
const TOP_LINES = 6;
const ONLY_LINE_ROWS = [LINE_ROWS];
const BOTH_ROWS = [LINE_ROWS, TOP_LINE_ROWS];
/** Among the first lines and above the first line that ends a sentence (the first prose): the cover rows decide too. */
const COVER_LINES = [LINE_ROWS, COVER_LINE_ROWS];
const LEGAL = row('notice:legal');
const LEGAL_SHORT = row('notice:legal-short');
const RUNNING = row('notice:running-line');
const RUNNING_DATED = COMPILED.find((r) => r.id === 'notice:running-dateline')!;
const AUTHOR = row('notice:author-line');
/** What may open an author line before the name ('By', 'Reviewed by'). */
const AUTHOR_LEAD = new RegExp(AUTHOR.lead ?? '(?!)', 'i');
const RUNNING_PAGE = COMPILED.find((r) => r.id === 'notice:running-page-line')!;
const LABEL = COMPILED.find((r) => r.id === 'notice:label')!;
const DEFAULT_MAX = 160;
const FIRST_NAMES: ReadonlySet<string> = new Set(firstNames.names);
const TITLES: ReadonlySet<string> = new Set(personalTitles.titles);

/** A notice: a range of the text and the rule that decided it. */
export interface FoundNotice extends Span { readonly rule: string }

/** Where a block stands in its document. */
export interface Position {
  /** In the last third of the document's blocks. */
  readonly end: boolean;
  /** Among the first blocks under the title, before the argument starts. */
  readonly top: boolean;
  /** A heading the markup marks ('## …'): the writer's own heading, never a line of the title block. */
  readonly marked?: boolean;
  /** Right under a label or heading that names the authors ('Author Information'). */
  readonly underAuthors?: boolean;
  /** Above the document's first prose: its cover or front matter. */
  readonly cover?: boolean;
}

/** The longest one-line text a form or top row reads. */
const LONGEST = Math.max(...[...FORM_ROWS, ...TOP_ROWS].map((r) => r.maxLength ?? DEFAULT_MAX));

/** The legal row that decides a legal notice at `[start, end)` of `masked`: the short row when the block has fewer words than the legal row asks. */
export function legalRule(masked: string, span: Span): string {
  return legalWords(masked.slice(span.start, span.end)) < (LEGAL.least ?? 1) ? LEGAL_SHORT.id : LEGAL.id;
}

/** The rule that makes `shown` (a block's visible text) a notice, or null. */
export function noticeRule(shown: string, position: Position): string | null {
  // Longer as one line than any row reads: only the author line may decide, and the one-line copy is not made.
  if (oneLineLength(shown, LONGEST) > LONGEST) return position.top && authorLine(shown) ? AUTHOR.id : null;
  // notice:field-block — lines of fields, read line by line before they are made one.
  if (shown.includes('\n') && fieldBlock(shown)) return FIELD_BLOCK_RULE;
  const line = oneLine(shown);
  if (line.length === 0) return null;
  // A label the writer marks as a heading like the others ('## About the Authors') stays a heading, as a year does ('## 2023': no page number).
  for (const r of FORM_ROWS) if (line.length <= (r.maxLength ?? DEFAULT_MAX) && r.regex!.test(line) && !(r.markedHeadings === false && position.marked && !r.marked?.test(line))) return r.id;
  if (fieldLine(line)) return FIELD_LINE_RULE;
  if (glossaryEntry(line)) return GLOSSARY_RULE;
  if ((position.top || position.underAuthors) && authorLine(shown)) return AUTHOR.id;
  if (position.top && !position.marked && bylineLine(line)) return BYLINE_RULE;
  if (position.top && !position.marked) for (const r of TOP_ROWS) if (line.length <= (r.maxLength ?? DEFAULT_MAX) && r.regex!.test(line)) return r.id;
  if (position.cover && !position.marked) for (const r of COVER_ROWS) if (line.length <= (r.maxLength ?? DEFAULT_MAX) && r.regex!.test(line)) return r.id;
  return null;
}

/**
 * Where a legal notice starts inside a block near the end (a disclaimer the
 * markdown joined to the last list item or paragraph): the first line that
 * opens with a notice's label, or follows a blank line or an indented break,
 * from which the rest holds the legal vocabulary while the text before does
 * not. Null when there is none; the block's own start when it all is one.
 */
export function legalStart(masked: string, span: Span): number | null {
  const slice = masked.slice(span.start, span.end);
  // notice:legal-short — a short block needs fewer of the words (a copyright line and a disclaimer of views).
  const least = slice.trim().length <= (LEGAL_SHORT.maxLength ?? 0) ? (LEGAL_SHORT.least ?? 1) : (LEGAL.least ?? 1);
  // legalWords reads words whatever the white space between them: no one-line copy first.
  if (legalWords(slice) < least) return null;
  const label = LABEL.regex!;
  for (let at = slice.indexOf('\n'); at >= 0; at = slice.indexOf('\n', at + 1)) {
    const nextEnd = slice.indexOf('\n', at + 1);
    const line = oneLine(slice.slice(at + 1, nextEnd < 0 ? slice.length : nextEnd));
    const opens = label.test(line.replace(/\s*:.*$/, '')) || /^\s*$/.test(slice.slice(slice.lastIndexOf('\n', at - 1) + 1, at));
    if (!opens) continue;
    if (legalWords(slice.slice(at + 1)) >= least && legalWords(slice.slice(0, at)) < least) return span.start + at + 1;
  }
  return span.start;
}

/** How many distinct words or phrases of the legal vocabulary `line` holds. */
function legalWords(line: string): number {
  // The copyright sign is the word 'copyright'.
  return countWords(line.includes('©') ? line.replace(/©/g, ' copyright ') : line, LEGAL.words ?? []);
}

const PROMO = row('notice:promo');
/** The id of the promotion row. */
export const PROMO_RULE = PROMO.id;

/**
 * `notice:promo`: whether `shown` (a block at the top or the end) offers the
 * publisher's newsletter or subscription: short, with `least` words of the
 * row's vocabulary in it and in `next`, the short block after it ('… every
 * Thursday in your inbox.' over 'Sign up for the newsletter').
 */
export function promotes(shown: string, next: string): boolean {
  const max = PROMO.maxLength ?? DEFAULT_MAX;
  if (shown.trim().length > max) return false;
  const words = PROMO.words ?? [];
  const own = countWords(shown, words);
  return own > 0 && own + (next.trim().length <= max ? countWords(next, words) : 0) >= (PROMO.least ?? 1);
}

const NAME_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?$|^\p{Lu}\.$/u;

/**
 * An author line: a personal name (a known first name, then one to three
 * capitalised words) ending the line or followed by a comma and an affiliation
 * or title, with no sentence in it.
 */
export function authorLine(shown: string): boolean {
  const text = shown.trim();
  if (text.length === 0 || text.length > (AUTHOR.maxLength ?? DEFAULT_MAX)) return false;
  const cut = /[,\n]/.exec(text);
  const name = (cut ? text.slice(0, cut.index) : text).replace(AUTHOR_LEAD, '').trim();
  const rest = cut ? text.slice(cut.index + 1).trim() : '';
  const words = name.split(/\s+/);
  // A title before the name ("Dr.", "Ambassador") is no part of it.
  if (words.length > 2 && TITLES.has(words[0].replace(/\.$/, ''))) words.shift();
  if (words.length < 2 || words.length > 4 || !words.every((w) => NAME_WORD.test(w))) return false;
  // A first name we know, a lead naming a person's part ('Reviewed by Tomas Berg', 'Statement of'; a bare 'By' may open a title), or a post or affiliation after the comma.
  if (!FIRST_NAMES.has(words[0]) && !/^(?!by\s)\S/i.test(text.match(AUTHOR_LEAD)?.[0] ?? '') && countWords(rest, AUTHOR.words ?? []) < (AUTHOR.least ?? 1)) return false;
  // The rest is a title or an affiliation: no sentence ends inside it.
  return !/\p{Ll}{2,}[.!?]\s/u.test(rest) && !/\p{Ll}{2,}[.!?]$/u.test(rest);
}

const PAGE_NUMBER = row('notice:page-number').id;
const CLOCK = row('notice:clock-time');
const TWENTY_FOUR = new RegExp(CLOCK.twentyFour ?? '$^', 'u');

/**
 * Lines of unmarked text that are furniture on their own: page numbers, web
 * addresses, dates alone, end marks, and short lines repeated at least
 * `repeats` times (running headers and footers; digits are compared as one,
 * so "Report title | 3" and "Report title | 4" are one line).
 */
export function furnitureLines(text: string, speakers: readonly Turn[] = speakerTurns(text)): FoundNotice[] {
  // Each line with its key: digits as '#', so page numbers and dates recur (made once a line).
  const lines: { start: number; end: number; line: string; key: string }[] = [];
  const counts = new Map<string, number>();
  // The first way each key is written: a line that recurs written otherwise carries a changing page number.
  const firstWritten = new Map<string, string>();
  const renumbered = new Set<string>();
  const max = RUNNING.maxLength ?? DEFAULT_MAX;
  let start = 0;
  // What follows each short line: a running header or footer recurs among changing text, while a
  // passage the document repeats (a quoted paragraph, a document pasted twice) recurs with its neighbour.
  const following = new Map<string, Set<string>>();
  let previous: string | null = null;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // A form feed is white space to oneLine: no replace of its own.
    const line = oneLine(text.slice(start, end));
    const key = line.length > 0 ? line.replace(/\d+/g, '#') : line;
    if (previous !== null && line.length > 0) {
      const next = following.get(previous) ?? new Set<string>();
      // The follower as written: a two-line running head ("Title      1", "Title      2") changes its page number.
      if (next.size < 2) next.add(line);
      following.set(previous, next);
    }
    previous = null;
    if (line.length > 0 && line.length <= max) {
      lines.push({ start, end, line, key });
      counts.set(key, (counts.get(key) ?? 0) + 1);
      const written = firstWritten.get(key);
      if (written === undefined) firstWritten.set(key, line);
      else if (written !== line) renumbered.add(key);
      previous = key;
    }
    start = end + 1;
  }
  const found: FoundNotice[] = [];
  // notice:rising-page-line — footers whose page number rises page by page, and the words they print beside it.
  const rising = risingKeys(text, lines);
  const footerWords = new Set([...rising].map((key) => key.replace(/#/g, ' ').replace(/[\s|·–—-]+/g, ' ').trim()));
  // The first line of the document is its title, even when pages repeat it as their header,
  // unless its repeats change their number (the first page's header, page number and all), or
  // the page footers print its words beside their page numbers (a marking every page carries).
  const title = lines.length > 0 && text.slice(0, lines[0].start).trim() === '' && !renumbered.has(lines[0].key) && !footerWords.has(lines[0].line) ? lines[0].start : -1;
  // The end of the first line that ends a sentence: the first prose of text without markup.
  const firstProse = /[.!?]["”’)]?[ \t]*(?:\n|$)/.exec(text)?.index ?? text.length;
  // notice:clock-time — 24-hour times alone ('14:31') are the record's clock when the document sets at least `least` of them.
  const clock24 = lines.filter((l) => TWENTY_FOUR.test(l.line)).length >= (CLOCK.least ?? Infinity);
  for (let n = 0; n < lines.length; n++) {
    const { start: s, end: e, line, key } = lines[n];
    let rule: string | null = null;
    for (const rows of n >= TOP_LINES ? ONLY_LINE_ROWS : s < firstProse ? COVER_LINES : BOTH_ROWS) for (let r = 0; r < rows.length; r++) if (rows[r].regex!.test(line)) rule = rule ?? rows[r].id;
    // A running line is short and ends no sentence: a body line that happens to recur is not one,
    // nor is a record's field line ('Answered by: Ann Reyes, Minister of State' over each answer she gave).
    const recurs = (counts.get(key) ?? 0) >= (RUNNING.repeats ?? Infinity) && (following.get(key)?.size ?? 2) >= 2;
    // heading:division-label — 'Article 4', 'Article 5': labels whose numbers run head the divisions, no running header.
    const division = renumbered.has(key) && divisionLabel(line) !== null;
    if (!rule && s !== title && !/[.!?;:,]$/.test(line) && recurs && !fieldLine(line) && !division) rule = RUNNING.id;
    // Dated, a line need recur only twice: a two-page paper prints its running dateline twice.
    const dated = (counts.get(key) ?? 0) >= (RUNNING_DATED.repeats ?? Infinity) && (following.get(key)?.size ?? 2) >= 2 && line.length <= (RUNNING_DATED.maxLength ?? DEFAULT_MAX);
    if (!rule && s !== title && dated && !/[.!?;:,]$/.test(line) && RUNNING_DATED.regex!.test(line)) rule = RUNNING_DATED.id;
    // "Regional Review    Page 2": a line that ends with its page's number, printed on more than one page.
    if (!rule && (counts.get(key) ?? 0) >= (RUNNING_PAGE.repeats ?? Infinity) && line.length <= (RUNNING_PAGE.maxLength ?? DEFAULT_MAX) && RUNNING_PAGE.regex!.test(line)) rule = RUNNING_PAGE.id;
    if (!rule && !division && rising.has(key) && line.length <= (RISING.maxLength ?? DEFAULT_MAX) && !/[.!?;:,]$/.test(line)) rule = RISING.id;
    if (clock24 && (!rule || rule === RUNNING.id) && TWENTY_FOUR.test(line)) rule = CLOCK.id;
    if (!rule && columnHeader(text, { start: s, end: e })) rule = COLUMNS.id;
    // notice:key-figure — a number set apart over the short label of its tile ('212' over 'berths to be rebuilt') is no page number.
    if ((rule === PAGE_NUMBER || rule === RUNNING.id) && tileFigure(text, s, e)) rule = null;
    if (!rule && n > 0 && lines[n - 1].end + 1 === s && widgetAnswer(line, found.at(-1)?.start === lines[n - 1].start ? found.at(-1)!.rule : null)) rule = WIDGET_RULE; // 'Yes' under 'Is this page useful?'
    if (rule) found.push({ start: s, end: e, rule });
  }
  const heads = withPageHeads(text, lines, found);
  // notice:speaker-resumed — a speaker's name alone in brackets after a break (the names opening turns are read with the blocks: notices.ts).
  const turns = speakers
    .filter((t) => t.rule === SPEAKER_RESUMED.id)
    .map(({ start, end, rule }) => ({ start, end, rule }));
  const taken = new Set(turns.map((t) => t.start));
  return turns.length === 0 ? heads : [...heads.filter((h) => !taken.has(h.start)), ...turns].sort((a, b) => a.start - b.start);
}
