import type { Entity } from '../model/model';
import { keyOf } from '../parse/chars';
import { rule, type Lexicon } from './lexicon';

/**
 * entity:date-tail — "told the Budget Subcommittee on May 6", "Albania's Assembly on Thursday passed …": "on"
 * and a month or a day of the week at the end of a name say when, not which; the name ends before them.
 * Each mention ending so is cut there. Reads each name once.
 */
export function withoutDateTail(text: string, lex: Lexicon, entity: Entity): Entity {
  const tail = DATE_TAIL.exec(entity.name);
  if (!tail || entity.type === 'person' || !lex.calendar.has(keyOf(tail[1])) || tail.index === 0) return entity;
  const mentions = entity.mentions.map((m) => {
    const cut = DATE_TAIL.exec(text.slice(m.start, m.end));
    return cut && cut.index > 0 ? { ...m, end: m.start + cut.index } : m;
  });
  const r = rule(lex, 'entity:date-tail');
  return { ...entity, name: entity.name.slice(0, tail.index), mentions, why: [...entity.why, { rule: r.id, weight: r.weight, about: entity.type, words: tail[0].trim() }] };
}

/** Spaces, "on", spaces and one word ending the name. */
const DATE_TAIL = /\s+on\s+(\p{L}+)$/u;
