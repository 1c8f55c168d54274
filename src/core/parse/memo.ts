/**
 * Results of one reading kept for the next reading of the same document. A part
 * of a document (a markdown piece, a paragraph, a sentence) is read from its own
 * text alone, so a part whose text did not change keeps its result: after an
 * edit only what changed is read again. Entries the latest reading did not ask
 * for are dropped when it ends, so a memo holds about one document's worth.
 */
export class Memo<V> {
  #previous = new Map<string, V>();
  #current = new Map<string, V>();
  #hits = 0;
  #misses = 0;

  /** The value for `key`: kept from the last reading, or computed now. */
  get(key: string, compute: () => V): V {
    let value = this.#current.get(key);
    if (value !== undefined) {
      this.#hits++;
      return value;
    }
    value = this.#previous.get(key);
    if (value === undefined) {
      this.#misses++;
      value = compute();
    } else {
      this.#hits++;
    }
    this.#current.set(key, value);
    return value;
  }

  /** True when `key` has a value, kept from the last reading or computed in this one; counts nothing. */
  has(key: string): boolean {
    return this.#current.has(key) || this.#previous.has(key);
  }

  /** Ends a reading: what it did not ask for is forgotten. Returns its hits and misses. */
  settle(): MemoCount {
    const count = { reused: this.#hits, computed: this.#misses };
    this.#previous = this.#current;
    this.#current = new Map();
    this.#hits = 0;
    this.#misses = 0;
    return count;
  }

  /** Forgets everything (the way parts are read has changed, e.g. a new lexicon). */
  clear(): void {
    this.#previous = new Map();
    this.#current = new Map();
  }
}

/** How many parts a reading took from the memo and how many it read anew. */
export interface MemoCount {
  readonly reused: number;
  readonly computed: number;
}
