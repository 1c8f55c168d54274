import { headType, isConnector, programme, type Context } from './context';
import { spanKey } from './keys';
import type { FixedNames } from './mentions';
import { ACRONYM, CAP, CODE, keyAt, NUMBER, textAt } from '../parse/tokens';

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
    const first = nameStart(context, i - 1, word);
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

/**
 * entity:numbered-title — a law or an order named with its number, the number included:
 * after its head and "No." ("Executive Order No. 14", "Republic Act No. 9184"), after its
 * head and an acronym in brackets ("Executive Order (E.O.) 13224"), or a year after "Year"
 * closing a programme's complement ("Defense Appropriations Act for Fiscal Year 2024").
 * The head alone ("Executive Order") names nothing. Linear: each number is tried once.
 */
export function findNumberedTitles(context: Context): FixedNames {
  const { tokens, layout, lex } = context;
  const out: FixedNames = { proposals: [], fixed: [] };
  const word = (k: number) => tokens.shape[k] === CAP && !lex.functionWords.has(keyAt(tokens, k));
  for (let k = 2; k < tokens.count; k++) {
    if (tokens.shape[k] !== NUMBER || layout.unit[k] < 0 || layout.unit[k - 1] !== layout.unit[k]) continue;
    const number = textAt(tokens, k);
    let w = -1;
    if (/^\.?$/.test(layout.punct[k]) && NUMBER_WORDS.has(keyAt(tokens, k - 1)) && layout.punct[k - 1] === '') w = k - 2;
    else if (layout.punct[k] === ')' && layout.punct[k - 1] === '(' && (tokens.shape[k - 1] === ACRONYM || tokens.shape[k - 1] === CODE)) w = k - 2;
    else if (layout.punct[k] === '' && keyAt(tokens, k - 1) === 'year' && /^\d{4}$/.test(number)) w = k - 1;
    if (w < 0 || !word(w)) continue;
    context.work.steps++;
    const first = nameStart(context, w, word);
    let headed = false;
    for (let j = first; j <= w && !headed; j++) headed = headType(context, j) === 'treaty_or_program' && (j === w || keyAt(tokens, w) === 'year');
    if (!headed) continue;
    out.proposals.push(programme(context, first, k, 'entity:numbered-title'));
    out.fixed.push({ first, last: k, key: spanKey(tokens, first, k) });
  }
  return out;
}

/** The first word of the name that ends at word `last`: capitalised words and connectors back to a break, at most MOST. */
function nameStart(context: Context, last: number, word: (k: number) => boolean): number {
  const { layout } = context;
  let first = last;
  while (first > 0 && last - first < MOST && !layout.broken[first] && (word(first - 1) || isConnector(context, first - 1))) first--;
  while (first < last && !word(first)) first++;
  return first;
}

/** Words that stand between a law's head and its number ("No. 14"). */
const NUMBER_WORDS = new Set(['no', 'number', 'nr']);

/** The most words read on either side of the bracket and inside it. */
const MOST = 6;
