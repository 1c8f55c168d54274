import type { EntityType } from '../model/model';
import { COMPLEMENT, CONNECTORS, noEvidence, type Context, type Evidence, type Proposal } from './context';

/**
 * The document-level merge: every form (normalised name) read anywhere becomes
 * part of one group, a group being one referent. Forms join a group when a
 * gazetteer says they name one thing, when an acronym is defined for a name, when
 * a surname or a spelling variant of a given name matches a person named in
 * full, when a name is a longer one without its place prefix ("Space Force"
 * in "U.S. Space Force") or its complement ("Golden Dome" of "Golden Dome for
 * America"), and when an office is named in the other order ("Commerce Secretary"
 * for "Secretary of Commerce"). Each group is then typed by all the evidence of all its forms.
 */

/** One normalised name and what was read about it. */
export interface Form {
  readonly key: string;
  readonly words: readonly string[];
  readonly evidence: Evidence;
  readonly kinds: Set<Proposal['kind']>;
  referent?: string;
  given?: readonly string[];
  surname?: string;
  /** First offset where it was proposed. */
  readonly at: number;
}

/** A referent: its forms and its type. */
export interface Group {
  readonly forms: readonly Form[];
  readonly type: EntityType;
}

/** The types evidence can add up to; "other" is what is left. */
const TYPED = ['person', 'place', 'organization', 'treaty_or_program'] as const;

/** Heads of a company's name that it is often named without ("Wagner Group" → "Wagner"). */
const COMPANY_HEADS: ReadonlySet<string> = new Set(['group', 'company', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'plc', 'holdings', 'industries', 'enterprises']);

/** Place prefixes that a longer organisation name may drop ("U.S. Space Force" → "Space Force"). */
function isPrefixWord(context: Context, word: string): boolean {
  const entry = context.lex.gazetteer.get(word);
  return (entry !== undefined && entry.type === 'place') || context.lex.national.has(word);
}

/** Collects forms from proposals, blocked acronyms left out. */
export function collectForms(context: Context, proposals: readonly Proposal[], blocked: ReadonlySet<string>): Map<string, Form> {
  const forms = new Map<string, Form>();
  for (const p of proposals) {
    if (blocked.has(p.key) && p.kind === 'acronym') continue;
    let form = forms.get(p.key);
    if (!form) {
      form = { key: p.key, words: p.key.split(' '), evidence: noEvidence(), kinds: new Set(), at: context.tokens.start[p.first] };
      forms.set(p.key, form);
    }
    // "Other" says only that nothing better was read: it does not add up over mentions.
    for (const type of TYPED) form.evidence[type] += p.evidence[type];
    form.evidence.other = Math.max(form.evidence.other, p.evidence.other);
    form.kinds.add(p.kind);
    if (p.referent) form.referent ??= p.referent;
    if (p.surname !== undefined && (form.surname === undefined || (p.given?.length ?? 0) > (form.given?.length ?? 0))) {
      form.surname = p.surname;
      form.given = p.given;
    }
  }
  lendPlaceHeads(context, forms);
  lendProgrammes(context, forms);
  return forms;
}

/**
 * A name made of a programme's name and a weak head is that programme's: "the
 * Golden Dome Fund" where "Golden Dome" (or "Golden Dome for America") is a
 * programme, against the default of "Fund", an organisation's head.
 */
function lendProgrammes(context: Context, forms: ReadonlyMap<string, Form>): void {
  // Programmes by their words before a complement too: "Golden Dome" of "Golden Dome for America".
  const stems = new Map<string, Form>();
  for (const form of forms.values()) {
    const cut = complementAt(form.words, 1);
    if (cut > 0) stems.set(form.words.slice(0, cut).join(' '), form);
  }
  for (const form of forms.values()) {
    const n = form.words.length;
    if (n < 2 || !context.lex.weakHeads.has(form.words[n - 1])) continue;
    const key = form.words.slice(0, n - 1).join(' ');
    const shorter = forms.get(key) ?? stems.get(key);
    if (shorter && leading(shorter.evidence) === 'treaty_or_program') {
      // However often the weak head typed it: the programme's name says more.
      const e = form.evidence;
      e.treaty_or_program = Math.max(e.treaty_or_program + PROGRAMME_LENT, e.organization + e.place + 1);
    }
  }
}

