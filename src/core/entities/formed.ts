import type { Entity, EntityType, Mention, Span } from '../model/model';
import { evidenceOf, summarise } from './evidence';
import { withoutInside } from './legislation';
import { rule, type Lexicon } from './lexicon';

/**
 * Names found by their written form, not by a run of capitalised words: a court case
 * ("Smith v. Jones") and a military unit numbered with a bracketed qualifier ("1st
 * (United Kingdom) Division"). Each is one name, and the names read inside it give
 * up their mentions there, as any name inside a longer name does.
 */

/** A form of name: the rule that reads it, the type it gives, a quick test of a unit, and the pattern. */
interface Form {
  readonly rule: string;
  readonly type: EntityType;
  readonly quick: RegExp;
  readonly pattern: RegExp;
  /** Joins units the sentence reader cut inside the form ("… LLC v." | "FEMA, …"). */
  readonly joins?: RegExp;
}

/** Adds the names of every form found inside `units` to `entities`, the names read inside them taken out. */
export function addFormedNames(lex: Lexicon, text: string, units: Iterable<Span>, entities: readonly Entity[]): Entity[] {
  let out: readonly Entity[] = entities;
  for (const form of [courtCase, militaryUnit(lex)]) out = addForm(lex, text, units, out, form);
  return [...out];
}

function addForm(lex: Lexicon, text: string, units: Iterable<Span>, entities: readonly Entity[], form: Form): readonly Entity[] {
  const found = new Map<string, Mention[]>();
  const spans: Span[] = [];
  for (const unit of form.joins ? joinUnits(text, units, form.joins) : units) {
    const slice = text.slice(unit.start, unit.end);
    if (!form.quick.test(slice)) continue;
    for (const m of slice.matchAll(form.pattern)) {
      let start = unit.start + m.index!;
      let name = m[0];
      // "In Smith v. Jones": the sentence's opening function words are not the name's.
      for (let w = /^(\S+)[ \t]+/u.exec(name); w && lex.functionWords.has(w[1].toLowerCase()); w = /^(\S+)[ \t]+/u.exec(name)) {
        start += w[0].length;
        name = name.slice(w[0].length);
      }
      if (!/^[\p{Lu}\d]/u.test(name)) continue;
      const id = `${form.type}:${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
      const list = found.get(name) ?? [];
      list.push({ start, end: start + name.length, entity: id });
      found.set(name, list);
      spans.push({ start, end: start + name.length });
    }
  }
  if (found.size === 0) return entities;
  const why = summarise(evidenceOf(rule(lex, form.rule), form.type).reasons, form.type);
  const named: Entity[] = [...found].map(([name, mentions]) => ({ id: mentions[0].entity, name, type: form.type, why, aliases: [], mentions }));
  return [...withoutInside(entities, spans), ...named].sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

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
const courtCase: Form = {
  rule: 'entity:court-case',
  type: 'other',
  quick: /[ \t]vs?\.?[ \t]+\p{Lu}/u,
  pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${PARTY})[ \t]+vs?\.?[ \t]+(?:${PARTY})`, 'gu'),
  // A unit that ends in "v." ("In Smith v.") reads on into the next: the sentence reader may end a sentence there.
  joins: /[ \t]vs?\.\s*$/u,
};

/**
 * entity:military-unit — a unit numbered by an ordinal, a qualifier in brackets and a unit's head
 * ("1st (United Kingdom) Division", "2nd (Commonwealth) Armoured Brigade"): the bracket is part of
 * the name (heads.json units), and the place inside it no mention of its own there.
 */
function militaryUnit(lex: Lexicon): Form {
  const heads = lex.unitHeads.join('|');
  const word = String.raw`\p{Lu}[\p{L}.\-]*`;
  return {
    rule: 'entity:military-unit',
    type: 'organization',
    quick: /\d(?:st|nd|rd|th)[ \t]+\(/u,
    pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])\d{1,3}(?:st|nd|rd|th)[ \t]+\(${word}(?:[ \t]+${word}){0,3}\)(?:[ \t]+${word}){0,3}?[ \t]+(?:${heads})(?![\p{L}\p{N}])`, 'gu'),
  };
}

/** The units to read a form in: each unit, joined to the next when it ends as `joins` says; made as they are read (none is held). */
function* joinUnits(text: string, units: Iterable<Span>, joins: RegExp): Generator<Span> {
  let open: Span | null = null;
  for (const unit of units) {
    if (open && joins.test(text.slice(Math.max(open.start, open.end - 6), open.end))) {
      open = { start: open.start, end: unit.end };
      continue;
    }
    if (open) yield open;
    open = { start: unit.start, end: unit.end };
  }
  if (open) yield open;
}
