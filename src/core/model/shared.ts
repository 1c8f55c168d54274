import { CATEGORIES, type CategoryScores, type Reason } from './model';

/**
 * One reading's table of equal immutable values, each kept once: lists of the
 * same objects in the same order (a claim's `why`: its reasons are made once
 * each, see `Reasons`) and category score triples. On a claim-dense document
 * most claims have the same reasons and the same scores: without the table
 * every claim holds its own copies (about 140 bytes a claim), with it they
 * hold pointers to one. A list's key is a number made from its items'
 * numbers, and equal keys are compared item by item, so a list seen once costs
 * one entry of a map. Reasons made apart with the same content (the figure
 * reader makes one per figure) and equal short strings are kept once too: the
 * first one seen is kept, as it was made.
 */
export class Shared {
  /** A number for each object seen in a list, in the order first seen. */
  readonly #ids = new Map<object, number>();
  readonly #lists = new Map<number, readonly object[]>();
  readonly #scores = new Map<number, CategoryScores>();
  /** Reasons by rule and words, a few weights each. */
  readonly #reasons = new Map<string, Reason[]>();
  readonly #texts = new Map<string, string>();

  /** `list`, or an equal list (the same items in the same order) seen before. Never copies. */
  list<T extends object>(list: readonly T[]): readonly T[] {
    let key = list.length;
    for (const item of list) key = (Math.imul(key, 31) + this.#id(item)) | 0;
    const seen = this.#lists.get(key);
    if (seen && sameItems(seen, list)) return seen as readonly T[];
    if (!seen) this.#lists.set(key, list);
    return list;
  }

  /** `scores`, or equal scores seen before. */
  scores(scores: CategoryScores): CategoryScores {
    let key = 0;
    for (const c of CATEGORIES) key = key * 1009 + Math.round(scores[c] * 1000);
    const seen = this.#scores.get(key);
    if (seen && CATEGORIES.every((c) => seen[c] === scores[c])) return seen;
    if (!seen) this.#scores.set(key, scores);
    return scores;
  }

  /** `reason`, or one seen before with the same rule, weight, about and words. */
  reason(reason: Reason): Reason {
    const key = reason.words === undefined ? reason.rule : `${reason.rule}\u0000${reason.words}`;
    let seen = this.#reasons.get(key);
    if (!seen) this.#reasons.set(key, (seen = []));
    for (const r of seen) if (r.weight === reason.weight && r.about === reason.about && r.words === reason.words) return r;
    // A rule that gives its words many weights is not searched through: kept as made past a few.
    if (seen.length < MOST_WEIGHTS) seen.push(reason);
    return reason;
  }

  /** `text`, or an equal string seen before (null stays null). */
  text<T extends string | null>(text: T): T {
    if (text === null) return text;
    const seen = this.#texts.get(text);
    if (seen !== undefined) return seen as T;
    this.#texts.set(text, text);
    return text;
  }

  #id(item: object): number {
    let id = this.#ids.get(item);
    if (id === undefined) this.#ids.set(item, (id = this.#ids.size));
    return id;
  }
}

/** The most weights kept for one rule and words. */
const MOST_WEIGHTS = 8;

function sameItems(a: readonly object[], b: readonly object[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
