import headings from '../lexicon/data/headings.json';
import heads from '../lexicon/data/heads.json';
import { looksLikeTitle } from './ends';
import type { TextLines } from './numbered';

/**
 * `heading:division-label` (lexicon/data/headings.json): treaties, statutes and
 * rules set the label of a numbered division on a line of its own
 * ("Article 5", "ARTICLE V", "Section 3", "Annex B") with the division's caption
 * on the line right under it ("Boarding and Inspection"). The two lines are one
 * heading, cited by its number: "Article 5 Boarding and Inspection", as such
 * headings read where the writer puts them on one line ("Sec. 2. Findings.",
 * "PART 746—EMBARGOES…"). The label words are heads.json `parts`. A label is
 * one of a run: another label line of the document with the same word carries
 * the number before or after its own. A book's single chapter label over its
 * title ("Chapter 3" over the chapter's name) is no run and is left to the
 * title rules. One pass to collect the labels, one to check them: linear.
 */

const ROW = (headings.rules as readonly { id: string }[]).find((r) => r.id === 'heading:division-label');
if (!ROW) throw new Error('headings.json has no row heading:division-label');

/** The id of the division-label row. */
export const DIVISION_RULE = ROW.id;

/** A division word as it is written, capitalised or in capitals ('Article', 'ARTICLE'). */
const WORDS = heads.parts.flatMap((w) => [w, w.toUpperCase()]).join('|');

/** A label alone: the word, a number (arabic, roman or one capital letter), an optional full stop. */
const LABEL = new RegExp(`^(${WORDS})[ \\t]+(\\d{1,3}|[IVXLC]{1,7}|[A-Z])\\.?$`, 'u');

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** The value of a roman numeral of capitals (well formed or not: only neighbours are compared). */
function roman(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = ROMAN[numeral[i]];
    const next = i + 1 < numeral.length ? ROMAN[numeral[i + 1]] : 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** The values a label's number may stand for: a lone I, V, X, L or C is a roman numeral or a letter. */
function values(number: string): number[] {
  if (/^\d/.test(number)) return [Number(number)];
  const out = /^[IVXLC]+$/.test(number) ? [roman(number)] : [];
  if (number.length === 1) out.push(number.charCodeAt(0) - 64);
  return out;
}

/** A division label line ('Article 5', 'PART IV'): its word in lower case and the values of its number, else null. */
export function divisionLabel(line: string): { readonly word: string; readonly values: readonly number[] } | null {
  const m = LABEL.exec(line.trim());
  return m ? { word: m[1].toLowerCase(), values: values(m[2]) } : null;
}

/**
 * The division labels of unmarked text that head a caption: maps the index of
 * each label line to the index of its caption line (the line right under it,
 * title-like). `firsts` holds each line's first non-space offset (-1 for a blank
 * line); `contentOf(i)` is line i's text.
 */
export function divisionHeadings(firsts: TextLines, contentOf: (i: number) => string): Map<number, number> {
  const labels = new Map<number, { readonly word: string; readonly values: readonly number[] }>();
  const seen = new Set<string>();
  for (let i = 0; i < firsts.length; i++) {
    if (firsts[i] < 0) continue;
    const label = divisionLabel(contentOf(i));
    if (!label) continue;
    labels.set(i, label);
    for (const v of label.values) seen.add(`${label.word} ${v}`);
  }
  const out = new Map<number, number>();
  for (const [i, label] of labels) {
    const run = label.values.some((v) => seen.has(`${label.word} ${v - 1}`) || seen.has(`${label.word} ${v + 1}`));
    const below = i + 1;
    if (!run || below >= firsts.length || firsts[below] < 0) continue;
    const caption = contentOf(below);
    if (labels.has(below) || !looksLikeTitle(caption)) continue;
    out.set(i, below);
  }
  return out;
}
