import { CATEGORIES, type CategoryScores } from './model';

/**
 * One reading's table of equal immutable values, each kept once: lists of the
 * same objects in the same order (a claim's `why`: its reasons are made once
 * each, see `Reasons`) and category score triples. On a claim-dense document
 * most claims have the same reasons and the same scores: without the table
 * every claim holds its own copies (about 140 bytes a claim), with it they
 * hold pointers to one. Nothing is keyed by a string: a list's key is a number
 * made from its items' numbers, and equal keys are compared item by item, so
 * a list seen once costs one entry of a map.
 */
export class Shared {
  /** A number for each object seen in a list, in the order first seen. */
  readonly #ids = new Map<object, number>();
  readonly #lists = new Map<number, readonly object[]>();
  readonly #scores = new Map<number, CategoryScores>();

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

  #id(item: object): number {
    let id = this.#ids.get(item);
    if (id === undefined) this.#ids.set(item, (id = this.#ids.size));
    return id;
  }
}

function sameItems(a: readonly object[], b: readonly object[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
