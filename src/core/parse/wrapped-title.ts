import headings from '../lexicon/data/headings.json';
import { FURNITURE_ROWS } from './furniture-rows';
import { endsSentence } from './ends';
import type { TextLines } from './numbered';

/**
 * `heading:wrapped-capitals` (lexicon/data/headings.json): a title set in
 * capitals that is too long for one line runs on over the next ones — a treaty's
 * full title ("AGREEMENT BETWEEN THE GOVERNMENT OF … AND THE" / "GOVERNMENT OF …"),
 * a news story's headline ("… BLOCKS REEF RESUPPLY; WAR-RISK" / "PREMIUMS CLIMB").
 * A block of two to `maxLines` lines between blank lines (or the start), every one
 * in capitals (no lower-case letter), the first of at least `minWords` words,
 * with no colon in it and no sentence end at its close, is one heading, its lines
 * joined. A block a top row of furniture.json reads (a hearing's lines under
 * testimony, 'STATEMENT OF …', 'BEFORE THE SUBCOMMITTEE …') or whose later line
 * opens with a joining word of notice:wrapped-line (the rest of such a line) is
 * left to those rows, unless the line above it ends on a joining word too (the
 * title broken mid-phrase: '… AND' / 'THE KINGDOM OF …'); a short capitals line over another (a post under a
 * name, 'SUBCOMMITTEE ON ENERGY') is no wrapped title. One pass: linear.
 */

interface Row {
  readonly id: string;
  readonly maxLines?: number;
  readonly minWords?: number;
}

const ROW = (headings.rules as readonly Row[]).find((r) => r.id === 'heading:wrapped-capitals');
if (!ROW?.maxLines || !ROW.minWords) throw new Error('headings.json has no complete row heading:wrapped-capitals');
const MAX_LINES = ROW.maxLines;
const MIN_WORDS = ROW.minWords;

const ROWS = FURNITURE_ROWS;
/** The top rows of furniture.json that read a line by its pattern (a hearing line, a kind label). */
const TOP = ROWS.filter((r) => r.where === 'top' && r.pattern).map((r) => new RegExp(r.pattern!, 'iu'));
/** notice:wrapped-line's joining words: a line opening with one is the rest of a line a top row reads. */
const JOINING: ReadonlySet<string> = new Set(ROWS.find((r) => r.id === 'notice:wrapped-line')?.words ?? []);

/** The id of the row. */
export const WRAPPED_CAPITALS_RULE = ROW.id;

/** A line in capitals: at least three capitals and no lower-case letter. */
function inCapitals(content: string): boolean {
  let capitals = 0;
  for (const ch of content) {
    if (/\p{Ll}/u.test(ch)) return false;
    if (/\p{Lu}/u.test(ch)) capitals++;
  }
  return capitals >= 3;
}

/**
 * Blocks of unmarked text that are one title wrapped in capitals: maps the index
 * of each block's first line to its last. `firsts` holds each line's first
 * non-space offset (-1 for a blank line); `contentOf(i)` is line i's text.
 */
export function wrappedCapitals(firsts: TextLines, contentOf: (i: number) => string): Map<number, number> {
  const out = new Map<number, number>();
  for (let i = 0; i < firsts.length; ) {
    if (firsts[i] < 0 || (i > 0 && firsts[i - 1] >= 0)) {
      i++;
      continue;
    }
    let j = i;
    while (j < firsts.length && firsts[j] >= 0 && j - i < MAX_LINES + 1) j++;
    const last = j - 1;
    const closed = j >= firsts.length || firsts[j] < 0;
    if (closed && last > i && fits(i, last, contentOf)) out.set(i, last);
    i = j;
  }
  return out;
}

/** The last word of a line, in lower case. */
function lastWord(line: string): string {
  const words = line.trim().split(/\s+/);
  return words[words.length - 1].toLowerCase();
}

/** Whether lines `first`…`last` read as one title wrapped in capitals. */
function fits(first: number, last: number, contentOf: (i: number) => string): boolean {
  if (contentOf(first).trim().split(/\s+/).length < MIN_WORDS) return false;
  for (let k = first; k <= last; k++) {
    const line = contentOf(k).trim();
    if (!inCapitals(line) || line.includes(':') || TOP.some((r) => r.test(line))) return false;
    // A later line opening with a joining word is the rest of a notice's line, unless the line above breaks mid-phrase
    // on a joining word of its own ('… OF ARVENIA AND' / 'THE KINGDOM OF …'): then the title runs on.
    if (k > first && JOINING.has(line.split(/\s+/)[0].toLowerCase()) && !JOINING.has(lastWord(contentOf(k - 1)))) return false;
  }
  return !endsSentence(contentOf(last));
}
