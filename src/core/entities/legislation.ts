import type { Entity, Mention, Span } from '../model/model';
import { partitionPoint } from '../model/lookup';
import { evidenceOf, summarise } from './evidence';
import { rule, type Lexicon } from './lexicon';

/**
 * Bills and public laws named by their number, as legislatures write them:
 * "H.R. 1903", "S. 348", "H.Res. 12", "S.J.Res. 7", "P.L. 116-92", "Pub. L. No.
 * 119-21" (the prefixes are data: legislation.json). No capitalised-word rule
 * finds these (they are letters and digits), yet a reader wants them as the
 * programmes and laws they are. So are acts numbered by year and serial
 * ("Regulation (EU) 2023/956", "Directive 2003/87/EC").
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
export function addLegislation(lex: Lexicon, text: string, units: Iterable<Span>, input: readonly Entity[]): Entity[] {
  const { acts, entities } = numberedActs(lex, text, units, input);
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
  if (found.size === 0 && acts.length === 0) return [...entities];
  const named = numbersOfNames(lex, text, entities, found);
  const why = summarise(evidenceOf(rule(lex, 'entity:bill-number'), 'treaty_or_program').reasons, 'treaty_or_program');
  const added: Entity[] = [...found].filter(([name]) => !named.has(name)).map(([name, mentions]) => ({
    id: mentions[0].entity,
    name,
    type: 'treaty_or_program',
    why,
    aliases: [],
    mentions,
  }));
  const joined = entities.map((e) => named.get(e.id) ?? e);
  return [...joined, ...added, ...acts].sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** A law's name, then its number in brackets: "… Act of 2002 (P.L. 107-295)", "… Act, 2026 (P.L. 119-75)", "(FY2020 NDAA; P.L. 116-92)". */
