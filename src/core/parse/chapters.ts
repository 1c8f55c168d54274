import { furnitureRow } from './furniture-rows';
import { timecodeTitle } from './timecodes';

/**
 * `notice:chapter-list` (furniture.json): a recording's list of chapters in its
 * show notes, a time code and a title a line ('00:00 Cold open'). A line of that
 * shape is a chapter only where the genre shows: the run of such lines stands
 * right under the list's label (`underPattern`: 'Chapters', 'Timestamps', 'In
 * this episode'), or the transcript's own segment marks ('[00:12:40] COLD OPEN',
 * heading:timecode) repeat its titles. A timeline, a live blog or timed minutes
 * ('06:40 Ferry leaves the quay') have no such label: their lines report what
 * happened and stay read.
 */

const ROW = furnitureRow('notice:chapter-list', 'pattern', 'underPattern');
const ENTRY = new RegExp(ROW.pattern, 'u');
const UNDER = new RegExp(ROW.underPattern, 'iu');
const MAX = ROW.maxLength ?? 80;
/** The id of the chapter-list row. */
export const CHAPTER_RULE = ROW.id;

/** A markdown list item's mark, or a heading's, before a line's words. */
const MARK = /^(?:[-*+]\s+|\d{1,3}[.)]\s+|#{1,6}\s+)/;

/** A title as compared with a segment mark's: its letters and digits, in lower case. */
const key = (title: string) => title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

interface Line {
  readonly start: number;
  readonly end: number;
  /** The line's words, its list mark, emphasis and outer spaces aside. */
  readonly words: string;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const words = text.slice(start, end).trim().replace(MARK, '').replace(/^[*_]+|[*_]+$/g, '').trim();
    out.push({ start, end, words });
    start = end + 1;
  }
  return out;
}

/** The lines of `text` that are a recording's chapters: the span of each line, with the row's id. */
export function chapterLines(text: string): { start: number; end: number; rule: string }[] {
  if (!/\d:\d\d/.test(text)) return [];
  const lines = linesOf(text);
  // heading:timecode — the titles of the transcript's own segment marks.
  const segments = new Set<string>();
  for (const l of lines) {
    const at = timecodeTitle(l.words);
    if (at >= 0) segments.add(key(l.words.slice(at)));
  }
  const entry = (l: Line) => l.words.length > 0 && l.words.length <= MAX && ENTRY.test(l.words);
  const found: { start: number; end: number; rule: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!entry(lines[i])) continue;
    // A run of entries, blank lines between them aside.
    const run: Line[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      if (entry(lines[j])) run.push(lines[j]);
      else if (lines[j].words.length > 0) break;
    }
    let k = i - 1;
    while (k >= 0 && lines[k].words.length === 0) k--;
    const label = k >= 0 ? lines[k].words.replace(/\s*:$/, '').trim() : '';
    const named = run.filter((l) => segments.has(key(l.words.replace(/^\S+\s+/, '')))).length;
    if (UNDER.test(label) || named >= Math.min(2, run.length)) for (const l of run) found.push({ start: l.start, end: l.end, rule: ROW.id });
    i = j - 1;
  }
  return found;
}

/** Whether every line `block` (a range of `text`) spans is one of the chapter lines opening at `starts`. */
export function chapterBlock(text: string, starts: ReadonlySet<number>, block: { start: number; end: number }): boolean {
  if (starts.size === 0) return false;
  let at = text.lastIndexOf('\n', block.start - 1) + 1;
  while (at < block.end) {
    if (!starts.has(at) && text.slice(at, text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at)).trim().length > 0) return false;
    const next = text.indexOf('\n', at);
    if (next < 0) break;
    at = next + 1;
  }
  return true;
}
