import type { Context } from './context';
import { credit, owned } from './evidence';
import { rule, type Lexicon } from './lexicon';
import { complementAt, groupWhy, hasKind, kindCount, placeHead, pushTo, typeOf, TYPED, type Form, type Group, type Union } from './merge';
import { mergePeople } from './people';
import { Shared } from '../model/shared';

/** Place prefixes that a longer organisation name may drop ("U.S. Space Force" → "Space Force"). */
function isPrefixWord(context: Context, word: string): boolean {
  const entry = context.lex.gazetteer.get(word);
  return (entry !== undefined && entry.type === 'place') || context.lex.national.has(word);
}
/**
 * Groups forms into referents. `antecedents` maps an acronym's key to the key of
 * the name it abbreviates; `aliases` are pairs of name keys the text gives as one.
 * `forms` is emptied once read: the groups hold the forms.
 */
export function groupForms(
  context: Context,
  forms: Map<string, Form>,
  antecedents: ReadonlyMap<string, string>,
  aliases: readonly (readonly [string, string])[] = [],
): Group[] {
  const list = [...forms.values()];
  const index = new Map(list.map((f, i) => [f.key, i]));
  forms.clear();
  const parent = list.map((_, i) => i);
  // Each merge that joined two groups (a form of it), and the rule that made it: a few per entity, in two columns.
  const mergedForms: number[] = [];
  const mergedRules: string[] = [];
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union: Union = (a, b, id) => {
    const ra = find(a);
    const rb = find(b);
    context.work.steps++;
    if (ra === rb) return;
    parent[Math.max(ra, rb)] = Math.min(ra, rb);
    mergedForms.push(a);
    mergedRules.push(id);
  };
  const plain = (f: Form) => !f.referent && !f.surname;

  const byReferent = new Map<string, number>();
  list.forEach((f, i) => {
    if (!f.referent) return;
    const seen = byReferent.get(f.referent);
    if (seen === undefined) byReferent.set(f.referent, i);
    else union(seen, i, 'entity:same-referent');
  });
  for (const [acronym, name] of antecedents) {
    const a = index.get(acronym);
    const b = index.get(name);
    if (a === undefined || b === undefined) continue;
    // An acronym the gazetteer knows keeps its referent unless the name is the same referent.
    if (list[a].referent && list[b].referent !== list[a].referent) continue;
    union(a, b, 'entity:acronym-defined');
  }
  for (const [a, b] of aliases) {
    const i = index.get(a);
    const j = index.get(b);
    if (i !== undefined && j !== undefined) union(i, j, 'entity:slash-acronyms');
  }
  mergePeople(list, index, union, find, context.lex.nameVariants);
  list.forEach((f, i) => {
    context.work.steps += f.words.length;
    // A listed company is written without its head too ("Wagner" of the listed "Wagner Group").
    const listedCompany = !!f.referent && f.words.length === 2 && context.lex.companyHeads.has(f.words[1]);
    if ((!plain(f) && !listedCompany) || f.words.length < 2) return;
    for (const [key, id] of shorterForms(context, f.words)) {
      if (listedCompany && id !== 'entity:without-head') continue;
      const j = index.get(key);
      if (j !== undefined && plain(list[j])) union(i, j, id);
    }
  });

  const dropped = joinRanked(context, list, index, antecedents, union);
  for (const i of joinHeads(context.lex, list, union, find)) dropped.add(i);

  // Each group's forms in a list of its length: one grown by push holds room for 16 more (about 150 bytes a group).
  const size = new Int32Array(list.length);
  list.forEach((_, i) => {
    if (!dropped.has(i)) size[find(i)]++;
  });
  const members = new Map<number, Form[]>();
  list.forEach((f, i) => {
    if (dropped.has(i)) return;
    const root = find(i);
    let group = members.get(root);
    if (!group) members.set(root, (group = new Array<Form>(size[root])));
    group[group.length - size[root]--] = f;
  });
  const mergedBy = new Map<number, string[]>();
  for (let m = 0; m < mergedForms.length; m++) {
    const root = find(mergedForms[m]);
    const ids = mergedBy.get(root);
    if (!ids) mergedBy.set(root, [mergedRules[m]]);
    else if (!ids.includes(mergedRules[m])) mergedBy.set(root, ids.concat(mergedRules[m]));
  }
  const shared = new Shared();
  // Made in a list of its length, with no pair of root and group made per group first.
  const groups = new Array<Group>(members.size);
  let g = 0;
  members.forEach((group, root) => {
    const type = typeOf(group);
    groups[g++] = { forms: group, type, why: groupWhy(group, type, mergedBy.get(root) ?? [], shared) };
  });
  return groups;
}

