import type { Draft } from './draft';
import type { FigureLexicon } from './lexicon';
import { wordBefore } from './look';

/**
 * Moves the year of a figure by a phrase of relative time: tied after it ("up
 * from $4 billion a year earlier") or before it in the sentence with no date
 * between ("The previous year they were $4 billion"). A phrase after a word of
 * comparison ("a rise of 20% on the year before", "5% over the previous year")
 * is the base of a change and moves nothing.
 */
export function shift(lex: FigureLexicon, text: string, start: number, end: number, drafts: readonly Draft[], anchors: readonly number[], out: ({ readonly year: number; readonly period: string | null } | null)[], rules: string[]): void {
  const said = text.slice(start, end);
  // "a rise of 20% on the year before": the base of the change, not the year of any figure.
  const found = [...said.matchAll(lex.patterns.shift)].filter((m) => !lex.dates.shiftBases.has(wordBefore(text, start, start + m.index!))).map((m) => ({ start: start + m.index!, end: start + m.index! + m[0].length, by: lex.dates.shifts[m[0].toLowerCase()] ?? 0 }));
  if (found.length === 0) return;
  // One sweep: phrases, figures and anchors are all in document order.
  let p = 0; // first phrase starting at or after the figure's end
  let q = -1; // last phrase ending before the figure
  let k = 0; // anchors ending before the figure
  let lastAnchor = -1; // start of the last of those
  let tiedLast: (typeof found)[number] | null = null; // the last phrase tied after a figure
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    while (p < found.length && found[p].start < d.end) p++;
    while (q + 1 < found.length && found[q + 1].end <= d.start) q++;
    while (k < anchors.length && drafts[anchors[k]].end <= d.start) lastAnchor = drafts[anchors[k++]].start;
    const dated = out[i];
    if (d.kind === 'date' || dated === null || rules[i] === 'figure:year-tied') continue; // "in 2022" tied to it is its year
    // Tied after it, no other figure between ("$5 billion in 2023, up from $4 billion a year earlier" moves only $4 billion).
    const next = i + 1 < drafts.length ? drafts[i + 1].start : end;
    const after = p < found.length && found[p].start - d.end <= lex.limits.tieReach && found[p].start < next ? found[p] : null;
    // Before it, with no date between, and not tied to the figure before it ("… in 2023–24, up from 147 the year before, yet
    // closed only 9 cases": the phrase dates the 147, the 9 cases keep the sentence's year).
    const before = q >= 0 && lastAnchor < found[q].end && found[q] !== tiedLast ? found[q] : null;
    if (after) tiedLast = after;
    const by = (after ?? before)?.by ?? 0;
    if (by === 0) continue;
    out[i] = { year: dated.year + by, period: null };
    rules[i] = 'figure:year-shifted';
  }
}
