import { REACH, Tokens, type Sentence, type Token } from './tokens';
import { RANK } from './rank';

/**
 * Noun phrases read from a sentence without a tagger: backwards from where a
 * figure's subject should end ("the share of barter operations | was 36.3%"),
 * or forwards from where its object starts ("$14.9 billion for | RDT&E"). Stop
 * lists of function words and a few verb shapes decide where a phrase ends.
 */

/** The longest description, in words. */
export const MAX_WORDS = 8;

/** Words a noun phrase read backwards stops before. */
const BACK_STOPS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'should',
  'may', 'might', 'can', 'must', 'shall', 'do', 'does', 'did', 'not', 'that', 'which', 'who', 'whom',
  'where', 'when', 'while', 'than', 'as', 'if', 'because', 'although', 'though', 'since', 'after', 'before',
  'during', 'until', 'by', 'at', 'into', 'about', 'over', 'under', 'between', 'among', 'against',
  'according', 'including', 'compared', 'but', 'or', 'nor', 'so', 'yet', 'also', 'only', 'then', 'there',
  'here', 'it', 'they', 'he', 'she', 'we', 'you', 'i', 'such', 'both', 'either', 'neither', 'each', 'every',
  'all', 'some', 'any', 'several', 'many', 'much', 'more', 'most', 'less', 'least', 'few', 'no', 'what',
  'via', 'per', 'out', 'up', 'however', 'whereas', 'thus', 'hence', 'therefore', 'nearly', 'almost',
  'around', 'approximately', 'roughly', 'just', 'even', 'still', 'very', 'e.g.', 'i.e.', 'etc.',
  'whose', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'this', 'these', 'those', 'the', 'a', 'an',
  'stood', 'reached', 'amounted', 'totaled', 'totalled', 'numbering', 'equaled', 'accounted', 'rose', 'fell',
  'grew', 'increased', 'decreased', 'dropped', 'declined', 'worth', 'estimated', 'valued', 'arrived',
  'together', 'along', 'alongside', 'plus', 'besides', 'unlike', 'like',
]);

/** Words allowed inside a noun phrase between two of its words ("share of trade", "fees for gas", "deficit with China"). */
const CONNECTORS = new Set(['of', 'for', 'in', 'on', 'to', 'and', 'from', 'with']);

/** Modal verbs: the word after one is a verb, not part of a noun phrase. */
const MODALS = new Set(['will', 'would', 'may', 'might', 'can', 'could', 'should', 'must', 'shall', 'did', 'does', 'do']);

/** Determiners a phrase read backwards may step over after a connector ("share of the budget"). */
export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those']);

/** Words a noun phrase read forwards stops before. */
const FORWARD_STOPS = new Set([
  ...BACK_STOPS, 'of', 'for', 'in', 'on', 'to', 'and', 'from', 'with', 'a', 'year', 'annually', 'within', 'without', 'through',
  'across', 'toward', 'towards', 'beyond', 'despite', 'amid',
]);

/**
 * The noun phrase that ends just before `pos`, read backwards: it crosses "of",
 * "for", "in", "on", "to", "and", "with" (and a determiner after them) between
 * its words, skips an aside in brackets before it, drops a trailing date ("share
 * of bilateral trade in 1999"), and stops at punctuation, clause words, a verb
 * after a modal ("may impose") and a participle before a preposition ("stalled
 * in"). Without `chain`, only the nearest phrase ("Trade Act", not "Section 301
 * of the Trade Act"). With `resolve`, a relative pronoun is replaced by
 * what it refers to ("prices (…), which are …" → "prices"; "whose population" →
 * "population").
 */
export function phraseBefore(s: Sentence, pos: number, resolve: boolean, chain = true): string | null {
  const tokens = new Tokens(s, pos, false);
  let k = 0;
  // A trailing date and its preposition: "… in 1999", "… as of February 2000".
  for (;;) {
    const t = tokens.at(k);
    if (t === null) return null;
    const f = t.fig;
    if (!f || f.kind !== 'date' || f.start >= pos) break;
    while (tokens.at(k) !== null && tokens.at(k)!.start >= f.start) k++;
    while (tokens.at(k) !== null && TEMPORAL.has(tokens.at(k)!.lower)) k++;
  }
  if (resolve && tokens.at(k) !== null) {
    const t = tokens.at(k)!.lower;
    if (t === 'which' || t === 'that' || t === 'who') {
      k++;
      for (let p = tokens.at(k); p !== null && (p.text === ',' || p.text === ')'); p = tokens.at(k)) {
        k = p.text === ')' ? skipParen(tokens, k) : k + 1;
      }
    }
  }
  const words: Token[] = [];
  for (let t = tokens.at(k); t !== null && words.length < MAX_WORDS; t = tokens.at(k)) {
    if (t.text === ')' && words.length === 0) {
      // "the rent (as precedents indicate) could have amounted to": the aside is skipped.
      k = skipParen(tokens, k);
      continue;
    }
    if (!t.word) break;
    // A date or a rank may stand inside the phrase: "the 1995 referendum", "Russia’s second largest trade partner".
    if (t.fig && ((t.fig.kind !== 'date' && t.fig.unit !== RANK) || words.length === 0)) break;
    if (t.lower === 'whose') break;
    if (CONNECTORS.has(t.lower)) {
      if (words.length === 0 || !chain) break;
      words.push(t);
      k++;
      continue;
    }
    if (DETERMINERS.has(t.lower) && words.length > 0 && tokens.at(k + 1) !== null && CONNECTORS.has(tokens.at(k + 1)!.lower)) {
      // "range of the new missile": a determiner after a connector stays inside.
      words.push(t);
      k++;
      continue;
    }
    if (BACK_STOPS.has(t.lower)) break;
    // "may impose duties of": a word after a modal is a verb.
    const before = tokens.at(k + 1);
    if (before !== null && MODALS.has(before.lower)) break;
    // "regions signed economic agreements", "talks stalled in the …": a verb, unless it modifies the lower-case noun after it.
    if (PARTICIPLE.test(t.text) && words.length > 0) {
      const next = words[words.length - 1];
      if (next.lower !== 'and' && (!LOWER.test(next.text) || CONNECTORS.has(next.lower) || DETERMINERS.has(next.lower))) break;
    }
    words.push(t);
    k++;
  }
  while (words.length && (CONNECTORS.has(words[words.length - 1].lower) || DETERMINERS.has(words[words.length - 1].lower))) words.pop();
  while (words.length && CONNECTORS.has(words[0].lower)) words.shift();
  if (words.length === 0) return null;
  return words.reverse().map((w) => w.text).join(' ');
}

