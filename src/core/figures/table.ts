import { lastNewline } from '../parse/line-index';
import type { Block, Reason, Span } from '../model/model';
import { Cells, type Cell } from './cells';
import type { FoundFigure } from './index';
import { reason } from './draft';
import { FIGURE_LEXICON, type FigureLexicon } from './lexicon';
import { captionOf, countedOf, currencyOf, percentOf, rowCountedOf } from './headers';
import { comparisonBase } from './bases';

/**
 * Figures in tables: what a cell's figure measures is its row's and its
 * column's headers, and a column headed by a year ("2024", "Copper (2025)",
 * "FY2026") gives its cells that year.
 *
 * A table is a run of consecutive table cells; a row ends where a line does.
 * The first cell of a row is its header (without the colon of a run-in head,
 * "Agriculture:"); the first row heads the columns when its cells are short
 * labels (a few words, no clause), as a table's header row is.
 */

/** Words a cell may have to be read as a column's label. */
const LABEL_WORDS = 8;

/** One year in a column header: "2025", "(2025)", "FY2026", "fiscal year 2024", a financial year "2024-25". */
const HEADER_YEAR = /(?:^|[\s(])(?:FY\s?)?((?:19|20)\d\d)(?:(\S)(\d\d))?(?:$|[\s)])/g;

/** Two years joined by a dash, each with its month or not: a header that covers a period ("Jan 2019–Mar 2022", "2019-2022"); not a financial year ("2024-25"). */
const HEADER_PERIOD = /(?:19|20)\d\d[ \t]?[-–][ \t]?(?:[A-Z][a-z]{2,8}\.?[ \t])?(?:19|20)\d\d(?!\d)/;

/** A column label that is a year alone, or a financial year ("2024-25", "2024/25"). */
const COLUMN_YEAR = /^(?:FY\s?)?(?:19|20)\d\d(?:[-–/]\d\d)?$/;

/** True when the rows of a table hold different numbers of cells, as a table drawn with spaces does. */
function ragged(cells: Cells): boolean {
  const counts = new Map<number, number>();
  for (let c = 0; c < cells.length; c++) counts.set(cells.row(c), (counts.get(cells.row(c)) ?? 0) + 1);
  return new Set(counts.values()).size > 1;
}

/** Where a cell stands on its line: its first and last character's column. */
function across(text: string, c: Cell): [number, number] {
  const lineStart = lastNewline(text, c.start - 1) + 1;
  return [c.start - lineStart, c.end - lineStart];
}

/**
 * A table drawn with spaces: each cell's column is the one of the table's
 * fullest row it stands over (or nearest to), and the rows above the first
 * full row are the column labels, read top down ("Net imports (TWh)" over
 * "2022"), a label spanning every column it stands over.
 */
function alignByPosition(text: string, cells: readonly Cell[]): { cells: Cell[]; heads: string[] } {
  const rows = new Map<number, Cell[]>();
  for (const c of cells) rows.set(c.row, [...(rows.get(c.row) ?? []), c]);
  const width = Math.max(...[...rows.values()].map((r) => r.length));
  const full = [...rows.values()].filter((r) => r.length === width);
  const reference = full[full.length - 1].map((c) => across(text, c));
  let headerRows = full[0][0].row;
  // Lines under a full first row with no row label of their own ("(tonnes)", "(£ million)" under their columns) continue its labels.
  let next = headerRows + 1;
  const [labelStart, labelEnd] = reference[0];
  for (let r = headerRows === 0 ? rows.get(next) : undefined; r && r.length < width; r = rows.get(++next)) {
    const [a, b] = across(text, r[0]);
    if (Math.min(b, labelEnd) > Math.max(a, labelStart)) break;
  }
  if (next > headerRows + 1) headerRows = next;
  const columnsOf = (c: Cell): number[] => {
    const [a, b] = across(text, c);
    const over = reference.flatMap(([x, y], i) => (Math.min(b, y) > Math.max(a, x) ? [i] : []));
    if (over.length > 0) return over;
    const mid = (a + b) / 2;
    let best = 0;
    reference.forEach(([x, y], i) => {
      if (Math.abs((x + y) / 2 - mid) < Math.abs((reference[best][0] + reference[best][1]) / 2 - mid)) best = i;
    });
    return [best];
  };
  const heads: string[] = new Array(width).fill('');
  const out = cells.map((c) => {
    const columns = columnsOf(c);
    if (c.row < headerRows) for (const i of columns) heads[i] = `${heads[i]} ${label(text, c)}`.trim();
    return { ...c, column: c.row < headerRows ? columns[0] : columns[columns.length - 1], headerRows };
  });
  return { cells: out, heads: headerRows > 0 ? heads : [] };
}

