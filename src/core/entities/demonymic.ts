import type { Entity } from '../model/model';
import { keyOf } from '../parse/chars';
import { rule, type Lexicon } from './lexicon';
import { CAPITAL_ONLY } from './placed';

/**
 * A place the gazetteer does not know, told by the demonym the document forms from its name (issue #13:
 * blind writers invent countries). "Kalverian goods", "the Trans-Dravonian Pipeline", "Velmoran troops":
 * a word that is a one-word name of the document with a demonym's ending added (words.json
 * endings.formedDemonym: "Kalveria" + "n") says that name is a place a people is named after.
 *
 * entity:demonym-elsewhere — the name, known only by its capital, is a place.
 * entity:document-demonym — the demonym alone, known only by its capital, names no referent: the place it
 * comes from is the entity (as entity:demonym-name does for the gazetteer's demonyms).
 *
 * Linear: the one-word names are put in a map once, then each capitalised word of the text is looked up
 * with each ending taken off (a handful of lookups a word); the entities are then read once.
 */
export function placesByDemonym(text: string, lex: Lexicon, entities: readonly Entity[]): readonly Entity[] {
  const bases = new Map<string, Entity>();
  for (const e of entities) {
    if (e.type !== 'place' && !(e.type === 'other' && capitalOnly(e))) continue;
    for (const form of [e.name, ...e.aliases]) {
      const key = keyOf(form);
      if (ONE_WORD.test(form) && key.length >= SHORTEST && !lex.firstNames.has(key) && !bases.has(key)) bases.set(key, e);
    }
  }
  if (bases.size === 0) return entities;
  // The demonyms seen, by key, and the first demonym of each name they come from, by the name's id.
  const demonyms = new Map<string, Entity>();
  const formed = new Map<string, { words: string; count: number }>();
  // A demonym ends as one of the endings does (before a plural's s): most capitalised words are passed over before their key is made.
  const lasts = new Set(lex.formedDemonym.map((end) => end.charAt(end.length - 1)));
  for (const m of text.matchAll(CAPITALISED)) {
    const word = m[0];
    const last = word.charAt(word.length - (word.endsWith('s') ? 2 : 1));
    if (last <= '\x7f' && !lasts.has(last)) continue;
    const key = keyOf(word);
    if (lex.firstNames.has(key)) continue;
    const base = baseOf(lex, bases, key);
    if (!base) continue;
    demonyms.set(key, base);
    const seen = formed.get(base.id);
    if (seen) seen.count++;
    else formed.set(base.id, { words: word, count: 1 });
  }
  if (formed.size === 0) return entities;
  const elsewhere = rule(lex, 'entity:demonym-elsewhere');
  return entities.flatMap((e) => {
    // A demonym alone ("Velmoran"), read by its capital only, of a name that is or becomes a place.
    const from = demonyms.get(keyOf(e.name));
    if (from && from !== e && e.type === 'other' && capitalOnly(e)) return [];
    const seen = formed.get(e.id);
    if (!seen || e.type !== 'other') return [e];
    const reason = { rule: elsewhere.id, weight: elsewhere.weight * seen.count, about: 'place' as const, words: seen.words };
    return [{ ...e, type: 'place' as const, why: [reason, ...e.why] }];
  });
}

/** The shortest name a demonym is formed from ("Yap" + "ese" is left to the gazetteer). */
const SHORTEST = 4;
/** One word, capitalised: the names a demonym is formed from. */
const ONE_WORD = /^\p{Lu}[\p{L}'’-]*$/u;
/** A capitalised word standing alone (not the capital inside "McMurdo"), in "Trans-Dravonian" too. */
const CAPITALISED = /(?<!\p{L})\p{Lu}\p{Ll}{4,}(?!\p{L})/gu;

/** Only a capital (or a notice's line) argued for the entity. */
function capitalOnly(e: Entity): boolean {
  return e.why.every((r) => CAPITAL_ONLY.has(r.rule));
}

/** The name `key` is formed from by a demonym's ending, in the singular or the plural ("Kalverians"); not the name itself. */
function baseOf(lex: Lexicon, bases: ReadonlyMap<string, Entity>, key: string): Entity | undefined {
  const single = key.endsWith('s') ? key.slice(0, -1) : key;
  for (const end of lex.formedDemonym) {
    if (!single.endsWith(end) || single.length - end.length < SHORTEST) continue;
    const base = bases.get(single.slice(0, -end.length));
    if (base && keyOf(base.name) !== key) return base;
  }
  return undefined;
}
