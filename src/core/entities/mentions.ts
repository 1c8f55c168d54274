import type { Entity, EntityType, Mention, Reason } from '../model/model';
import type { Chunk } from './chunks';
import { isConnector, type Context, type Proposal } from './context';
import { ACRONYM, keyAt, LOWER } from '../parse/tokens';
import type { Group } from './merge';

/**
 * Finds every mention of every name read anywhere in the document: the longest
 * known form at each word of every run, headings and sentence starts included
 * (a string typed once is that entity everywhere). Then names each entity by
 * its fullest form and gives it a stable id.
 */

interface Found {
  readonly start: number;
  readonly end: number;
  readonly group: number;
}

/** Spans found outside runs: names spelled out before an acronym across a comma ("One Belt, One Road"). */
export interface Fixed {
  readonly first: number;
  readonly last: number;
  readonly key: string;
}

/** Names read outside runs ("Section 232 of the Trade Act", a quoted name): their proposals and their spans as mentions. */
export interface FixedNames {
  readonly proposals: Proposal[];
  /** The names as mentions: they may cross commas ("Title 10, Section 9081, of") or quotes. */
  readonly fixed: Fixed[];
}

/**
 * Mentions of `groups` in the text, then the entities that have any, ordered by first mention.
 * `chunks` and `groups` are emptied once read: the runs and the groups' forms are let go
 * before the entities are made (with the forms, about 15× the text of a list of names; issue #14).
 */
export function buildEntities(context: Context, chunks: Chunk[], groups: Group[], fixed: readonly Fixed[]): Entity[] {
  const { tokens, lex, layout, text } = context;
  const dictionary = new Map<string, number>();
  // Keys that begin a longer form: a lookup goes on only through them.
  const prefixes = new Set<string>();
  groups.forEach((group, g) =>
    group.forms.forEach((form) => {
      dictionary.set(form.key, g);
      for (let at = form.key.indexOf(' '); at > 0; at = form.key.indexOf(' ', at + 1)) prefixes.add(form.key.slice(0, at));
    }),
  );
  // An entity needs its group's type and why, not its forms.
  const types = groups.map((group) => group.type);
  const whys = groups.map((group) => group.why);
  groups.length = 0;

  const found: Found[] = [];
  const taken = new Set<number>();
  for (const span of fixed) {
    const g = dictionary.get(span.key);
    if (g === undefined) continue;
    found.push({ start: tokens.start[span.first], end: tokens.end[span.last], group: g });
    for (let k = span.first; k <= span.last; k++) taken.add(k);
  }
  for (const chunk of chunks) {
    let i = chunk.first;
    while (i <= chunk.last) {
      if (isConnector(context, i) || taken.has(i)) {
        i++;
        continue;
      }
      let key = '';
      let best = -1;
      let bestGroup = -1;
      // One lower-case word after the run may complete a name ("Air Defense system").
      const limit = Math.min(chunk.last + 1, tokens.count - 1);
      for (let j = i; j <= limit; j++) {
        context.work.steps++;
        if (taken.has(j) || (j > chunk.last && (layout.broken[j] || tokens.shape[j] !== LOWER))) break;
        key = j === i ? keyAt(tokens, j) : `${key}${tokens.possessive[j - 1] ? "'s" : ''} ${keyAt(tokens, j)}`;
        const g = dictionary.get(key);
        if (g !== undefined && !isConnector(context, j)) {
          best = j;
          bestGroup = g;
        }
        if (!prefixes.has(tokens.possessive[j] ? `${key}'s` : key)) break;
      }
      // A one-word form that is an ordinary word is not matched at a sentence start ("May", "Will"),
      // unless written as an acronym ("U.S. officials") or an institution never written in lower case ("Parliament should").
      const institution = lex.standalone.has(keyAt(tokens, i)) && !context.lowerSeen.has(keyAt(tokens, i));
      if (best === i && layout.opens[i] && tokens.shape[i] !== ACRONYM && lex.commonWords.has(keyAt(tokens, i)) && !institution) best = -1;
      if (best < 0) {
        i++;
        continue;
      }
      found.push({ start: tokens.start[i], end: tokens.end[best], group: bestGroup });
      i = best + 1;
    }
  }
  chunks.length = 0;
  found.sort((a, b) => a.start - b.start);
  return name(text, types, whys, found);
}