/**
 * Gives the figures inside table cells their headers as `about` (with the
 * figure's own words first when it has them) and a column's year. `figures` are
 * in document order and are changed in place (a figure given headers replaces
 * the one found, which is let go at once: a long table's figures were held
 * twice over); the result is `figures` itself, in that order. A figure is
 * dropped only at the end, so a reading stopped half way leaves every figure
 * whole, read with its headers or as found.
 */
export function readTables(text: string, blocks: readonly Block[], figures: FoundFigure[], lex: FigureLexicon = FIGURE_LEXICON): FoundFigure[] {
  const out = figures;
  const dropped = new Uint8Array(out.length);
  let f = 0;
  for (let b = 0; b < blocks.length; ) {
    if (blocks[b].kind !== 'tableCell') {
      b++;
      continue;
    }
    let caption = captionOf(lex, text, blocks, b);
    let end = b;
    while (end < blocks.length && blocks[end].kind === 'tableCell') end++;
    const cells = new Cells(end - b);
    let row = 0;
    let column = 0;
    for (; b < end; b++) {
      const block = blocks[b];
      if (cells.length > 0 && text.slice(cells.end(cells.length - 1), block.start).includes('\n')) {
        row++;
        column = 0;
      }
      cells.push(block.start, block.end, row, column++);
    }
    const first = cells.start(0);
    const last = cells.end(cells.length - 1);
    while (f < out.length && out[f].start < first) f++;
    const aligned = ragged(cells) ? alignByPosition(text, cells.objects()) : null;
    const heads = aligned ? aligned.heads : columnHeads(text, cells);
    // A corner cell wholly in brackets heads no row labels: it gives the whole table's unit, as a caption's line of units does.
    if (heads.length > 0 && /^\([^()]*\)$/.test(heads[0])) caption = caption ? `${caption} ${heads[0]}` : heads[0];
    const read = aligned ? Cells.of(aligned.cells) : cells;
    // Each row's header cell (its first column), found once for the table: not searched again per figure.
    const rowHeads = read.rowHeads();
    for (let c = 0; f < out.length && out[f].start < last; f++) {
      while (c < read.length && read.end(c) <= out[f].start) c++;
      if (c < read.length && read.start(c) <= out[f].start) {
        // A year that is the whole label of a column ("2024", "FY2026") names the column: no figure.
        const cellText = text.slice(read.start(c), read.end(c)).trim();
        const head = read.row(c) < (read.headerRows ?? 1);
        const label = heads.length > 0 && head && COLUMN_YEAR.test(cellText);
        // A date in the header cell of a row, under column labels ("2021 call"), labels that row: no figure.
        const rowLabel = heads.length > 0 && !head && read.column(c) === 0 && out[f].kind === 'date';
        if (label) reason(lex, 'figure:not-column-year', 'kind');
        if (rowLabel) reason(lex, 'figure:not-row-year', 'kind');
        if (rowLabel || label) dropped[f] = 1;
        else out[f] = withHeaders(lex, text, out[f], read.rowHead(rowHeads, read.row(c)), read.cell(c), heads, caption);
      }
    }
  }
  let kept = 0;
  for (let i = 0; i < out.length; i++) if (!dropped[i]) out[kept++] = out[i];
  out.length = kept;
  return out;
}

