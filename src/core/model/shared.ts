import { CATEGORIES, type CategoryScores, type Reason } from './model';

/**
 * One reading's table of equal immutable values, each kept once: reasons
 * (the claim rules make theirs here with `of`; the figure reader's, made apart,
 * are kept with `reason`), lists of the same objects in the same order (a
 * claim's `why`) and category score triples. On a claim-dense document
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
  /** Reasons by about, rule and words ('' for none): the reason, or by weight when they were given several (context, by paragraph). */
  readonly #reasons = new Map<string, Map<string, Map<string, Reason | Map<number, Reason>>>>();
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

  /** `reason`, or one seen before with the same rule, weight, about and words (a reason made apart, as the figure reader makes one per figure). */
  reason(reason: Reason): Reason {
    // '' words and '' about are not told apart from none in the table: such a reason is kept as made.
    if (reason.words === '' || !reason.about) return reason;
    return this.#kept(reason.rule, reason.weight, reason.about, reason.words ?? '', reason);
  }

  /** The reason `rule` gave, with `weight`, about `about`, on `words` if any: made once however many claims it explains. */
  of(rule: string, weight: number, about: string, words = ''): Reason {
    return this.#kept(rule, weight, about, words, null);
  }

  /** The reason with these parts seen before, else `made` (or one made now) kept for them. */
  #kept(rule: string, weight: number, about: string, words: string, made: Reason | null): Reason {
    let byRule = this.#reasons.get(about);
    if (!byRule) this.#reasons.set(about, (byRule = new Map()));
    let byWords = byRule.get(rule);
    if (!byWords) byRule.set(rule, (byWords = new Map()));
    const seen = byWords.get(words);
    const same = seen instanceof Map ? seen.get(weight) : seen?.weight === weight ? seen : undefined;
    if (same) return same;
    const reason = made ?? (words ? { rule, weight, about, words } : { rule, weight, about });
    if (seen === undefined) byWords.set(words, reason);
    else if (seen instanceof Map) seen.set(weight, reason);
    else byWords.set(words, new Map([[seen.weight, seen], [weight, reason]]));
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

function sameItems(a: readonly object[], b: readonly object[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
