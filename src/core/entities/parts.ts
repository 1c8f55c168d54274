import type { Entity, Mention } from '../model/model';
import { keyOf } from '../parse/chars';
import { rule, type Lexicon } from './lexicon';

/**
 * A one-word name that is part of one longer name the document gives in full is
 * that name written short, decided from the document's own names, not from a list:
 * entity:surname-of-named — the last word of exactly one person's full name
 * ("Brandt" after "Helga Brandt, Director for Investment"), however the full name was
 * found to be a person; entity:company-short-name — the first word of exactly one
 * company's name ending in a company word or a legal form ("Halden" of "Halden Land
 * Systems Ltd"). Only a word no rule but its shape or its place before a verb typed
 * joins: a listed place or a headed name stays itself. Linear in the entities.
 */
export function joinNameParts(lex: Lexicon, entities: readonly Entity[]): Entity[] {
  const surnames = new Map<string, Entity[]>();
  const openings = new Map<string, Entity[]>();
  for (const e of entities) {
    const words = e.name.split(/\s+/);
    if (words.length < 2) continue;
    if (e.type === 'person') push(surnames, keyOf(words[words.length - 1]), e);
    else if (e.type === 'organization' && companyEnding(lex, words[words.length - 1])) {
      push(openings, keyOf(words[0]), e);
      // entity:company-short-name — the name without its legal form ("Altyn Trade" of "Altyn Trade LLC").
      if (words.length > 2 && lex.legalForms.has(keyOf(words[words.length - 1]))) push(openings, keyOf(words.slice(0, -1).join(' ')), e);
    }
  }
  if (surnames.size === 0 && openings.size === 0) return [...entities];
  const into = new Map<string, { from: Entity; id: string }[]>();
  const gone = new Set<string>();
  for (const e of entities) {
    // A company's short form may have been typed a place by no more than a preposition before it ("shipped to Altyn Trade").
    const weak = e.why.every((r) => WEAK_ALONE.has(r.rule));
    if (!weak && !(e.type === 'place' && e.why.every((r) => WEAK_ALONE.has(r.rule) || PLACE_CUES.has(r.rule)))) continue;
    const key = keyOf(e.name);
    const person = weak && !e.name.includes(' ') && e.type !== 'organization' && e.type !== 'place' ? only(surnames.get(key)) : undefined;
    const company = e.type === 'other' || e.type === 'place' ? oneCompany(lex, openings.get(key)) : undefined;
    const to = person ?? company;
    if (!to || to === e) continue;
    push(into, to.id, { from: e, id: person ? 'entity:surname-of-named' : 'entity:company-short-name' });
    gone.add(e.id);
  }
  if (gone.size === 0) return [...entities];
  return entities
    .filter((e) => !gone.has(e.id))
    .map((e) => {
      const parts = into.get(e.id);
      if (!parts) return e;
      const moved: Mention[] = parts.flatMap((p) => p.from.mentions.map((m) => ({ ...m, entity: e.id })));
      const mentions = [...e.mentions, ...moved].sort((a, b) => a.start - b.start);
      const reasons = [...new Set(parts.map((p) => p.id))].map((id) => ({ rule: id, weight: rule(lex, id).weight, about: e.type, words: parts[0].from.name }));
      return { ...e, mentions, why: [...e.why, ...reasons] };
    });
}

/** The rules that say no more of a one-word name than its shape, or that a verb of saying follows it. */
const WEAK_ALONE = new Set(['entity:unknown-name', 'entity:acronym', 'entity:person-after']);
/** The cues that type a name a place by a word before it or a noun it possesses ("to Altyn Trade", "Kestrel's exports"). */
const PLACE_CUES = new Set(['entity:place-before', 'entity:place-before-the', 'entity:place-possessed']);

/** A word that ends a company's name: a legal form ("Ltd", "GmbH"), a company head ("Group") or a word of trade ("Aerospace"). */
function companyEnding(lex: Lexicon, word: string): boolean {
  const key = keyOf(word);
  return lex.legalForms.has(key) || lex.companyHeads.has(key) || lex.companyWords.has(key) || lex.weakCompany.has(key);
}

/**
 * The one company of a list, its name written with and without its legal form counted once
 * ("Halvorsen Ratings" and "Halvorsen Ratings Ltd."): the first of them; nothing when they are several.
 */
function oneCompany(lex: Lexicon, list: readonly Entity[] | undefined): Entity | undefined {
  if (!list || list.length === 0) return undefined;
  const bare = (e: Entity) => {
    const words = e.name.split(/\s+/);
    return keyOf((lex.legalForms.has(keyOf(words[words.length - 1])) ? words.slice(0, -1) : words).join(' '));
  };
  return list.every((e) => bare(e) === bare(list[0])) ? list[0] : undefined;
}

/** The one entity of a list, or nothing when there are none or several. */
function only(list: readonly Entity[] | undefined): Entity | undefined {
  return list && list.length === 1 ? list[0] : undefined;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
