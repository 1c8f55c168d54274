import type { Category } from '../model/model';
import { CATEGORIES } from '../model/model';
import categoriesData from './data/categories.json';
import { DEFAULT_ROLES, type RoleLexicon } from './roles';
import { DEFAULT_CLAIM_RULES, type ClaimRules } from './claim-rules';

/**
 * Category lexicons are data (src/core/lexicon/data/categories.json), compiled here
 * into lookup tables so matching a sentence costs one map lookup per word.
 * A reader's own lexicon has the same shape and is merged over the built-in one.
 */

/** The shape of a lexicon file: per category, term → weight. */
export type LexiconData = Partial<Record<Category, Record<string, number>>>;

/** One compiled lexicon entry. */
export interface Term {
  readonly category: Category;
  readonly weight: number;
  /** The entry as written, e.g. "tariff*" or "air defense". */
  readonly term: string;
  /** Its words; the last may be a stem when `stem` is true. */
  readonly words: readonly string[];
  readonly stem: boolean;
}

/**
 * A lexicon ready for matching: the category terms, and the rules that read a
 * claim's category and role (the built-in ones unless a caller gives its own).
 */
export interface Lexicon {
  /** Entries keyed by their exact first word. */
  readonly byWord: ReadonlyMap<string, readonly Term[]>;
  /** Single-word stems keyed by their first three letters. */
  readonly byPrefix: ReadonlyMap<string, readonly Term[]>;
  readonly roles: RoleLexicon;
  readonly claims: ClaimRules;
}

const PREFIX = 3;

/** Compiles lexicon data; later sources override earlier ones term by term. */
export function compileLexicon(...sources: readonly LexiconData[]): Lexicon {
  const merged = new Map<string, Term>();
  for (const source of sources) {
    for (const category of CATEGORIES) {
      const terms = source[category];
      if (!terms || typeof terms !== 'object') continue;
      for (const [raw, weight] of Object.entries(terms)) {
        if (typeof weight !== 'number' || !Number.isFinite(weight)) continue;
        const term = raw.trim().toLowerCase();
        if (!term || term.startsWith('$')) continue;
        const key = `${category}\u0000${term}`;
        // Weight 0 switches a term off.
        if (weight <= 0) {
          merged.delete(key);
          continue;
        }
        const stem = term.endsWith('*');
        const words = (stem ? term.slice(0, -1) : term).split(/\s+/);
        merged.set(key, { category, weight, term, words, stem });
      }
    }
  }
  const byWord = new Map<string, Term[]>();
  const byPrefix = new Map<string, Term[]>();
  for (const entry of merged.values()) {
    const prefixed = entry.stem && entry.words.length === 1;
    const key = prefixed ? entry.words[0].slice(0, PREFIX) : entry.words[0];
    const table = prefixed ? byPrefix : byWord;
    const list = table.get(key);
    if (list) list.push(entry);
    else table.set(key, [entry]);
  }
  return { byWord, byPrefix, roles: DEFAULT_ROLES, claims: DEFAULT_CLAIM_RULES };
}

/** The built-in lexicon data. */
export const BUILT_IN: LexiconData = categoriesData as LexiconData;

/** The built-in lexicon. */
export const DEFAULT_LEXICON: Lexicon = compileLexicon(BUILT_IN);

let lastExtra: { data: LexiconData; key: string; lexicon: Lexicon } | undefined;

/**
 * The built-in lexicon with a reader's terms merged over it; compiled once per
 * distinct extra (the editor sends the same extra with every analysis). The same
 * object as the last time is known by itself: its terms are stringified once per
 * change of the reader's lexicon, not once per reading (50,000 terms cost a few
 * ms each time; an extra is read as data and never changed in place). Another
 * object with the same terms keeps the compiled lexicon too.
 */
export function lexiconWith(extra: LexiconData | null | undefined): Lexicon {
  if (!extra) return DEFAULT_LEXICON;
  if (lastExtra?.data === extra) return lastExtra.lexicon;
  const key = JSON.stringify(extra);
  lastExtra = { data: extra, key, lexicon: lastExtra?.key === key ? lastExtra.lexicon : compileLexicon(BUILT_IN, extra) };
  return lastExtra.lexicon;
}

function wordMatches(word: string, pattern: string, stem: boolean): boolean {
  return stem ? word.startsWith(pattern) : word === pattern;
}

const NO_TERMS: readonly Term[] = Object.freeze([]);

/** The entries that may match at a word (lower-case): those it starts, exact words first, then stems. */
export function candidatesOf(lexicon: Lexicon, word: string): readonly Term[] {
  const exact = lexicon.byWord.get(word);
  const prefixed = word.length >= PREFIX ? lexicon.byPrefix.get(word.slice(0, PREFIX)) : undefined;
  if (!exact) return prefixed ?? NO_TERMS;
  return prefixed ? [...exact, ...prefixed] : exact;
}

/**
 * Of `candidates` (from {@link candidatesOf} for `words[i]`), those matching at
 * token `i` of `words` (lower-case): the longest phrase wins, and of equally
 * long ones each category keeps one (an exact word before a stem, then the
 * heavier), so "political" is not counted again as "politic*". All returned
 * entries span the same number of tokens. Only the first `count` words are
 * read (a reused buffer may hold more).
 */
export function longestMatch(candidates: readonly Term[], words: readonly string[], i: number, count = words.length): readonly Term[] {
  // One entry per category, in the order each category was first kept (a list of at most three, not a map),
  // made at the first match: most words match nothing and share one empty list.
  let best: Term[] | null = null;
  let bestLength = 0;
  for (let c = 0; c < candidates.length; c++) {
    const entry = candidates[c];
    const n = entry.words.length;
    if (i + n > count || n < bestLength) continue;
    let matches = true;
    for (let k = 0; k < n && matches; k++) matches = wordMatches(words[i + k], entry.words[k], entry.stem && k === n - 1);
    if (!matches) continue;
    best ??= [];
    if (n > bestLength) {
      bestLength = n;
      best.length = 0;
    }
    let at = 0;
    while (at < best.length && best[at].category !== entry.category) at++;
    const held = best[at];
    if (!held || (held.stem && !entry.stem) || (held.stem === entry.stem && entry.weight > held.weight)) {
      best[at] = entry;
    }
  }
  return best ?? NO_TERMS;
}

/** The entries matching at token `i` of `words` (lower-case): see {@link longestMatch}. */
export function matchAt(lexicon: Lexicon, words: readonly string[], i: number): readonly Term[] {
  return longestMatch(candidatesOf(lexicon, words[i]), words, i);
}
