import { SHAPES, type ElementRow, type PatternRow, type ShapeName, type WordList } from './pattern-rows';
import { keyAt, type Tokens } from './tokens';

/**
 * One matcher for rules that are patterns over the shared token stream, in the
 * manner of compromise's named match rows: a row names its rule and lists the
 * words it matches, element by element (`[{ "list": "titles" }, { "shape": "CAP",
 * "repeat": "+" }]`). An element tests one word: its key (`word`, `list`, and
 * `except` lists it must not be in), its `shape`, its possessive ending; it may
 * repeat a bounded number of times. `punct` says what may stand before each of its
 * words: nothing given, the two words must not be broken apart (no punctuation,
 * no sentence or paragraph between); a string, only those characters, within one
 * sentence ("*": anything, within one sentence).
 *
 * A pattern may hold the name it is about (`{ "name": true }`): it is then
 * matched around a name already read, outward from it, and indexed by the key of
 * the word right before the name (or, when that element can match any word, right
 * after it); a pattern without a name is run over the whole stream, indexed by the
 * key of its first word. Either way a word is looked up in one map and each
 * candidate is tried once, greedily, with no backtracking: a pattern holds at most
 * 8 elements and a repeat at most 8 words, so the work is linear in the length of
 * the text.
 */

interface Element {
  readonly row: ElementRow;
  readonly words?: ReadonlySet<string>;
  readonly list?: WordList;
  readonly except: readonly WordList[];
  readonly shapes?: ReadonlySet<number>;
  readonly or?: readonly Element[];
  readonly min: number;
  readonly max: number;
}

interface Pattern<R> {
  readonly rule: R;
  readonly order: number;
  readonly elements: readonly Element[];
  /** Index of the name element, or -1. */
  readonly name: number;
}

/** Pattern rows ready to run: indexed by the key of the word each is tried at. */
export interface Matcher<R> {
  readonly before: ReadonlyMap<string, readonly Pattern<R>[]>;
  readonly after: ReadonlyMap<string, readonly Pattern<R>[]>;
  readonly around: readonly Pattern<R>[];
  readonly first: ReadonlyMap<string, readonly Pattern<R>[]>;
  readonly anywhere: readonly Pattern<R>[];
}

/** What separates words: `broken` where a name cannot run on, the punctuation before each word, each word's sentence. */
export interface Gaps {
  readonly broken: Uint8Array;
  readonly punct: readonly string[];
  readonly unit: Int32Array;
}

/** One match: its rule, its words (`first..last`, the name included), the word that gives, and the words matched besides the name. */
export interface Match<R> {
  readonly rule: R;
  readonly first: number;
  readonly last: number;
  /** The key the `gives` element found in its list (a singular for a plural), or "". */
  readonly gives: string;
  /** What the list of the `gives` element holds for it (a weight, a type), if anything. */
  readonly value: unknown;
  readonly words: string;
  /** The row's place in the rows compiled. */
  readonly order: number;
}

const LONGEST = 8;

/** Compiles rows; `lists` resolves list names. Throws a clear message on an unknown list or shape. */
export function compileMatcher<R extends PatternRow>(rows: readonly R[], lists: ReadonlyMap<string, WordList>): Matcher<R> {
  const m = { before: new Map<string, Pattern<R>[]>(), after: new Map<string, Pattern<R>[]>(), around: [] as Pattern<R>[], first: new Map<string, Pattern<R>[]>(), anywhere: [] as Pattern<R>[] };
  rows.forEach((rule, order) => {
    for (const raw of rule.patterns ?? (rule.pattern ? [rule.pattern] : [])) {
      if (raw.length === 0 || raw.length > LONGEST) throw new Error(`Pattern rule "${rule.id}" needs 1 to ${LONGEST} elements.`);
      const elements = raw.map((e) => element(rule.id, e, lists));
      const name = raw.findIndex((e) => e.name);
      if (raw.filter((e) => e.name).length > 1) throw new Error(`Pattern rule "${rule.id}" holds more than one name.`);
      const pattern: Pattern<R> = { rule, order, elements, name };
      // Indexed by the word before the name, else by the word after it, else tried at every name.
      const before = name > 0 ? keysOf(elements[name - 1]) : undefined;
      const after = name >= 0 && !before && name + 1 < raw.length ? keysOf(elements[name + 1]) : undefined;
      const keys = name < 0 ? keysOf(elements[0]) : (before ?? after);
      const table = name < 0 ? m.first : before ? m.before : m.after;
      if (!keys) (name < 0 ? m.anywhere : m.around).push(pattern);
      else for (const key of keys) push(table, key, pattern);
    }
  });
  return m;
}

