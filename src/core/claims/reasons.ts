import type { Reason } from '../model/model';

/**
 * The reasons of one reading, each made once: the same rule with the same
 * weight, about and words is one object however many claims it explains, so a
 * long document's claims hold pointers, not copies.
 */
export class Reasons {
  /** By rule, then by words ('' for none): the reason, or by weight when the rule gave the words several (context, by paragraph). */
  readonly #made = new Map<string, Map<string, Reason | Map<number, Reason>>>();

  /** The reason `rule` gave, with `weight`, about `about`, on `words` if any. */
  of(rule: string, weight: number, about: string, words = ''): Reason {
    let byWords = this.#made.get(rule);
    if (!byWords) this.#made.set(rule, (byWords = new Map()));
    const made = byWords.get(words);
    const same = made instanceof Map ? made.get(weight) : made?.weight === weight ? made : undefined;
    if (same && same.about === about) return same;
    const reason: Reason = words ? { rule, weight, about, words } : { rule, weight, about };
    // A rule that gives the same words with another about keeps the first made for the weight.
    if (same) return reason;
    if (made === undefined) byWords.set(words, reason);
    else if (made instanceof Map) made.set(weight, reason);
    else byWords.set(words, new Map([[made.weight, made], [weight, reason]]));
    return reason;
  }
}
