import type { Draft } from './draft';
import type { FigureLexicon } from './lexicon';
import { opensDateClause } from './bases';
import { clauseAt, crosses, inCommaAside, matchBetween, matchesIn, visibility, type Matches } from './clauses';
import { otherClause, type Joins } from './joins';
import { attached, type Anchors, type Nest } from './anchors';

/**
 * The nearest date a figure can see in its own sentence: of the anchors near
 * it, the one at the least cost (distance in characters, plus a cost for each
 * parenthesis between and for a semicolon crossed; a date tied to the figure
 * by a preposition right after it costs nothing). Passed over are dates the
 * figure cannot see from where it stands: across a semicolon or a contrasting
 * clause after it, a comparison's base, a date of another clause joined by a
 * verb, of a comma aside, with a word of the present between, or far on and
 * not tied. What was passed over is said too, for context.ts to read when no
 * date is found.
 */

/** What the year reader knows of one sentence, read once before its figures are weighed. */
export interface Scene extends Anchors {
  readonly lex: FigureLexicon;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly drafts: readonly Draft[];
  /** The parenthesis nesting at each draft. */
  readonly nests: readonly Nest[];
  /** Where the sentence's semicolons are. */
  readonly semicolons: readonly number[];
  /** Where a contrasting clause begins (", while", ", but"). */
  readonly turns: readonly number[];
  readonly joins: Joins;
  /** The clauses cut at colons and semicolons, and which name their year from the time of writing; null when none does. */
  readonly toldIn: { readonly cuts: readonly number[]; readonly told: readonly boolean[] } | null;
  /** The sentence's words of the present, found once when first asked. */
  presentAt?: Matches;
}

/** What one figure is, for the choice: where it stands and what keeps it to part of the sentence. */
export interface Seeker {
  /** Index of the figure's draft. */
  readonly i: number;
  /** Anchors[0..split) start before the figure. */
  readonly split: number;
  /** A ratio or a duration: it keeps to its own clause. */
  readonly own: boolean;
  /** Its clause among `toldIn`'s (-1 without them); `ownTold`: that clause names its year from the time of writing. */
  readonly clause: number;
  readonly ownTold: boolean;
  /** It is where a change starts ("will rise from £85m … to £120m … by 2028"): a deadline after it does not date it. */
  readonly starts: boolean;
}

/** The choice for one figure. */
export interface Nearest {
  readonly best: Draft | null;
  /** The rule that chose `best` ('figure:year-tied', 'figure:year-enclosing-clause', 'figure:year-same-clause'), or ''. */
  readonly rule: string;
  /** The rule of a date passed over before the figure (other clause, present, aside), or null. */
  readonly present: string | null;
  /** A deadline was passed over because the figure is where a change starts. */
  readonly startSkipped: boolean;
  /** A comparison's base was passed over ("… over the FY2026 level"). */
  readonly pastBase: boolean;
  /** The rule of the last anchor passed over as another figure's date (Anchors.passes), or null. */
  readonly passed: string | null;
}

/** Weighs the anchors near the figure `f` and returns the nearest it can see. */
export function nearestDate(s: Scene, f: Seeker): Nearest {
  const { lex, text, start, end, drafts, anchors, bases, passes, deadlines, nests, semicolons, turns, joins, toldIn } = s;
  const { i, split, own, clause, ownTold, starts } = f;
  const d = drafts[i];
  const FAR = lex.limits.yearFar;
  const NEAR = lex.limits.yearNear;
  const tie = lex.limits.tieReach;
  const enclosing = lex.limits.costEnclosing;
  const semicolon = lex.limits.costSemicolon;
  let startSkipped = false;
  let best: Draft | null = null;
  let present: string | null = null; // the rule of a date passed over before the figure
  let bestCost = Infinity;
  let bestRule = '';
  let pastBase = false; // a comparison's base was passed over; past its own phrase ("…, from 960 in 2021, … 13 percent") it dates nothing
  let passedOver: string | null = null;
  // Past a compared figure's date, the sentence's later dates belong to that side too ("…, up from 2.0% in 2024, having peaked in 2022").
  let comparedAt = Infinity;
  for (let k = Math.max(0, split - NEAR); k < Math.min(anchors.length, split + NEAR); k++) {
    const a = drafts[anchors[k]];
    if (a.start > comparedAt) continue;
    const seen = visibility(nests[i], nests[anchors[k]], own);
    if (seen < 0 || (ownTold && clauseAt(toldIn!.cuts, a.start) !== clause)) continue;
    if (starts && a.start > d.start && deadlines.has(anchors[k])) {
      startSkipped = true;
      continue;
    }
    const passed = bases[k] >= d.end && a.start > d.start; // "123% more than the FY2026 total"
    // "from 3.1 per cent in 2022 to 5.8 per cent": the date of where a change starts does not date where it ends.
    const ended = a.start < d.start && passes[k] === 'figure:year-change-end';
    if (passed || ended || (bases[k] >= 0 && a.start < d.start && /[,;:]/.test(text.slice(a.end, d.start)) && !opensDateClause(lex, text, a.end, d.start))) {
      pastBase = true;
      passedOver = passes[k] ?? passedOver;
      if (passed && passes[k] === 'figure:year-past-compared') comparedAt = Math.min(comparedAt, a.start);
      continue;
    }
    // (From the figure's last character: a comma or semicolon right after it counts.)
    if (a.start > d.start && (crosses(semicolons, d.end - 1, a.start) || crosses(turns, d.end - 1, a.start))) continue;
    // A ratio or a duration keeps to its own clause on this side too ("by the end of 2027, so that … ten days").
    if (own && a.start < d.start && crosses(turns, a.end - 1, d.start)) continue;
    // "was folded into the agency in 2013 and accounts for 48 sites": the date tells of the clause before the join.
    if (a.start < d.start && otherClause(lex, text, end, joins, a, d)) {
      present ??= 'figure:year-none-other-clause';
      continue;
    }
    // "The base, opened in 2017, now has a pier of 340 meters": the present between them undates it.
    if (a.start < d.start && matchBetween((s.presentAt ??= matchesIn(lex.patterns.present, text, start, end)), a.end, d.start)) {
      present = 'figure:year-none-present';
      continue;
    }
    // "the protocol, renewed in 2021, is worth $62 million a year": the aside's date dates what the aside tells.
    if (a.start < d.start && inCommaAside(lex.patterns.asideOpen, lex.patterns.pastVerb, text, start, a.start, a.end, d.start, FAR)) {
      present ??= 'figure:year-none-aside';
      continue;
    }
    // A date far on in a long sentence, not tied to the figure, dates something said there.
    if (a.start - d.end > FAR && !attached(lex, tie, text, d.end, a.start)) continue;
    const tied = a.start > d.start && attached(lex, tie, text, d.end, a.start);
    const distance = a.start < d.start ? d.start - a.end : tied ? 0 : a.start - d.end;
    const cost = distance + seen * enclosing + (crosses(semicolons, a.start, d.start) ? semicolon : 0);
    if (cost < bestCost) {
      bestCost = cost;
      best = a;
      bestRule = tied ? 'figure:year-tied' : seen > 0 ? 'figure:year-enclosing-clause' : 'figure:year-same-clause';
    }
  }
  return { best, rule: bestRule, present, startSkipped, pastBase, passed: passedOver };
}
