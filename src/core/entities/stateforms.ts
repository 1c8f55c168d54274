import type { Entity } from '../model/model';
import { keyOf } from '../parse/chars';
import { rule, type Lexicon } from './lexicon';

/**
 * entity:state-form — a state named in its formal style ("Republic of the Marshall
 * Islands", "Kingdom of Norway") and by its short name ("the Marshall Islands",
 * "Norway") is one place: the short name's mentions join the formal one, which
 * stays the name, the short name an alias. The styles are words.json stateForms.
 * Linear in the entities.
 */
export function joinStateForms(lex: Lexicon, entities: readonly Entity[]): Entity[] {
  const places = new Map<string, Entity>();
  for (const e of entities) if (e.type === 'place') places.set(keyOf(e.name), e);
  const into = new Map<string, Entity>();
  for (const e of entities) {
    const short = e.type === 'place' ? shortName(lex, e.name) : undefined;
    const other = short === undefined ? undefined : places.get(keyOf(short));
    if (other && other !== e && !into.has(other.id)) into.set(other.id, e);
  }
  if (into.size === 0) return [...entities];
  const found = rule(lex, 'entity:state-form');
  const joined = new Map<string, Entity[]>();
  for (const [from, to] of into) joined.set(to.id, [...(joined.get(to.id) ?? []), entities.find((e) => e.id === from)!]);
  return entities.flatMap((e) => {
    if (into.has(e.id)) return [];
    const shorts = joined.get(e.id);
    if (!shorts) return [e];
    const mentions = [...e.mentions, ...shorts.flatMap((s) => s.mentions.map((m) => ({ ...m, entity: e.id })))].sort((a, b) => a.start - b.start);
    const aliases = [...new Set([...e.aliases, ...shorts.flatMap((s) => [s.name, ...s.aliases])])];
    const why = [...e.why, ...shorts.map((s) => ({ rule: found.id, weight: found.weight, about: e.type, words: s.name }))];
    return [{ ...e, mentions, aliases, why }];
  });
}

/** The short name of a state written in a formal style ("Republic of the Marshall Islands" → "Marshall Islands"), if it is one. */
function shortName(lex: Lexicon, name: string): string | undefined {
  const m = /^(.+?)\s+of\s+(?:the\s+)?(\S.*)$/u.exec(name);
  return m && lex.stateForms.has(m[1].toLowerCase()) ? m[2] : undefined;
}

/** The rules that say only that a name was spelled out before an acronym it defines. */
const SPELLED = new Set(['entity:spelled-out', 'entity:acronym', 'entity:acronym-defined']);

/**
 * entity:state-named-body — a name spelled out before the acronym it defines, opening with a state's
 * name and going on in capitalised words with no head and no connector ("UK Export Finance (UKEF)",
 * "UK Maritime Trade Operations (UKMTO)"), is a body of that state: the acronym says the document
 * names one thing by it, the state says whose. Only names nothing else typed. Linear in the entities.
 */
export function typeStateBodies(lex: Lexicon, entities: readonly Entity[]): Entity[] {
  const found = rule(lex, 'entity:state-named-body');
  return entities.map((e) => {
    if (e.type !== 'other' || !e.why.some((r) => r.rule === 'entity:acronym-defined') || !e.why.every((r) => SPELLED.has(r.rule))) return e;
    const words = e.name.split(/\s+/);
    if (words.length < 3 || lex.gazetteer.get(keyOf(words[0]))?.type !== 'place') return e;
    const rest = words.slice(1).map(keyOf);
    if (!words.slice(1).every((w) => /^\p{Lu}\p{Ll}/u.test(w)) || rest.some((k) => lex.connectors.has(k) || lex.heads.has(k) || lex.gazetteer.has(k))) return e;
    return { ...e, type: 'organization', why: [{ rule: found.id, weight: found.weight, about: 'organization', words: words[0] }, ...e.why] };
  });
}
