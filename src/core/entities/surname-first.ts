import type { Entity, Mention, Span } from '../model/model';
import { keyOf } from '../parse/chars';
import { ALIAS_LABEL, SURNAME_FIRST } from '../parse/designations';
import { rule, type Lexicon } from './lexicon';
import { slug } from './mentions';

/**
 * entity:surname-first — lists of designated persons (sanctions designation notices, consolidated
 * lists) write each person as the surname in capitals, a comma and the given names, on a line of
 * its own ("ROE, Jonathan Paul"), and the other names the person is known by on a line under it
 * ("a.k.a.: ROWE, Jon; ROE, Jonny"). Such a line is a person when the document holds two or more
 * of them (a list, not a heading in capitals before a comma); the alias line's names are mentions
 * of the same person, and a person the prose names by given name and surname ("Jonathan Roe") is
 * the same. Names the other readers found inside these spans ("ROWE", "Jonathan Paul") are
 * replaced. Linear in the text: each line is tried once.
 */
export function surnameFirst(lex: Lexicon, text: string, entities: readonly Entity[]): readonly Entity[] {
  const people = listedPeople(lex, text);
  if (people.length < LEAST) return entities;
  const found = rule(lex, 'entity:surname-first');
  const spans = people.flatMap((p) => p.spans).sort((a, b) => a.start - b.start);
  const inside = (m: Span) => covering(spans, m);
  // Names read inside the list's lines give way; the rest of their mentions stay.
  let kept = entities
    .map((e) => (e.mentions.some(inside) ? { ...e, mentions: e.mentions.filter((m) => !inside(m)) } : e))
    .filter((e) => e.mentions.length > 0);
  const ids = new Set(kept.map((e) => e.id));
  const made: Entity[] = [];
  for (const p of people) {
    // The person as the prose names them: the first given name (or all of them) and the surname.
    const forms = new Set([`${p.given[0]} ${p.surname}`, `${p.given.join(' ')} ${p.surname}`].map(keyOf));
    const same = kept.filter((e) => e.type === 'person' && forms.has(keyOf(e.name)));
    kept = kept.filter((e) => !same.includes(e));
    const name = `${p.given.join(' ')} ${p.surname}`;
    let id = `person:${slug(name)}`;
    for (let n = 2; ids.has(id); n++) id = `person:${slug(name)}-${n}`;
    ids.add(id);
    const mentions: Mention[] = [...p.spans.map((s) => ({ ...s, entity: id })), ...same.flatMap((e) => e.mentions.map((m) => ({ ...m, entity: id })))].sort((a, b) => a.start - b.start);
    const aliases = [...new Set([...p.forms, ...same.flatMap((e) => [e.name, ...e.aliases])])].filter((a) => a !== name);
    const why = [{ rule: found.id, weight: found.weight, about: 'person', words: p.forms[0] }, ...same.flatMap((e) => e.why)];
    made.push({ id, name, type: 'person', aliases, mentions, why });
  }
  return [...kept, ...made].sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** A person of a list of designated persons: the names as listed, where, and the name in prose order. */
interface Listed {
  /** The surname as a name is written ("Roe" of "ROE"). */
  readonly surname: string;
  readonly given: readonly string[];
  /** The listed forms, as written ("ROE, Jonathan Paul", then the aliases). */
  readonly forms: readonly string[];
  readonly spans: readonly Span[];
}

/** The fewest surname-first lines that make a list. */
const LEAST = 2;

/** A surname in capitals, a comma, one to three capitalised given names (parse/designations.ts SURNAME_FIRST). */
const NAME = new RegExp(SURNAME_FIRST, 'gu');

/** A whole line: list markers, a number and spaces, then the name and nothing after it. */
const LINE = new RegExp(`^[\\s>*_#+-]*(?:\\d{1,3}[.)]\\s*)?${NAME.source}[\\s.]*$`, 'u');

/** An alias label, with its colon, opening a line under the name (markers and spaces before it). */
const ALIAS = new RegExp(`^[\\s>*_+-]*${ALIAS_LABEL}\\s*:?\\s*`, 'iu');

/** The people of the document's surname-first lines, with the aliases of the lines under each. */
function listedPeople(lex: Lexicon, text: string): Listed[] {
  const out: Listed[] = [];
  let current: { surname: string; given: string[]; forms: string[]; spans: Span[] } | null = null;
  let at = 0;
  while (at <= text.length) {
    const next = text.indexOf('\n', at);
    const end = next < 0 ? text.length : next;
    const line = text.slice(at, end);
    const whole = LINE.exec(line);
    if (whole && whole[2].split(' ').every((w) => !lex.commonWords.has(keyOf(w))) && !placeLine(lex, whole[1], whole[2]) && !headingCaps(lex, whole[1])) {
      const start = at + line.indexOf(`${whole[1]}, ${whole[2]}`);
      const form = `${whole[1]}, ${whole[2]}`;
      current = { surname: nameCase(whole[1]), given: whole[2].split(' '), forms: [form], spans: [{ start, end: start + form.length }] };
      out.push(current);
    } else if (current && line.trim() === '') {
      current = null;
    } else if (current) {
      const label = ALIAS.exec(line);
      if (label) {
        for (const m of line.slice(label[0].length).matchAll(NAME)) {
          const start = at + label[0].length + m.index;
          current.forms.push(m[0]);
          current.spans.push({ start, end: start + m[0].length });
        }
      }
    }
    if (next < 0) break;
    at = next + 1;
  }
  return out;
}

/**
 * True when a line's "surname" and "given names" are places ("OSLO, Norway", "UKRAINE, Georgia"): a
 * dateline, an office's city and country, or a pair of states, not a person. The given part is a
 * place the gazetteer knows, and either it is no given name ("Norway") or the surname is a place too
 * ("UKRAINE, Georgia"); "SMITH, Georgia" stays a person.
 */
function placeLine(lex: Lexicon, surname: string, given: string): boolean {
  const place = (s: string) => lex.gazetteer.get(keyOf(s))?.type === 'place';
  if (!place(given)) return false;
  return place(surname) || !given.split(' ').every((w) => lex.firstNames.has(keyOf(w)));
}

/**
 * True when a "surname" of two words or more holds a common word or the head of a body or a place
 * (words.json commonWords, heads.json): a region's name over its office town ("NORTHERN REGION,
 * Tamale") or an agenda item over who leads it ("OPENING SESSION, Chair"), not a surname of
 * several words, whose small words are particles or function words ("DE LA CRUZ", "MAC AN TSAOI").
 */
function headingCaps(lex: Lexicon, surname: string): boolean {
  const words = surname.split(' ').map(keyOf);
  return words.length > 1 && words.some((w) => !lex.particles.has(w) && !lex.connectors.has(w) && !lex.functionWords.has(w) && (lex.commonWords.has(w) || lex.heads.has(w)));
}

/** A surname in capitals as a name is written: "AYDEMİR-KOÇ" → "Aydemir-Koç". */
function nameCase(caps: string): string {
  return caps.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLocaleLowerCase('en').replace(/i̇/g, 'i'));
}

/** True when `m` lies inside one of the sorted `spans`. */
function covering(spans: readonly Span[], m: Span): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= m.start) lo = mid + 1;
    else if (spans[mid].start > m.start) hi = mid - 1;
    else return m.end <= spans[mid].end;
  }
  return false;
}
