import type { Figure, Reason } from '../model/model';
import { FIGURE_LEXICON, type FigureLexicon } from './lexicon';

/**
 * A figure's reasons in words a reader understands, for a hover card: "a
 * quantity: a number before an armed force, its strength ('troops'); the year 2020 from
 * the same clause". What each rule says comes from figures-rules.json.
 */

/** One reason as a phrase: what its rule says, with the words it matched. */
function phrase(lex: FigureLexicon, r: Reason, year: number | null): string {
  const says = lex.says.get(r.rule) ?? r.rule;
  if (r.about === 'year' && year !== null) return `the year ${year} ${says}`;
  return r.words !== undefined ? `${says} ('${r.words}')` : says;
}

/**
 * Why a figure was read as it was, in one line: its kind and the rule that
 * decided it, the rule of its unit when another one decided it, and its year.
 * With `describe`, also how its description was found.
 */
export function explainFigure(figure: Pick<Figure, 'kind' | 'why' | 'year'>, lex: FigureLexicon = FIGURE_LEXICON, describe = false): string {
  const parts: string[] = [];
  const kinds = figure.why.filter((r) => r.about === 'kind').map((r) => phrase(lex, r, null));
  parts.push(kinds.length ? `${lex.kinds[figure.kind]}: ${kinds.join(', ')}` : lex.kinds[figure.kind]);
  const kindRules = new Set(figure.why.filter((r) => r.about === 'kind').map((r) => r.rule));
  for (const r of figure.why) {
    if (r.about === 'unit' && !kindRules.has(r.rule)) parts.push(`unit: ${phrase(lex, r, null)}`);
    else if (r.about === 'year') parts.push(phrase(lex, r, figure.year));
    else if (r.about === 'about' && describe) parts.push(`described by ${phrase(lex, r, null)}`);
  }
  return parts.join('; ');
}
