import { isSpan, type Draft } from './draft';
import { shift } from './shift';
import { wordBefore } from './look';
import { clauseAt, clauseTurns, sinceClauses, spanOfTime, toldClauses } from './clauses';
import type { FigureLexicon } from './lexicon';
import { clauseJoins, undated, type Joins } from './joins';
import { anchorsOf, attached, nestings, ownVoice, type Dated } from './anchors';
import { nearestDate, type Scene } from './nearest';

/**
 * The year a figure refers to, read from the dates around it. A sentence's dates
 * that can date a figure (its anchors) are read in anchors.ts, the nearest one a
 * figure can see is weighed in nearest.ts; here each figure takes that one, or
 * the paragraph's year, or none, by the rules below.
 *
 * - A date is its own year.
 * - Otherwise the nearest date of one year in the same sentence, as long as the
 *   reader can see it from the figure: a year inside a parenthesis belongs to that
 *   parenthesis ("(e.g., $30 … in 1999 and $27.9 as of February 2000), which are
 *   2-2.5 times lower" gives the ratio no year), and a semicolon weakens the link.
 * - A date given as the base of a comparison after the figure ("123% more than
 *   the FY2026 total", "600 more than in FY2025") is not the figure's year,
 *   nor the year of any figure after its own phrase ("…, from 960 in 2021, yet
 *   … 13 percent"), but for a clause that tells of it (", when …"); see bases.ts.
 * - A date tied to the figure by a preposition right after it wins over a nearer
 *   one before it: "… in 1999, and 450 million in the first quarter of 2000".
 * - Otherwise the last year stated earlier in the same paragraph (a parenthetical
 *   list of shares after "in 1999"), for the next two sentences after the one
 *   that stated it: further on, a paragraph has usually moved to another subject
 *   (and paragraph breaks in extracted text are not always found). A comparison
 *   base, an aside in brackets inside a sentence and the year of a name ("Trade
 *   Act of 1974") are not carried. Never from another paragraph, and never into a
 *   sentence that looks ahead ("will", "could", "is expected to"): a date of the
 *   past does not date a projection. Nor into a sentence that tells of the time
 *   after it ("We have since hired 85 people"), that names its year from the time
 *   of writing ("last year", "this fiscal year"), or that turns from a past told
 *   before to the present ("It was signed in 2022. It is worth €86 million").
 * - A date after the figure, across a semicolon or a contrasting clause
 *   (", while", ", whereas", ", but"), belongs to that other clause: "… risen by
 *   40 percent, while Tajikistan plans 16,000 men by 2025"; so does a date more
 *   than 120 characters on, not tied to the figure by a preposition.
 * - A figure tied by a preposition to a span of years right after it ("averaged
 *   11% of GDP over 2021-2025") holds over the span: no year.
 * - A sentence that states a span of years ("in 2022–2024 lending was 30–40%
 *   below") takes no year from earlier in the paragraph: its figures hold over
 *   the span.
 * - A date before the figure with a word of the present between them ("The
 *   base, opened in 2017, now has a pier of about 340 meters") does not date
 *   it, and nothing earlier in the paragraph does either.
 * - A phrase of relative time moves the year: "up from $4 billion a year
 *   earlier" after "in 2023" is 2022; "The previous year they were …" 2022.
 * - A rate ("₹100 crore a year") takes a year only from its own sentence: it
 *   recurs, and a year stated earlier in the paragraph does not date it.
 * - A deadline in a sentence that looks ahead ("will … by 2030") dates the
 *   figures of its own sentence but is not carried: a target says nothing of
 *   the sentences after it ("By 2025 the navy operated 31 ships" is carried).
 * - A date after "since", "until" or "till" is the edge of a period: it dates
 *   no figure and is not carried ("kept troops there since 2013, and 5,000
 *   soldiers …").
 * - A ratio compares two things and takes a year only from its own clause (a
 *   fraction, "a fifth of the debt", is a share and is dated like a percentage)
 *   (the innermost parenthesis, or the sentence outside any): "(whose population is
 *   five times larger)" does not inherit the sentence's "first half of 2000". So
 *   does a duration ("144 days", "a five-year period") or a count of years ("4
 *   of the 11 years"): it names a length, not a time.
 */

