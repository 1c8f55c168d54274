import type { Entity, EntityType, Mention } from '../model/model';
import { rule, type Lexicon } from './lexicon';

/**
 * entity:listed-with-typed — a name no rule typed ("other", by its capitals alone) listed with a
 * name the whole document typed ("between Gashuunsukhait and Ganqimaodu", where "the
 * Gashuunsukhait border crossing" made the first a place; "at Norfolk, Portsmouth and Groton")
 * takes that type. Read once the document is typed, so a type found anywhere counts, not only
 * one found in the same sentence. "and" or "or" must join the two, or a comma with the list going
 * on after the untyped name: a comma alone after a fronted setting makes no list ("In Norway,
 * Tessvik Ammonia …"). Linear in the mentions (one sort of them).
 */
export function typeFromLists(text: string, lex: Lexicon, entities: readonly Entity[]): Entity[] {
  if (!entities.some(untyped)) return [...entities];
  const all: { m: Mention; e: number }[] = [];
  entities.forEach((e, i) => {
    for (const m of e.mentions) all.push({ m, e: i });
  });
  all.sort((a, b) => a.m.start - b.m.start);
  const votes = new Map<number, Map<EntityType, number>>();
  const vote = (i: number, type: EntityType) => {
    const tally = votes.get(i) ?? new Map<EntityType, number>();
    tally.set(type, (tally.get(type) ?? 0) + 1);
    votes.set(i, tally);
  };
  for (let k = 0; k < all.length; k++) {
    const { m, e } = all[k];
    if (!untyped(entities[e])) continue;
    const next = text.slice(m.end, m.end + 8);
    const before = k > 0 ? all[k - 1] : undefined;
    if (before && entities[before.e].type !== 'other' && joined(text.slice(before.m.end, m.start), next)) vote(e, entities[before.e].type);
    const after = k + 1 < all.length ? all[k + 1] : undefined;
    if (after && entities[after.e].type !== 'other' && JOINED.test(text.slice(m.end, after.m.start))) vote(e, entities[after.e].type);
  }
  if (votes.size === 0) return [...entities];
  const found = rule(lex, 'entity:listed-with-typed');
  return entities.map((e, i) => {
    const tally = votes.get(i);
    if (!tally || tally.size !== 1) return e;
    const [[type, n]] = [...tally];
    return { ...e, type, why: [{ rule: found.id, weight: found.weight * n, about: type }, ...e.why] };
  });
}

/** Typed by its capitals alone: an unknown name with no other evidence. */
const untyped = (e: Entity) => e.type === 'other' && e.why.every((r) => r.rule === 'entity:unknown-name');

/** "and" or "or" between two names, a comma before it or not. */
const JOINED = /^[ \t\n]*,?[ \t\n]+(?:and|or)[ \t\n]+$/;

/** Joined by "and"/"or", or by a comma when the list goes on after the second name (a comma, "and" or "or"). */
function joined(between: string, next: string): boolean {
  return JOINED.test(between) || (/^[ \t\n]*,[ \t\n]*$/.test(between) && /^[ \t\n]*(?:,|and\b|or\b)/.test(next));
}
