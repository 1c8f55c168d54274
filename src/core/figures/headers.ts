import type { Block } from '../model/model';
import type { FigureLexicon } from './lexicon';

/**
 * What a table's caption and headers say about its bare cells: the caption is
 * the line right above the table that opens with "Table 1." (or "Figure 2:"),
 * with a line wholly in brackets next to it ("(in millions of current
 * dollars)"); a currency in a cell's column or row header, or in the caption,
 * makes its bare numbers money ("Cost per container (US$)", "($ million a
 * year)"), a percent in a header's brackets makes them percentages ("Real GDP
 * growth (percent)", "(% of GDP)"), a column headed by weapons or vessels counts
 * them ("Offshore patrol vessels"), and so does a row whose label opens with what
 * it counts in the plural ("Vehicles to be bought").
 */

/** Lines of caption at most: the "Table 1." line and a bracketed line of units. */
const CAPTION_LINES = 2;

/** The caption of the table whose first cell is `blocks[first]`, markup removed, or '' when it has none. */
export function captionOf(lex: FigureLexicon, text: string, blocks: readonly Block[], first: number): string {
  const above: string[] = [];
  // The lines right above the table, nearest first: a caption may be its own block or share one with its units.
  for (let b = first - 1; b >= 0 && above.length < CAPTION_LINES; b--) {
    const kind = blocks[b].kind;
    if (kind !== 'paragraph' && kind !== 'heading' && kind !== 'meta') break;
    const lines = text.slice(blocks[b].start, blocks[b].end).split('\n').map((l) => l.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim()).filter((l) => l.length > 0);
    above.push(...lines.reverse().slice(0, CAPTION_LINES - above.length));
  }
  const lines: string[] = [];
  for (const line of above) {
    const opener = /^([A-Z][a-z]+)\s+[0-9A-Z][\w.-]*[.:]?\s/.exec(line);
    if (opener && lex.phrases.captionOpeners.has(opener[1])) return [line, ...lines].join(' ');
    if (!/^\([^()]*\)$/.test(line)) return '';
    lines.unshift(line);
  }
  return '';
}

/** The currency a header names ("US$", "$ million", "current dollars", "EUR m"), as a code, or null. */
export function currencyOf(lex: FigureLexicon, header: string): string | null {
  const symbols = Object.keys(lex.currency.symbols).sort((a, b) => b.length - a.length);
  for (const s of symbols) if (header.includes(s)) return lex.currency.symbols[s];
  for (const w of header.split(/[^A-Za-z]+/)) {
    if (lex.currency.codes.has(w)) return lex.currency.aliases[w] ?? w;
    const code = lex.currency.words[w.toLowerCase()];
    if (code) return code;
  }
  return null;
}

/** The weapons or vessels a column header counts ("Offshore patrol vessels"), or null. */
export function countedOf(lex: FigureLexicon, header: string): string | null {
  if (/[()]/.test(header)) return null; // a header with its unit in brackets measures, it does not count
  const last = /([a-z]+)\s*$/i.exec(header);
  return last && lex.units.equipment.has(last[1].toLowerCase()) ? last[1].toLowerCase() : null;
}

/** The percent a header's brackets measure in ("Real GDP growth (percent)", "Balance (% of GDP)", "(per cent)"): its unit, or null. */
export function percentOf(lex: FigureLexicon, header: string): string | null {
  for (const m of header.matchAll(/\(([^()]*)\)/g)) {
    const inner = m[1].trim().toLowerCase();
    for (const [word, unit] of Object.entries(lex.numbers.percent)) if (inner === word || inner.startsWith(`${word} `)) return unit;
  }
  return null;
}

/** What a row's label counts, by its first word in the plural with no unit in brackets ("Vehicles to be bought", "Battalions equipped"), or null. */
export function rowCountedOf(lex: FigureLexicon, label: string): string | null {
  if (/[()]/.test(label)) return null; // a label with its unit in brackets measures, it does not count
  const first = /^([A-Za-z]+)\b/.exec(label)?.[1].toLowerCase() ?? '';
  const { time, dimensions, notPlural } = lex.units;
  const plural = /[a-z]{2}s$/.test(first) && !/(?:ss|us|is)$/.test(first) && !notPlural.has(first);
  return plural && !time.has(first) && !dimensions.has(first) ? first : null;
}
