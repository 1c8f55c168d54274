import { countries, continents } from 'countries-list';
import type { EntityType } from '../model/model';
import { tokenise } from '../parse/tokens';
import { spanKey } from './keys';

/**
 * The gazetteer: countries and capitals (from countries-list), continents, and the
 * regions, cities, facilities and organisations of places.json and
 * organizations.json, by the key of each of their names.
 */

/** A name listed in a gazetteer, and the referent it names. */
export interface GazetteerEntry {
  readonly type: EntityType;
  /** Referent id shared by all names of one thing ("place:BY" for Belarus, Byelorussia, Minsk is another). */
  readonly referent: string;
  /** True for names written in capitals ("US", "NATO"): only a capitalised token matches them. */
  readonly upper: boolean;
  /**
   * True for buildings that also stand for who works in them ("the Pentagon said"):
   * an organisation unless the text puts something in them ("located at the Pentagon").
   */
  readonly facility: boolean;
  /** True for a region of one word (places.json regions: "Gulf", "Pacific"), which a capitalised word after it may make part of a longer name. */
  readonly region?: boolean;
}

/**
 * Keys of names written out, tokenised the same way as a document: all of them
 * in one reading, a name a line (no word spans a line break), since a thousand
 * readings of a few words each cost more in setting up than in reading.
 */
function nameKeys(names: readonly string[]): Map<string, string> {
  const tokens = tokenise(names.join('\n'));
  const keys = new Map<string, string>();
  let t = 0;
  let end = -1;
  for (const name of names) {
    const start = end + 1;
    end = start + name.length;
    const first = t;
    while (t < tokens.count && tokens.start[t] < end) t++;
    let key = t === first ? '' : spanKey(tokens, first, t - 1);
    // A name the reader cuts inside a word ("Port-au-Prince" reads as "Port") could not be told from its first part.
    for (let i = first; i < t; i++) if (tokens.cut[i]) key = '';
    keys.set(name, key);
  }
  return keys;
}

/** Every name the gazetteer lists or keys a referent by, in one list. */
function allNames(places: typeof import('../lexicon/data/places.json'), organizations: typeof import('../lexicon/data/organizations.json')): string[] {
  const names: string[] = [];
  for (const country of Object.values(countries)) names.push(country.name, ...(country.alias ?? []), ...(country.capital ? [country.capital] : []));
  names.push(...Object.values(continents));
  for (const [name, aliases] of Object.entries(places.aliases as Record<string, string[]>)) names.push(name, ...aliases);
  for (const list of [places.regions, places.historical, places.subnational, places.cities, places.facilities]) names.push(...list);
  for (const org of organizations.organizations) names.push(org.name, ...org.acronyms);
  return names;
}

export function buildGazetteer(
  places: typeof import('../lexicon/data/places.json'),
  organizations: typeof import('../lexicon/data/organizations.json'),
  common: ReadonlySet<string>,
  given: ReadonlySet<string>,
): { map: Map<string, GazetteerEntry>; prefixes: Set<string> } {
  const map = new Map<string, GazetteerEntry>();
  const prefixes = new Set<string>();
  const keys = nameKeys(allNames(places, organizations));
  const nameKey = (name: string) => keys.get(name) ?? '';
  const add = (name: string, type: EntityType, referent: string, facility = false, region = false) => {
    const key = nameKey(name);
    if (!key || map.has(key)) return; // the first listing wins: a country before a capital of the same name
    const upper = !/\p{Ll}/u.test(name);
    map.set(key, region && !key.includes(' ') ? { type, referent, upper, facility, region } : { type, referent, upper, facility });
    for (let at = key.indexOf(' '); at > 0; at = key.indexOf(' ', at + 1)) prefixes.add(key.slice(0, at));
  };
  const byName = new Map<string, string>();
  for (const [code, country] of Object.entries(countries)) {
    const referent = `place:${code}`;
    byName.set(country.name, referent);
    add(country.name, 'place', referent);
    for (const alias of country.alias ?? []) add(alias, 'place', referent);
  }
  for (const [code, name] of Object.entries(continents)) add(name, 'place', `place:continent-${code}`);
  for (const [code, country] of Object.entries(countries)) {
    const capital = country.capital;
    // Capitals that are ordinary words or given names ("The Valley", "Victoria", "Douglas") would name too much.
    if (!capital || /^the /i.test(capital) || common.has(capital.toLowerCase()) || given.has(capital.toLowerCase())) continue;
    const referent = `place:capital-${code}`;
    byName.set(capital, referent);
    add(capital, 'place', referent);
  }
  for (const [name, aliases] of Object.entries(places.aliases as Record<string, string[]>)) {
    const referent = byName.get(name) ?? `place:${nameKey(name)}`;
    for (const alias of aliases) add(alias, 'place', referent);
  }
  for (const name of places.regions) add(name, 'place', byName.get(name) ?? `place:${nameKey(name)}`, false, true);
  for (const list of [places.historical, places.subnational, places.cities]) {
    for (const name of list) add(name, 'place', byName.get(name) ?? `place:${nameKey(name)}`);
  }
  for (const name of places.facilities) add(name, 'organization', `organization:${nameKey(name)}`, true);
  for (const org of organizations.organizations) {
    const referent = `organization:${nameKey(org.name)}`;
    add(org.name, 'organization', referent);
    for (const acronym of org.acronyms) add(acronym, 'organization', referent);
  }
  return { map, prefixes };
}