function element(id: string, row: ElementRow, lists: ReadonlyMap<string, WordList>): Element {
  const list = (name: string) => {
    const found = lists.get(name);
    if (!found) throw new Error(`Pattern rule "${id}" names no known list "${name}".`);
    return found;
  };
  const shapes = row.shape === undefined ? undefined : new Set((typeof row.shape === 'string' ? [row.shape] : row.shape).map((s) => {
    if (!(s in SHAPES)) throw new Error(`Pattern rule "${id}" names no known shape "${s}".`);
    return SHAPES[s as ShapeName];
  }));
  const words = row.word === undefined ? undefined : new Set(typeof row.word === 'string' ? [row.word] : row.word);
  const repeat = row.repeat;
  const max = repeat === '*' || repeat === '+' ? Math.min(row.most ?? 4, LONGEST) : 1;
  return {
    row,
    words,
    list: row.list === undefined ? undefined : list(row.list),
    except: (row.except ?? []).map(list),
    shapes,
    or: row.or?.map((sub) => element(id, sub, lists)),
    min: repeat === '?' || repeat === '*' || row.not ? 0 : 1,
    max,
  };
}

/** The keys an element can match, when it must match one word of a finite set; else undefined. */
function keysOf(e: Element): string[] | undefined {
  if (e.min === 0 || e.row.not || e.or || e.row.name) return undefined;
  const keys = e.words ? [...e.words] : e.list ? [...e.list.keys()] : undefined;
  if (!keys || !e.row.plural) return keys;
  return keys.flatMap((k) => [k, `${k}s`, k.endsWith('y') ? `${k.slice(0, -1)}ies` : `${k}s`]);
}

function push<R>(table: Map<string, Pattern<R>[]>, key: string, p: Pattern<R>): void {
  const list = table.get(key);
  if (list) list.push(p);
  else table.set(key, [p]);
}

/** The key under which word `key` is in `list` (itself, or its singular when `plural`), or undefined. */
function lookup(list: WordList, key: string, plural: boolean | undefined): string | undefined {
  if (list.has(key)) return key;
  if (!plural) return undefined;
  if (key.endsWith('ies') && list.has(`${key.slice(0, -3)}y`)) return `${key.slice(0, -3)}y`;
  if (key.endsWith('s') && list.has(key.slice(0, -1))) return key.slice(0, -1);
  return undefined;
}

/** True when word `t` passes element `e`'s own tests. */
function test(e: Element, tokens: Tokens, t: number): boolean {
  if (e.or) return e.or.some((sub) => test(sub, tokens, t));
  if (e.shapes && !e.shapes.has(tokens.shape[t])) return false;
  if (e.row.possessive !== undefined && (tokens.possessive[t] === 1) !== e.row.possessive) return false;
  const key = keyAt(tokens, t);
  if (e.words && !e.words.has(key)) return false;
  if (e.list && lookup(e.list, key, e.row.plural) === undefined) return false;
  for (const list of e.except) if (list.has(key)) return false;
  return true;
}

/** True when the gap before word `t` is one element `e` allows before its words. */
function joins(e: Element, gaps: Gaps, t: number): boolean {
  const allowed = e.row.punct;
  if (allowed === undefined) return gaps.broken[t] === 0;
  if (gaps.unit[t] !== gaps.unit[t - 1]) return false;
  const punct = gaps.punct[t];
  if (e.row.apart && punct === '') return false;
  if (allowed === '*') return true;
  for (let c = 0; c < punct.length; c++) if (!allowed.includes(punct.charAt(c))) return false;
  return true;
}

/** What one match attempt found: where it ends on each side, the word that gives, and the words besides the name. */
interface Found {
  first: number;
  last: number;
  gives: number;
  words: number[];
}
const found: Found = { first: 0, last: 0, gives: -1, words: [] };

/** Matches elements `from..to-1` forward from word `t`; the first word's gap is checked unless `loose`. Returns the next word, or -1. */
function forward(p: Pattern<unknown>, from: number, to: number, tokens: Tokens, gaps: Gaps, t: number, loose: boolean): number {
  let cur = t;
  for (let e = from; e < to; e++) {
    const el = p.elements[e];
    if (el.row.not) {
      if (here(el, tokens, gaps, cur, loose && cur === t)) return -1;
      continue;
    }
    let count = 0;
    while (count < el.max && here(el, tokens, gaps, cur, loose && cur === t)) take(el, cur++, count++);
    if (count < el.min) return -1;
  }
  return cur;
}

