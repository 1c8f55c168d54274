import type { Draft } from './draft';
import type { FigureLexicon } from './lexicon';
import { tokenAfter, type Sentence, type Token } from './tokens';
import { clauseAt } from './clauses';

/**
 * Where a sentence joins a second clause with a verb of its own, read from its
 * tokens in one sweep: "was folded into the agency in 2013 and accounts for 48
 * sites", "… by FY 2028, and the Union has committed €12 million". A date in
 * the clause before, stated after that clause's verb, tells of that clause: it
 * does not date a figure in the clause after ("In 2025 prices rose 4%, and
 * wages fell 2%": a date that opens the sentence, before any verb, still does).
 */

/** The clauses of a sentence cut at joins: where each join is, and where each clause's first verb is (-1 for none). */
export interface Joins {
  readonly at: readonly number[];
  readonly firstVerb: readonly number[];
}

type J = FigureLexicon['dates']['joins'];

/** A finite verb's tense, as far as a date is concerned: none, past ("was", "folded"), perfect ("has"), present ("is", "accounts"), modal ("will"). */
const enum Tense { None, Past, Perfect, Present, Modal }

/** The tense of `t` read as a finite verb after `p1` (the token before) and `p2` (the one before that), or none. */
function tenseOf(j: J, lex: FigureLexicon, t: Token, p1: Token | null, p2: Token | null, afterJoin: boolean): Tense {
  if (!t.word || t.fig !== null) return Tense.None;
  const w = t.lower;
  const f = j.finite[w];
  if (f !== undefined) return f === 'past' ? Tense.Past : f === 'perfect' ? Tense.Perfect : f === 'present' ? Tense.Present : Tense.Modal;
  if (j.past.has(w)) return Tense.Past;
  const det = p1 !== null && lex.phrases.determiners.has(p1.lower);
  if (w.endsWith(j.pastEnding) && w.length > 4 && !j.notPast.has(w)) return det ? Tense.None : Tense.Past;
  // A verb of the present ("accounts", "puts") only where a verb stands: right after the join or an adverb, or after a determiner and one word that is no number.
  if (!afterJoin || p1 === null || !w.endsWith(j.presentEnding) || w.endsWith('ss') || w.length < 4 || j.notPresent.has(w) || t.text !== w) return Tense.None;
  if (j.coordinators.has(p1.lower) || j.adverbs.has(p1.lower)) return Tense.Present;
  const one = p2 !== null && lex.phrases.determiners.has(p2.lower) && p1.word && p1.fig === null && p1.text === p1.lower && !p1.lower.endsWith(j.presentEnding) && !lex.numbers.words.has(p1.lower);
  return one ? Tense.Present : Tense.None;
}

/**
 * The joins of the sentence [start, end): a coordinator followed within `reach`
 * words by a finite verb in another tense than the first verb of the clause
 * before ("was folded … and accounts", "pledged … by 2028, and the Union has
 * committed"). In the same tense ("handled 1,808 requests in 2023 and screened
 * 43 percent of them") the writers go on dating by the date before: no join.
 */
export function clauseJoins(lex: FigureLexicon, text: string, start: number, end: number, drafts: readonly Draft[]): Joins {
  const j = lex.dates.joins;
  const s: Sentence = { text, start, end, drafts, lex };
  const at: number[] = [];
  const firstVerb: number[] = [-1];
  let tense = Tense.None; // of the first verb since the last join, colon or semicolon
  let pending = -1; // where a coordinator stands that may open a clause
  let words = 0; // words read since it
  let weak: { tense: Tense; at: number } | null = null; // a verb of the present read from its place alone ("and complaints fell": a noun)
  const open = (verb: Tense, pos: number) => {
    if (verb !== tense) {
      at.push(pending);
      firstVerb.push(pos);
      tense = verb;
    }
    pending = -1;
    weak = null;
  };
  let p1: Token | null = null;
  let p2: Token | null = null;
  for (let t = tokenAfter(s, start); t !== null; t = tokenAfter(s, t.end)) {
    const c = firstVerb.length - 1;
    if (t.text === ';' || t.text === ':') {
      if (pending >= 0 && weak) open(weak.tense, weak.at);
      pending = -1;
      tense = Tense.None;
    } else if (t.word && t.fig === null && j.coordinators.has(t.lower)) {
      if (pending >= 0 && weak) open(weak.tense, weak.at);
      if (tense !== Tense.None) (pending = t.start), (words = 0), (weak = null);
    } else if (t.word && pending >= 0) {
      const next = tenseOf(j, lex, t, p1, p2, true);
      if (next === Tense.Present && !j.finite[t.lower]) weak ??= { tense: next, at: t.start };
      else if (next !== Tense.None) open(next, t.start);
      if (pending >= 0 && ++words >= j.reach) weak ? open(weak.tense, weak.at) : (pending = -1);
    } else if (tense === Tense.None && (tense = tenseOf(j, lex, t, p1, p2, false)) !== Tense.None && firstVerb[c] < 0) firstVerb[c] = t.start;
    p2 = p1;
    p1 = t;
  }
  if (pending >= 0 && weak) open((weak as { tense: Tense }).tense, (weak as { at: number }).at);
  return { at, firstVerb };
}