/** How one surface form of an entity is used. */
interface Surface {
  count: number;
  /** Offset of its first use. */
  readonly at: number;
  readonly words: number;
  /** True when written without lower-case letters ("NATO", "U.S."). */
  readonly acronym: boolean;
}

/** Whitespace other than single spaces, or emphasis marks: a name across a line break or markup ("GPS**** Enterprise"). */
const BREAK = /\s\s|[^\S ]|[*_]/;
const LOWER_CASE = /\p{Ll}/u;

/** No other names: one frozen list for every entity that has none. */
const NO_ALIASES: readonly string[] = Object.freeze([]);

/**
 * Turns found mentions into entities with names, aliases and ids. The mentions
 * are put in order by group in one column, and each group's surfaces are read
 * in turn: a map of surfaces and a list of mentions for every group at once
 * held about 600 bytes a group (10× the text of a list of names; issue #14).
 */
function name(text: string, types: readonly EntityType[], whys: readonly (readonly Reason[])[], found: readonly Found[]): Entity[] {
  // Where each group's mentions begin in `byGroup` (one more entry than groups), and its mentions in text order.
  const firsts = new Int32Array(types.length + 1);
  for (const f of found) firsts[f.group + 1]++;
  for (let g = 0; g < types.length; g++) firsts[g + 1] += firsts[g];
  const byGroup = new Int32Array(found.length);
  const filled = firsts.slice(0, types.length);
  for (let k = 0; k < found.length; k++) byGroup[filled[found[k].group]++] = k;
  const order: number[] = [];
  for (let g = 0; g < types.length; g++) if (firsts[g + 1] > firsts[g]) order.push(g);
  order.sort((a, b) => found[byGroup[firsts[a]]].start - found[byGroup[firsts[b]]].start);
  const ids = new Set<string>();
  return order.map((g) => {
    const surfaces = new Map<string, Surface>();
    for (let k = firsts[g]; k < firsts[g + 1]; k++) {
      const f = found[byGroup[k]];
      let surface = text.slice(f.start, f.end);
      if (BREAK.test(surface)) surface = surface.replace(/[\s*_]+/g, ' ');
      const seen = surfaces.get(surface);
      if (seen) seen.count++;
      else surfaces.set(surface, { count: 1, at: f.start, words: surface.split(' ').length, acronym: !LOWER_CASE.test(surface) });
    }
    const all = [...surfaces.entries()];
    // The fullest form: spelled out before acronyms, most words, then the most used, then the first.
    all.sort(([, x], [, y]) => Number(x.acronym) - Number(y.acronym) || y.words - x.words || y.count - x.count || x.at - y.at);
    const canonical = all[0][0];
    const type = types[g];
    const id = uniqueId(ids, `${type}:${slug(canonical)}`);
    const mentions: Mention[] = new Array(firsts[g + 1] - firsts[g]);
    for (let k = firsts[g]; k < firsts[g + 1]; k++) {
      const f = found[byGroup[k]];
      mentions[k - firsts[g]] = { start: f.start, end: f.end, entity: id };
    }
    // "CONGRESS" in a shouted heading is no other name for "Congress".
    const seen = new Set([canonical.toLowerCase()]);
    const aliases: string[] = [];
    for (const [s] of all.slice(1)) {
      if (!seen.has(s.toLowerCase())) aliases.push(s);
      seen.add(s.toLowerCase());
    }
    // Copied at its length: a list grown by push holds room for 16 more; most entities share the empty one.
    return { id, name: canonical, type, aliases: aliases.length ? aliases.slice() : NO_ALIASES, mentions, why: whys[g] };
  });
}

/** The id part of a name: lower-case ASCII words joined by hyphens ("Côte d’Ivoire" → "cote-divoire"). */
export function slug(name: string): string {
  // eslint-disable-next-line no-control-regex
  const ascii = /[^\x00-\x7f]/.test(name) ? name.normalize('NFD').replace(/\p{M}/gu, '') : name;
  const s = ascii.toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return s || 'name';
}

function uniqueId(ids: Set<string>, base: string): string {
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  ids.add(id);
  return id;
}