/** True when word `k` exists, joins the word before it as `el` allows (unless `loose`), and passes `el`'s tests. */
function here(el: Element, tokens: Tokens, gaps: Gaps, k: number, loose: boolean): boolean {
  return k < tokens.count && (loose || joins(el, gaps, k)) && test(el, tokens, k);
}

/** Matches the elements before the name backward from word `t`; returns the first word matched, or -1. */
function backward(p: Pattern<unknown>, tokens: Tokens, gaps: Gaps, t: number): number {
  let cur = t;
  let owner = p.elements[p.name];
  for (let e = p.name - 1; e >= 0; e--) {
    const el = p.elements[e];
    if (el.row.not) {
      if (cur >= 0 && joins(owner, gaps, cur + 1) && test(el, tokens, cur)) return -1;
      continue;
    }
    let count = 0;
    while (count < el.max && cur >= 0 && joins(count === 0 ? owner : el, gaps, cur + 1) && test(el, tokens, cur)) take(el, cur--, count++);
    if (count < el.min) return -1;
    if (count > 0) owner = el;
  }
  return cur + 1;
}

function take(el: Element, t: number, count: number): void {
  if (el.row.gives && count === 0) found.gives = t;
  if (el.max === 1 && !el.row.not) found.words.push(t);
}

/** The match `found` holds, for pattern `p`. */
function result<R>(p: Pattern<R>, tokens: Tokens): Match<R> {
  const el = p.elements.find((e) => e.row.gives);
  const key = el && found.gives >= 0 ? keyAt(tokens, found.gives) : '';
  const gives = el?.list ? (lookup(el.list, key, el.row.plural) ?? '') : key;
  const words = found.words.sort((a, b) => a - b).map((t) => keyAt(tokens, t)).join(' ');
  return { rule: p.rule, first: found.first, last: found.last, gives, value: el?.list?.get?.(gives), words, order: p.order };
}

function reset(): void {
  found.gives = -1;
  found.words.length = 0;
}

/**
 * Matches the patterns with a name around the name over words `first..last`, of
 * `kind`; each rule matches at most once (its first pattern that matches), and the
 * matches come in the order of the rows.
 */
export function matchAround<R>(m: Matcher<R>, tokens: Tokens, gaps: Gaps, first: number, last: number, kind: string): readonly Match<R>[] {
  let out: Match<R>[] | undefined;
  const before = first > 0 ? m.before.get(keyAt(tokens, first - 1)) : undefined;
  const after = last + 1 < tokens.count ? m.after.get(keyAt(tokens, last + 1)) : undefined;
  // The three lists by index: no list of lists and no iterator per name.
  for (let l = 0; l < 3; l++) {
    const list = l === 0 ? before : l === 1 ? after : m.around;
    if (!list) continue;
    for (let i = 0; i < list.length; i++) {
      const p = list[i];
      if (out && matched(out, p.rule)) continue;
      const name = p.elements[p.name].row;
      if (name.kinds && !name.kinds.includes(kind)) continue;
      if (name.words !== undefined && last - first + 1 !== name.words) continue;
      if (name.possessive !== undefined && (tokens.possessive[last] === 1) !== name.possessive) continue;
      reset();
      const start = backward(p, tokens, gaps, first - 1);
      const end = start < 0 ? -1 : forward(p, p.name + 1, p.elements.length, tokens, gaps, last + 1, false);
      if (end < 0) continue;
      found.first = start;
      found.last = end - 1;
      (out ??= []).push(result(p, tokens));
    }
  }
  if (!out) return NONE;
  return out.length > 1 ? out.sort((a, b) => a.order - b.order) : out;
}

/** True when a rule already matched. */
function matched<R>(out: readonly Match<R>[], rule: R): boolean {
  for (let o = 0; o < out.length; o++) if (out[o].rule === rule) return true;
  return false;
}

/** The one empty list of matches most names get. */
const NONE: readonly never[] = [];

/** Runs the patterns without a name over the whole stream, calling `found` for each match, in text order. */
export function matchAll<R>(m: Matcher<R>, tokens: Tokens, gaps: Gaps, onMatch: (match: Match<R>) => void): void {
  for (let t = 0; t < tokens.count; t++) {
    const firstHere = m.first.get(keyAt(tokens, t));
    for (let l = 0; l < 2; l++) {
      const list = l === 0 ? firstHere : m.anywhere;
      if (!list) continue;
      for (let i = 0; i < list.length; i++) {
        const p = list[i];
        reset();
        const end = forward(p, 0, p.elements.length, tokens, gaps, t, true);
        if (end <= t) continue;
        found.first = t;
        found.last = end - 1;
        onMatch(result(p, tokens));
      }
    }
  }
}
