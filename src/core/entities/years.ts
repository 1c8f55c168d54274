import { headType, isNameShape, programme, type Context, type Proposal } from './context';
import { spanKey } from './keys';
import { FIND_ALL } from './layout';
import type { FixedNames } from './mentions';
import { CAP, keyAt, LOWER, NUMBER, textAt } from '../parse/tokens';

/**
 * Programmes named with the year they aim at, which the run of capitalised
 * words stops short of: a name with the year right after it ("Healthy Nation
 * 2030", "Built in Chile 2035"), or a title of ordinary words with the year
 * after "to" or "until" ("Outline of Rural Housing Targets to 2040"), the
 * year being what makes those words a name. A run with a head is typed by its
 * head ("Vision 2030", "Fiscal Year 2020" are read with their numbers already),
 * and none of these is a programme: a date ("May 2025", "FY 2025", "Q3 2025"), a
 * place ("Paris 2024"), a person, a report or a contest of the year ("Annual
 * Report 2024", "Energy Outlook 2040", "Rugby World Cup 2027"), a source cited
 * by author and year ("(Ridgeway Analytics 2024)"), a name followed by when
 * something happens to it ("moved Golden Harvest to 2027"), a year inside a
 * longer name ("Expo 2020 Dubai"), a name whose only capital is the sentence's
 * ("Investment in Chile 2025 grew"). A prefix head may open the name: an exercise
 * or an operation named with its year ("Exercise Steadfast Defender 2024").
 */

/** A year of four digits. */
const YEAR = /^(?:19|20)\d\d$/;

/** Reads the names that end in a year; `covered` words are other names' already. */
export function findYearNames(context: Context, proposals: readonly Proposal[], covered: Uint8Array): FixedNames {
  const { tokens } = context;
  const out: FixedNames = { proposals: [], fixed: [] };
  const person = new Uint8Array(tokens.count);
  for (const p of proposals) if (p.kind === 'person') person.fill(1, p.first, p.last + 1);
  for (let y = 1; y < tokens.count; y++) {
    if (tokens.shape[y] !== NUMBER || !YEAR.test(textAt(tokens, y))) continue;
    const last = nameBefore(context, y);
    const first = last < 0 ? -1 : nameStart(context, last);
    if (first < 0 || !named(context, first, last, last < y - 1, person, covered)) continue;
    out.proposals.push(programme(context, first, y, 'entity:year-name'));
    out.fixed.push({ first, last: y, key: spanKey(tokens, first, y) });
  }
  return out;
}

/** The last word of a name the year `y` may end: "Nation" of "Healthy Nation 2030", or before "to"; else -1. */
function nameBefore(context: Context, y: number): number {
  const { tokens, layout, lex } = context;
  // "Expo 2020 Dubai": a name goes on past the year.
  const next = y + 1;
  if (layout.broken[y] || (next < tokens.count && !layout.broken[next] && tokens.shape[next] !== LOWER)) return -1;
  let last = y - 1;
  if (last > 0 && tokens.shape[last] === LOWER && lex.targetYear.has(keyAt(tokens, last)) && !layout.broken[last]) last--;
  if (tokens.possessive[last] || tokens.cut[last] || tokens.shape[last] !== CAP || layout.find[last] !== FIND_ALL) return -1;
  // "China Energy Outlook 2040", "Rugby World Cup 2027": the year of an edition or a contest.
  if (lex.dated.has(keyAt(tokens, last))) return -1;
  return last;
}

/**
 * The first word of the name that ends at `last`: back over capitalised words and
 * the small words between them ("Made in"), past function words ("The", "In") and
 * an ordinary word that opens a sentence; -1 when the name opens a parenthesis.
 */
function nameStart(context: Context, last: number): number {
  const { tokens, layout, lex } = context;
  let first = last;
  for (let k = last - 1; k >= 0 && !layout.broken[k + 1] && layout.find[k] === FIND_ALL; k--) {
    if (isNameShape(tokens, k)) first = k;
    else if (tokens.shape[k] !== LOWER || !lex.insideYearName.has(keyAt(tokens, k)) || first - k > 2) break;
  }
  while (first < last && (lex.functionWords.has(keyAt(tokens, first)) || (layout.opens[first] && lex.commonWords.has(keyAt(tokens, first))))) first++;
  return layout.punct[first].includes('(') ? -1 : first;
}

/**
 * True when words `first..last` are a name a year can end: two words or more,
 * not one listed place, no head, title, person, date or number among them; of
 * ordinary words before "to" and a year, and with a complement ("Outline of
 * ..."); of words not all ordinary before a year alone.
 */
function named(context: Context, first: number, last: number, target: boolean, person: Uint8Array, covered: Uint8Array): boolean {
  const { tokens, lex } = context;
  if (lex.gazetteer.has(spanKey(tokens, first, last))) return false;
  let words = 0;
  let ordinary = 0;
  let complement = false;
  for (let k = first; k <= last; k++) {
    const key = keyAt(tokens, k);
    if (tokens.shape[k] === LOWER) {
      complement ||= lex.titleComplement.has(key);
      continue;
    }
    // A prefix head may open it ("Exercise Steadfast Defender 2024"), no other head may be in it.
    const opener = k === first && tokens.shape[k] === CAP && lex.prefixHeads.get(key) === 'treaty_or_program';
    if (person[k] || covered[k] || (headType(context, k) !== undefined && !opener) || lex.titles.has(key)) return false;
    if (lex.calendar.has(key) || lex.numberWords.has(key) || tokens.shape[k] === NUMBER) return false;
    words++;
    if (lex.commonWords.has(key)) ordinary++;
  }
  if (words < 2) return false;
  return target ? complement && ordinary === words : ordinary < words;
}