/**
 * Shorter forms a name of several words may be written as, with the rule that
 * says so: without a place prefix ("U.S. Space Force" → "Space Force"), without a
 * place or company head ("Hainan Province" → "Hainan", "Nordlink pipeline" →
 * "Nordlink", "Wagner Group" → "Wagner") or a prefix head ("Operation Barkhane" →
 * "Barkhane"), without its complement ("Golden Dome for America" → "Golden Dome"),
 * and an office in the other order ("Secretary of Commerce" → "Commerce Secretary").
 */
function shorterForms(context: Context, words: readonly string[]): [string, string][] {
  const { lex } = context;
  const shorter: [string, string][] = [];
  let k = 0;
  while (k < words.length - 1 && isPrefixWord(context, words[k])) k++;
  if (k > 0 && words.length - k >= 2) shorter.push([words.slice(k).join(' '), 'entity:without-prefix']);
  const last = words[words.length - 1];
  if (words.length === 2 && (placeHead(context, last) || lex.companyHeads.has(last))) shorter.push([words[0], 'entity:without-head']);
  if (words.length === 2 && lex.prefixHeads.has(words[0])) shorter.push([last, 'entity:without-head']);
  const dated = yearRule(lex, words);
  if (dated) shorter.push([words.slice(0, -1).join(' '), dated]);
  const cut = complementAt(lex, words, 2);
  if (cut >= 2) shorter.push([words.slice(0, cut).join(' '), 'entity:without-complement']);
  if (lex.titles.has(words[0]) && (words[1] === 'of' || words[1] === 'for') && words.length > 2) {
    shorter.push([`${words.slice(words[2] === 'the' ? 3 : 2).join(' ')} ${words[0]}`, 'entity:office-order']);
  }
  return shorter;
}

/** A form that opens with a number: "14 five-year plan" ("the 14th Five-Year Plan"), "15 fyp" ("the 15 FYP"). */
const RANKED = /^\d+$/;

/**
 * Joins the names a number opens. A number before an acronym ("the 14 FYP") joins
 * the name of that number whose words the acronym spells ("the 14th Five-Year
 * Plan"), or the acronym's own name when it carries that number; after another
 * number of that name it is an entity of its own, of the name's type; before an
 * acronym of a name no number opens it counts things ("24 SDA satellites") and is
 * dropped. A name without its number joins the numbered one when the document
 * numbers it only once ("the Five-Year Plan" after "the 14th Five-Year Plan", not
 * when the 15th is named too). Returns the indexes of the forms dropped.
 */
function joinRanked(
  context: Context,
  list: readonly Form[],
  index: ReadonlyMap<string, number>,
  antecedents: ReadonlyMap<string, string>,
  union: Union,
): Set<number> {
  const dropped = new Set<number>();
  const byRank = new Map<string, number[]>();
  // The name without its number (whole, and before its complement) → each number it takes → the form.
  const ranked = new Map<string, Map<string, number>>();
  list.forEach((f, i) => {
    if (f.words.length < 2 || !RANKED.test(f.words[0]) || hasKind(f.kinds, 'numbered')) return;
    const rank = f.words[0];
    pushTo(byRank, rank, i);
    const rest = f.words.slice(1);
    const cut = complementAt(context.lex, rest, 1);
    for (const name of cut > 0 ? [rest.join(' '), rest.slice(0, cut).join(' ')] : [rest.join(' ')]) {
      const ranks = ranked.get(name) ?? new Map<string, number>();
      ranks.set(rank, i);
      ranked.set(name, ranks);
    }
  });
  list.forEach((f, i) => {
    if (!hasKind(f.kinds, 'numbered')) return;
    const [rank, acronym] = f.words;
    const spelled = (byRank.get(rank) ?? []).filter((j) => spells(context.lex, acronym, list[j].words.slice(1)));
    for (const j of spelled) union(i, j, 'entity:numbered-name');
    if (spelled.length > 0) return;
    const name = antecedents.get(acronym);
    const j = name === undefined ? undefined : index.get(name);
    if (j === undefined || !RANKED.test(list[j].words[0])) dropped.add(i);
    else if (list[j].words[0] === rank) union(i, j, 'entity:numbered-name');
    else {
      const like = rule(context.lex, 'entity:numbered-like');
      for (const type of TYPED) if (list[j].evidence[type] !== 0) credit(owned(f), like, type, list[j].key, list[j].evidence[type]);
    }
  });
  for (const [name, ranks] of ranked) {
    const j = index.get(name);
    if (j === undefined || ranks.size !== 1 || list[j].referent || list[j].surname) continue;
    for (const i of ranks.values()) union(i, j, 'entity:numbered-name');
  }
  return dropped;
}

