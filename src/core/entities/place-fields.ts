import type { Entity, Span } from '../model/model';
import words from '../lexicon/data/words.json';
import { keyOf } from '../parse/chars';
import { rule, type Lexicon } from './lexicon';
import { slug } from './mentions';

/**
 * entity:place-field — a form's field whose label names a place ("Town: Tromsø", "POB: Kazan,
 * Russia", words.json placeFields) holds a place in its value: the capitalised words up to a comma,
 * a full stop, a bracket or the line's end. Forms set places so (procurement notices' "Town", lists
 * of designated persons' "POB"). A name found there of another type is retyped; one nobody found is
 * made; a name found partly inside it gives way. Linear: one pass of one bounded expression.
 */
export function placeFields(lex: Lexicon, text: string, entities: readonly Entity[]): readonly Entity[] {
  const values: Span[] = [];
  for (const m of text.matchAll(FIELD)) {
    const [start, end] = m.indices?.[2] ?? [0, 0];
    if (end > start && holdsPlace(lex, m[2])) values.push({ start, end });
  }
  if (values.length === 0) return entities;
  const found = rule(lex, 'entity:place-field');
  const reason = (words: string) => ({ rule: found.id, weight: found.weight, about: 'place', words });
  const same = (a: Span, b: Span) => a.start === b.start && a.end === b.end;
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  let out = [...entities];
  const ids = new Set(out.map((e) => e.id));
  for (const v of values) {
    const name = text.slice(v.start, v.end);
    // Names read across the value's edges give way; the value's own name keeps its mentions.
    out = out
      .map((e) => (e.mentions.some((m) => overlaps(m, v) && !same(m, v)) ? { ...e, mentions: e.mentions.filter((m) => !overlaps(m, v) || same(m, v)) } : e))
      .filter((e) => e.mentions.length > 0);
    const at = out.findIndex((e) => e.mentions.some((m) => same(m, v)));
    if (at >= 0) {
      const e = out[at];
      if (e.type !== 'place' && e.type !== 'other') continue;
      out[at] = e.type === 'place' ? e : { ...e, type: 'place', why: [reason(name), ...e.why] };
      continue;
    }
    const named = out.findIndex((e) => e.type === 'place' && keyOf(e.name) === keyOf(name));
    if (named >= 0) {
      const e = out[named];
      out[named] = { ...e, mentions: [...e.mentions, { ...v, entity: e.id }].sort((a, b) => a.start - b.start) };
      continue;
    }
    let id = `place:${slug(name)}`;
    for (let n = 2; ids.has(id); n++) id = `place:${slug(name)}-${n}`;
    ids.add(id);
    out.push({ id, name, type: 'place', aliases: [], mentions: [{ ...v, entity: id }], why: [reason(name)] });
  }
  return out.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** Values a form writes where it has nothing to give ("Unknown", "Not known"): words.json blankValues. */
const BLANK = new Set(words.blankValues.map(keyOf));

/**
 * True when a field's value can name a place: not a blank ("Unknown"), not a common word, and not
 * opened by one ("The Capital", "All Municipalities", "See Town") unless the gazetteer knows the
 * whole value ("New York").
 */
function holdsPlace(lex: Lexicon, value: string): boolean {
  const key = keyOf(value);
  if (BLANK.has(key) || lex.commonWords.has(key)) return false;
  return !lex.commonWords.has(keyOf(value.split(/[ \t]/)[0])) || lex.gazetteer.get(key)?.type === 'place';
}

/** A label's words matching either case, so the value's capitals stay capitals ("Town" and "TOWN", never "town: unknown"). */
const eitherCase = (w: string) => w.replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`).replace(/ /g, '\\s+');

/** A place field's label (as the line or a full stop leaves it), its colon, then its value's capitalised words. */
const FIELD = new RegExp(
  String.raw`(?:^|\n|[.;|]\s+)[ \t>*_-]*(${words.placeFields.map(eitherCase).join('|')})[ \t*_]*:[ \t*_]*(\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*){0,3})(?=[ \t]*(?:[,.(]|$))`,
  'dgmu',
);
