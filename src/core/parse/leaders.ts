import type { Span } from '../model/model';

/**
 * `notice:contents-leader` against `notice:table-row` (furniture.json): a line
 * of a title, leader dots and a number is a contents entry when the number is
 * a page number — the numbers rise down the list ('Outlook ........ 9' under
 * 'Summary ........ 3'). Where the numbers of a run of such lines fall
 * somewhere ('Ferry fares ........ 5200' over 'Mooring ........ 870'), they
 * are a table's values set with leader dots: its rows, read for their figures.
 */

/** The number after the leader dots closing `line` ('Fuel ........ 3850', 'Fuel . . . . 3850'), or null; read from the end, in linear time. */
function leaderNumber(line: string): number | null {
  const m = /(\d{1,4})\s*$/.exec(line.slice(-12));
  if (!m) return null;
  let at = line.length - (line.slice(-12).length - m.index);
  if (at > 0 && /\d/.test(line.charAt(at - 1))) return null;
  while (at > 0 && /\s/.test(line.charAt(at - 1))) at--;
  let dots = 0;
  while (at > 0 && line.charAt(at - 1) === '.') {
    dots++;
    at--;
    if (at > 0 && line.charAt(at - 1) === ' ' && line.charAt(at - 2) === '.') at--;
  }
  return dots >= 4 ? Number(m[1]) : null;
}

/** The blocks (by index) of runs of leader lines whose numbers do not rise: a table's rows, no contents. */
export function leaderTableRows(text: string, raw: readonly Span[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < raw.length; ) {
    const run: { k: number; n: number }[] = [];
    let k = i;
    for (; k < raw.length; k++) {
      const n = leaderNumber(text.slice(raw[k].start, raw[k].end));
      if (n === null) break;
      run.push({ k, n });
    }
    if (run.some((r, j) => j > 0 && r.n < run[j - 1].n)) for (const r of run) out.add(r.k);
    i = Math.max(k, i + 1);
  }
  return out;
}
