import type { Context } from './context';
import { CAP, keyAt } from '../parse/tokens';

/**
 * Adjectives before a plural head: "the Baltic states" names a set of places, while
 * "European states" and "allied Nordic states" describe (entity:plural-head-without-the).
 */

/** True when word `first`, an adjective right before a plural lower-case head, describes rather than names: no "the" opens its phrase. */
export function describesSet(context: Context, first: number): boolean {
  return pluralHead(context, first + 1) && adjectival(context, first) && !afterThe(context, first);
}

/**
 * entity:lower-head — a nationality adjective after "the" before a plural feature of the land or sea names it with
 * that noun ("the Danish straits", "the Turkish straits"): a set of places, not a description ("Russian regions").
 */
export function nationalFeatures(context: Context, i: number): boolean {
  const next = i + 1 < context.tokens.count ? keyAt(context.tokens, i + 1) : '';
  // A feature of the land or sea, no division of a state ("regions", "provinces" are type nouns of places).
  const natural = context.lex.features.has(next) && context.lex.typeNouns.get(next.slice(0, -1)) !== 'place';
  return context.lex.national.has(keyAt(context.tokens, i)) && pluralHead(context, i + 1) && natural && afterThe(context, i);
}

/** A nationality or regional adjective, or a compound of them ("Russian-Belorussian", "Russian-Western"). */
export function adjective(context: Context, i: number): boolean {
  const { lex } = context;
  const key = keyAt(context.tokens, i);
  if (!key.includes('-')) return lex.national.has(key) || lex.regional.has(key);
  return key.split('-').every((part) => lex.national.has(part) || lex.regional.has(part));
}

/** True when the lower-case head at `i` is a plural ("states", "islands", "forces"; not "process"). */
function pluralHead(context: Context, i: number): boolean {
  const key = keyAt(context.tokens, i);
  return key.endsWith('s') && !key.endsWith('ss');
}

/** A nationality or regional adjective, or a word ending as adjectives and demonyms do ("Nordic", "Sahelian"). */
function adjectival(context: Context, i: number): boolean {
  const key = keyAt(context.tokens, i);
  return adjective(context, i) || context.lex.adjectiveEnding.test(key) || context.lex.demonymEnding.test(key);
}

/**
 * True when "the" opens the phrase of word `first`: right before it, before a number word ("the three Baltic
 * states"), or before the names listed with it ("the Paracel and Spratly islands").
 */
function afterThe(context: Context, first: number): boolean {
  const { tokens, lex, layout } = context;
  let k = first - 1;
  // Back over one name sharing the head ("Paracel and"), itself no head ("the United States and European states").
  const shared = (j: number) => tokens.shape[j] === CAP && !lex.heads.has(keyAt(tokens, j)) && !lex.lowerHeads.has(keyAt(tokens, j));
  if (k > 1 && keyAt(tokens, k) === 'and' && shared(k - 1) && !layout.broken[k] && !layout.broken[k + 1]) k -= 2;
  const before = k >= 0 ? keyAt(tokens, k) : '';
  return before === 'the' || (k > 0 && lex.numberWords.has(before) && keyAt(tokens, k - 1) === 'the');
}

/**
 * entity:descriptor-after-name — a lower-case programme word after words that are a name on their own says
 * what the name is, outside it: "the Tarvik-3 project", "the GreenLink programme", "the Northbay Claims Form
 * process" name "Tarvik-3", "GreenLink", "Northbay Claims Form". One plain word needs its noun ("the Ranger
 * programme", "the Chagos agreement"): it may be a place's or a person's name, lent. Works keep their word
 * ("the Baltica-2 cable": entity:lower-head).
 */
export function namesItself(context: Context, first: number, last: number, type: string): boolean {
  if (type !== 'treaty_or_program') return false;
  const { tokens } = context;
  const word = context.text.slice(tokens.start[first], tokens.end[first]);
  // Coined: a digit, or a capital right after a small letter ("InvestEU"), not after a hyphen ("Baku-Tbilisi").
  return last > first || (tokens.shape[first] === CAP && /\d|\p{Ll}\p{Lu}/u.test(word));
}
