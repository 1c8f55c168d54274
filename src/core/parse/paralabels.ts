import headings from '../lexicon/data/headings.json';
import { nextSibling, type TextLines } from './numbered';
import { endsSentence } from './ends';

/**
 * Numbered paragraphs (lexicon/data/headings.json, `paragraph:number-label`):
 * government papers number their paragraphs ("12. We will fund …", "3.4 The
 * department …"), and the number is a label, not a sentence of its own. A
 * paragraph opening with a number and a capital is labelled when the document
 * numbers its paragraphs: another paragraph of it opens with the next number
 * (or the previous one) at the same depth. The label is left out of the
 * paragraph, as a markdown list's marker is. Numbered headings are decided
 * first; this reads only the lines that open a paragraph. Linear.
 */

interface LabelRow {
  readonly id: string;
  readonly minWords: number;
}

const ROW = (headings.paragraphs as readonly LabelRow[]).find((r) => r.id === 'paragraph:number-label');
if (!ROW) throw new Error('headings.json has no row paragraph:number-label');

/** The id of the paragraph-number row. */
export const NUMBER_LABEL_RULE = ROW.id;

/** "12. ", "3.4 ", "3.4. " before a capital or an opening quote or bracket. */
const LABEL = /^(\d{1,3}(?:\.\d{1,2})?)\.?[ \t]+(?=[\p{Lu}“"‘'(])/u;

/**
 * For each line of `lines` that may open a paragraph (the first line, one after
 * a blank or after a line that ends a sentence) with a paragraph number the document's numbering confirms,
 * the length of its label (number, dot and spaces), by line index.
 */
export function paragraphLabels(lines: TextLines, contentOf: (i: number) => string, skip: ReadonlySet<number>): Map<number, number> {
  const labelled = new Map<number, { number: string; length: number }>();
  const numbers = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] < 0 || skip.has(i)) continue;
    // A paragraph opens after a blank line or a line that ends a sentence.
    if (i > 0 && lines[i - 1] >= 0 && !endsSentence(contentOf(i - 1))) continue;
    const content = contentOf(i);
    const m = LABEL.exec(content);
    if (!m) continue;
    const words = content.slice(m[0].length).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    if (words < ROW!.minWords) continue;
    labelled.set(i, { number: m[1], length: m[0].length });
    numbers.add(m[1]);
  }
  const follows = new Set<string>();
  for (const n of numbers) follows.add(nextSibling(n));
  const found = new Map<number, number>();
  for (const [i, { number, length }] of labelled) if (numbers.has(nextSibling(number)) || follows.has(number)) found.set(i, length);
  return found;
}
