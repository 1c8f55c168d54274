import type { Block } from '../model/model';
import type { FigureLexicon } from './lexicon';

/**
 * What a table's caption and headers say about its bare cells: the caption is
 * the line right above the table that opens with "Table 1." (or "Figure 2:"),
 * with a line wholly in brackets next to it ("(in millions of current
 * dollars)"); a currency in a cell's column or row header, or in the caption,
 * makes its bare numbers money ("Cost per container (US$)", "($ million a
 * year)"), and a column headed by weapons or vessels counts them ("Offshore
 * patrol vessels").
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
