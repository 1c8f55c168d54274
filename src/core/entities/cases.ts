import type { Entity, Mention, Span } from '../model/model';
import { evidenceOf, summarise } from './evidence';
import { withoutInside } from './legislation';
import { rule, type Lexicon } from './lexicon';

/**
 * entity:court-case — a court case named by its parties, "Gulf Terminals LLC v.
 * FEMA", "United States v. Nixon", "Brown v. Board of Education": one name,
 * written with "v." or "vs." between two capitalised names. It is an entity of
 * its own (a case, type `other`), and the parties read inside it give up their
 * mentions there, as any name inside a longer name does; elsewhere in the text
 * they stay what they are. Function words that open a sentence before the first
 * party ("In Smith v. Jones, …") are no part of the name.
 */

/**
 * A capitalised word of a party's name: "Gulfline", "LLC", initials ("U.S.") or a legal form
 * with its full stop ("Inc."); no other word ends in a full stop, which ends a sentence.
 */
const WORD = String.raw`(?:(?:\p{Lu}\.){2,}|(?:Inc|Co|Corp|Ltd|Jr|Sr)\.|\p{Lu}[\p{L}\p{N}&'’\-]*)`;
/** A party: capitalised words, with "of", "the", "and", "for" or "&" between them, and a legal form after a comma. */
const PARTY = String.raw`${WORD}(?:[ \t]+(?:(?:of|the|and|for|&)[ \t]+)*${WORD})*(?:,[ \t]+(?:Inc|LLC|Ltd|Co|Corp)\.?)?`;
const CASE = new RegExp(String.raw`(?<![\p{L}\p{N}])(${PARTY})[ \t]+vs?\.?[ \t]+(${PARTY})`, 'gu');
/** A quick test that a unit may hold a case at all. */
const HAS_V = /[ \t]vs?\.?[ \t]+\p{Lu}/u;

/** Adds the court cases found inside `units` to `entities`, the parties' mentions inside them taken out. */
export function addCourtCases(lex: Lexicon, text: string, units: readonly Span[], entities: readonly Entity[]): Entity[] {
  const found = new Map<string, Mention[]>();
  const spans: Span[] = [];
  for (const unit of caseUnits(text, units)) {
    const slice = text.slice(unit.start, unit.end);
    if (!HAS_V.test(slice)) continue;
    for (const m of slice.matchAll(CASE)) {
      let start = unit.start + m.index!;
      let name = m[0];
      // "In Smith v. Jones": the sentence's opening function words are not the first party's.
      for (let w = /^(\S+)[ \t]+/u.exec(name); w && lex.functionWords.has(w[1].toLowerCase()); w = /^(\S+)[ \t]+/u.exec(name)) {
        start += w[0].length;
        name = name.slice(w[0].length);
      }
      if (!/^\p{Lu}/u.test(name) || !/\svs?\.?\s/u.test(name)) continue;
      const id = `other:${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
      const list = found.get(name) ?? [];
      list.push({ start, end: start + name.length, entity: id });
      found.set(name, list);
      spans.push({ start, end: start + name.length });
    }
  }
  if (found.size === 0) return [...entities];
  const why = summarise(evidenceOf(rule(lex, 'entity:court-case'), 'other').reasons, 'other');
  const cases: Entity[] = [...found].map(([name, mentions]) => ({ id: mentions[0].entity, name, type: 'other', why, aliases: [], mentions }));
  return [...withoutInside(entities, spans), ...cases].sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** A unit that ends in "v." ("In Smith v.") read on into the next: the sentence reader may end a sentence at that full stop. */
const ENDS_V = /[ \t]vs?\.\s*$/u;

/** The units to read cases in: each unit, joined to the next when it ends in "v.". */
function caseUnits(text: string, units: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < units.length; i++) {
    const start = units[i].start;
    while (i + 1 < units.length && ENDS_V.test(text.slice(Math.max(start, units[i].end - 6), units[i].end))) i++;
    out.push({ start, end: units[i].end });
  }
  return out;
}
