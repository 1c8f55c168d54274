import type { Entity, Mention } from '../model/model';
import { keyOf } from '../parse/chars';
import { rule, type Lexicon } from './lexicon';

/**
 * Where a name begins and ends, read once the whole document is known:
 * entity:numbered-designation — a name the document always writes with the
 * same small number after it ("Nord Stream 2", "Estlink 2") keeps the number;
 * entity:without-lower-head — a place written with a singular lower-case place
 * noun after it ("the Amu Darya basin") is the place the document also names
 * alone ("the Amu Darya"), and the mention covers the name only;
 * entity:hyphen-particles — "Barrow-in-Furness" is one name. Linear in the mentions.
 */
export function extendNames(text: string, lex: Lexicon, entities: readonly Entity[]): Entity[] {
  const numbered = entities.map((e) => withParticles(text, lex, withDesignation(text, lex, withNumber(text, lex, e))));
  return joinLowerHeads(text, lex, numbered);
}

/**
 * A small number after a mention, the same after every one: " 2" in "Estlink 2". One space apart: a wider gap is
 * a table's or a column's border ("| Sub-Saharan Africa | 26 |" blanked), and the number is the next cell's.
 */
const NUMBER_AFTER = /^[ \u00a0](\d{1,3})(?![\d%]|[.,]\d|[ \t]*(?:percent|per cent)\b)/u;

function withNumber(text: string, lex: Lexicon, e: Entity): Entity {
  if (e.type === 'person' || e.mentions.length === 0 || /\d/.test(e.name)) return e;
  // A number after a month is its day ("Released July 22"), no designation.
  if (lex.calendar.has(keyOf(e.name.slice(e.name.lastIndexOf(' ') + 1)))) return e;
  const number = sameAfter(text, e, NUMBER_AFTER, 12, 1);
  return number ? extended(lex, e, 'entity:numbered-designation', number, ` ${number}`, (m) => text.indexOf(number, m.end) + number.length) : e;
}

/** What `pattern` (its group `group`) reads right after every mention, when it reads the same after each; else ''. */
function sameAfter(text: string, e: Entity, pattern: RegExp, reach: number, group: number): string {
  let same = '';
  for (const m of e.mentions) {
    const found = pattern.exec(text.slice(m.end, m.end + reach));
    if (!found || (same && found[group] !== same)) return '';
    same = found[group];
  }
  return same;
}

/** The entity with `added` after its name, each mention running to `end`, and the rule that said so. */
function extended(lex: Lexicon, e: Entity, id: string, words: string, added: string, end: (m: Mention) => number): Entity {
  const r = rule(lex, id);
  const mentions = e.mentions.map((m) => ({ ...m, end: end(m) }));
  return { ...e, name: `${e.name}${added}`, mentions, why: [...e.why, { rule: r.id, weight: r.weight, about: e.type, words }] };
}

/**
 * The number an instrument is cited by: " No. 62", " (EU) No 833/2014", " (E.O.) 14071" (five figures or more, no
 * year, no amount); after a name ending in "Year" its year (" 2026" of "… for Fiscal Year 2026").
 */
const DESIGNATION_AFTER = /^ (?:\([\p{Lu}.]{1,8}\) )?(?:No\.? ?\d+(?:\/\d{2,4})?|\d{5,6})(?![\d.,]?\d)/u;
const YEAR_AFTER = /^ (?:19|20)\d\d(?![\d.,]?\d)/u;

/**
 * entity:numbered-instrument — an order, act or regulation the document always cites with the same number
 * ("Executive Order No. 62", "Council Regulation (EU) No 833/2014", "… for Fiscal Year 2026") keeps it.
 */
function withDesignation(text: string, lex: Lexicon, e: Entity): Entity {
  if (e.type !== 'treaty_or_program' || e.mentions.length === 0 || /\d/.test(e.name)) return e;
  const after = sameAfter(text, e, /\bYear$/.test(e.name) ? YEAR_AFTER : DESIGNATION_AFTER, 40, 0);
  return after ? extended(lex, e, 'entity:numbered-instrument', after.trim(), after, (m) => m.end + after.length) : e;
}

/** Lower-case particles and a capitalised word joined by hyphens after a name ("-in-Furness", "-les-Bains"). */
const PARTICLES_AFTER = /^(?:-\p{Ll}{1,4})+-\p{Lu}\p{Ll}+/u;

/**
 * entity:hyphen-particles — a name joined by hyphens through lower-case particles to another capitalised
 * word ("Barrow-in-Furness", "Évian-les-Bains") is one name: the mention, the same after every one, goes on.
 */
