import type { Category } from '../model/model';
import { CATEGORIES } from '../model/model';

/**
 * Orders for the short lists a claim sorts (its reasons, its cues, its three
 * categories), without `Array.prototype.sort`: that makes a sorting state and
 * two work arrays a call, about 27 MB of garbage for the sample essay ×100.
 * Both orders are stable, as `sort` is: equal weights keep their order.
 */

/** Above this many items a list is sorted by `Array.prototype.sort`: an insertion sort grows with the square. */
const SHORT = 16;

/** Sorts `list` in place, heaviest first; equal weights keep their order. */
export function byWeight<T extends { readonly weight: number }>(list: T[]): T[] {
  if (list.length > SHORT) return list.sort((a, b) => b.weight - a.weight);
  for (let i = 1; i < list.length; i++) {
    const item = list[i];
    let j = i - 1;
    while (j >= 0 && list[j].weight < item.weight) {
      list[j + 1] = list[j];
      j--;
    }
    list[j + 1] = item;
  }
  return list;
}

/** The categories from the highest score down; ties keep the order of CATEGORIES. */
export function rank(scores: Readonly<Record<Category, number>>): Category[] {
  const [a, b, c] = CATEGORIES;
  const out = [a, b, c];
  if (scores[out[1]] > scores[out[0]]) [out[0], out[1]] = [out[1], out[0]];
  if (scores[out[2]] > scores[out[1]]) [out[1], out[2]] = [out[2], out[1]];
  if (scores[out[1]] > scores[out[0]]) [out[0], out[1]] = [out[1], out[0]];
  return out;
}

/** `list` and then `last`, at their exact length (`[...list, last]` leaves room for 16 more). */
export function fittedWith<T>(list: readonly T[], last: T): T[] {
  const out = new Array<T>(list.length + 1);
  for (let i = 0; i < list.length; i++) out[i] = list[i];
  out[list.length] = last;
  return out;
}

/** `list` at its exact length (a copy; an empty list is kept, it may be a shared one). */
export function fitted<T>(list: readonly T[]): readonly T[] {
  return list.length ? list.slice() : list;
}

/** Values numbered in order of first arrival: a list of many equal values kept as 4-byte numbers into one list of the distinct ones. */
export class Numbered<T> {
  readonly #values: T[] = [];
  readonly #numbers = new Map<T, number>();
  /** The number of `value` (the same object, the same number). */
  number(value: T): number {
    let n = this.#numbers.get(value);
    if (n === undefined) this.#numbers.set(value, (n = this.#values.push(value) - 1));
    return n;
  }
  /** The value numbered `n`. */
  at(n: number): T {
    return this.#values[n];
  }
}