/** The column labels of a table, by column, when its first row is a header row; else none. */
function columnHeads(text: string, cells: Cells): readonly string[] {
  if (cells.row(cells.length - 1) === 0) return [];
  const header: string[] = [];
  for (let c = 0; c < cells.length && cells.row(c) === 0; c++) header.push(label(text, cells.cell(c)));
  // A first row opened by a run-in head ("Average award:") is a row of data, not the columns' labels.
  if (text.slice(cells.start(0), cells.end(0)).trimEnd().endsWith(':')) return [];
  // A label ends like a sentence only where its point is not an abbreviation's ("2026 Est.", "2027 Proj.", or in lower
  // case right after its year, as IMF tables write it: "2025 proj.", "2024 est.").
  return header.every((h) => h.length > 0 && h.split(/\s+/).length <= LABEL_WORDS && !/[;!?]$|;|(?<!\b[A-Z][a-z]{0,4}|\b\d{4}\s+[a-z]{1,5})\.$/.test(h)) ? header : [];
}

function label(text: string, cell: Span): string {
  return text.slice(cell.start, cell.end).replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().replace(/:$/, '');
}

/**
 * A bare cell's kind and unit from its headers or the caption: money in a currency they name, a
 * percentage they measure in, a count of the vessels its column names or of what its row's label counts.
 */
function typeOf(lex: FigureLexicon, f: FoundFigure, column: string, row: string, caption: string): { kind: 'money' | 'count' | 'percent'; unit: string; rule: string; words: string } | null {
  const rule = f.why[0]?.rule;
  if (rule !== 'figure:bare-cell' && rule !== 'figure:bare-cell-signed') return null;
  for (const header of [column, row, caption]) {
    const currency = header ? currencyOf(lex, header) : null;
    if (currency) return { kind: 'money', unit: currency, rule: 'figure:money-from-header', words: header };
    const percent = header ? percentOf(lex, header) : null;
    if (percent) return { kind: 'percent', unit: percent, rule: 'figure:percent-from-header', words: header };
  }
  const counted = countedOf(lex, column);
  if (counted) return { kind: 'count', unit: counted, rule: 'figure:count-from-header', words: column };
  const rowCounted = row ? rowCountedOf(lex, row) : null;
  return rowCounted ? { kind: 'count', unit: rowCounted, rule: 'figure:count-from-row-header', words: row } : null;
}

