import type { Context } from './context';
import { evidenceOf } from './evidence';
import { spanKey } from './keys';
import { rule } from './lexicon';
import type { FixedNames } from './mentions';
import { ACRONYM, CAP, keyAt, NUMBER, textAt } from '../parse/tokens';

/**
 * entity:street-address — the street of a postal address line, outside the sentences: a house
 * number (or a range, "157-197") opening the line or following a comma, one to four capitalised
 * words ending in a street head (heads.json streets: "Avenue", "Road", "Walk"), then the line's
 * end, a comma, or a compass quarter ("1401 Constitution Avenue NW"). The street is a place, as
 * it is inside a sentence ("at 14 Carlisle Walk"), where its head alone names it. The words of an
 * address block are read nowhere else: only names found in sentences are looked for there.
 * Linear: each street head outside a sentence is tried once, over the few words before it.
 */
export function findStreetAddresses(context: Context): FixedNames {
  const { tokens, layout, lex, text } = context;
  const out: FixedNames = { proposals: [], fixed: [] };
  const sameLine = (a: number, b: number) => !text.slice(tokens.end[a], tokens.start[b]).includes('\n');
  for (let i = 1; i < tokens.count; i++) {
    if (layout.unit[i] >= 0 || tokens.shape[i] !== CAP || !lex.streets.has(keyAt(tokens, i))) continue;
    context.work.steps++;
    // Back over the street's own words to the house number before them, on the same line.
    let first = i;
    while (first > 0 && i - first < MOST && layout.punct[first] === '' && tokens.shape[first - 1] === CAP && !lex.functionWords.has(keyAt(tokens, first - 1)) && sameLine(first - 1, first)) first--;
    const number = first - 1;
    if (first === i || number < 0 || tokens.shape[number] !== NUMBER || !sameLine(number, first) || layout.punct[first] !== '') continue;
    if (!opensAddress(text, tokens.start[number])) continue;
    // After the head: the line's end, a comma, or a compass quarter and then one of those.
    let after = i + 1;
    if (after < tokens.count && sameLine(i, after) && tokens.shape[after] === ACRONYM && QUARTERS.has(textAt(tokens, after)) && layout.punct[after] === '') after++;
    if (after < tokens.count && sameLine(after - 1, after) && !layout.punct[after].startsWith(',')) continue;
    const evidence = evidenceOf(rule(lex, 'entity:street-address'), 'place', textAt(tokens, i));
    out.proposals.push({ first, last: i, key: spanKey(tokens, first, i), kind: 'headed', evidence, referent: undefined, given: undefined, surname: undefined });
    out.fixed.push({ first, last: i, key: spanKey(tokens, first, i) });
  }
  return out;
}

/** True when a house number at `at` opens its line (after markup or a range's first half, "157-") or follows a comma. */
function opensAddress(text: string, at: number): boolean {
  const from = Math.max(0, at - LOOK);
  const before = text.slice(from, at);
  const line = before.lastIndexOf('\n');
  if ((line >= 0 || from === 0) && /^[ \t*_>#-]*(?:\d+[-–])?$/u.test(before.slice(line + 1))) return true;
  return /,[ \t]*$/u.test(before);
}

/** How far before a house number its line is looked at. */
const LOOK = 40;

/** The quarters of a city written after a street's name ("Constitution Avenue NW"). */
const QUARTERS = new Set(['NW', 'NE', 'SW', 'SE', 'N', 'S', 'E', 'W']);

/** The most words of a street's name before its head. */
const MOST = 4;
