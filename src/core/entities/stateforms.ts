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
