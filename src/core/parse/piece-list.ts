import type { Guard } from './guards';

/** What is read of one piece as the list is made: its guard (if any), its definition stubs and its most marks in a paragraph. */
export interface PieceFacts {
  readonly guard: Guard | null;
  readonly stubs: string;
  readonly marks: number;
}

/**
 * A document's markdown pieces as columns: where each starts (and so ends),
 * its marks, and the few guards and definition stubs pieces have, by index.
 * A piece's text and memo key are sliced from the document when asked for.
 * As an object a piece with its own slice of the text held about 100 bytes,
 * 8× the text of a document of one-line pieces, for the whole markdown
 * reading (issue #14); here 8 bytes.
 */
export class PieceList {
  readonly length: number;
  readonly #text: string;
  /** Each piece's start, then the text's end. */
  readonly #bounds: Int32Array;
  readonly #marks: Int32Array;
  readonly #guards = new Map<number, Guard>();
  readonly #stubs = new Map<number, string>();

  /** The pieces of `text` starting at `starts`, each read by `read` (its text and start). */
  constructor(text: string, starts: readonly number[], read: (piece: string, start: number) => PieceFacts) {
    this.#text = text;
    this.length = starts.length;
    this.#bounds = new Int32Array(starts.length + 1);
    this.#bounds.set(starts);
    this.#bounds[starts.length] = text.length;
    this.#marks = new Int32Array(starts.length);
    for (let i = 0; i < starts.length; i++) {
      const facts = read(this.text(i), starts[i]);
      this.#marks[i] = facts.marks;
      if (facts.guard) this.#guards.set(i, facts.guard);
      if (facts.stubs) this.#stubs.set(i, facts.stubs);
    }
  }

  start(i: number): number {
    return this.#bounds[i];
  }

  /** Piece `i`'s text, blank lines after it included. */
  text(i: number): string {
    return this.#text.slice(this.#bounds[i], this.#bounds[i + 1]);
  }

  /** The length of piece `i`'s text. */
  size(i: number): number {
    return this.#bounds[i + 1] - this.#bounds[i];
  }

  guard(i: number): Guard | null {
    return this.#guards.get(i) ?? null;
  }

  /** The definition stubs piece `i` is parsed with ('' for none). */
  stubs(i: number): string {
    return this.#stubs.get(i) ?? '';
  }

  /** The most emphasis marks and closing brackets in one of piece `i`'s paragraphs (the guard's measure). */
  marks(i: number): number {
    return this.#marks[i];
  }

  /** Piece `i`'s key in the memo: its stubs are part of it, for a piece reads differently when the definitions change. */
  key(i: number): string {
    const stubs = this.stubs(i);
    return stubs ? `${stubs}\u0000${this.text(i)}` : this.text(i);
  }
}