function withParticles(text: string, lex: Lexicon, e: Entity): Entity {
  if (e.type === 'person' || e.mentions.length === 0) return e;
  const tail = sameAfter(text, e, PARTICLES_AFTER, 40, 0);
  return tail ? extended(lex, e, 'entity:hyphen-particles', tail, tail, (m) => m.end + tail.length) : e;
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

/**
 * entity:short-form-defined — a short form in parentheses right after a name
 * ("Export-Import Bank of China (China Exim)", "Directorate-General for Trade (DG
 * TRADE)"), each of its words a word of the name, the start of one ("AGRI" of
 * "Agriculture") or made of the first letters of its parts ("Exim" of
 * "Export-Import", "DG" of "Directorate-General"),
 * is that name: the short form becomes a mention and an alias of it, and the
 * names read inside it ("China", "Exim") give up their mentions there.
 */
export function joinShortForms(text: string, lex: Lexicon, entities: readonly Entity[]): Entity[] {
  const added = new Map<string, { mentions: Mention[]; alias: string }>();
  const spans: { start: number; end: number; to: string; alias: string }[] = [];
  for (const e of entities) {
    if (e.type === 'person' || !e.name.includes(' ')) continue;
    for (const m of e.mentions) {
      const found = SHORT_AFTER.exec(text.slice(m.end, m.end + 60));
      if (!found || !shortFormOf(found[1], e.name)) continue;
      const start = m.end + found[0].length - found[1].length - 1;
      spans.push({ start, end: start + found[1].length, to: e.id, alias: found[1] });
    }
  }
  if (spans.length === 0) return [...entities];
  const r = rule(lex, 'entity:short-form-defined');
  const inside = (m: Mention) => spans.some((s) => m.start >= s.start && m.end <= s.end);
  for (const s of spans) {
    const slot = added.get(s.to) ?? { mentions: [], alias: s.alias };
    slot.mentions.push({ start: s.start, end: s.end, entity: s.to });
    added.set(s.to, slot);
  }
  return entities.flatMap((e) => {
    const kept = e.mentions.filter((m) => !inside(m));
    const slot = added.get(e.id);
    if (!slot) return kept.length === 0 ? [] : kept.length === e.mentions.length ? [e] : [{ ...e, mentions: kept }];
    const mentions = [...kept, ...slot.mentions].sort((a, b) => a.start - b.start);
    return [{ ...e, mentions, aliases: [...e.aliases, slot.alias], why: [...e.why, { rule: r.id, weight: r.weight, about: e.type, words: slot.alias }] }];
  });
}

/** Spaces and emphasis, "(", a short capitalised phrase of one to three words, ")". */
const SHORT_AFTER = /^[\s*_\])]*(?:\([^)]*\)[\s*_]*)?\(((?:\p{Lu}[\p{L}’'-]*)(?:\s\p{Lu}[\p{L}’'-]*){0,2})\)/u;

/** True when every word of `short` is a word of `name` or made of the first letters of consecutive parts of it. */
function shortFormOf(short: string, name: string): boolean {
  const words = short.split(' ');
  const parts = name.split(/[\s-]+/).map((p) => p.toLowerCase());
  const whole = new Set(name.split(/\s+/).map((w) => w.toLowerCase()));
  if (words.length < 2 && !/[a-z]/.test(short)) return false;
  let built = false;
  const ok = words.every((w) => {
    const lower = w.toLowerCase();
    if (whole.has(lower)) return true;
    // "Exim" of "Export-Import"; "DG" of "Directorate-General"; "AGRI" of "Agriculture".
    if (prefixesOf(lower, parts) || initialsOf(lower, parts) || (lower.length >= 3 && parts.some((p) => p.length > lower.length && p.startsWith(lower)))) return (built = true);
    return false;
  });
  return ok && built;
}

/** True when `word` is the first letters of two or more consecutive `parts` ("dg" of directorate, general). */
function initialsOf(word: string, parts: readonly string[]): boolean {
  if (word.length < 2) return false;
  for (let p = 0; p + word.length <= parts.length; p++) {
    let q = 0;
    while (q < word.length && parts[p + q].charAt(0) === word.charAt(q)) q++;
    if (q === word.length) return true;
  }
  return false;
}

/** True when `word` is the first two or more letters of each of two or more consecutive `parts` ("exim" of export, import). */
function prefixesOf(word: string, parts: readonly string[]): boolean {
  for (let p = 0; p < parts.length; p++) {
    let at = 0;
    let q = p;
    while (q < parts.length && at < word.length) {
      let n = 0;
      while (n < parts[q].length && at + n < word.length && parts[q][n] === word[at + n]) n++;
      if (n < 2) break;
      at += n;
      q++;
    }
    if (at === word.length && q - p >= 2) return true;
  }
  return false;
}
