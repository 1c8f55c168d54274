import type { PatternRow, WordList } from '../parse/pattern-rows';
import type { EntityType } from '../model/model';
import { keyOf } from '../parse/chars';
import type { Rule, RuleType } from './evidence';

/** Compiling the parts of the recogniser's lexicon that are more than word sets: rule rows, word endings, bill prefixes, the lists patterns name. */

/** A rule row as data files write it; a pattern row also says which types a matched type may be. */
export interface RuleRow extends PatternRow {
  readonly type: string;
  readonly weight: number;
  readonly says: string;
  readonly types?: readonly string[];
  /** "person": the name must carry a person's own evidence (a known given name, a title, an initial, its surname alone elsewhere). */
  readonly needs?: 'person';
}

const RULE_TYPES: readonly string[] = ['person', 'place', 'organization', 'treaty_or_program', 'other', 'matched', 'merge', 'drop'];

/** Rule rows by id; a later row with the same id replaces an earlier one. */
export function compileRules(rows: readonly RuleRow[]): Map<string, Rule> {
  const map = new Map<string, Rule>();
  for (const row of rows) {
    if (!RULE_TYPES.includes(row.type)) throw new Error(`Entity rule "${row.id}" has type "${row.type}": use one of ${RULE_TYPES.join(', ')}.`);
    if (!Number.isFinite(row.weight)) throw new Error(`Entity rule "${row.id}" needs a numeric weight.`);
    map.set(row.id, { id: row.id, type: row.type as RuleType, weight: row.weight, says: row.says });
  }
  return map;
}

/** A pattern matching a key that ends in one of `endings` (after `before`, a pattern of what comes first). */
export function endingIn(endings: readonly string[], before = ''): RegExp {
  return new RegExp(`${before}(?:${endings.map(escape).join('|')})$`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The pattern of bills and laws by number: a listed prefix, a space or none after
 * each of its dots, then a number ("H.R. 1903", "H.R.735", "P.L. 116-92").
 */
export function bills(data: typeof import('../lexicon/data/legislation.json')): { bills: RegExp; billKeys: Map<string, string>; acts: RegExp } {
  const billKeys = new Map<string, string>();
  const prefixes = [...data.prefixes].sort((a, b) => b.prefix.length - a.prefix.length);
  for (const p of prefixes) billKeys.set(p.prefix, 'as' in p && p.as ? p.as : p.prefix);
  const alternatives = prefixes.map((p) => escape(p.prefix).replace(/\\\.(?!$)/g, '\\.\\s?'));
  return { bills: new RegExp(`\\b(${alternatives.join('|')})\\s?(\\d{1,5}(?:-\\d{1,4})?)\\b`, 'g'), billKeys, acts: numberedActs(data.acts) };
}

/**
 * The pattern of acts numbered by year and serial ("Regulation (EU) 2023/956", "Directive 2003/87/EC",
 * "Regulation (EU) No 1025/2012"): a kind, its series in brackets, "No", the number and its ending.
 */
export function numberedActs(acts: { readonly kinds: readonly string[]; readonly series: readonly string[]; readonly endings: readonly string[] }): RegExp {
  const any = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/ /g, '\\s+')).join('|');
  return new RegExp(
    `\\b(?:${any(acts.kinds)})\\s+(?:\\((?:${any(acts.series)})\\)\\s+)?(?:No\\.?\\s+)?\\d{1,4}/\\d{1,4}(?:/(?:${any(acts.endings)}))?\\b`,
    'g',
  );
}

/**
 * The lists patterns may name: every list of cues.json (a list is a set, an
 * object of weights a map), the lexicon's sets by their field names, the
 * type nouns with their plurals ("ports" for "port"), and the gazetteer's places.
 */
export function patternLists(lex: { readonly cues: object; readonly typeNouns: ReadonlyMap<string, string>; readonly gazetteer?: ReadonlyMap<string, { readonly type: string }> }): Map<string, WordList> {
  const lists = new Map<string, WordList>();
  for (const [name, value] of Object.entries(lex.cues)) {
    if (Array.isArray(value)) lists.set(name, new Set(value.map((w) => w.toLowerCase())));
    else if (typeof value === 'object') lists.set(name, new Map(Object.entries(value as Record<string, unknown>).map(([w, v]) => [w.toLowerCase(), v])));
  }
  for (const [name, value] of Object.entries(lex)) if (value instanceof Set || (value instanceof Map && name !== 'rules')) lists.set(name, value);
  const nouns = lex.typeNouns;
  const singular = (w: string) => nouns.get(w) ?? (w.endsWith('ies') ? nouns.get(`${w.slice(0, -3)}y`) : undefined) ?? (w.endsWith('s') ? nouns.get(w.slice(0, -1)) : undefined);
  lists.set('typeNounsPlural', { has: (w) => singular(w) !== undefined, get: singular, keys: () => nouns.keys() });
  // The gazetteer's places alone (not its organisations): "Richland, Washington".
  const gazetteer = lex.gazetteer;
  if (gazetteer) lists.set('gazetteerPlaces', { has: (w) => gazetteer.get(w)?.type === 'place', keys: () => [...gazetteer.keys()].filter((k) => gazetteer.get(k)?.type === 'place') });
  return lists;
}

/** The words of `list` in lower case, as a set. */
export const lower = (list: readonly string[]) => new Set(list.map((w) => w.toLowerCase()));

/** Each spelling of a first name (first-names.json variants) by the first of its group, in lower case. */
export function buildVariants(firstNames: { readonly variants: readonly (readonly string[])[] }): Map<string, string> {
  const map = new Map<string, string>();
  for (const group of firstNames.variants) {
    const head = group[0].toLowerCase();
    for (const name of group) map.set(name.toLowerCase(), head);
  }
  return map;
}

/** Each word of `source`'s lists (in lower case, and by its key) by the type whose list holds it first. */
export function typedMap(source: Partial<Record<EntityType, readonly string[]>>): Map<string, EntityType> {
  const map = new Map<string, EntityType>();
  for (const [type, list] of Object.entries(source) as [EntityType, readonly string[]][]) {
    for (const word of list) for (const key of [word.toLowerCase(), keyOf(word)]) if (!map.has(key)) map.set(key, type); // 'S.A.' by its key too
  }
  return map;
}

/**
 * entity:lower-head — a feature of the land or sea completes a name in the plural as in the singular: "the Danish
 * straits" as "the Kerch strait", "the Syr Darya and Amu Darya rivers" as "the Amu Darya river" (its own name stays the name).
 */
export function withPlurals(list: readonly string[] = []): string[] {
  const plural = (w: string) => (/(?:s|sh|ch|x)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`);
  return [...list, ...list.filter((w) => !w.endsWith('s')).map(plural)];
}
