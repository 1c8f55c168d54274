import type { Span } from '../model/model';

/**
 * A sentence handed to an analyser: its range and the block (paragraph, list item,
 * table cell) it sits in. Analysers read context (a year said earlier in the
 * paragraph, a name said earlier in the document) through the block index.
 */
export interface TextUnit extends Span {
  /** Index of the block in `Analysis.blocks`. */
  readonly block: number;
  /** True for sentences of argued text (claims); false for headings and table cells. */
  readonly body: boolean;
}

/**
 * The body sentences as columns: sentence `s` runs from `start[s]` to `end[s]`
 * in block `block[s]`. Twelve bytes a sentence where an object each, in two
 * lists, held about 70 until the claims were made (issue #14).
 */
export interface Sentences {
  readonly length: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly block: Int32Array;
}

/** `list` (spans with their block) as {@link Sentences}. */
export function sentenceColumns(list: readonly (Span & { readonly block: number })[]): Sentences {
  const n = list.length;
  const out = { length: n, start: new Int32Array(n), end: new Int32Array(n), block: new Int32Array(n) };
  for (let s = 0; s < n; s++) {
    out.start[s] = list[s].start;
    out.end[s] = list[s].end;
    out.block[s] = list[s].block;
  }
  return out;
}

/**
 * Every unit of a document (body sentences, headings' and table cells' text) as
 * columns: unit `u` runs from `start[u]` to `end[u]` in block `block[u]`, and
 * `body[u]` is 1 for a sentence of argued text. Thirteen bytes a unit where an
 * object each and its list slot held 64 (a long table's cells were 5× its text
 * until the entity recogniser had read them; issue #14).
 */
export interface Units extends Sentences {
  readonly body: Uint8Array;
}

/** Builds {@link Units} one unit at a time, the columns grown by doubling. */
export class UnitColumns {
  #length = 0;
  #start = new Int32Array(64);
  #end = new Int32Array(64);
  #block = new Int32Array(64);
  #body = new Uint8Array(64);

  get length(): number {
    return this.#length;
  }

  push(start: number, end: number, block: number, body: boolean): void {
    if (this.#length === this.#start.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.#start = grow(this.#start);
      this.#end = grow(this.#end);
      this.#block = grow(this.#block);
      this.#body = grow(this.#body);
    }
    const u = this.#length++;
    this.#start[u] = start;
    this.#end[u] = end;
    this.#block[u] = block;
    this.#body[u] = body ? 1 : 0;
  }

  /** The units pushed, in columns of their exact length. */
  done(): Units {
    const n = this.#length;
    return { length: n, start: this.#start.slice(0, n), end: this.#end.slice(0, n), block: this.#block.slice(0, n), body: this.#body.slice(0, n) };
  }
}

/** `list` as {@link Units}; columns are returned as they are. */
export function unitColumns(list: readonly TextUnit[] | Units): Units {
  if (!Array.isArray(list)) return list as Units;
  const out = new UnitColumns();
  for (const u of list as readonly TextUnit[]) out.push(u.start, u.end, u.block, u.body);
  return out.done();
}

/** The body units of `units` as {@link Sentences}. */
export function bodySentences(units: Units): Sentences {
  let n = 0;
  for (let u = 0; u < units.length; u++) n += units.body[u];
  const out = { length: n, start: new Int32Array(n), end: new Int32Array(n), block: new Int32Array(n) };
  for (let u = 0, s = 0; u < units.length; u++) {
    if (!units.body[u]) continue;
    out.start[s] = units.start[u];
    out.end[s] = units.end[u];
    out.block[s++] = units.block[u];
  }
  return out;
}

/** Each unit's span in order, made as it is read (none is held by the columns); read as often as wanted. */
export function unitSpans(units: Units): Iterable<Span> {
  return {
    *[Symbol.iterator]() {
      for (let u = 0; u < units.length; u++) yield { start: units.start[u], end: units.end[u] };
    },
  };
}