const BEFORE_NUMBER = /(?:,\s*(?:19|20)\d\d)?\s*\((?:[^();]{0,40};\s*)?\s*$/;

/**
 * The numbers of laws written in brackets right after a law's name (entity:law-number-alias): the
 * number is another name of that law, and its mentions elsewhere ("Section 8149 of P.L. 119-75") are
 * the law's too. Returns, by entity id, each law with its numbers joined, and by number the law it
 * joined (as the number's name).
 */
function numbersOfNames(lex: Lexicon, text: string, entities: readonly Entity[], found: ReadonlyMap<string, Mention[]>): Map<string, Entity> {
  const byEnd = new Map<number, Entity>();
  // A provision ("Section 102 of the … Act") is part of a law: the number names the law, not the part.
  const provision = (e: Entity) => lex.parts.has(e.name.split(' ')[0].toLowerCase());
  for (const e of entities) if (e.type === 'treaty_or_program' && !provision(e)) for (const m of e.mentions) byEnd.set(m.end, e);
  const out = new Map<string, Entity>();
  for (const [name, mentions] of found) {
    const law = mentions.map((m) => lawBefore(text, m.start, byEnd)).find((e) => e !== undefined);
    if (!law) continue;
    const current = out.get(law.id) ?? law;
    const all = [...current.mentions, ...mentions.map((m) => ({ ...m, entity: law.id }))].sort((a, b) => a.start - b.start);
    const joined = { ...current, aliases: [...current.aliases, name], mentions: all, why: [...current.why, { rule: 'entity:law-number-alias', weight: 1, words: name }] };
    out.set(law.id, joined);
    out.set(name, joined);
  }
  return out;
}

/** The law whose name ends right before the bracket a number at `start` opens, if any. */
function lawBefore(text: string, start: number, byEnd: ReadonlyMap<number, Entity>): Entity | undefined {
  const before = text.slice(Math.max(0, start - 60), start);
  // Markup is blanked to spaces: "([P.L. 119-75](…))" reads "( P.L. 119-75 …)".
  const read = before.replace(/\[/g, ' ');
  const m = BEFORE_NUMBER.exec(read);
  if (!m) return undefined;
  // The year after a comma may end the name ("… Act, 2026") or follow it.
  const bracket = /\s*\((?:[^();]{0,40};\s*)?\s*$/.exec(read);
  return byEnd.get(start - (before.length - m.index)) ?? (bracket ? byEnd.get(start - (before.length - bracket.index)) : undefined);
}

/**
 * Acts cited by kind and number ("Regulation (EU) 2023/956", "Directive 2003/87/EC"): each citation
 * is one name (entity:act-number), and the words inside it that other rules read as names of their
 * own ("Directive 2003", the series "EU", "EC") are no mentions of those: an entity left with no
 * mention is dropped.
 */
function numberedActs(lex: Lexicon, text: string, units: Iterable<Span>, entities: readonly Entity[]): { acts: Entity[]; entities: readonly Entity[] } {
  // By kind and number: "Regulation (EU) 2019/452" and "Regulation 2019/452" are one act (entity:act-without-series).
  const found = new Map<string, { names: Set<string>; mentions: Span[] }>();
  const spans: Span[] = [];
  for (const unit of units) {
    const slice = text.slice(unit.start, unit.end);
    if (!slice.includes('/')) continue;
    for (const m of slice.matchAll(lex.acts)) {
      const start = unit.start + m.index!;
      const name = m[0].replace(/\s+/g, ' ');
      const key = name.replace(/ \([^)]*\)/, '').replace(/ No\.? /, ' ');
      const act = found.get(key) ?? { names: new Set<string>(), mentions: [] };
      act.names.add(name);
      act.mentions.push({ start, end: start + m[0].length });
      found.set(key, act);
      spans.push({ start, end: start + m[0].length });
    }
  }
  if (found.size === 0) return { acts: [], entities };
  const why = summarise(evidenceOf(rule(lex, 'entity:act-number'), 'treaty_or_program').reasons, 'treaty_or_program');
  const acts: Entity[] = [...found.values()].map(({ names, mentions }) => {
    const name = [...names].sort((a, b) => b.length - a.length)[0];
    const id = `treaty_or_program:${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
    const joined = names.size > 1 ? [{ rule: 'entity:act-without-series', weight: rule(lex, 'entity:act-without-series').weight }] : [];
    return { id, name, type: 'treaty_or_program', why: [...why, ...joined], aliases: [...names].filter((n) => n !== name), mentions: mentions.map((m) => ({ ...m, entity: id })) };
  });
  return byKind(lex, acts, withoutInside(entities, spans));
}

/**
 * entity:act-by-kind — the kind of act alone ("the Regulation") names the one act of that kind the
 * document cites by number; with two or more of that kind it stays as it was.
 */
function byKind(lex: Lexicon, acts: Entity[], entities: Entity[]): { acts: Entity[]; entities: readonly Entity[] } {
  const kindOf = (a: Entity) => a.name.split(' ')[0];
  const kept: Entity[] = [];
  for (const e of entities) {
    const same = e.type === 'treaty_or_program' ? acts.filter((a) => kindOf(a) === e.name) : [];
    if (same.length !== 1) {
      kept.push(e);
      continue;
    }
    const act = same[0];
    const r = rule(lex, 'entity:act-by-kind');
    const mentions = [...act.mentions, ...e.mentions.map((m) => ({ ...m, entity: act.id }))].sort((a, b) => a.start - b.start);
    acts[acts.indexOf(act)] = { ...act, mentions, why: [...act.why, { rule: r.id, weight: r.weight, words: e.name }] };
  }
  return { acts, entities: kept };
}

/**
 * The entities without their mentions inside `spans` (names read inside a longer name that
 * is one of its own: a citation, a court case); an entity left with no mention is dropped.
 */
export function withoutInside(entities: readonly Entity[], spans: readonly Span[]): Entity[] {
  const inside = (m: Mention) => spans.some((s) => m.start >= s.start && m.end <= s.end);
  return entities.flatMap((e) => {
    if (!e.mentions.some(inside)) return [e];
    const mentions = e.mentions.filter((m) => !inside(m));
    return mentions.length ? [{ ...e, mentions }] : [];
  });
}