/** Evidence a programme's name lends to its weak-headed form: more than a weak head's. */
const PROGRAMME_LENT = 4;

/** The type with the most evidence, or undefined when there is none. */
function leading(evidence: Evidence): (typeof TYPED)[number] | undefined {
  let best: (typeof TYPED)[number] | undefined;
  for (const type of TYPED) if (evidence[type] > 0 && (!best || evidence[type] > evidence[best])) best = type;
  return best;
}

/** True when a word heads a place's name, capitalised or not ("Reservoir", "basin"). */
function placeHead(context: Context, word: string): boolean {
  return context.lex.heads.get(word) === 'place' || context.lex.lowerHeads.get(word) === 'place';
}

/**
 * A name read elsewhere with a place head after it is a place: "the Amu Darya"
 * of "the Amu Darya basin", "Toktogul" of "Toktogul Reservoir". Only place heads
 * lend their type this way; "Missile Defense" of "Missile Defense Agency" is no
 * organisation by itself.
 */
function lendPlaceHeads(context: Context, forms: ReadonlyMap<string, Form>): void {
  for (const form of forms.values()) {
    const n = form.words.length;
    if (n < 2 || !placeHead(context, form.words[n - 1])) continue;
    const shorter = forms.get(form.words.slice(0, n - 1).join(' '));
    if (shorter) shorter.evidence.place += 2;
  }
}

/**
 * Groups forms into referents. `antecedents` maps an acronym's key to the key of
 * the name it abbreviates; `aliases` are pairs of name keys the text gives as one.
 */
export function groupForms(
  context: Context,
  forms: Map<string, Form>,
  antecedents: ReadonlyMap<string, string>,
  aliases: readonly (readonly [string, string])[] = [],
): Group[] {
  const list = [...forms.values()];
  const index = new Map(list.map((f, i) => [f.key, i]));
  const parent = list.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const plain = (f: Form) => !f.referent && !f.surname;

  const byReferent = new Map<string, number>();
  list.forEach((f, i) => {
    if (!f.referent) return;
    const seen = byReferent.get(f.referent);
    if (seen === undefined) byReferent.set(f.referent, i);
    else union(seen, i);
  });
  for (const [acronym, name] of antecedents) {
    const a = index.get(acronym);
    const b = index.get(name);
    if (a === undefined || b === undefined) continue;
    // An acronym the gazetteer knows keeps its referent unless the name is the same referent.
    if (list[a].referent && list[b].referent !== list[a].referent) continue;
    union(a, b);
  }
  for (const [a, b] of aliases) {
    const i = index.get(a);
    const j = index.get(b);
    if (i !== undefined && j !== undefined) union(i, j);
  }
  mergePeople(list, index, union, find, context.lex.nameVariants);
  list.forEach((f, i) => {
    if (!plain(f) || f.words.length < 2) return;
    // "U.S. Space Force" → "Space Force"; "Hainan Province" → "Hainan"; "Nordlink pipeline" → "Nordlink"; "Wagner Group" → "Wagner";
    // "Golden Dome for America" → "Golden Dome";
    // and an office's other order.
    let k = 0;
    while (k < f.words.length - 1 && isPrefixWord(context, f.words[k])) k++;
    const shorter: string[] = [];
    if (k > 0 && f.words.length - k >= 2) shorter.push(f.words.slice(k).join(' '));
    const last = f.words[f.words.length - 1];
    if (f.words.length === 2 && (placeHead(context, last) || COMPANY_HEADS.has(last))) shorter.push(f.words[0]);
    // "Operation Barkhane" → "Barkhane".
    if (f.words.length === 2 && context.lex.prefixHeads.has(f.words[0])) shorter.push(last);
    const cut = complementAt(f.words, 2);
    if (cut >= 2) shorter.push(f.words.slice(0, cut).join(' '));
    // "Secretary of Commerce" → "Commerce Secretary": an office named either way round.
    if (context.lex.titles.has(f.words[0]) && (f.words[1] === 'of' || f.words[1] === 'for') && f.words.length > 2) {
      shorter.push(`${f.words.slice(f.words[2] === 'the' ? 3 : 2).join(' ')} ${f.words[0]}`);
    }
    for (const key of shorter) {
      const j = index.get(key);
      if (j !== undefined && plain(list[j])) union(i, j);
    }
  });

  const dropped = joinRanked(list, index, antecedents, union);
  for (const i of joinHeads(list, union, find)) dropped.add(i);

  const members = new Map<number, Form[]>();
  list.forEach((f, i) => {
    if (dropped.has(i)) return;
    const root = find(i);
    const group = members.get(root);
    if (group) group.push(f);
    else members.set(root, [f]);
  });
  return [...members.values()].map((group) => ({ forms: group, type: typeOf(group) }));
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
  list: readonly Form[],
  index: ReadonlyMap<string, number>,
  antecedents: ReadonlyMap<string, string>,
  union: (a: number, b: number) => void,
): Set<number> {
  const dropped = new Set<number>();
  const byRank = new Map<string, number[]>();
  // The name without its number (whole, and before its complement) → each number it takes → the form.
  const ranked = new Map<string, Map<string, number>>();
  list.forEach((f, i) => {
    if (f.words.length < 2 || !RANKED.test(f.words[0]) || f.kinds.has('numbered')) return;
    const rank = f.words[0];
    pushTo(byRank, rank, i);
    const rest = f.words.slice(1);
    const cut = complementAt(rest, 1);
    for (const name of cut > 0 ? [rest.join(' '), rest.slice(0, cut).join(' ')] : [rest.join(' ')]) {
      const ranks = ranked.get(name) ?? new Map<string, number>();
      ranks.set(rank, i);
      ranked.set(name, ranks);
    }
  });
  list.forEach((f, i) => {
    if (!f.kinds.has('numbered')) return;
    const [rank, acronym] = f.words;
    const spelled = (byRank.get(rank) ?? []).filter((j) => spells(acronym, list[j].words.slice(1)));
    for (const j of spelled) union(i, j);
    if (spelled.length > 0) return;
    const name = antecedents.get(acronym);
    const j = name === undefined ? undefined : index.get(name);
    if (j === undefined || !RANKED.test(list[j].words[0])) dropped.add(i);
    else if (list[j].words[0] === rank) union(i, j);
    else for (const type of TYPED) f.evidence[type] += list[j].evidence[type];
  });
  for (const [name, ranks] of ranked) {
    const j = index.get(name);
    if (j === undefined || ranks.size !== 1 || list[j].referent || list[j].surname) continue;
    for (const i of ranks.values()) union(i, j);
  }
  return dropped;
}

