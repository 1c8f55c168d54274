import type { Reason } from '../model/model';

/**
 * The reasons of one reading, each made once: the same rule with the same
 * weight and words is one object however many claims it explains, so a long
 * document's claims hold pointers, not copies.
 */
export class Reasons {
  /** By rule, then by words ('' for none). */
  readonly #made = new Map<string, Map<string, Reason>>();

  /** The reason `rule` gave, with `weight`, about `about`, on `words` if any. */
  of(rule: string, weight: number, about: string, words = ''): Reason {
    let byWords = this.#made.get(rule);
    if (!byWords) this.#made.set(rule, (byWords = new Map()));
    const made = byWords.get(words);
    if (made && made.weight === weight && made.about === about) return made;
    const reason: Reason = words ? { rule, weight, about, words } : { rule, weight, about };
    // A rule that gives the same words other weights (context, by paragraph) keeps the first made.
    if (!made) byWords.set(words, reason);
    return reason;
  }
}
