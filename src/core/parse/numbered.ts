import headings from '../lexicon/data/headings.json';
import { endsSentence, sentenceInside } from './ends';

/**
 * Numbered headings of text without markup (lexicon/data/headings.json,
 * `heading:numbered`), as research briefings and PDF reports print them:
 * "1. Background", "2.1 Where the second round stands". Such headings are often
 * in sentence case, so the capitals a title line needs are no test; the
 * evidence is the document's numbering itself. A numbered line is a heading
 * when another numbered line of the same document continues its numbering —
 * its parent ("2." for "2.1"), its first child ("2.1" for "2."), or a sibling
 * next to it ("2.2", "1.") — and no line opening with a number of the same
 * level stands right above or below it, whatever its shape (a run of numbered
 * lines with nothing between them is a list, or a page's block of notes).
 * Where numbered lines of one depth run on into lines in lower case
 * (`heading:numbered-runs-on`), the document numbers its paragraphs at that
 * depth, and none of that depth's numbered lines is a heading.
 * One pass to collect the numbered lines, one to check them: linear.
 */

const ROW = (headings.rules as readonly { id: string; maxWords: number }[]).find((r) => r.id === 'heading:numbered');
if (!ROW) throw new Error('headings.json has no row heading:numbered');

/** The id of the numbered-heading row. */
export const NUMBERED_RULE = ROW.id;

/** `heading:numbered-runs-on`: the fewest numbered lines of one depth running on in lower case that make its numbers paragraph numbers. */
const RUNS_ON = (headings.rules as readonly { id: string; minRunOn?: number }[]).find((r) => r.id === 'heading:numbered-runs-on');
if (!RUNS_ON?.minRunOn) throw new Error('headings.json has no complete row heading:numbered-runs-on');
const MIN_RUN_ON = RUNS_ON.minRunOn;

/** A section number ("2", "2.1", "2.1.3"), an optional dot, a space, then a capital. */
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,3})(\.?)[ \t]+(?=[\p{Lu}“"‘'(])/u;

/** The lines of the text by their first non-space offsets (-1 for a blank line): a column, no object a line (see line-columns.ts). */
export type TextLines = ArrayLike<number>;

/** The section number of `content` if it reads as a numbered heading line, else null. */
function numberOf(content: string): string | null {
  const m = NUMBERED.exec(content);
  if (!m || content.length > 90) return null;
  if (endsSentence(content) && !content.endsWith('?')) return null;
  if (sentenceInside(content) || /[,;:\-–—]$/.test(content)) return null;
  const words = content.slice(m[0].length).split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length > 0 && words.length <= ROW!.maxWords ? m[1] : null;
}

/** The numbers that would continue `number`'s numbering: its parent, first child and the siblings beside it. */
function neighbours(number: string): string[] {
  const parts = number.split('.').map(Number);
  const out = [[...parts, 1].join('.')];
  if (parts.length > 1) out.push(parts.slice(0, -1).join('.'));
  const last = parts[parts.length - 1];
  out.push(nextSibling(number));
  if (last > 1) out.push([...parts.slice(0, -1), last - 1].join('.'));
  return out;
}

/** The number one step on at the same depth: "3" → "4", "3.4" → "3.5". */
export function nextSibling(number: string): string {
  const parts = number.split('.');
  parts[parts.length - 1] = String(Number(parts[parts.length - 1]) + 1);
  return parts.join('.');
}

/**
 * The indices of `lines` that are numbered headings, read from the contents of
 * the lines (`contentOf(i)`, trimmed).
 */
export function numberedHeadings(lines: TextLines, contentOf: (i: number) => string): Set<number> {
  const numbers = new Map<number, string>();
  // Every line that opens with a number, heading-shaped or not (a note that ends a sentence): the neighbours that make a list.
  const opens = new Map<number, string>();
  // Lines whose number the document writes with a dot ("3.  OFSI was …" against "3 Resources and powers"): a numbering scheme of its own.
  const dotted = new Set<number>();
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] < 0) continue;
    const content = contentOf(i);
    const opening = NUMBERED.exec(content);
    if (!opening) continue;
    opens.set(i, opening[1]);
    if (opening[2]) dotted.add(i);
    const n = numberOf(content);
    if (n !== null) {
      numbers.set(i, n);
      seen.add(n);
    }
  }
  const depth = (n: string) => n.split('.').length;
  // A depth and the way its numbers are written, dot or none: a document may number its paragraphs "3." and its headings "3".
  const scheme = (i: number, n: string) => `${depth(n)}${dotted.has(i) ? '.' : ''}`;
  // Schemes whose numbered lines run on into a lower-case line (no blank between): paragraph numbers, not headings.
  const runOn = new Map<string, number>();
  for (const [i, n] of opens) {
    if (i + 1 < lines.length && lines[i + 1] >= 0 && /^\p{Ll}/u.test(contentOf(i + 1))) runOn.set(scheme(i, n), (runOn.get(scheme(i, n)) ?? 0) + 1);
  }
  const sibling = (i: number, step: number): boolean => {
    let j = i + step;
    while (j >= 0 && j < lines.length && lines[j] < 0) j += step;
    const other = opens.get(j);
    const n = numbers.get(i)!;
    // Its item before or after: the number one step back or on, written the same way (a page's notes, "11 Q63 …", are no item of it).
    return other !== undefined && scheme(j, other) === scheme(i, n) && (nextSibling(other) === n || nextSibling(n) === other);
  };
  const found = new Set<number>();
  for (const [i, n] of numbers) {
    if (!neighbours(n).some((m) => seen.has(m))) continue;
    if ((runOn.get(scheme(i, n)) ?? 0) >= MIN_RUN_ON) continue;
    // A numbered line with a sibling right above or below it (no text between), the number before or after its own written the same way, is an item of a list.
    if (sibling(i, -1) || sibling(i, 1)) continue;
    found.add(i);
  }
  return found;
}