/** Words of a date phrase dropped from the end of a noun phrase ("in the first quarter of"). */
const TEMPORAL: ReadonlySet<string> = new Set(['in', 'as', 'of', 'during', 'since', 'by', 'until', 'the', 'first', 'second', 'third', 'fourth', 'last', 'early', 'late', 'mid']);

const PARTICIPLE = /^[a-z]+(?:ed|ing)$/;
const LOWER = /^[a-z]/;

/** The index after the "(" matching the ")" at `k` (reading backwards), or past the reach. */
function skipParen(tokens: Tokens, k: number): number {
  let depth = 0;
  for (let i = k; ; i++) {
    const t = tokens.at(i);
    if (t === null) return REACH;
    if (t.text === ')') depth++;
    else if (t.text === '(' && --depth === 0) return i + 1;
  }
}

/**
 * The noun phrase that starts at `pos`, at most `max` words: modifiers and a
 * head, stopping at punctuation, prepositions, verbs and clause words. With
 * `ofChain`, "of" may join two nouns ("exports of gas").
 */
export function phraseAfter(s: Sentence, pos: number, max: number, ofChain: boolean): string | null {
  return phraseSpan(s, pos, max, ofChain)?.text ?? null;
}

/** {@link phraseAfter} with where the phrase ends. */
export function phraseSpan(s: Sentence, pos: number, max: number, ofChain: boolean): { text: string; end: number } | null {
  const tokens = new Tokens(s, pos, true);
  const words: Token[] = [];
  let full = false;
  for (let k = 0; tokens.at(k) !== null; k++) {
    const t = tokens.at(k)!;
    if (words.length >= max) {
      full = t.word;
      break;
    }
    if (!t.word) break;
    if (t.fig) break;
    if (words.length === 0 && DETERMINERS.has(t.lower)) continue;
    if (((ofChain && t.lower === 'of') || t.lower === 'and') && words.length > 0) {
      if (words[words.length - 1].lower === 'and' || words[words.length - 1].lower === 'of') break;
      words.push(t);
      continue;
    }
    if (FORWARD_STOPS.has(t.lower)) break;
    if (words.length > 0 && startsClause(t, tokens.at(k + 1) ?? undefined, words[words.length - 1])) break;
    words.push(t);
  }
  // A phrase cut short by the limit ends before its last "and" rather than mid-list.
  if (full) {
    const and = words.map((w) => w.lower).lastIndexOf('and');
    if (and > 0) words.length = and;
  }
  while (words.length && /^(?:of|and)$/.test(words[words.length - 1].lower)) words.pop();
  if (words.length === 0) return null;
  return { text: words.map((w) => w.text).join(' '), end: words[words.length - 1].end };
}

/**
 * Whether `t` begins a clause after a noun phrase: a participle followed by a
 * function word or punctuation ("products included in", "NDAA authorized the"),
 * or an "-ing" form after a plural noun. "refined copper" and "defense funding"
 * stay inside.
 */
export function startsClause(t: Token, next: Token | undefined, previous: Token | null): boolean {
  if (VERBS.has(t.lower)) return true;
  if (/^[a-z]+ed$/.test(t.text)) return next === undefined || !next.word || FORWARD_STOPS.has(next.lower);
  if (/^[a-z]+ing$/.test(t.text)) return previous !== null && /s$/.test(previous.lower) && (next === undefined || !next.word || FORWARD_STOPS.has(next.lower));
  return false;
}

/** Common verbs that end a noun phrase read forwards ("loans remain frozen"). */
const VERBS: ReadonlySet<string> = new Set([
  'remain', 'remains', 'stay', 'stays', 'rose', 'fell', 'grew', 'went', 'came', 'made', 'took', 'gave', 'say', 'says',
  'said', 'show', 'shows', 'seem', 'seems', 'need', 'needs', 'go', 'goes', 'come', 'comes', 'rise', 'rises', 'fall',
  'falls', 'grow', 'grows', 'reach', 'reaches', 'cost', 'costs', 'become', 'becomes', 'became', 'include', 'includes',
]);
