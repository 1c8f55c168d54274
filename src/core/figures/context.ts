import type { Draft } from './draft';
import { phraseEnding, phrases, wordBefore, wordsBefore } from './look';

/**
 * The year a figure refers to, read from the dates around it.
 *
 * - A date is its own year.
 * - Otherwise the nearest date of one year in the same sentence, as long as the
 *   reader can see it from the figure: a year inside a parenthesis belongs to that
 *   parenthesis ("(e.g., $30 … in 1999 and $27.9 as of February 2000), which are
 *   2-2.5 times lower" gives the ratio no year), and a semicolon weakens the link.
 * - A date given as the base of a comparison after the figure ("123% more than
 *   the FY2026 total", "600 more than in FY2025") is not the figure's year.
 * - A date tied to the figure by a preposition right after it wins over a nearer
 *   one before it: "… in 1999, and 450 million in the first quarter of 2000".
 * - Otherwise the last year stated earlier in the same paragraph (a parenthetical
 *   list of shares after "in 1999"), for the next two sentences after the one
 *   that stated it: further on, a paragraph has usually moved to another subject
 *   (and paragraph breaks in extracted text are not always found). A comparison
 *   base, an aside in brackets inside a sentence and the year of a name ("Trade
 *   Act of 1974") are not carried. Never from another paragraph, and never into a
 *   sentence that looks ahead ("will", "could", "is expected to"): a date of the
 *   past does not date a projection.
 * - A date after the figure, across a semicolon or a contrasting clause
 *   (", while", ", whereas", ", but"), belongs to that other clause: "… risen by
 *   40 percent, while Tajikistan plans 16,000 men by 2025"; so does a date more
 *   than 120 characters on, not tied to the figure by a preposition.
 * - A date after "since", "until" or "till" is the edge of a period: it dates
 *   no figure and is not carried ("kept troops there since 2013, and 5,000
 *   soldiers …").
 * - A ratio compares two things and takes a year only from its own clause
 *   (the innermost parenthesis, or the sentence outside any): "(whose population is
 *   five times larger)" does not inherit the sentence's "first half of 2000". So
 *   does a duration ("144 days", "a five-year period"): it names a length, not a
 *   time.
 */

/** A year and the finer period that came with it. */
export interface Dated {
  readonly year: number;
  readonly period: string | null;
}

/** Parenthesis nesting at a point: the opening offsets, outermost first. */
type Nest = readonly number[];

/** Parenthesis levels kept per figure. */
const MAX_NEST = 8;

/** Words that make the date after them the edge of a period. */
const BOUNDARIES: ReadonlySet<string> = new Set(['since', 'until', 'till']);

/** Characters after a figure beyond which a date no longer dates it, unless tied to it. */
const FAR = 120;

/** How many anchors on each side of a figure are considered; keeps the work linear. */
const NEAR = 4;

/** The dates of one sentence's figures, and the year it hands on to the sentences after it. */
export interface SentenceDates {
  /** Per draft, in order: its year and period, or null. */
  readonly dates: readonly (Dated | null)[];
  /**
   * The last year the sentence states in its own voice, or null: not the base of
   * a comparison ("compared to 26 in 2015") and not an aside in brackets inside
   * it ("(the 2019 schedule was never revised)"). A sentence wholly in brackets
   * speaks in its own voice.
   */
  readonly carry: Dated | null;
}

/**
 * Assigns a year (and period) to every draft of one sentence. `paragraph` is the
 * year carried from earlier in the same paragraph, or null.
 */
export function datesFor(text: string, start: number, end: number, drafts: readonly Draft[], paragraph: Dated | null): SentenceDates {
  const anchors: number[] = [];
  const bases: number[] = []; // per anchor: where "than …" begins, or -1
  drafts.forEach((d, i) => {
    if (!d.anchor || d.year === null) return;
    // "since 2013", "until July 2023": where a period starts or ends, not when a figure holds.
    if (BOUNDARIES.has(wordBefore(text, start, d.start))) return;
    anchors.push(i);
    bases.push(comparisonBase(text, start, d.start));
  });

  // Clause structure is only needed when there are anchors.
  const needed = anchors.length > 0;
  const nests = needed ? nestings(text, start, end, drafts) : [];
  let opening = start;
  while (opening < end && /\s/.test(text.charAt(opening))) opening++;
  let carry: Dated | null = null;
  anchors.forEach((a, k) => {
    const nest = nests[a];
    const aside = nest.length > 0 && nest[0] !== opening;
    if (!aside && bases[k] < 0) carry = { year: drafts[a].year!, period: drafts[a].period };
  });
  const semicolons: number[] = [];
  // A bounded loop, not indexOf: indexOf would search on past the sentence.
  if (needed) for (let i = start; i < end; i++) if (text.charCodeAt(i) === 59) semicolons.push(i);
  const turns = needed ? clauseTurns(text, start, end) : [];
  const carried = paragraph && !looksAhead(text, start, end) ? paragraph : null;
  const out: (Dated | null)[] = [];
  let split = 0; // anchors[0..split) start before the current figure
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.kind === 'date' && (d.year !== null || d.high !== null)) {
      out.push(d.year !== null ? { year: d.year, period: d.period } : null); // a span of years has no one year
      continue;
    }
    while (split < anchors.length && drafts[anchors[split]].start < d.start) split++;
    let best: Draft | null = null;
    let bestCost = Infinity;
    for (let k = Math.max(0, split - NEAR); k < Math.min(anchors.length, split + NEAR); k++) {
      const a = drafts[anchors[k]];
      const seen = visibility(nests[i], nests[anchors[k]], d.ownClause);
      if (seen < 0) continue;
      if (bases[k] >= d.end && a.start > d.start) continue; // "123% more than the FY2026 total"
      // (From the figure's last character: a comma or semicolon right after it counts.)
      if (a.start > d.start && (crosses(semicolons, d.end - 1, a.start) || crosses(turns, d.end - 1, a.start))) continue;
      // A ratio or a duration keeps to its own clause on this side too ("by the end of 2027, so that … ten days").
      if (d.ownClause && a.start < d.start && crosses(turns, a.end - 1, d.start)) continue;
      // A date far on in a long sentence, not tied to the figure, dates something said there.
      if (a.start - d.end > FAR && !attached(text, d.end, a.start)) continue;
      const distance = a.start < d.start ? d.start - a.end : attached(text, d.end, a.start) ? 0 : a.start - d.end;
      const cost = distance + seen * 1000 + (crosses(semicolons, a.start, d.start) ? 400 : 0);
      if (cost < bestCost) {
        bestCost = cost;
        best = a;
      }
    }
    if (best) out.push({ year: best.year!, period: best.period });
    else out.push(d.ownClause ? null : carried);
  }
  return { dates: out, carry };
}