function withHeaders(lex: FigureLexicon, text: string, f: FoundFigure, rowHead: Span | undefined, cell: Cell, heads: readonly string[], caption: string): FoundFigure {
  if (heads.length > 0 && cell.row < (cell.headerRows ?? 1)) return f; // a figure in the header rows heads its column
  if (cell.column === 0) rowHead = undefined;
  const parts = [f.about, rowHead ? label(text, rowHead) : null, heads[cell.column] ?? null].filter((p): p is string => !!p && p.length > 0);
  const about = parts.length > 0 ? parts.join(' — ') : f.about;
  // figure:year-none-table-period — a cell under a column that covers a period ("Jan 2019–Mar 2022") holds over all of it: no year.
  if (f.kind !== 'date' && HEADER_PERIOD.test(heads[cell.column] ?? '')) {
    f = { ...f, year: null, why: f.why.map((r) => (r.about === 'year' ? reason(lex, 'figure:year-none-table-period', 'year', heads[cell.column]) : r)) };
  }
  const undated = f.year === null && f.kind !== 'date';
  const column = undated ? headerYear(heads[cell.column] ?? '', lex) : null;
  const columnYear = column?.year ?? null;
  // A row's header dates its cells when no column does ("Apprentices placed in fiscal year 2024: 3,850").
  const rowYear = undated && columnYear === null && rowHead ? yearOf(label(text, rowHead), lex) : null;
  // The caption dates the cells when neither header does ("Table 1. Losses by country, 2024").
  const captionYear = undated && columnYear === null && rowYear === null ? yearOf(caption, lex) : null;
  const typed = typeOf(lex, f, heads[cell.column] ?? '', rowHead ? label(text, rowHead) : '', caption);
  if (about === f.about && columnYear === null && rowYear === null && captionYear === null && typed === null) return f;
  const why: Reason[] = f.why.map((r) => {
    if ((r.about === 'kind' || r.about === 'unit') && typed) return reason(lex, typed.rule, r.about, typed.words);
    if (r.about === 'year' && captionYear !== null) return reason(lex, 'figure:year-table-caption', 'year', caption);
    // Without words of its own the headers are the whole `about`: the reason names that same string, not a second copy (one a cell in a long table).
    if (r.about === 'about' && about !== f.about) return reason(lex, 'figure:about-table-headers', 'about', f.about ? parts.slice(1).join(' — ') : about!);
    if (r.about === 'year' && columnYear !== null) return reason(lex, column!.compared ? 'figure:year-table-compared' : 'figure:year-table-column', 'year', heads[cell.column]);
    if (r.about === 'year' && rowYear !== null) return reason(lex, 'figure:year-table-row', 'year', label(text, rowHead!));
    return r;
  });
  // Written out field by field, in the order the figure reader makes them: a spread copy gives each figure a property store of its own.
  const year = columnYear ?? rowYear ?? captionYear ?? f.year;
  return { start: f.start, end: f.end, kind: typed?.kind ?? f.kind, why, value: f.value, high: f.high, unit: typed?.unit ?? f.unit, year, period: f.period, about, unitIndex: f.unitIndex };
}

/**
 * The one year a header names, or null: a financial year ("2024-25") is named by the year it starts in,
 * as in prose; a header that counts up to a year ("Total to 2030-31", "2025 to 2028") names none.
 */
export function yearOf(header: string, lex: FigureLexicon = FIGURE_LEXICON): number | null {
  return headerYear(header, lex).year;
}

/**
 * The one year a header names, and whether it compares it with a base it passed over: the year after
 * "vs." or "compared with" is what the column's cells are compared with, not their year ("FY 2027 vs. FY 2026").
 */
function headerYear(header: string, lex: FigureLexicon): { year: number | null; compared: boolean } {
  // "Jan 2019–Mar 2022", "2019–2022": a column that covers a period names no one year of its cells.
  if (HEADER_PERIOD.test(header)) return { year: null, compared: false };
  const all = [...header.matchAll(HEADER_YEAR)];
  const matches = all.filter((m) => comparisonBase(lex, header, 0, m.index! + (/^[\s(]/.test(m[0]) ? 1 : 0)) < 0);
  const compared = matches.length < all.length;
  const d = lex.dates;
  const upTo = (m: RegExpMatchArray) => {
    const before = /([a-z]+)\W*$/i.exec(header.slice(0, m.index))?.[1]?.toLowerCase() ?? '';
    return d.spanJoins.has(before) || d.boundaries.has(before) || d.targets.has(before);
  };
  if (matches.some(upTo)) return { year: null, compared };
  // A financial year ("2024-25") is named by the year it starts in, as in prose (figure:date-financial-year); "FY2024-25" stays a span.
  const split = (m: RegExpMatchArray) => m[3] !== undefined && lex.dates.financialYearJoins.has(m[2]);
  if (matches.some((m) => split(m) && /FY/.test(m[0]))) return { year: null, compared };
  const years = matches.filter((m) => m[3] === undefined || split(m)).map((m) => Number(m[1]));
  return { year: years.length > 0 && years.every((y) => y === years[0]) ? years[0] : null, compared };
}
