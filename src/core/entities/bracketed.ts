import { headType, isConnector, programme, type Context } from './context';
import { spanKey } from './keys';
import type { FixedNames } from './mentions';
import { CAP, keyAt, NUMBER, textAt } from '../parse/tokens';

/**
 * entity:bracketed-title — a law or a bill whose title holds words in brackets, as
 * parliaments write them ("Harbour Safety (Pilotage and Towage) Amendment Bill",
 * "Grain Storage (Licensing) Act 2019", "Seeds (Control and Export) Act, 1988"):
 * capitalised words, a bracket of capitalised words (no acronym: that is a definition),
 * then capitalised words up to a programme head ("Act", "Bill", "Order") and the year
 * after it. One name, whole: neither the bracket nor the head with its year stands alone.
 * Linear: each opening bracket is tried once, over the words of its own name.
 */
export function findBracketedTitles(context: Context): FixedNames {
  const { tokens, layout, lex } = context;
  const out: FixedNames = { proposals: [], fixed: [] };
  const word = (k: number) => tokens.shape[k] === CAP && !lex.functionWords.has(keyAt(tokens, k));
  for (let i = 1; i < tokens.count; i++) {
    if (layout.punct[i] !== '(' || !word(i) || !word(i - 1) || layout.unit[i - 1] !== layout.unit[i] || layout.unit[i] < 0) continue;
    context.work.steps++;
    // The words before the bracket, back to the first capitalised one ("Nuclear Energy (").
    let first = i - 1;
    while (first > 0 && i - first < MOST && !layout.broken[first] && (word(first - 1) || isConnector(context, first - 1))) first--;
    while (first < i - 1 && !word(first)) first++;
    // The bracket: capitalised words and connectors, closed right after the last of them.
    let close = i;
    while (close + 1 < tokens.count && close - i < MOST && layout.punct[close + 1] === '' && (word(close + 1) || isConnector(context, close + 1))) close++;
    const after = close + 1;
    if (after >= tokens.count || layout.punct[after] !== ')' || !word(close) || layout.unit[after] !== layout.unit[i]) continue;
    // After it, capitalised words up to the last programme head.
    let last = -1;
    for (let j = after; j < tokens.count && j - after < MOST && (j === after || layout.punct[j] === '') && word(j); j++) if (headType(context, j) === 'treaty_or_program') last = j;
    if (last < 0) continue;
    const year = last + 1;
    if (year < tokens.count && tokens.shape[year] === NUMBER && /^(?:,|)$/.test(layout.punct[year]) && /^\d{4}$/.test(textAt(tokens, year))) last = year;
    out.proposals.push(programme(context, first, last, 'entity:bracketed-title'));
    out.fixed.push({ first, last, key: spanKey(tokens, first, last) });
    i = last;
  }
  return out;
}

/** The most words read on either side of the bracket and inside it. */
const MOST = 6;
