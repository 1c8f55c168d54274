import headings from '../lexicon/data/headings.json';
import type { TextLines } from './numbered';
import { rowIn } from './rows';

/**
 * Lettered list items of text without markup (lexicon/data/headings.json,
 * `paragraph:letter-item`): recommendations, requests and commitments printed
 * as "a)  agree …", "(b) Whether …", "c. report …", often with nothing but a
 * semicolon between one item and the next. A line opening with a lower-case
 * letter in one of these forms is an item when the document's lettering
 * confirms it: the nearest line opening with a letter written the same way,
 * after it or before it, carries the next letter or the one before. The
 * letter and the spaces after it are a label outside the item, as a markdown
 * list's marker is. Capital letters ("A. Existing Controls") head sections and
 * are left to the heading rules. One pass over the lines: linear.
 *
 * A paragraph or item that opens with a marker (in either format, whatever the
 * lettering: {@link openingMarker}) has it as a label too: this layout is the
 * one place that reads an item's marker, so sentences, claims, roles and the
 * hover all see the item without it.
 */

interface LetterRow {
  readonly id: string;
  readonly pattern: string;
  readonly numerals: readonly string[];
  readonly closers: readonly string[];
  readonly capitalClosers: readonly string[];
}

const ROW = rowIn<LetterRow>('headings.json', headings.paragraphs, 'paragraph:letter-item');
if (!ROW.pattern) throw new Error('headings.json: paragraph:letter-item has no pattern');

/** The id of the lettered-item row. */
export const LETTER_ITEM_RULE = ROW.id;

/** "a) ", "(a) ", "a. ": the opening bracket, the letter, the closing mark, then spaces before a word (groups 1–3). */
const LETTER = new RegExp(ROW.pattern, 'u');

/**
 * A marker opening a paragraph or an item whatever the lettering, after any paragraph number the layout left in the
 * paragraph ('1. (C) …': a number before a marker numbers an item): at most an opening bracket, a lower-case letter or
 * one of the row's roman numerals (in either case) with one of its closers, or a capital with one of its capital
 * closers, then spaces before a word ('a)  agree', '(B) the', 'iv. the'). A capital and a full stop are how an initial
 * is written ('A. Okafor said'): no marker. Anchored, one alternation of short words: no backtracking over the text.
 */
const OPENING = (() => {
  const closer = (list: readonly string[]) => `[${list.map((c) => `\\${c}`).join('')}]`;
  const numerals = [...ROW.numerals, ...ROW.numerals.map((n) => n.toUpperCase())].sort((a, b) => b.length - a.length).join('|');
  const capital = ROW.capitalClosers.length ? `|[A-Z]${closer(ROW.capitalClosers)}` : '';
  // '(c) 2026 News Service': the copyright sign as plain text writes it, before a year, is no marker (furniture.json notice:copyright-line).
  return new RegExp(`^(?!\\([cC]\\)[ \\t]+\\d{4}\\b)(?:\\d{1,3}\\.[ \\t]+)?\\(?(?:(?:${numerals}|[a-z])${closer(ROW.closers)}${capital})[ \\t]+(?=\\S)`, 'u');
})();

/** The length of the item marker (with any number before it, and the spaces after it) that opens `line` (text from its first non-space), or 0. */
export function openingMarker(line: string): number {
  return OPENING.exec(line)?.[0].length ?? 0;
}

/**
 * For each line of `lines` that opens a lettered item the document's lettering confirms, the length of its
 * label (marker and spaces), by line index. `contentOf(i)` is the line's text from its first non-space.
 */
export function letterItems(lines: TextLines, contentOf: (i: number) => string): Map<number, number> {
  const found = new Map<number, number>();
  // The last lettered line of each way of writing the letter ("(x)", "x)", "x."), and its letter.
  const last = new Map<string, { line: number; code: number; length: number }>();
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] < 0) continue;
    const m = LETTER.exec(contentOf(i));
    if (!m) continue;
    const style = `${m[1]}${m[3]}`;
    const code = m[2].charCodeAt(0);
    const before = last.get(style);
    if (before && before.code + 1 === code) {
      found.set(before.line, before.length);
      found.set(i, m[0].length);
    }
    last.set(style, { line: i, code, length: m[0].length });
  }
  return found;
}