/** Adds `i` to the list under `key`. */
function pushTo(lists: Map<string, number[]>, key: string, i: number): void {
  const list = lists.get(key);
  if (list) list.push(i);
  else lists.set(key, [i]);
}

/** Where the complement of a name's words begins ("of" in "bank of china"), from word `from` on; -1 if none. */
function complementAt(words: readonly string[], from: number): number {
  for (let j = from; j < words.length; j++) if (COMPLEMENT.has(words[j])) return j;
  return -1;
}

/** The head of a name's words: the last before its complement ("party" of "communist party of china"). */
function headWord(words: readonly string[]): string {
  const cut = complementAt(words, 1);
  return words[cut > 0 ? cut - 1 : words.length - 1];
}

/**
 * A head word alone after "the" ("the Party") joins the one name with that head
 * the document gave before it ("the Communist Party of China"); with none, or
 * with several ("the Department" after two departments), it names nothing and is
 * dropped. Returns the indexes of the forms dropped.
 */
function joinHeads(list: readonly Form[], union: (a: number, b: number) => void, find: (i: number) => number): number[] {
  const byHead = new Map<string, number[]>();
  list.forEach((f, i) => {
    if (f.words.length < 2 || f.kinds.has('numbered')) return;
    const head = headWord(f.words);
    pushTo(byHead, head, i);
  });
  const dropped: number[] = [];
  list.forEach((f, i) => {
    if (!f.kinds.has('alone') || f.kinds.size > 1) return;
    const earlier = (byHead.get(f.key) ?? []).filter((j) => list[j].at < f.at);
    const roots = new Set(earlier.map(find));
    if (roots.size === 1) union(i, earlier[0]);
    else dropped.push(i);
  });
  return dropped;
}

