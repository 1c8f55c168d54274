import { Tokens, type Sentence, type Token } from './tokens';
import type { FigureLexicon } from './lexicon';
import { RANK } from './rank';

/**
 * Noun phrases read from a sentence without a tagger: backwards from where a
 * figure's subject should end ("the share of barter operations | was 36.3%"),
 * or forwards from where its object starts ("$14.9 billion for | RDT&E"). Stop
 * lists of function words and a few verb shapes decide where a phrase ends.
 */

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
  const { connectors, determiners, backStops, modals, temporal, relatives } = s.lex.phrases;
  const maxWords = s.lex.limits.maxWords;
  const tokens = new Tokens(s, pos, false);
  let k = 0;
  // A trailing date and its preposition: "… in 1999", "… as of February 2000".
  for (;;) {
    const t = tokens.at(k);
    if (t === null) return null;
    const f = t.fig;
    if (!f || f.kind !== 'date' || f.start >= pos) break;
    while (tokens.at(k) !== null && tokens.at(k)!.start >= f.start) k++;
    while (tokens.at(k) !== null && temporal.has(tokens.at(k)!.lower)) k++;
  }
  if (resolve && tokens.at(k) !== null) {
    const t = tokens.at(k)!.lower;
    if (relatives.has(t)) {
      k++;
      for (let p = tokens.at(k); p !== null && (p.text === ',' || p.text === ')'); p = tokens.at(k)) {
        k = p.text === ')' ? skipParen(tokens, k) : k + 1;
      }
    }
  }
  const words: Token[] = [];
  for (let t = tokens.at(k); t !== null && words.length < maxWords; t = tokens.at(k)) {
    if (t.text === ')' && words.length === 0) {
      // "the rent (as precedents indicate) could have amounted to": the aside is skipped.
      k = skipParen(tokens, k);
      continue;
    }
    if (!t.word) break;
    // A date or a rank may stand inside the phrase: "the 1995 referendum", "Russia’s second largest trade partner".
    if (t.fig && ((t.fig.kind !== 'date' && t.fig.unit !== RANK) || words.length === 0)) break;
    if (t.lower === 'whose') break;
    if (connectors.has(t.lower)) {
      if (words.length === 0 || !chain) break;
      words.push(t);
      k++;
      continue;
    }
    if (determiners.has(t.lower) && words.length > 0 && tokens.at(k + 1) !== null && connectors.has(tokens.at(k + 1)!.lower)) {
      // "range of the new missile": a determiner after a connector stays inside.
      words.push(t);
      k++;
      continue;
    }
    if (backStops.has(t.lower)) break;
    // "may impose duties of": a word after a modal is a verb.
    const before = tokens.at(k + 1);
    if (before !== null && modals.has(before.lower)) break;
    // "regions signed economic agreements", "talks stalled in the …": a verb, unless it modifies the lower-case noun after it.
    if (PARTICIPLE.test(t.text) && words.length > 0) {
      const next = words[words.length - 1];
      if (next.lower !== 'and' && (!LOWER.test(next.text) || connectors.has(next.lower) || determiners.has(next.lower))) break;
    }
    words.push(t);
    k++;
  }
  while (words.length && (connectors.has(words[words.length - 1].lower) || determiners.has(words[words.length - 1].lower))) words.pop();
  while (words.length && connectors.has(words[0].lower)) words.shift();
  if (words.length === 0) return null;
  return words.reverse().map((w) => w.text).join(' ');
}

const PARTICIPLE = /^[a-z]+(?:ed|ing)$/;
const LOWER = /^[a-z]/;

/** The index after the "(" matching the ")" at `k` (reading backwards), or past the reach. */
function skipParen(tokens: Tokens, k: number): number {
  let depth = 0;
  for (let i = k; ; i++) {
    const t = tokens.at(i);
    if (t === null) return tokens.reach;
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
  const { determiners, forwardStops } = s.lex.phrases;
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
    if (words.length === 0 && determiners.has(t.lower)) continue;
    if (((ofChain && t.lower === 'of') || t.lower === 'and') && words.length > 0) {
      if (words[words.length - 1].lower === 'and' || words[words.length - 1].lower === 'of') break;
      words.push(t);
      continue;
    }
    if (forwardStops.has(t.lower)) break;
    if (words.length > 0 && startsClause(s.lex, t, tokens.at(k + 1) ?? undefined, words[words.length - 1])) break;
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
export function startsClause(lex: FigureLexicon, t: Token, next: Token | undefined, previous: Token | null): boolean {
  const { verbs, forwardStops } = lex.phrases;
  if (verbs.has(t.lower)) return true;
  if (/^[a-z]+ed$/.test(t.text)) return next === undefined || !next.word || forwardStops.has(next.lower);
  if (/^[a-z]+ing$/.test(t.text)) return previous !== null && /s$/.test(previous.lower) && (next === undefined || !next.word || forwardStops.has(next.lower));
  return false;
}
