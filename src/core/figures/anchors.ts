import type { Draft } from './draft';
import type { FigureLexicon } from './lexicon';
import { wordBefore } from './look';
import { comparedFigureBase, comparisonBase, levelBase, multipleBase } from './bases';

/**
 * A sentence's anchors: the dates in it that can give its figures a year, read
 * once before any figure is dated (context.ts then picks one per figure). For
 * each: where the base of a comparison it belongs to begins ("123% more than
 * the FY2026 total"), and whether it is a deadline of a sentence that looks
 * ahead ("will … by 2030"). Also the parenthesis nesting at each figure, the
 * year the sentence hands on in its own voice, and whether a date after a
 * figure is tied to it by a preposition.
 */

/** A year and the finer period that came with it. */
export interface Dated {
  readonly year: number;
  readonly period: string | null;
  readonly past?: boolean; // a year handed on: its sentence tells of the past
}

/** Parenthesis nesting at a point: the opening offsets, outermost first. */
export type Nest = readonly number[];

/** The anchors of one sentence, by draft index, with what each needs to be weighed. */
export interface Anchors {
  /** Drafts that are dates able to date a figure, in order. */
  readonly anchors: readonly number[];
  /** Per anchor: where "than …" begins, or -1. */
  readonly bases: readonly number[];
  /**
   * Per anchor: the rule a figure records when it passes over the anchor as the date of a figure compared
   * ('figure:year-past-compared') or of the figure a change starts from ('figure:year-change-end'), else null.
   */
  readonly passes: readonly (string | null)[];
  /** Anchors after "by" in a sentence that looks ahead: they hand nothing on. */
  readonly deadlines: ReadonlySet<number>;
}

/** The anchors of the sentence `start`..`end`: dates, less the edges of periods ("since 2013", "until July 2023"). */
export function anchorsOf(lex: FigureLexicon, text: string, start: number, end: number, drafts: readonly Draft[]): Anchors {
  const anchors: number[] = [];
  const bases: number[] = [];
  const passes: (string | null)[] = [];
  const deadlines = new Set<number>();
  let ahead: boolean | null = null;
  drafts.forEach((d, i) => {
    if (!d.anchor || d.year === null) return;
    // "since 2013", "until July 2023": where a period starts or ends, not when a figure holds.
    const before = wordBefore(text, start, d.start);
    if (lex.dates.boundaries.has(before)) return;
    if (lex.dates.targets.has(before) && (ahead ??= lex.patterns.ahead.test(text.slice(start, end)))) deadlines.add(i);
    anchors.push(i);
    const base = Math.max(comparisonBase(lex, text, start, d.start), levelBase(lex, text, start, d.start, d.end));
    // The compared figure read whole, where the words counted back from the date do not reach the cue.
    const compared = base >= 0 ? null : comparedFigureBase(lex, text, start, drafts, i);
    bases.push(compared !== null ? compared.base : base >= 0 ? base : multipleBase(lex, text, drafts, i));
    passes.push(compared?.rule ?? null);
  });
  return { anchors, bases, passes, deadlines };
}

/**
 * The last year the sentence states in its own voice (not a comparison's base,
 * not a deadline, not an aside in brackets inside it), and whether it states
 * several. `opening` is where the sentence's first non-space character is.
 */
export function ownVoice(drafts: readonly Draft[], found: Anchors, nests: readonly Nest[], opening: number): { carry: Dated | null; several: boolean } {
  let carry: Dated | null = null;
  let several = false;
  found.anchors.forEach((a, k) => {
    const nest = nests[a];
    const aside = nest.length > 0 && nest[0] !== opening;
    if (aside || found.bases[k] >= 0 || found.deadlines.has(a)) return;
    if (carry !== null && carry.year !== drafts[a].year) several = true;
    carry = { year: drafts[a].year!, period: drafts[a].period };
  });
  return { carry, several };
}

/** True when words tie the date at `anchorStart` to the figure before it: "450 million in the first quarter of 2000", "$27.9 as of February 2000". */
export function attached(lex: FigureLexicon, reach: number, text: string, figureEnd: number, anchorStart: number): boolean {
  return anchorStart - figureEnd <= reach && lex.patterns.tie.test(text.slice(figureEnd, anchorStart));
}

/** The parenthesis nesting at each draft's start, in one sweep of the sentence. */
export function nestings(text: string, start: number, end: number, drafts: readonly Draft[], maxNest: number): Nest[] {
  const out: Nest[] = [];
  const stack: number[] = [];
  let i = start;
  for (const d of drafts) {
    for (; i < d.start && i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 40 || c === 91) stack.push(i); // ( [
      else if ((c === 41 || c === 93) && stack.length) stack.pop(); // ) ]
    }
    // Nesting deeper than a reader follows is cut, so pathological brackets stay linear.
    out.push(stack.length > maxNest ? stack.slice(0, maxNest) : stack.slice());
  }
  return out;
}