/** True when the initials of `words` spell `acronym`: before their complement, or all but connectors. */
function spells(acronym: string, words: readonly string[]): boolean {
  let before = '';
  let all = '';
  let complement = false;
  for (let j = 0; j < words.length; j++) {
    const w = words[j];
    if (CONNECTORS.has(w)) {
      complement ||= j > 0 && COMPLEMENT.has(w);
      continue;
    }
    for (const part of w.split('-')) {
      all += part.charAt(0);
      if (!complement) before += part.charAt(0);
    }
  }
  return acronym === before || acronym === all;
}

/** Merges people by surname: full names with compatible given names, and the surname alone. */
function mergePeople(
  list: readonly Form[],
  index: ReadonlyMap<string, number>,
  union: (a: number, b: number) => void,
  find: (i: number) => number,
  variants: ReadonlyMap<string, string>,
): void {
  const bySurname = new Map<string, number[]>();
  list.forEach((f, i) => {
    if (f.surname === undefined) return;
    pushTo(bySurname, f.surname, i);
  });
  for (const [surname, bucket] of bySurname) {
    const full = bucket.filter((i) => (list[i].given?.length ?? 0) > 0);
    for (let a = 0; a < full.length; a++) {
      for (let b = a + 1; b < full.length; b++) {
        if (compatible(list[full[a]].given![0], list[full[b]].given![0], variants)) union(full[a], full[b]);
      }
    }
    // The surname alone ("Lukashenko", "President Trump") joins the one person of that surname.
    const roots = new Set(full.map(find));
    const alone = bucket.filter((i) => (list[i].given?.length ?? 0) === 0);
    const word = index.get(surname);
    if (word !== undefined && !list[word].referent && !alone.includes(word)) alone.push(word);
    if (roots.size === 1) for (const i of alone) union(full[0], i);
    else if (roots.size === 0) for (let k = 1; k < alone.length; k++) union(alone[0], alone[k]);
  }
  familyFirst(list, index, union, bySurname);
}

/**
 * A name whose family name comes first ("Zhou Lihua", "Kim Jong-un") is named by
 * it alone later ("Zhou argues"), as a person may be by a given name: a one-word
 * form that opens exactly one person's two- or three-word name, and is nobody's
 * surname, joins that person ("John" stays apart from "John Smith" and "John Brown").
 */
function familyFirst(list: readonly Form[], index: ReadonlyMap<string, number>, union: (a: number, b: number) => void, bySurname: ReadonlyMap<string, number[]>): void {
  const byFirst = new Map<string, number[]>();
  list.forEach((f, i) => {
    if (f.surname === undefined || !f.kinds.has('person') || f.words.length < 2 || f.words.length > 3) return;
    pushTo(byFirst, f.words[0], i);
  });
  for (const [first, people] of byFirst) {
    const word = index.get(first);
    if (people.length !== 1 || word === undefined || bySurname.has(first)) continue;
    const alone = list[word];
    if (alone.referent || alone.kinds.has('gazetteer') || alone.kinds.has('headed')) continue;
    union(people[0], word);
  }
}

/** A consonant skeleton: "Aleksandr" and "Alexander" both give "alxndr". */
function skeleton(name: string): string {
  const s = name.replace(/ks/g, 'x').replace(/ph/g, 'f').replace(/[kc]h/g, 'h').replace(/y/g, 'i').replace(/w/g, 'v');
  return s.charAt(0) + s.slice(1).replace(/[aeiou]/g, '').replace(/(.)\1+/g, '$1');
}

/** True when two given names can name one person: equal, variants, one an initial of the other. */
export function compatible(a: string, b: string, variants: ReadonlyMap<string, string>): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a.charAt(0) === b.charAt(0);
  const va = variants.get(a);
  if (va !== undefined && va === variants.get(b)) return true;
  return skeleton(a) === skeleton(b);
}

/** The type with the most evidence over all forms; a gazetteer's type when there is one. */
function typeOf(forms: readonly Form[]): EntityType {
  const total = noEvidence();
  for (const f of forms) {
    if (f.referent) return f.evidence.place >= f.evidence.organization ? 'place' : 'organization';
    for (const type of TYPED) total[type] += f.evidence[type];
    total.other = Math.max(total.other, f.evidence.other);
  }
  if (forms.some((f) => f.surname !== undefined && f.kinds.has('person'))) return 'person';
  let best: EntityType = 'other';
  for (const type of TYPED) {
    if (total[type] > total[best] && total[type] > 0) best = type;
  }
  return best;
}
