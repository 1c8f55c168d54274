import type { Span } from '../model/model';
import { NUMBER_WORDS } from './numbers';
import { NOUN_STOPS } from './words';
import { at, make, type Draft, type Scope } from './draft';
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

/** Superlatives an ordinal ranks by ("third-largest"); "most" and "least" take the adjective after them. */
const SUPERLATIVES: ReadonlySet<string> = new Set([
  'largest', 'biggest', 'greatest', 'highest', 'lowest', 'smallest', 'longest', 'shortest', 'richest', 'poorest',
  'strongest', 'weakest', 'fastest', 'slowest', 'oldest', 'newest', 'youngest', 'deepest', 'widest', 'heaviest',
  'busiest', 'deadliest', 'costliest', 'wealthiest', 'nearest', 'closest', 'best', 'worst', 'hottest', 'coldest',
  'tallest', 'cheapest', 'densest', 'safest', 'leading', 'most', 'least',
]);

/** Verbs that put a thing in a place: "ranked fourth", "came second", "placed 3rd". */
const RANK_VERBS: ReadonlySet<string> = new Set([
  'rank', 'ranks', 'ranked', 'ranking', 'placed', 'places', 'came', 'comes', 'finished', 'finishes',
]);

/** Verbs of moving between places, before "to": "fell to 12th", "rose to third". */
const MOVE_VERBS: ReadonlySet<string> = new Set([
  'rose', 'risen', 'rising', 'fell', 'fallen', 'falling', 'dropped', 'dropping', 'slipped', 'slipping', 'climbed',
  'climbing', 'moved', 'moving', 'jumped', 'jumping', 'advanced', 'sank',
]);

/** Words that say "is" before "the Nth …": the subject takes that place. */
const LINKING: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'became', 'become', 'becomes', 'becoming', 'remain', 'remains',
  'remained', 'as',
]);

const DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'our']);

/** Nouns of a sequence in time or of an edition: "the third time", "its fourth round", "the 21st century". */
const SEQUENCE: ReadonlySet<string> = new Set([
  'time', 'times', 'term', 'terms', 'round', 'rounds', 'session', 'sessions', 'meeting', 'meetings', 'summit',
  'reading', 'edition', 'anniversary', 'century', 'centuries', 'millennium', 'decade', 'year', 'years', 'month',
  'week', 'day', 'days', 'hour', 'quarter', 'half', 'phase', 'stage', 'wave', 'tranche', 'attempt', 'iteration',
  'version', 'generation', 'installment', 'instalment', 'package', 'cycle', 'plenum', 'congress', 'conference',
  'election', 'step', 'part', 'chapter', 'section', 'article', 'amendment', 'paragraph', 'item', 'point', 'place',
  'position', 'straight', 'consecutive', 'successive',
]);

const NUMBER_WORD_SET: ReadonlySet<string> = new Set(NUMBER_WORDS);

/** A hyphen or whitespace, then a word: what stands after an ordinal. */
const NEXT_WORD = /(-|\s+)([A-Za-z]+)/y;

/**
 * The rank an ordinal at `[start, end)` with number `place` gives, or null when
 * the ordinal does not rank here.
 */
export function readRank(sc: Scope, start: number, end: number, place: number): Draft | null {
  if (place < 2) return null;
  const { text } = sc;
  const next = at(NEXT_WORD, text, end, sc.end);
  const word = next ? next[2].toLowerCase() : '';
  const rank = (to: number, noun: Span | null) => make('count', start, to, place, RANK, { noun });
  if (next && SUPERLATIVES.has(word)) {
    const to = superlativeEnd(text, next.index + next[0].length, sc.end, word);
    return rank(to, plainNoun(text, to, sc.end, 2));
  }
  if (next && next[1] === '-') return null; // "third-party", "fifth-generation"
  const before = wordsBefore(text, sc.start, start, 3);
  const w0 = before.length > 0 ? before[0].lower : '';
  const byVerb = RANK_VERBS.has(w0) || (w0 === 'to' && before.length > 1 && MOVE_VERBS.has(before[1].lower));
  if (byVerb || word === 'place' || word === 'position') {
    return rank(word === 'place' || word === 'position' ? next!.index + next![0].length : end, null);
  }
  if (place < 3 || !(DETERMINERS.has(w0) || /['’]s$/.test(w0))) return null;
  const after = wordsAfter(text, end, sc.end, 4);
  const noun = nounOfRank(text, after);
  if (noun < 0) return null;
  const linked = before.length > 1 && LINKING.has(before[1].lower);
  if (!linked && !toVerb(text, after, noun)) return null;
  return rank(end, noun > 0 ? { start: after[0].start, end: after[noun - 1].end } : null);
}

/** Where a superlative after an ordinal ends: "largest", or "most" with its adjective ("most widely used"). */
function superlativeEnd(text: string, pos: number, limit: number, word: string): number {
  if (word !== 'most' && word !== 'least') return pos;
  const after = wordsAfter(text, pos, limit, 3);
  let k = 0;
  while (k < after.length - 1 && after[k].lower.endsWith('ly')) k++; // "most widely used"
  return k < after.length && !NOUN_STOPS.has(after[k].lower) ? after[k].end : pos;
}

/**
 * How many words after the ordinal make the noun it ranks ("country" in "the
 * third country to"), 0 when "to" follows at once ("the third to test"), or -1
 * when what follows is no plain noun (a name, a number, a sequence in time).
 */
function nounOfRank(text: string, after: readonly Word[]): number {
  if (after.length === 0) return -1;
  if (after[0].lower === 'to') return 0;
  if (NOUN_STOPS.has(after[0].lower)) return -1; // "the third of five"
  let n = 0;
  while (n < after.length && n < 2 && !NOUN_STOPS.has(after[n].lower)) {
    const w = after[n];
    if (!/[a-z]/.test(text.charAt(w.start)) || NUMBER_WORD_SET.has(w.lower) || SEQUENCE.has(w.lower)) return -1;
    n++;
  }
  return n;
}

/** True when "to" and a verb follow the noun: "the third country to test"; not "the fourth visit to China". */
function toVerb(text: string, after: readonly Word[], noun: number): boolean {
  const to = after[noun];
  const verb = after[noun + 1];
  if (to === undefined || to.lower !== 'to' || verb === undefined) return false;
  // A capital, a determiner or a plural after "to" is its object, not a verb.
  return /[a-z]/.test(text.charAt(verb.start)) && !DETERMINERS.has(verb.lower) && !/[^s]s$/.test(verb.lower) && !NOUN_STOPS.has(verb.lower);
}
