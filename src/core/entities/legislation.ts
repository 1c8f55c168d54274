import type { Entity, Mention, Span } from '../model/model';
import { NO_REASONS } from '../model/model';
import { partitionPoint } from '../model/lookup';

/**
 * Bills and public laws named by their number, as legislatures write them:
 * "H.R. 1903", "S. 348", "H.Res. 12", "S.J.Res. 7", "P.L. 116-92", "Pub. L. No.
 * 119-21". No capitalised-word rule finds these (they are letters and digits),
 * yet a reader wants them as the programmes and laws they are.
 */
const BILL = /\b(H\.\s?R\.|H\.\s?Res\.|H\.\s?J\.\s?Res\.|H\.\s?Con\.\s?Res\.|S\.\s?Res\.|S\.\s?J\.\s?Res\.|S\.\s?Con\.\s?Res\.|S\.|P\.\s?L\.|Pub\.\s?L\.(?:\s?No\.)?)\s?(\d{1,5}(?:-\d{1,4})?)\b/g;

/** The same bill however it is spaced: "H.R. 735" and "H.R.735" are one. */
function key(prefix: string, number: string): string {
  return `${prefix.replace(/\s+/g, '').replace(/^Pub\.L\.(No\.)?$/, 'P.L.')} ${number}`;
}

/**
 * Adds bills and laws found inside `units` to `entities`, skipping any range an
 * entity already covers. Returns the entities in order of first mention.
 */
export function addLegislation(text: string, units: readonly Span[], entities: readonly Entity[]): Entity[] {
  const taken = entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  const overlaps = (start: number, end: number) => {
    const i = partitionPoint(taken.length, (k) => taken[k].end <= start);
    return i < taken.length && taken[i].start < end;
  };
  const found = new Map<string, Mention[]>();
  for (const unit of units) {
    const slice = text.slice(unit.start, unit.end);
    if (!/\d/.test(slice)) continue;
    for (const m of slice.matchAll(BILL)) {
      const start = unit.start + m.index!;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      const name = key(m[1], m[2]);
      const id = `treaty_or_program:${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
      const list = found.get(name) ?? [];
      list.push({ start, end, entity: id });
      found.set(name, list);
    }
  }
  if (found.size === 0) return [...entities];
  const added: Entity[] = [...found].map(([name, mentions]) => ({
    id: mentions[0].entity,
    name,
    type: 'treaty_or_program',
    why: NO_REASONS,
    aliases: [],
    mentions,
  }));
  return [...entities, ...added].sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}
