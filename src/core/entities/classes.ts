import type { Entity, Mention, Reason } from '../model/model';
import { keyOf } from '../parse/chars';
import { rule, type Lexicon } from './lexicon';

/**
 * entity:ship-class — a name joined to "-class" ("two Virginia-class boats", "the Halifax-class
 * frigates") names a class of ships, the programme that builds them, not the place or the person
 * whose name it borrows: its mentions leave the name they were read as and make one programme,
 * "Virginia-class", with the suffix in the mention. entity:class-named-alone — where the document
 * also writes the class's name alone as a name nothing else typed ("the first Columbia boat",
 * "the Columbia program" beside "Columbia-class"), that name is the class. Linear in the mentions
 * (one pass to take the class mentions out, one to join the names written alone).
 */
export function shipClasses(text: string, lex: Lexicon, entities: readonly Entity[]): Entity[] {
  const classes = new Map<string, { name: string; mentions: Mention[] }>();
  const rest: Entity[] = [];
  for (const e of entities) {
    const kept: Mention[] = [];
    for (const m of e.mentions) {
      if (!CLASS_OF.test(text.slice(m.end, m.end + 7))) {
        kept.push(m);
        continue;
      }
      const base = text.slice(m.start, m.end);
      const slot = classes.get(keyOf(base)) ?? { name: `${base}${text.slice(m.end, m.end + 6)}`, mentions: [] };
      slot.mentions.push({ start: m.start, end: m.end + 6, entity: '' });
      classes.set(keyOf(base), slot);
    }
    if (kept.length === e.mentions.length) rest.push(e);
    else if (kept.length > 0) rest.push({ ...e, mentions: kept });
  }
  // A capitalised word joined to "-class" inside a sentence ("the new River-class destroyers") is a class though no rule read it as a name.
  const taken = new Set<number>();
  for (const slot of classes.values()) for (const m of slot.mentions) taken.add(m.start);
  for (const m of text.matchAll(CLASS_WORD)) {
    const start = m.index + m[1].length;
    if (taken.has(start)) continue;
    const slot = classes.get(keyOf(m[2])) ?? { name: `${m[2]}${m[3]}`, mentions: [] };
    slot.mentions.push({ start, end: start + m[2].length + m[3].length, entity: '' });
    classes.set(keyOf(m[2]), slot);
  }
  if (classes.size === 0) return rest;
  const found = rule(lex, 'entity:ship-class');
  const alone = rule(lex, 'entity:class-named-alone');
  const joined = new Map<string, { mentions: Mention[]; reasons: Reason[] }>();
  const out: Entity[] = [];
  for (const e of rest) {
    const key = classKey(lex, e);
    const slot = key === undefined ? undefined : classes.get(key);
    if (!slot) {
      out.push(e);
      continue;
    }
    const into = joined.get(key!) ?? { mentions: [], reasons: [] };
    into.mentions.push(...e.mentions);
    into.reasons.push({ rule: alone.id, weight: alone.weight, words: e.name });
    joined.set(key!, into);
  }
  for (const [key, slot] of classes) {
    const id = `treaty_or_program:${slot.name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}`;
    const more = joined.get(key);
    const mentions = [...slot.mentions, ...(more?.mentions ?? [])].map((m) => ({ start: m.start, end: m.end, entity: id })).sort((a, b) => a.start - b.start);
    const why: Reason[] = [{ rule: found.id, weight: found.weight * slot.mentions.length, about: 'treaty_or_program', words: '-class' }, ...(more?.reasons ?? [])];
    const aliases = [...new Set((more?.reasons ?? []).map((r) => r.words!))];
    out.push({ id, name: slot.name, type: 'treaty_or_program', aliases, mentions, why });
  }
  return out.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** The hyphenated word after a name that makes it a class of ships or aircraft ("Virginia-class"). */
const CLASS_OF = /^-class\b/i;
/** A capitalised word joined to "-class" after a lower-case word, a number or a comma of the same line: inside a sentence, not opening it. */
const CLASS_WORD = /([\p{Ll}\p{N},][ \t]+)(\p{Lu}\p{Ll}+)(-class)\b/gu;

/**
 * The key of the class a name written alone stands for: a name no rule typed ("Columbia", by its
 * capitals alone), or one a programme's lower-case head completes ("Columbia program").
 */
function classKey(lex: Lexicon, e: Entity): string | undefined {
  if (e.type === 'other' && e.why.every((r) => r.rule === 'entity:unknown-name')) return keyOf(e.name);
  const words = e.name.split(' ');
  const last = words[words.length - 1];
  if (e.type !== 'treaty_or_program' || words.length < 2 || last !== last.toLowerCase() || lex.lowerHeads.get(last) !== 'treaty_or_program') return undefined;
  return keyOf(words.slice(0, -1).join(' '));
}
