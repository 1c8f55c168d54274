import { DEFAULT_HOST_BUDGET_MS, DEFAULT_HOST_MS_PER_MB } from './runnerOptions';

/**
 * The time budget of readings on the extension host's own thread (when no
 * worker can start). A reading there cannot be stopped once it has started, so
 * the budget is kept by not starting one that is expected to pass it: the
 * document gets its outline (one linear pass) and a message saying why. The
 * expectation is the text's length at the most a megabyte may cost (issue
 * #14's bound), or, for a document whose full reading here passed the budget,
 * at the cost that reading measured.
 */
export class HostBudget {
  readonly #budgetMs: number;
  readonly #msPerChar: number;
  /** Documents whose full reading passed the budget: what a character of each cost, in ms. */
  readonly #measured = new Map<string, number>();

  constructor(budgetMs = DEFAULT_HOST_BUDGET_MS, msPerMb = DEFAULT_HOST_MS_PER_MB) {
    this.#budgetMs = budgetMs;
    this.#msPerChar = msPerMb / 1e6;
  }

  /** Why a full reading of `length` characters of document `key` is not started on the host, or null if it may be. */
  refuse(key: string, length: number): string | null {
    const measured = this.#measured.get(key);
    const expected = length * (measured ?? this.#msPerChar);
    if (expected <= this.#budgetMs) return null;
    const budget = `${seconds(this.#budgetMs)} s, the time budget of a reading on the editor's own thread (the analysis worker could not start)`;
    return measured === undefined
      ? `A document of ${length.toLocaleString('en-US')} characters could take over ${budget}: only the outline is shown.`
      : `The last full reading of this document took about ${seconds(expected)} s at its present length, over ${budget}: only the outline is shown.`;
  }

  /** Records a full reading of `length` characters of `key` that took `ms`. */
  record(key: string, length: number, ms: number): void {
    if (ms > this.#budgetMs && length > 0) this.#measured.set(key, ms / length);
    else this.#measured.delete(key);
  }

  /** Forgets document `key` (it was closed). */
  forget(key: string): void {
    this.#measured.delete(key);
  }
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;
