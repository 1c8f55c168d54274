import type { Reason } from '../model/model';

/**
 * The reasons of one reading, each made once: the same rule with the same
 * weight and words is one object however many claims it explains, so a long
 * document's claims hold pointers, not copies.
 */
export class Reasons {
  readonly #made = new Map<string, Reason>();

  /** The reason `rule` gave, with `weight`, about `about`, on `words` if any. */
  of(rule: string, weight: number, about: string, words?: string): Reason {
    const key = words === undefined ? `${rule}\u0000${weight}` : `${rule}\u0000${weight}\u0000${words}`;
    let reason = this.#made.get(key);
    if (!reason) {
      reason = words === undefined ? { rule, weight, about } : { rule, weight, about, words };
      this.#made.set(key, reason);
    }
    return reason;
  }
}