const NO_JOINS: Joins = { at: [], firstVerb: [-1] };

/** True when the span of years `span` is tied to the figure `d` before it: by a tie ("in 2025-26") or a word that opens a range ("over 2021-2025"), with no mark between. */
function tiedSpan(lex: FigureLexicon, text: string, d: Draft, span: Draft): boolean {
  if (span.start - d.end > lex.limits.tieReach || /[,;:()]/.test(text.slice(d.end, span.start))) return false;
  return lex.dates.rangeOpeners.has(wordBefore(text, d.end, span.start)) || attached(lex, lex.limits.tieReach, text, d.end, span.start);
}

export type { Dated } from './anchors';

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
  /** True when the sentence states several years in its own voice: it hands none on, and ends the paragraph's. */
  readonly several: boolean;
  /** Per draft, the rule that gave it its year or none ("figure:year-same-clause", "figure:year-none-ahead"). */
  readonly rules: readonly string[];
  /** The last deadline the sentence sets ("will need 67,000 … by 2030"): handed on only to "of those" in the next sentence. */
  readonly deadline: Dated | null;
}

/**
 * Assigns a year (and period) to every draft of one sentence. `paragraph` is the
 * year carried from earlier in the same paragraph, or null.
 */
export function datesFor(lex: FigureLexicon, text: string, start: number, end: number, drafts: readonly Draft[], paragraph: Dated | null): SentenceDates {
  const found = anchorsOf(lex, text, start, end, drafts);
  const { anchors, deadlines } = found;

  // Clause structure is only needed when there are anchors.
  const needed = anchors.length > 0;
  const nests = needed ? nestings(text, start, end, drafts, lex.limits.maxNest) : [];
  let opening = start;
  while (opening < end && /\s/.test(text.charAt(opening))) opening++;
  const { carry, several } = ownVoice(drafts, found, nests, opening);
  const semicolons: number[] = [];
  // A bounded loop, not indexOf: indexOf would search on past the sentence.
  if (needed) for (let i = start; i < end; i++) if (text.charCodeAt(i) === 59) semicolons.push(i);
  const turns = needed ? clauseTurns(lex.patterns.turn, text, start, end) : [];
  const joins = needed ? clauseJoins(lex, text, start, end, drafts) : NO_JOINS;
  const said = paragraph ? text.slice(start, end) : '';
  const referred = paragraph !== null && lex.patterns.reference.test(said);
  const after = paragraph !== null && lex.patterns.since.test(said); // "We have since hired 85 people": after the year, not in it
  const told = paragraph !== null && lex.patterns.relativeYear.test(said); // "Last year grants reached 214 ports": a year of its own
  const looks = paragraph !== null && lex.patterns.ahead.test(said);
  const carried = paragraph && !after && !told && (referred || (!looks && (!paragraph.past || lex.patterns.pastTense.test(said)))) ? paragraph : null;
  const spanned = drafts.some(isSpan);
  // "… by 2030: 190 apprentices began training last year": a clause that names its year from the time of writing takes none from another.
  const toldIn = needed && lex.patterns.relativeYear.test(text.slice(start, end)) ? toldClauses(lex.patterns.relativeYear, text, start, end) : null;
  const since = sinceClauses(lex.patterns.sinceAny, () => (needed ? turns : clauseTurns(lex.patterns.turn, text, start, end)), text, start, end);
  const scene: Scene = { ...found, lex, text, start, end, drafts, nests, semicolons, turns, joins, toldIn };
  // A ratio compares (a fraction is a share, dated like a percentage); a length of time, or a count of years, is no time;
  // a size or a distance ("65 km wide") holds whatever the year.
  const ownClause = (d: Draft) =>
    (d.kind === 'ratio' && d.unit !== 'fraction') ||
    ((d.kind === 'quantity' || d.kind === 'count') && d.unit !== null && (lex.units.time.has(d.unit) || lex.units.dimensions.has(d.unit))) ||
    d.why[0]?.rule === 'figure:count-in-window'; // "11 in the 15 months before …": dated by its own span
  const out: (Dated | null)[] = [];
  const rules: string[] = [];
  let split = 0; // anchors[0..split) start before the current figure
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    const own = ownClause(d);
    if (d.kind === 'date' && (d.year !== null || d.high !== null)) {
      out.push(d.year !== null ? { year: d.year, period: d.period } : null); // a span of years has no one year
      rules.push(d.year === null ? 'figure:year-none-span' : d.why[0]?.rule === 'figure:date-month-alone' ? 'figure:year-reference' : 'figure:year-own');
      continue;
    }
    if (d.why[0]?.rule === 'figure:date-month-alone') {
      out.push(null); // "in April": the text does not say which ("in July of that year" has its year from referBack)
      rules.push('figure:year-none-month');
      continue;
    }
    while (split < anchors.length && drafts[anchors[split]].start < d.start) split++;
    // "from about 93 GW today to 180 GW by 2040" holds at the time of writing; "a 140-kilogram container" is a size.
    const none = undated(lex, { text, start, end, drafts, lex }, d);
    if (none) {
      out.push(null);
      rules.push(none);
      continue;
    }
    // "averaged 11% of GDP over 2021-2025", "about 5 percent over 2028–31": a figure tied to a span of years holds over all of it.
    const next = drafts[i + 1];
    if (next && next.kind === 'date' && next.year === null && next.high !== null && tiedSpan(lex, text, d, next)) {
      out.push(null);
      rules.push('figure:year-none-tied-span');
      continue;
    }
    const clause = toldIn ? clauseAt(toldIn.cuts, d.start) : -1;
    const ownTold = toldIn !== null && toldIn.told[clause];
    // "will rise from £85m a year to £120m a year by 2028": the deadline dates where the change ends, not where it starts.
    const starts = deadlines.size > 0 && lex.dates.changeStarts.has(wordBefore(text, start, d.start));
    const { best, rule: bestRule, present, startSkipped, pastBase, passed } = nearestDate(scene, { i, split, own, clause, ownTold, starts });
    const spanRule = bestRule === 'figure:year-tied' ? null : spanOfTime(lex, text, start, d, since !== null && since(d.start) && (best !== null || !after));
    if (spanRule) {
      out.push(null);
      rules.push(spanRule);
      continue;
    }
    if (best) {
      out.push({ year: best.year!, period: best.period });
      rules.push(pastBase && bestRule === 'figure:year-same-clause' ? (passed ?? 'figure:year-past-base') : bestRule);
      continue;
    }
    if (ownTold || startSkipped) {
      out.push(null);
      rules.push(ownTold ? 'figure:year-none-relative' : 'figure:year-none-change-start');
      continue;
    }
    // A span of years stated in the figure's own sentence ("in 2022–2024 … 30–40% below") leaves it no one year.
    if (spanned && carried && !own) {
      out.push(null);
      rules.push('figure:year-none-span');
      continue;
    }
    if (present) {
      out.push(null);
      rules.push(present);
      continue;
    }
    // "Yields have risen by 2 to 3 percentage points, and auctions in the first half of 2024 failed": the
    // sentence states a year of its own that does not reach the figure; an earlier sentence's year does not either.
    if (carried && !own && carry !== null && carry.year !== carried.year) {
      out.push(null);
      rules.push('figure:year-none-other-year');
      continue;
    }
    // "successive budgets have set aside ₹100 crore a year": a rate recurs, and no earlier year dates it.
    if (carried && !own && lex.patterns.rate.test(text.slice(d.end, Math.min(end, d.end + 30)))) {
      out.push(null);
      rules.push('figure:year-none-rate');
      continue;
    }
    out.push(own ? null : carried);
    rules.push(!paragraph ? 'figure:year-none' : own ? 'figure:year-none-own-clause' : after ? 'figure:year-none-since' : told ? 'figure:year-none-relative' : !carried ? (looks ? 'figure:year-none-ahead' : 'figure:year-none-present-tense') : referred ? 'figure:year-reference' : 'figure:year-paragraph');
  }
  if (anchors.length + (paragraph ? 1 : 0) > 0) shift(lex, text, start, end, drafts, anchors, out, rules);
  // A sentence that states several years hands none on: which one a later figure means, the text does not say.
  let deadline: Dated | null = null;
  for (const a of deadlines) deadline = { year: drafts[a].year!, period: drafts[a].period };
  return { dates: out, carry: several || carry === null ? null : { ...carry, past: lex.patterns.pastTense.test(text.slice(start, end)) }, several, rules, deadline };
}
