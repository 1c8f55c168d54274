import type { EntityType } from '../model/model';
import { headType, isConnector, type Context } from './context';
import { ACRONYM, CAP, CODE, keyAt, LOWER, NUMBER, textAt, type Tokens } from '../parse/tokens';

/**
 * Acronyms defined in parentheses: "U.S. Geological Survey (USGS)",
 * "Department of the Air Force (DAF)", "Golden Dome for America (GDA)". The
 * acronym is an alias of the name before it. When the initials of the words
 * before spell the acronym, those words are one name even where the rules would
 * split them ("Golden Dome for America"). An acronym after lower-case words
 * ("anti-satellite (ASAT)", "research and development (R&D)") abbreviates a thing,
 * not a name, and is no entity anywhere in the document.
 */
export interface Definition {
  /** Token index of the acronym. */
  readonly acronym: number;
  /** Token index of the last word before the parenthesis. */
  readonly before: number;
  /** Token index where the spelled-out name starts, or -1 when the initials do not spell it. */
  readonly from: number;
  /** True when lower-case words precede: the acronym names a thing. */
  readonly concept: boolean;
  /**
   * The type of the head the acronym abbreviates with the words before it, when its
   * initials spell only the end of a longer name: "SFB" in "Peterson Space Force Base (SFB)".
   */
  readonly head?: EntityType;
}

const OPEN = /[([]$/;
/** A capital repeated by the digit after it: "NC3" is N, C, C, C ("Nuclear Command, Control, and Communications"). */
const MULTIPLIED = /(\p{Lu})([2-4])(?!\d)/gu;
const CLOSE = /^[)\],;]/;
const EMPHASIS = /[*_]/g;
/** Most words an acronym may stand for. */
const REACH = 12;

/** Finds every parenthesised acronym with the words it follows. */
export function findDefinitions(context: Context): Definition[] {
  const { tokens, layout, text } = context;
  const out: Definition[] = [];
  for (let i = 1; i < tokens.count; i++) {
    // Only "(" between the previous word and the acronym, only ")", ",", ";" or " or" after it.
    // Emphasis marks left by markdown ("** (NSSL) **") do not count.
    if (!isAcronym(context, i) || layout.punct[i] === '') continue;
    const opening = layout.punct[i].replace(EMPHASIS, '');
    if (opening.length !== 1 || !OPEN.test(opening)) continue;
    const next = i + 1 < tokens.count ? i + 1 : -1;
    const closing = (next >= 0 ? layout.punct[next] : text.slice(tokens.after[i], tokens.after[i] + 8).trimStart()).replace(EMPHASIS, '');
    if (!CLOSE.test(closing) && !(next >= 0 && keyAt(tokens, next) === 'or' && closing === '')) continue;
    const before = i - 1;
    if (layout.unit[before] !== layout.unit[i] && layout.unit[i] >= 0) continue;
    const shape = tokens.shape[before];
    if (shape === LOWER || shape === NUMBER) {
      out.push({ acronym: i, before, from: -1, concept: shape === LOWER });
      continue;
    }
    let from = spelledFrom(context, i, before);
    let head: EntityType | undefined;
    // "Peterson Space Force Base (SFB)": the initials spell only the end of a name, which stays whole;
    // when that end is a head with words before it, the acronym is a head too ("Patrick SFB").
    const start = from >= 0 ? runStart(context, before) : from;
    if (start < from) {
      if (headPhrase(context, start, from, before)) head = headType(context, before);
      from = -1;
    }
    out.push({ acronym: i, before, from: from < 0 ? headIn(context, before) : from, concept: false, head });
  }
  return out;
}

/**
 * The first word of an organisation's name before "in" and the place it works in, when the acronym
 * after them spells none of the words ("United Nations … Stabilization Mission in Mali (MINUSMA)",
 * initials of another language): the acronym names the organisation, not the place. Else -1.
 */
function headIn(context: Context, before: number): number {
  const { tokens, layout } = context;
  const place = runStart(context, before);
  const head = place - 2;
  if (head < 0 || keyAt(tokens, place - 1) !== 'in' || tokens.shape[place - 1] !== LOWER || layout.punct[place - 1] !== '' || layout.punct[place] !== '') return -1;
  return tokens.shape[head] === CAP && headType(context, head) === 'organization' ? runStart(context, head) : -1;
}

/**
 * True when words `from..before` are a compound ending with a head ("Space Force
 * Base"), after a proper name (`start..from-1`: "Peterson"). Not when a connector
 * makes them one name ("Department of Energy" in "U.S. Department of Energy (DOE)"),
 * nor after a place or nationality ("U.S. Air Force (AF)") or only ordinary words ("U.S. International
 * Development Finance Corporation (DFC)"): the acronym names the whole.
 */