/**
 * True when the date `a` before figure `d` tells of another clause: a join
 * stands between them and the date's clause had its verb before the date. Not
 * when the figure's clause refers back to the date ("… over the same period"),
 * nor for the start of a change its clause counts from the date ("has since
 * cut it from about 80 percent").
 */
export function otherClause(lex: FigureLexicon, text: string, end: number, joins: Joins, a: Draft, d: Draft): boolean {
  const ca = clauseAt(joins.at, a.start);
  const cd = clauseAt(joins.at, d.start);
  if (cd <= ca || joins.firstVerb[ca] < 0 || joins.firstVerb[ca] > a.start) return false;
  const from = joins.at[cd - 1];
  const clause = text.slice(from, cd < joins.at.length ? joins.at[cd] : end);
  if (lex.patterns.reference.test(clause)) return false;
  // "… in 2014, and it has since cut its reliance from about 80 percent": a change counted from the date starts at it.
  return !(clause.search(lex.patterns.sinceAny) >= 0 && lex.patterns.changeStart.test(text.slice(Math.max(from, d.start - 30), d.start)));
}

/**
 * The rule that leaves a figure no year whatever the dates around it, or null:
 * a figure its own phrase sets in the present ("from about 93 GW today"), a
 * measure written as a compound before its noun ("a 140-kilogram container",
 * "the 1,400-kilometre border"): a size, not an amount of a time; or a figure
 * its phrase sets at an event ("0.05 percent before the crisis").
 */
export function undated(lex: FigureLexicon, s: Sentence, d: Draft): string | null {
  if (lex.patterns.nowAfter.test(s.text.slice(d.end, Math.min(s.end, d.end + 40)))) return 'figure:year-none-now';
  const size = d.kind === 'quantity' && d.unit !== null && !lex.units.time.has(d.unit) && d.why[0]?.rule === 'figure:compound-unit';
  if (size) return 'figure:year-none-size';
  return atEvent(lex, s, d) ? 'figure:year-none-event' : null;
}

/**
 * True when the figure's own phrase sets it before or after an event, read from
 * its tokens: "less than 0.05 percent before the campaign", "0.05 per cent of a
 * ship's value before the crisis", "two years after the first deliveries". A
 * mark or another figure ends the phrase first; a date in the event's phrase
 * ("before the end of 2025", "after the 2024 election") dates it after all.
 */
function atEvent(lex: FigureLexicon, s: Sentence, d: Draft): boolean {
  const ev = lex.dates.events;
  let t = tokenAfter(s, d.end);
  for (let k = 0; t !== null && k <= ev.reach && t.word && t.fig === null; k++, t = tokenAfter(s, t.end)) {
    if (!ev.words.has(t.lower)) continue;
    const det = tokenAfter(s, t.end);
    if (det === null || !det.word || !ev.determiners.has(det.lower)) return false;
    let u = tokenAfter(s, det.end);
    for (let j = 0; u !== null && j < ev.reach && u.word; j++, u = tokenAfter(s, u.end)) if (u.fig !== null) return u.fig.kind !== 'date';
    return true;
  }
  return false;
}
