import { adjective } from './plurals';
import { firstKey, isConn, single, type Piece, type Segmenter } from './pieces';
import { ACRONYM, CAP, LOWER, NUMBER, keyAt } from '../parse/tokens';

/**
 * Offices named without their holder ("Secretary of Commerce", "U.S. Trade
 * Representative"), which are organisations, and the titles they are named by.
 */

/** True for a one-word piece that is a personal title ("President", "Gen."). */
export function isTitle(s: Segmenter, p: Piece): boolean {
  return single(p) && s.context.tokens.shape[p.first] === CAP && s.context.lex.titles.has(firstKey(s, p));
}

/**
 * A person's name follows the title at `q`: a listed given name, or two capitalised
 * words that are no heads and no ordinary words ("Statement of Senator Callum Pruitt").
 */
export function holderFollows(s: Segmenter, ps: readonly Piece[], q: number): boolean {
  const { lex, tokens, lowerSeen } = s.context;
  const name = (p: Piece | undefined) => {
    if (!p || !single(p) || tokens.shape[p.first] !== CAP) return false;
    const key = firstKey(s, p);
    return !lex.heads.has(key) && !lex.commonWords.has(key) && !lowerSeen.has(key) && !lex.titles.has(key);
  };
  if (!name(ps[q + 1])) return false;
  return lex.firstNames.has(firstKey(s, ps[q + 1])) || name(ps[q + 2]);
}

/** Words that never open a name by themselves: function words, dates, numbers. */
export function isFiller(s: Segmenter, p: Piece): boolean {
  if (!single(p)) return false;
  const { lex, tokens } = s.context;
  const key = firstKey(s, p);
  return tokens.shape[p.first] === NUMBER || lex.functionWords.has(key) || lex.calendar.has(key) || lex.numberWords.has(key);
}

/** True when the title at `k` is followed by "of" or "for": what follows names its office ("Secretary of Commerce"). */
export function officeAt(s: Segmenter, ps: readonly Piece[], k: number): boolean {
  return k + 1 < ps.length && isTitle(s, ps[k]) && isConn(s, ps[k + 1]) && s.context.lex.titleComplement.has(firstKey(s, ps[k + 1]));
}

/**
 * An office named without its holder, which is an organisation: the title with its
 * complement ("Secretary of the Air Force", "Minister for Foreign Affairs"), or the
 * title after words that qualify it, ending the name ("Commerce Secretary", "U.S.
 * Trade Representative"). The titles run over `k..end`. Returns the pieces the
 * office spans, or undefined when the title stands before a person ("Commerce
 * Secretary Lutnick") or qualifies nothing.
 */
export function officeSpan(s: Segmenter, ps: readonly Piece[], k: number, end: number): { first: number; last: number; list?: boolean } | undefined {
  // Words before the title that belong to the office's name ("U.S. Trade", "NATO", "Air Force"),
  // unless they end another name's complement ("Department of Energy Secretary").
  let first = k;
  while (first > 0 && qualifier(s, ps[first - 1])) first--;
  if (first > 0 && isConn(s, ps[first - 1])) first = k;
  let last = -1;
  let list = false;
  if (officeAt(s, ps, end)) {
    // The complement runs up to a title, a person, a word no office is named by ("Secretary of State
    // Blinken") or a listed name after another "of" ("Minister of Economy of Poland").
    let q = end + 2;
    for (; q < ps.length && complementWord(s, ps, q) && !(q > end + 2 && listedAfter(s, ps, q)); q++) {
      if (!isConn(s, ps[q])) last = q;
    }
    list = last > end + 1 && closingItem(s, ps, q);
    if (list) last = ps.length - 1;
    // "President of Russia", "Director General of the World Health Organization" name what a reader
    // marks, a listed place or organisation, not an office.
    const named = ps.slice(end + 2, last + 1).filter((p) => !isConn(s, p));
    if (named.length === 1 && named[0].entry) last = -1;
  } else if (end === ps.length - 1 && first < k && ps.slice(first, k).some((p) => single(p) && !adjective(s.context, p.first))) {
    last = end;
  }
  return last < 0 ? undefined : { first, last, list };
}

/** The most words of the last item of a list closing an office's complement. */
const CLOSING_WORDS = 3;

/**
 * True when the complement stopped at `q`, right after "and", before the last item of a list that ends the run
 * (entity:office-list): capitalised words no list knows as a person, a title, a head or a name of its own
 * ("Secretary of State for Energy Security and Net Zero", "… for Water Resources and Meteorology").
 */
function closingItem(s: Segmenter, ps: readonly Piece[], q: number): boolean {
  const { tokens, lex } = s.context;
  if (q === 0 || q >= ps.length || !isConn(s, ps[q - 1]) || firstKey(s, ps[q - 1]) !== 'and' || ps.length - q > CLOSING_WORDS) return false;
  return ps.slice(q).every((p) => {
    const key = firstKey(s, p);
    return single(p) && tokens.shape[p.first] === CAP && !isTitle(s, p) && !lex.firstNames.has(key) && !lex.heads.has(key) && !lex.functionWords.has(key) && !lex.calendar.has(key);
  });
}

