import type { Entity, Mention } from '../model/model';
import { keyOf } from '../parse/chars';
import { rule, type Lexicon } from './lexicon';

/**
 * Where a name begins and ends, read once the whole document is known:
 * entity:numbered-designation — a name the document always writes with the
 * same small number after it ("Nord Stream 2", "Estlink 2") keeps the number;
 * entity:without-lower-head — a place written with a singular lower-case place
 * noun after it ("the Amu Darya basin") is the place the document also names
 * alone ("the Amu Darya"), and the mention covers the name only. Linear in the
 * mentions.
 */
export function extendNames(text: string, lex: Lexicon, entities: readonly Entity[]): Entity[] {
  const numbered = entities.map((e) => withNumber(text, lex, e));
  return joinLowerHeads(text, lex, numbered);
}

/** A small number after a mention, the same after every one: " 2" in "Estlink 2". */
const NUMBER_AFTER = /^[ \t]+(\d{1,3})(?![\d%]|[.,]\d|[ \t]*(?:percent|per cent)\b)/u;

function withNumber(text: string, lex: Lexicon, e: Entity): Entity {
  if (e.type === 'person' || e.mentions.length === 0 || /\d/.test(e.name)) return e;
  let number = '';
  for (const m of e.mentions) {
    const found = NUMBER_AFTER.exec(text.slice(m.end, m.end + 12));
    if (!found || (number && found[1] !== number)) return e;
    number = found[1];
  }
  const r = rule(lex, 'entity:numbered-designation');
  const mentions = e.mentions.map((m) => ({ ...m, end: text.indexOf(number, m.end) + number.length }));
  return { ...e, name: `${e.name} ${number}`, mentions, why: [...e.why, { rule: r.id, weight: r.weight, about: e.type, words: number }] };
}

/** Joins "X basin" (a place of X plus a singular lower-case place noun) to the place X the document names alone. */
function joinLowerHeads(text: string, lex: Lexicon, entities: Entity[]): Entity[] {
  const places = new Map<string, Entity>();
  for (const e of entities) if (e.type === 'place') places.set(e.name, e);
  const moved = new Map<string, Mention[]>();
  const gone = new Set<string>();
  for (const e of entities) {
    const space = e.name.lastIndexOf(' ');
    if (e.type !== 'place' || space < 0) continue;
    const noun = e.name.slice(space + 1);
    const bare = places.get(e.name.slice(0, space));
    if (!bare || bare === e || noun !== noun.toLowerCase() || noun.endsWith('s') || lex.lowerHeads.get(keyOf(noun)) !== 'place') continue;
    const bareEnd = (m: Mention) => {
      let end = m.end - noun.length;
      while (end > m.start && /\s/.test(text[end - 1])) end--;
      return end;
    };
    moved.set(bare.id, [...(moved.get(bare.id) ?? []), ...e.mentions.map((m) => ({ start: m.start, end: bareEnd(m), entity: bare.id }))]);
    gone.add(e.id);
  }
  if (gone.size === 0) return entities;
  const r = rule(lex, 'entity:without-lower-head');
  return entities
    .filter((e) => !gone.has(e.id))
    .map((e) => {
      const more = moved.get(e.id);
      if (!more) return e;
      const mentions = [...e.mentions, ...more].sort((a, b) => a.start - b.start);
      return { ...e, mentions, why: [...e.why, { rule: r.id, weight: r.weight, about: e.type }] };
    });
}
