import type { Span } from '../model/model';
import type { FigureLexicon } from './lexicon';
import { at, because, make, type Draft, type Scope } from './draft';
import { plainNoun } from './units';
import { wordsAfter, wordsBefore, type Word } from './look';

/**
 * Ordinals that give a rank: a count with the place as value and unit "rank"
 * ("the sixth branch" is 6 rank, "the third country to test …" 3, "the
 * second-largest partner" 2, "5th most populous" 5). An ordinal ranks when
 *
 * - a superlative follows it: "third-largest", "second most widely used", "5th best";
 * - a verb of ranking or "place" goes with it: "ranked fourth", "fell to 12th",
 *   "in third place";
 * - from "third" on, it follows "the" or a possessive, is followed by a lower-case
 *   noun, and either a linking verb comes before ("is the sixth branch", "became
 *   the third country") or "to" and a verb after ("the third country to test").
 *
 * "First" never ranks (the first time, the first Trump Administration, the first
 * to be launched), and "second" only with a superlative, a ranking verb or
 * "place" (a second term, "Second, …", the second element). Not ranks: ordinals
 * of a name or an edition ("the 14th Five-Year Plan", "119th Congress", "the
 * Fourth Amendment"), of a sequence in time ("the third time", "its fourth
 * round", "the 21st century"), compounds ("third-party", "fifth-generation"),
 * fractions ("a third of", "one third", read as ratios elsewhere), and the part
 * of a date ("the third quarter of 2000", read as a date before this).
 */

/** The unit of a rank. */
export const RANK = 'rank';

/** A hyphen or whitespace, then a word: what stands after an ordinal. */
const NEXT_WORD = /(-|\s+)([A-Za-z]+)/y;

/**
 * The rank an ordinal at `[start, end)` with number `place` gives, or null when
 * the ordinal does not rank here.
 */
export function readRank(sc: Scope, start: number, end: number, place: number): Draft | null {
  if (place < 2) return null;
  const { text, lex } = sc;
  const r = lex.rank;
  const next = at(NEXT_WORD, text, end, sc.end);
  const word = next ? next[2].toLowerCase() : '';
  const rank = (to: number, noun: Span | null, rule: string) => make('count', start, to, place, RANK, { noun, why: because(lex, rule) });
  if (next && r.superlatives.has(word)) {
    const to = superlativeEnd(lex, text, next.index + next[0].length, sc.end, word);
    return rank(to, plainNoun(lex, text, to, sc.end, 2), 'figure:rank-superlative');
  }
  if (next && next[1] === '-') return null; // "third-party", "fifth-generation"
  const before = wordsBefore(text, sc.start, start, 3);
  const w0 = before.length > 0 ? before[0].lower : '';
  const byVerb = r.rankVerbs.has(w0) || (w0 === 'to' && before.length > 1 && r.moveVerbs.has(before[1].lower));
  const placed = r.places.has(word);
  if (byVerb || placed) {
    return rank(placed ? next!.index + next![0].length : end, null, byVerb ? 'figure:rank-verb' : 'figure:rank-place');
  }
  if (place < 3 || !(lex.phrases.possessives.has(w0) || /['’]s$/.test(w0))) return null;
  const after = wordsAfter(text, end, sc.end, 4);
  const noun = nounOfRank(lex, text, after);
  if (noun < 0) return null;
  const linked = before.length > 1 && r.linking.has(before[1].lower);
  if (!linked && !toVerb(lex, text, after, noun)) return null;
  return rank(end, noun > 0 ? { start: after[0].start, end: after[noun - 1].end } : null, linked ? 'figure:rank-linked' : 'figure:rank-to-verb');
}

/** Where a superlative after an ordinal ends: "largest", or "most" with its adjective ("most widely used"). */
function superlativeEnd(lex: FigureLexicon, text: string, pos: number, limit: number, word: string): number {
  if (word !== 'most' && word !== 'least') return pos;
  const after = wordsAfter(text, pos, limit, 3);
  let k = 0;
  while (k < after.length - 1 && after[k].lower.endsWith('ly')) k++; // "most widely used"
  return k < after.length && !lex.phrases.nounStops.has(after[k].lower) ? after[k].end : pos;
}

/**
 * How many words after the ordinal make the noun it ranks ("country" in "the
 * third country to"), 0 when "to" follows at once ("the third to test"), or -1
 * when what follows is no plain noun (a name, a number, a sequence in time).
 */
function nounOfRank(lex: FigureLexicon, text: string, after: readonly Word[]): number {
  const stops = lex.phrases.nounStops;
  if (after.length === 0) return -1;
  if (after[0].lower === 'to') return 0;
  if (stops.has(after[0].lower)) return -1; // "the third of five"
  let n = 0;
  while (n < after.length && n < 2 && !stops.has(after[n].lower)) {
    const w = after[n];
    if (!/[a-z]/.test(text.charAt(w.start)) || lex.numbers.words.has(w.lower) || lex.rank.sequence.has(w.lower)) return -1;
    n++;
  }
  return n;
}

/** True when "to" and a verb follow the noun: "the third country to test"; not "the fourth visit to China". */
function toVerb(lex: FigureLexicon, text: string, after: readonly Word[], noun: number): boolean {
  const to = after[noun];
  const verb = after[noun + 1];
  if (to === undefined || to.lower !== 'to' || verb === undefined) return false;
  // A capital, a determiner or a plural after "to" is its object, not a verb.
  return /[a-z]/.test(text.charAt(verb.start)) && !lex.phrases.possessives.has(verb.lower) && !/[^s]s$/.test(verb.lower) && !lex.phrases.nounStops.has(verb.lower);
}
