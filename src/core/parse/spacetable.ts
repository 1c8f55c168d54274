import type { Span } from '../model/model';
import layout from '../lexicon/data/layout.json';

/**
 * Tables drawn with spaces, as text taken from a PDF gives them: lines whose
 * cells are parted by runs of spaces ("Albania      1.8     0.6"), and the
 * lines of column labels directly above them. Their cells are read as a
 * table's cells are (figures/table.ts gives each its row's and column's
 * headers); prose never holds such runs inside a line, and a single line of
 * two cells (a running header) is not enough to make a table.
 */

const { gap, minRows, minCells, minDataRows } = layout.spaceTable;
const CELL_GAP = new RegExp(`[ \\t]{${gap},}`);
const NUMBER_CELL = /^[-–(]?[$€£]?\d[\d,.]*%?\)?$/;

interface Row {
  readonly line: Span;
  readonly cells: Span[];
}

/** The cells of one line parted by runs of spaces, on the text's offsets. */
function cellsOf(text: string, start: number, end: number): Span[] {
  const cells: Span[] = [];
  let at = start;
  for (const piece of text.slice(start, end).split(CELL_GAP)) {
    const from = text.indexOf(piece, at);
    const trimmed = piece.trim();
    if (trimmed.length > 0) {
      const lead = piece.length - piece.trimStart().length;
      cells.push({ start: from + lead, end: from + lead + trimmed.length });
    }
    at = from + piece.length;
  }
  return cells;
}

const isData = (text: string, row: Row) => row.cells.length >= minCells && row.cells.some((c) => NUMBER_CELL.test(text.slice(c.start, c.end)));

/**
 * The tables drawn with spaces in `text` between `start` and `end`: the spans
 * of their lines (to be kept out of the prose) and their cells, in order.
 */
export function spaceTables(text: string, start = 0, end = text.length): { lines: Span[]; cells: Span[] } {
  const lines: Span[] = [];
  const cells: Span[] = [];
  let run: Row[] = [];
  const flush = () => {
    const data = run.filter((r) => isData(text, r)).length;
    if (run.length >= minRows && data >= minDataRows) {
      for (const r of run) {
        lines.push(r.line);
        cells.push(...r.cells);
      }
    }
    run = [];
  };
  for (let at = start; at < end; ) {
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 || nl > end ? end : nl;
    const cellsHere = cellsOf(text, at, lineEnd);
    if (cellsHere.length >= 2) run.push({ line: { start: at, end: lineEnd }, cells: cellsHere });
    else flush();
    at = lineEnd + 1;
  }
  flush();
  return { lines, cells };
}

/** `text` with the given lines blanked (their characters as spaces, line ends kept). */
export function blankLines(text: string, lines: readonly Span[]): string {
  if (lines.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const l of lines) {
    parts.push(text.slice(at, l.start), ' '.repeat(l.end - l.start));
    at = l.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