/** The head of a name's words: the last before its complement ("party" of "communist party of china"). */
function headWord(lex: Lexicon, words: readonly string[]): string {
  const cut = complementAt(lex, words, 1);
  if (cut < 0 && yearRule(lex, words)) return words[words.length - 2];
  return words[cut > 0 ? cut - 1 : words.length - 1];
}

/**
 * The rule that lets a name ending in a year be written without it: a statute's head
 * ("reserve forces act 1996", entity:statute-year) or a paper's issued that year
 * ("strategic defence review 2025", entity:issued-year); undefined for any other name.
 */
function yearRule(lex: Lexicon, words: readonly string[]): string | undefined {
  if (words.length < 3 || !/^(?:19|20)\d\d$/.test(words[words.length - 1])) return undefined;
  const head = words[words.length - 2];
  return lex.statutes.has(head) ? 'entity:statute-year' : lex.issued.has(head) ? 'entity:issued-year' : undefined;
}

/**
 * A head word alone after "the" ("the Party") joins the one name with that head
 * the document gave before it ("the Communist Party of China"); with none, or
 * with several ("the Department" after two departments), it names nothing and is
 * dropped. Returns the indexes of the forms dropped.
 */
function joinHeads(lex: Lexicon, list: readonly Form[], union: Union, find: (i: number) => number): number[] {
  const byHead = new Map<string, number[]>();
  list.forEach((f, i) => {
    if (f.words.length < 2 || hasKind(f.kinds, 'numbered')) return;
    const head = headWord(lex, f.words);
    pushTo(byHead, head, i);
  });
  const dropped: number[] = [];
  // entity:institution-of — "Parliament" and the one "European Parliament" of the document (before it or after).
  const qualified = (j: number) => list[j].words.length === 2 && (lex.national.has(list[j].words[0]) || lex.regional.has(list[j].words[0]));
  // entity:institution-in-complement — "Treasury" and the one "Department of the Treasury" of the document.
  const byComplement = new Map<string, number[]>();
  list.forEach((f, i) => {
    const cut = complementAt(lex, f.words, 1);
    const rest = cut > 0 ? f.words.slice(cut + 1).filter((w) => w !== 'the') : [];
    if (rest.length === 1 && lex.heads.get(f.words[cut - 1]) === 'organization') pushTo(byComplement, rest[0], i);
  });
  list.forEach((f, i) => {
    if (f.words.length !== 1 || !lex.standalone.has(f.key) || hasKind(f.kinds, 'alone')) return;
    const named = (byHead.get(f.key) ?? []).filter(qualified);
    if (new Set(named.map(find)).size === 1) union(i, named[0], 'entity:institution-of');
    const holding = byComplement.get(f.key) ?? [];
    if (named.length === 0 && new Set(holding.map(find)).size === 1) union(i, holding[0], 'entity:institution-in-complement');
  });
  list.forEach((f, i) => {
    if (!hasKind(f.kinds, 'alone') || kindCount(f.kinds) > 1) return;
    const earlier = (byHead.get(f.key) ?? []).filter((j) => list[j].at < f.at);
    const roots = new Set(earlier.map(find));
    if (roots.size === 1) union(i, earlier[0], 'entity:head-for-name');
    else dropped.push(i);
  });
  return dropped;
}

/** True when the initials of `words` spell `acronym`: before their complement, or all but connectors. */
function spells(lex: Lexicon, acronym: string, words: readonly string[]): boolean {
  let before = '';
  let all = '';
  let complement = false;
  for (let j = 0; j < words.length; j++) {
    const w = words[j];
    if (lex.connectors.has(w)) {
      complement ||= j > 0 && lex.complement.has(w);
      continue;
    }
    for (const part of w.split('-')) {
      all += part.charAt(0);
      if (!complement) before += part.charAt(0);
    }
  }
  return acronym === before || acronym === all;
}
