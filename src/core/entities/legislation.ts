import type { Entity, Mention, Span } from '../model/model';
import { partitionPoint } from '../model/lookup';
import { evidenceOf, summarise } from './evidence';
import { rule, type Lexicon } from './lexicon';

/**
 * Bills and public laws named by their number, as legislatures write them:
 * "H.R. 1903", "S. 348", "H.Res. 12", "S.J.Res. 7", "P.L. 116-92", "Pub. L. No.
 * 119-21" (the prefixes are data: legislation.json). No capitalised-word rule
 * finds these (they are letters and digits), yet a reader wants them as the
 * programmes and laws they are.
 */

/** The same bill however it is spaced: "H.R. 735" and "H.R.735" are one, as "Pub. L." and "P.L." are. */
function key(lex: Lexicon, prefix: string, number: string): string {
  const compact = prefix.replace(/\s+/g, '');
  return `${lex.billKeys.get(compact) ?? compact} ${number}`;
}

/**
 * Adds bills and laws found inside `units` to `entities`, skipping any range an
 * entity already covers. Returns the entities in order of first mention.
 */
export function addLegislation(lex: Lexicon, text: string, units: readonly Span[], entities: readonly Entity[]): Entity[] {
  const taken = entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  const overlaps = (start: number, end: number) => {
    const i = partitionPoint(taken.length, (k) => taken[k].end <= start);
    return i < taken.length && taken[i].start < end;
  };
  const found = new Map<string, Mention[]>();
  for (const unit of units) {
    const slice = text.slice(unit.start, unit.end);
    if (!/\d/.test(slice)) continue;
    for (const m of slice.matchAll(lex.bills)) {
      const start = unit.start + m.index!;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      const name = key(lex, m[1], m[2]);
      const id = `treaty_or_program:${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
      const list = found.get(name) ?? [];
      list.push({ start, end, entity: id });
      found.set(name, list);
    }
  }
  if (found.size === 0) return [...entities];
  const why = summarise(evidenceOf(rule(lex, 'entity:bill-number'), 'treaty_or_program').reasons, 'treaty_or_program');
  const added: Entity[] = [...found].map(([name, mentions]) => ({
    id: mentions[0].entity,
    name,
    type: 'treaty_or_program',
    why,
    aliases: [],
    mentions,
  }));
  return [...entities, ...added].sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}
