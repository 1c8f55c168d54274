import { lastNewline } from '../parse/line-index';
import type { Entity } from '../model/model';
import type { Units } from '../parse/units';
import { rule, type Lexicon } from './lexicon';

/**
 * entity:column-agent — a table's column headed by a noun for who acts ("Lead applicant",
 * "Recipient", "Operator"; words.json agentNouns) holds bodies, not places: a name that fills
 * one of its cells whole and was typed a place ("Port Houston", "City of Long Beach") is the
 * organisation of that place. The header is the table's first line; a cell's column is its
 * order on its line. Linear in the units.
 */
export function typeFromColumns(lex: Lexicon, text: string, units: Units, entities: readonly Entity[]): readonly Entity[] {
  // Cells under an agent's header, by start: their end and the header.
  const cells = new Map<number, { end: number; header: string }>();
  let header: readonly Cell[] | null = null;
  let previous: readonly Cell[] = [];
  for (const row of rows(text, units)) {
    const joined = previous.length > 0 && text.slice(previous[previous.length - 1].end, row[0].start).trim() === '';
    if (row.length < 2) header = null;
    else if (header && joined && row.length === header.length) {
      row.forEach((c, k) => agentNoun(lex, header![k].text) && cells.set(c.start, { end: c.end, header: header![k].text }));
    } else header = row;
    previous = row;
  }
  if (cells.size === 0) return entities;
  const r = rule(lex, 'entity:column-agent');
  return entities.map((e) => {
    if (e.type !== 'place' || !e.mentions.every((m) => cells.get(m.start)?.end === m.end)) return e;
    const reason = { rule: r.id, weight: r.weight, about: 'organization' as const, words: cells.get(e.mentions[0].start)!.header };
    return { ...e, type: 'organization', why: [reason, ...e.why] };
  });
}

/** A table cell: its text trimmed, where it starts and ends. */
interface Cell {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The units outside sentences (cells, headings), by line: a line with two or more is a table's row.
 * One row at a time, as the caller reads them: a long table's cells are not all held at once (they
 * were 10× the text of a table of short rows). A unit on the line of the one before is known by
 * where that line ends, not by searching back to its start again.
 */
function* rows(text: string, units: Units): Generator<Cell[]> {
  let row: Cell[] = [];
  let line = -1;
  let lineEnd = -1;
  for (let u = 0; u < units.length; u++) {
    if (units.body[u]) continue;
    const from = units.start[u];
    if (!(from >= line && from < lineEnd)) {
      const lineStart = lastNewline(text, from) + 1;
      if (lineStart !== line) {
        if (row.length > 0) yield row;
        row = [];
        line = lineStart;
        const end = text.indexOf('\n', line);
        lineEnd = end < 0 ? text.length + 1 : end;
      }
    }
    const raw = text.slice(from, units.end[u]);
    const cell = raw.trim();
    const start = from + raw.indexOf(cell);
    row.push({ start, end: start + cell.length, text: cell });
  }
  if (row.length > 0) yield row;
}

/** True when a column's header ends with a noun for who acts ("Lead applicant"). */
function agentNoun(lex: Lexicon, header: string | undefined): boolean {
  const last = header?.toLowerCase().match(/(\p{L}+)\s*$/u)?.[1];
  return last !== undefined && (lex.agentNouns.has(last) || (last.endsWith('s') && lex.agentNouns.has(last.slice(0, -1))));
}