function headPhrase(context: Context, start: number, from: number, before: number): boolean {
  const { tokens, lex } = context;
  if (from >= before || headType(context, before) === undefined) return false;
  for (let k = from; k <= before; k++) if (isConnector(context, k)) return false;
  let proper = false;
  for (let k = start; k < from; k++) {
    const key = keyAt(tokens, k);
    if (isConnector(context, k) || lex.gazetteer.has(key) || lex.national.has(key)) return false;
    proper ||= !lex.commonWords.has(key) && !lex.regional.has(key);
  }
  // Only ordinary words before ("International Development Finance Corporation (DFC)") qualify the name: the acronym names the whole.
  return proper;
}

/**
 * First word of the capitalised run that ends at `before`: back over capitalised
 * words and connectors, not over "and", a function word ("The"), an ordinary word
 * opening the sentence before a connector ("Work on the Deep Space Tracking") or a break.
 */
export function runStart(context: Context, before: number): number {
  const { tokens, layout, lex } = context;
  let first = before;
  for (let k = before; k >= 0; k--) {
    const connector = isConnector(context, k);
    if (connector ? keyAt(tokens, k) === 'and' : tokens.shape[k] !== CAP && tokens.shape[k] !== ACRONYM) break;
    if (!connector && (lex.functionWords.has(keyAt(tokens, k)) || openingPhrase(context, k))) break;
    if (!connector) first = k;
    if (layout.broken[k] || layout.opens[k]) break;
  }
  return first;
}

/** An acronym: capitals ("NATO", "SpOC"), or capitals with a digit repeating one ("NC3", "C4ISR"). */
export function isAcronym(context: Context, i: number): boolean {
  const shape = context.tokens.shape[i];
  if (shape === ACRONYM) return true;
  MULTIPLIED.lastIndex = 0;
  return shape === CODE && MULTIPLIED.test(textAt(context.tokens, i));
}

/** An ordinary word, no head, opening the sentence before a connector: "Work on the ...", not "Department of ...". */
function openingPhrase(context: Context, k: number): boolean {
  const { tokens, layout, lex } = context;
  const key = keyAt(tokens, k);
  return layout.opens[k] === 1 && lex.commonWords.has(key) && !lex.heads.has(key) && k + 1 < tokens.count && isConnector(context, k + 1);
}

/** Capital letters of an acronym ("SpOC" → "SOC", "RDT&E" → "RDTE", "NC3" → "NCCC"). */
function letters(acronym: string): string {
  return acronym.replace(MULTIPLIED, (_, letter: string, times: string) => letter.repeat(Number(times))).replace(/[^\p{Lu}]/gu, '');
}

/** The letters word `i` may give: its initial, or the initials of its hyphenated parts. */
function initials(tokens: Tokens, i: number): string[] {
  const text = textAt(tokens, i);
  if (tokens.shape[i] === ACRONYM) return [letters(text)];
  const parts = text.split('-').filter((p) => p.length > 0);
  // A dotted or capitalised part gives all its capitals ("U.S.-Mexico-Canada" → "USMC").
  const firsts = parts.map((p) => (/\./.test(p) || !/\p{Ll}/u.test(p) ? letters(p) : p.charAt(0).toUpperCase())).join('');
  return firsts.length > 1 ? [firsts, firsts.charAt(0)] : [firsts];
}

/**
 * Walks back from `before` over capitalised words, connectors and commas; returns
 * the first word of the longest run whose initials, every word used, spell the
 * acronym (connectors may give their initial or nothing), or -1. The run may be
 * the end of a longer name ("Space Force Base" of "Peterson Space Force Base").
 */
function spelledFrom(context: Context, acronym: number, before: number): number {
  const { tokens, layout } = context;
  const target = letters(textAt(tokens, acronym));
  if (target.length < 2) return -1;
  // Candidate words, nearest first, stopping at other punctuation or a plain lower-case word.
  const words: number[] = [];
  for (let k = before; k >= 0 && words.length < REACH; k--) {
    if (!isConnector(context, k) && tokens.shape[k] !== CAP && tokens.shape[k] !== ACRONYM) break;
    words.push(k);
    if (layout.opens[k] || (layout.punct[k] !== '' && layout.punct[k] !== ',')) break;
  }
  let count = 0;
  // Do words[w..count) spell target[0..pos)? Matched from the end of both.
  const spell = (w: number, pos: number): boolean => {
    if (w === count) return pos === 0;
    const k = words[w];
    if (isConnector(context, k)) {
      return spell(w + 1, pos) || (pos > 0 && keyAt(tokens, k).charAt(0).toUpperCase() === target.charAt(pos - 1) && spell(w + 1, pos - 1));
    }
    for (const option of initials(tokens, k)) {
      if (option.length <= pos && target.endsWith(option, pos) && spell(w + 1, pos - option.length)) return true;
    }
    return false;
  };
  let best = -1;
  for (count = 1; count <= words.length; count++) {
    if (!isConnector(context, words[count - 1]) && spell(0, target.length)) best = words[count - 1];
  }
  return best;
}
