import headings from '../lexicon/data/headings.json';
import { endsSentence, looksLikeTitle, sentenceInside } from './ends';
import { nextSibling, type TextLines } from './numbered';
import { ARGUES } from './status-note';
import { collapseSpaces } from './spaces';

/**
 * `heading:risk-factor` (lexicon/data/headings.json): the captions of an
 * offering circular's risk factors in text without markup. Under a line naming
 * the risk factors ('RISK FACTORS', 'Risks Relating to the Notes'), each risk
 * is set as a numbered sentence on a line of its own ('3. The Republic's
 * reserves may prove insufficient.', wrapped over indented lines when long),
 * blank lines around it and its paragraphs under it: the caption heads them.
 * A sentence, so the numbered-heading rule (which wants no sentence end) does
 * not read it; the risk-factors line above it is the genre's own evidence, and
 * the numbers must run on from one another. The category line ('Risks Relating
 * to the Notes') arms the rule, the section's own name ('RISK FACTORS', a page's
 * 'Risk Factors (continued)') neither arms nor ends it, and the next heading set
 * apart that is neither ends it: a report's later 'Recommendations' keeps its
 * numbered recommendations. A caption argues nothing ('should', 'must') and has a
 * paragraph under it, not the next item of a list. One pass over the lines: linear.
 */

interface RiskRow { readonly id: string; readonly maxWords: number; readonly least: number; readonly underPattern: string; readonly sectionPattern: string }
const ROW = (headings.rules as readonly Partial<RiskRow>[]).find((r) => r.id === 'heading:risk-factor') as RiskRow | undefined;
if (!ROW?.maxWords || !ROW.least || !ROW.underPattern || !ROW.sectionPattern) throw new Error('headings.json has no complete row heading:risk-factor');
const UNDER = new RegExp(ROW.underPattern, 'iu');
const SECTION = new RegExp(ROW.sectionPattern, 'iu');
/** A number, a dot, spaces, then a capital. */
const NUMBERED = /^(\d{1,2})\.[ \t]+(?=\p{Lu})/u;

/** The id of the risk-factor caption row. */
export const RISK_FACTOR_RULE = ROW.id;

/** A caption found: its last line, and where its words start past the number (an offset into its first line's content). */
export interface RiskCaption { readonly last: number; readonly skip: number }

/**
 * The risk captions among `lines` (`firsts`: a line's first non-space offset, -1
 * when blank; `contentOf(i)`, its text trimmed), by their first line.
 */
export function riskCaptions(firsts: TextLines, starts: TextLines, contentOf: (i: number) => string): Map<number, RiskCaption> {
  const found = new Map<number, RiskCaption & { readonly n: string }>();
  let under = false;
  for (let i = 0; i < firsts.length; i++) {
    if (firsts[i] < 0) continue;
    const content = contentOf(i);
    const line = collapseSpaces(content);
    if (UNDER.test(line)) {
      under = true;
      continue;
    }
    const m = NUMBERED.exec(content);
    if (!m && !SECTION.test(line) && headingApart(firsts, i, contentOf)) under = false;
    // A blank line above it, or, where a page break took the blank line, a line that ends a sentence or a page's title-like head.
    if (!under || !m || (i > 0 && firsts[i - 1] >= 0 && !endsSentence(contentOf(i - 1)) && !looksLikeTitle(contentOf(i - 1)))) continue;
    // The caption's lines: the numbered one, then up to two indented ones, up to a blank line.
    let last = i;
    while (last + 1 < firsts.length && last - i < 2 && firsts[last + 1] >= 0 && firsts[last + 1] > starts[last + 1]) last++;
    // A paragraph under it: no list's next item, no heading.
    if (last + 2 >= firsts.length || firsts[last + 1] >= 0 || firsts[last + 2] < 0 || NUMBERED.test(contentOf(last + 2)) || headingApart(firsts, last + 2, contentOf)) continue;
    const words = [content, ...Array.from({ length: last - i }, (_, k) => contentOf(i + 1 + k))].join(' ').slice(m[0].length).replace(/\s+/g, ' ');
    if (!endsSentence(words) || sentenceInside(words) || words.split(' ').length > ROW!.maxWords || ARGUES.test(words)) continue;
    found.set(i, { last, skip: m[0].length, n: m[1] });
    i = last;
  }
  // The numbers run on: each caption's number is next to another caption's.
  const numbers = new Set([...found.values()].map((c) => c.n));
  const out = new Map<number, RiskCaption>();
  for (const [i, c] of found) if (numbers.has(nextSibling(c.n)) || numbers.has(String(Number(c.n) - 1))) out.set(i, { last: c.last, skip: c.skip });
  return out.size >= ROW!.least ? out : new Map();
}

/** A title-like line with a blank line (or the start) above it and one below it: a heading the layout sets apart. */
function headingApart(firsts: TextLines, i: number, contentOf: (i: number) => string): boolean {
  return (i === 0 || firsts[i - 1] < 0) && (i + 1 >= firsts.length || firsts[i + 1] < 0) && looksLikeTitle(contentOf(i));
}
