import type { Entity, Mention } from '../model/model';
import { keyOf } from '../parse/chars';
import type { Lexicon } from './lexicon';

/**
 * entity:machine-name — a capitalised word argued for by nothing but its shape, written before a kind of
 * vehicle, craft, weapon or product ("two Rafale F4 fighters", "the old Panther and Husky vehicles", "a CP-140
 * Aurora patrol aircraft", "its VACCIVAR vaccine"), names a model of thing, not a body, a place or a person:
 * every mention stands before such a noun or a model's number ("Kosmos 2251"), and one at least before the noun.
 * A word the document also writes inside a longer name or in the plural as a name ("the Houthi movement",
 * "the Houthis" beside "a Houthi missile") names a body. Reads a few words after each mention.
 */
export function machineName(text: string, lex: Lexicon, entity: Entity, weak: ReadonlySet<string>, named: ReadonlySet<string>): boolean {
  if (entity.type !== 'other' || !entity.why.every((r) => weak.has(r.rule)) || named.has(keyOf(entity.name))) return false;
  let noun = false;
  for (const m of entity.mentions) {
    const after = machineAfter(text, lex, m);
    if (after === 'none') return false;
    noun ||= after === 'noun';
  }
  return noun;
}

/**
 * After the mention: another capitalised model joined by "and" ("Panther and Husky"), a model's number or code
 * ("F4", "TB2", "1408"; no year), then up to two lower-case words, one of them a kind of machine.
 */
const AFTER = /^(?:[ \t]+and[ \t]+\p{Lu}[\p{L}\d-]*)?(?:[ \t]+((?:\p{Lu}{1,3}-?)?\d[\p{L}\d-]*))?(?:[ \t]+(\p{Ll}[\p{Ll}-]*))?(?:[ \t]+(\p{Ll}[\p{Ll}-]*))?/u;
const YEAR = /^(?:19|20)\d\d$/;

function machineAfter(text: string, lex: Lexicon, m: Mention): 'noun' | 'number' | 'none' {
  const found = AFTER.exec(text.slice(m.end, m.end + 60));
  if (!found) return 'none';
  const [, code, first, second] = found;
  if (code && YEAR.test(code)) return 'none';
  if ((first && lex.machines.has(first)) || (second && lex.machines.has(second))) return 'noun';
  return code ? 'number' : 'none';
}

/** The words of the document's longer names, and its one-word plural names without their "s" ("Houthis" → houthi). */
export function namedWords(entities: readonly Entity[]): Set<string> {
  const words = new Set<string>();
  for (const e of entities) {
    const parts = e.name.split(/\s+/);
    if (parts.length > 1) for (const p of parts) words.add(keyOf(p));
    else if (/\p{Ll}s$/u.test(e.name)) words.add(keyOf(e.name.slice(0, -1)));
  }
  return words;
}