/**
 * Words that make a sentence look ahead, or speak of the present ("now",
 * "today"): a year stated before it does not date its figures.
 */
const AHEAD = /\b(?:will|would|could|might|shall|now|today|currently)\b|\b(?:expected|projected|forecast|scheduled|likely)\s+to\b|\bwhen\s+(?:finished|completed?)\b|\bat\s+present\b/i;

function looksAhead(text: string, start: number, end: number): boolean {
  return AHEAD.test(text.slice(start, end));
}

/** Where a contrasting or consequent clause begins (", while", ", whereas", ", but", ", so that"): sorted offsets. */
const TURN = /,\s+(?:while|whereas|but|although|though|yet|so\s+that)\b/gi;

function clauseTurns(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  for (const m of text.slice(start, end).matchAll(TURN)) out.push(start + m.index!);
  return out;
}

/** Words between "than" and the date it compares with ("than in the FY2026 …"). */
const BASE_FILLER: ReadonlySet<string> = new Set(['in', 'the', 'that', 'those', 'of', 'during', 'for']);
const BASE_CUES = phrases(['than', 'versus', 'vs.', 'vs', 'compared to', 'compared with', 'relative to']);

/** Where "than …" starts when the date at `pos` is the base of a comparison ("more than in FY2025"), else -1. */
function comparisonBase(text: string, floor: number, pos: number): number {
  const words = wordsBefore(text, floor, pos, 6);
  let k = 0;
  // "compared to 26 in 2015": fillers and the compared figure may stand between.
  while (k < words.length && (BASE_FILLER.has(words[k].lower) || /^[\d.,%$€£]+$/.test(words[k].lower))) k++;
  const n = phraseEnding(words.slice(k), BASE_CUES);
  return n > 0 ? words[k + n - 1].start : -1;
}

/** Words that tie a date to the figure just before it: "450 million in the first quarter of 2000", "$27.9 as of February 2000". */
const TIE = /^\s*(?:(?:dollars|euros|rubles)\s+)?(?:in|as\s+of|of|during|for|by|since|through|until|from|at\s+the\s+end\s+of|at\s+the\s+start\s+of)\s+(?:the\s+)?(?:year\s+)?$/i;

function attached(text: string, figureEnd: number, anchorStart: number): boolean {
  return anchorStart - figureEnd <= 30 && TIE.test(text.slice(figureEnd, anchorStart));
}

/**
 * Whether a figure with nesting `figure` sees an anchor with nesting `anchor`:
 * -1 not at all, 0 in the same clause, 1 from an enclosing clause.
 */
function visibility(figure: Nest, anchor: Nest, ownClauseOnly: boolean): number {
  if (anchor.length > figure.length) return -1;
  for (let i = 0; i < anchor.length; i++) if (anchor[i] !== figure[i]) return -1;
  if (anchor.length === figure.length) return 0;
  return ownClauseOnly ? -1 : 1;
}

function crosses(sorted: readonly number[], a: number, b: number): boolean {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  // Binary search for the first semicolon after lo.
  let l = 0;
  let h = sorted.length;
  while (l < h) {
    const m = (l + h) >> 1;
    if (sorted[m] <= lo) l = m + 1;
    else h = m;
  }
  return l < sorted.length && sorted[l] < hi;
}

/** The parenthesis nesting at each draft's start, in one sweep of the sentence. */
function nestings(text: string, start: number, end: number, drafts: readonly Draft[]): Nest[] {
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
    out.push(stack.length > MAX_NEST ? stack.slice(0, MAX_NEST) : stack.slice());
  }
  return out;
}
