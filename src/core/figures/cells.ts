import type { Span } from '../model/model';

/** A table cell as the figure reader reads it: where it is, its row and its column. */
export interface Cell extends Span {
  readonly row: number;
  readonly column: number;
  /** Rows of column labels above the table's data (a table drawn with spaces may have two). */
  readonly headerRows?: number;
}

/**
 * The cells of one table as columns: four numbers a cell (16 bytes) where an
 * object and its list slot held about 64. A long table's cells were all held
 * at once while its figures were given their headers, at the peak of the
 * reading's memory (issue #14: a table of 64,000 characters held 5,212 cell
 * objects, about 5× its text). A cell is made an object only where a figure
 * asks for it, and let go with that figure's reading.
 */
export class Cells {
  readonly #numbers: Int32Array;
  #length = 0;
  /** Rows of column labels above the data, the same for every cell of the table (set for a table drawn with spaces). */
  readonly headerRows: number | undefined;

  constructor(capacity: number, headerRows?: number) {
    this.#numbers = new Int32Array(4 * capacity);
    this.headerRows = headerRows;
  }

  /** The cells of `cells`, in their order (every cell of a table drawn with spaces has the same `headerRows`). */
  static of(cells: readonly Cell[]): Cells {
    const out = new Cells(cells.length, cells[0]?.headerRows);
    for (const c of cells) out.push(c.start, c.end, c.row, c.column);
    return out;
  }

  get length(): number {
    return this.#length;
  }

  push(start: number, end: number, row: number, column: number): void {
    const at = 4 * this.#length++;
    this.#numbers[at] = start;
    this.#numbers[at + 1] = end;
    this.#numbers[at + 2] = row;
    this.#numbers[at + 3] = column;
  }

  start(c: number): number {
    return this.#numbers[4 * c];
  }

  end(c: number): number {
    return this.#numbers[4 * c + 1];
  }

  row(c: number): number {
    return this.#numbers[4 * c + 2];
  }

  column(c: number): number {
    return this.#numbers[4 * c + 3];
  }

  /** Cell `c` as an object. */
  cell(c: number): Cell {
    return { start: this.start(c), end: this.end(c), row: this.row(c), column: this.column(c), headerRows: this.headerRows };
  }

  /** Every cell as an object (a table drawn with spaces is aligned from them). */
  objects(): Cell[] {
    return Array.from({ length: this.#length }, (_, c) => this.cell(c));
  }

  /** Each row's header cell, by row: the first cell of the row in the first column (-1 for none). */
  rowHeads(): Int32Array {
    let rows = 0;
    for (let c = 0; c < this.#length; c++) rows = Math.max(rows, this.row(c) + 1);
    const heads = new Int32Array(rows).fill(-1);
    for (let c = 0; c < this.#length; c++) if (this.column(c) === 0 && heads[this.row(c)] < 0) heads[this.row(c)] = c;
    return heads;
  }

  /** The header cell of row `row` ({@link rowHeads}), or undefined. */
  rowHead(heads: Int32Array, row: number): Span | undefined {
    const c = heads[row] ?? -1;
    return c < 0 ? undefined : { start: this.start(c), end: this.end(c) };
  }
}
