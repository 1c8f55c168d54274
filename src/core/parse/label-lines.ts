import headings from '../lexicon/data/headings.json';
import type { TextLines } from './numbered';
import { CAPTION } from './ends';
import { rowIn } from './rows';

/**
 * `paragraph:label-line` (lexicon/data/headings.json): a list of labelled
 * lines in text without markup, as a briefing pack or an options paper lists
 * its options ("Option A: …", "Option B: …", "Option C: …", then
 * "RECOMMENDED: OPTION C"), with no full stop at the end of any line. The
 * evidence is the labels: lines one under the other that open with the same
 * word and a letter, numeral or number before a colon are entries of one list.
 * (A closing line in capitals, "RECOMMENDED: OPTION C", would read as a form's
 * header field, notice:header-field, once apart: it stays with the last entry.)
 * A hard-wrapped sentence never opens two lines running with the same word and
 * enumerator, so wrapped prose keeps joining. Caption and source lines are left
 * to the caption rules; field and contact lines ("Town: …") carry no enumerator.
 */

interface LabelLineRow {
  readonly id: string;
  readonly pattern: string;
}

const ROW = rowIn<LabelLineRow>('headings.json', headings.paragraphs, 'paragraph:label-line');
if (!ROW.pattern) throw new Error('headings.json: paragraph:label-line has no pattern');

/** The id of the labelled-line row. */
export const LABEL_LINE_RULE = ROW.id;

/** "Option B: …": a word (group 1) and its letter, numeral or number before a colon. */
const ENUMERATED = new RegExp(ROW.pattern, 'u');

/** The indices of lines that are entries of a list of labelled lines (`lines` holds each line's first character, -1 for a blank). */
export function labelLines(lines: TextLines, contentOf: (i: number) => string): Set<number> {
  const found = new Set<number>();
  const wordAt = (i: number): string | null => {
    if (lines[i] < 0) return null;
    const content = contentOf(i);
    return CAPTION.test(content) ? null : (ENUMERATED.exec(content)?.[1] ?? null);
  };
  for (let i = 0; i < lines.length; ) {
    const word = wordAt(i);
    let j = i + 1;
    while (word !== null && j < lines.length && wordAt(j) === word) j++;
    if (word !== null && j - i >= 2) for (let k = i; k < j; k++) found.add(k);
    i = j;
  }
  return found;
}