/** A word that may qualify a title in an office's name: a listed name, an acronym, a capitalised word. */
function qualifier(s: Segmenter, p: Piece): boolean {
  const { tokens, lex, layout } = s.context;
  if (p.entry) return true;
  if (!single(p) || isConn(s, p) || isTitle(s, p)) return false;
  const key = firstKey(s, p);
  if (tokens.shape[p.first] === ACRONYM) return true;
  if (tokens.shape[p.first] !== CAP || lex.firstNames.has(key) || isFiller(s, p)) return false;
  // "Former Secretary" at a sentence start: an ordinary word capitalised there qualifies nothing.
  return !(layout.opens[p.first] && lex.commonWords.has(key));
}

/** True when piece `q` is "of" (and "the") before a listed name: "of Poland", "of the European Union". */
function listedAfter(s: Segmenter, ps: readonly Piece[], q: number): boolean {
  if (!isConn(s, ps[q]) || firstKey(s, ps[q]) !== 'of') return false;
  const next = q + 1 < ps.length && isConn(s, ps[q + 1]) && firstKey(s, ps[q + 1]) === 'the' ? q + 2 : q + 1;
  return next < ps.length && ps[next].entry !== undefined;
}

/**
 * True when piece `q` can be part of an office's complement: no title, no person,
 * no name of its own; a listed name, an acronym, or a word also used as a common
 * noun, in the singular or the plural ("Joint Chiefs of Staff").
 */
function complementWord(s: Segmenter, ps: readonly Piece[], q: number): boolean {
  const { tokens, lex, lowerSeen } = s.context;
  const p = ps[q];
  if (p.entry || isConn(s, p)) return true;
  if (!single(p) || isTitle(s, p)) return false;
  const key = firstKey(s, p);
  if (tokens.shape[p.first] === ACRONYM) return true;
  if (tokens.shape[p.first] !== CAP || lex.firstNames.has(key)) return false;
  const noun = (word: string) => lex.commonWords.has(word) || lowerSeen.has(word) || lex.heads.has(word) || lex.titles.has(word);
  if (noun(key) || (key.endsWith('s') && noun(key.slice(0, -1))) || lex.abstractNoun.test(key)) return true;
  // A word no list knows qualifies the plural or abstract noun after it ("for Consular Affairs",
  // "for Political-Military Affairs"): a surname after a given name is no such noun ("Ilka Baker").
  const next = q + 1 < ps.length && single(ps[q + 1]) && tokens.shape[ps[q + 1].first] === CAP ? firstKey(s, ps[q + 1]) : '';
  return next.length > 3 && ((next.endsWith('s') && (noun(next) || noun(next.slice(0, -1)))) || lex.abstractNoun.test(next));
}

/** True when `key` is a plural whose singular is a head too ("programs", "agreements", "treaties"). */
export function pluralOfHead(heads: ReadonlyMap<string, unknown>, key: string): boolean {
  const singular = key.endsWith('ies') ? `${key.slice(0, -3)}y` : key.endsWith('s') ? key.slice(0, -1) : '';
  return singular.length > 0 && heads.has(singular);
}

/**
 * The complement after a company's head is only its country ("Nordhavn Group of Denmark"):
 * the company is named without it, and the country is a place of its own.
 */
export function originOnly(s: Segmenter, ps: readonly Piece[], h: number): boolean {
  const rest = ps.slice(h + 2);
  return h > 0 && s.context.lex.companyHeads.has(firstKey(s, ps[h])) && rest.length === 1 && rest[0].entry?.type === 'place';
}

/**
 * A name of two words or more, "and", then a name with a company's head: two companies listed
 * ("Ursa Major and Anduril Industries"), where one word before "and" is part of one ("Procter and Gamble Company").
 */
export function twoCompanies(s: Segmenter, left: readonly Piece[], right: readonly Piece[]): boolean {
  const words = left.reduce((n, p) => n + p.last - p.first + 1, 0);
  return words >= 2 && right.length > 0 && s.context.lex.companyHeads.has(keyAt(s.context.tokens, right[right.length - 1].last));
}

/**
 * The last name of a complement qualifies the lower-case head after it ("the House Armed Services
 * Committee on the AUKUS partnership"): it names that thing, and is no part of the name before "on".
 */
export function modifiesNoun(s: Segmenter, ps: readonly Piece[]): boolean {
  const { tokens, lex } = s.context;
  const next = ps[ps.length - 1].last + 1;
  return next < tokens.count && tokens.shape[next] === LOWER && !s.context.layout.broken[next] && lex.lowerHeads.has(keyAt(tokens, next));
}
