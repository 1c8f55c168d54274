import { headType } from './context';
import { firstKey, isConn, single, type Piece, type Segmenter } from './pieces';
import { isTitle } from './offices';
import { ACRONYM, CAP, keyAt, NUMBER, textAt } from '../parse/tokens';

/**
 * What a head word makes of the pieces of a run: whether a piece is a head, whether a run ends with
 * one or a head takes a complement there, whether the words after "and" go on with that complement,
 * and whether a statute's year ends its name. Read by segment.ts.
 */
/** The longest line outside sentences read as a masthead, a by-line or a label rather than navigation. */
const SHORT_LINE = 120;

/** True when the line holding offset `at` is at most SHORT_LINE characters long (looks no further). */
export function shortLine(text: string, at: number): boolean {
  const from = Math.max(0, at - SHORT_LINE - 1);
  const back = text.slice(from, at).lastIndexOf('\n');
  const start = back < 0 ? (from === 0 ? -1 : -Infinity) : from + back;
  if (at - start > SHORT_LINE) return false;
  const ahead = text.slice(at, at + SHORT_LINE + 1).indexOf('\n');
  const end = ahead < 0 ? (at + SHORT_LINE + 1 >= text.length ? text.length : Infinity) : at + ahead;
  return end - start <= SHORT_LINE;
}

/** True when piece `p` is a head word (or an acronym the document defined for one). */
export function isHead(s: Segmenter, p: Piece): boolean {
  const { tokens } = s.context;
  if (p.defined) return false;
  // An acronym the document defined for a head ("SFB" for "Space Force Base") is one.
  if (tokens.shape[p.last] === ACRONYM) return single(p) && headType(s.context, p.last) !== undefined;
  if (tokens.shape[p.last] !== CAP) return false;
  const type = headType(s.context, p.last);
  // A gazetteer place can head a longer one ("Central East Europe", "Central East Asia").
  if (p.entry) return type === 'place';
  return p.first === p.last && type !== undefined;
}

/** True when the run ends with a head, or with a number after a head that takes one ("Order 14347"). */
export function endsWithHead(s: Segmenter, ps: readonly Piece[]): boolean {
  const last = ps[ps.length - 1];
  if (!last) return false;
  if (isHead(s, last)) return true;
  const n = ps.length;
  // A statute with its year ("… Reconciliation Act of 1996", "… Forces Act 1996") ends with its head too.
  if (n >= 3 && isConn(s, ps[n - 2]) && firstKey(s, ps[n - 2]) === 'of' && statuteYear(s, [ps[n - 3], last], 0)) return true;
  if (n >= 2 && statuteYear(s, ps, n - 2)) return true;
  return s.context.tokens.shape[last.first] === NUMBER && n > 1 && s.context.lex.numbered.has(firstKey(s, ps[n - 2]));
}

/** True when a head is followed by "of", "for" or "on" at `k`: what follows is its complement. */
export function complementAt(s: Segmenter, ps: readonly Piece[], k: number): boolean {
  return (
    k + 1 < ps.length &&
    isHead(s, ps[k]) &&
    isConn(s, ps[k + 1]) &&
    (s.context.lex.connectedFirst.has(firstKey(s, ps[k])) ? s.context.lex.complement : bodyHead(s, ps[k]) ? s.context.lex.bodyComplement : undefined)?.has(firstKey(s, ps[k + 1])) === true
  );
}

/**
 * True when the words after "and" complete the complement before it (read with entity:head): words
 * that name nothing alone, a head inside them included as long as none ends them ("Office of Port
 * and Facility Compliance"), or a second place after a first ("Port Authority of New York and New
 * Jersey"), or one head word that names nothing alone ("Ministry for Economic Affairs and Energy"); not a
 * title, a defined name or a name of their own ("the Ministry of Defence and NATO").
 */
export function completes(s: Segmenter, left: readonly Piece[], right: readonly Piece[]): boolean {
  if (right.some((q) => isTitle(s, q) || q.defined)) return false;
  const place = (q: Piece | undefined) => q?.entry?.type === 'place';
  if (right.length === 1 && place(right[0])) return place(left[left.length - 1]);
  // A head word alone after "and" names nothing on its own: it completes the complement ("Ministry for
  // Economic Affairs and Energy"), unless it names an institution alone ("the Ministry of Defence and Parliament").
  const alone = right.length === 1 && !s.context.lex.standalone.has(firstKey(s, right[0]));
  return !right.some((q) => q.entry) && (alone || !endsWithHead(s, right)) && !right.some((_, j) => complementAt(s, right, j));
}

/**
 * True when piece `p` is a body's head word not listed as taking a complement, no company's word and no
 * institution named alone ("Centers", "Tribunal", "Departments"): after "of" or "for" its complement
 * goes on to the end of the run as listed heads' does ("Centers for Disease Control and Prevention"),
 * entity:body-complement.
 */
export function bodyHead(s: Segmenter, p: Piece): boolean {
  const { lex, tokens } = s.context;
  const key = firstKey(s, p);
  return single(p) && tokens.shape[p.first] === CAP && lex.heads.get(key) === 'organization' && !lex.connectedFirst.has(key) && !lex.weakHeads.has(key) && !lex.companyHeads.has(key) && !lex.companyWords.has(key) && !lex.standalone.has(key);
}

/**
 * True when words `first..last` hold a comma before a capitalised word that is no legal form: a complement
 * that is a list, which the runs read whole (entity:complement-list, "Committee on Commerce, Science, and Transportation").
 */
export function listInside(s: Segmenter, first: number, last: number): boolean {
  const { tokens, lex, layout } = s.context;
  // A list closed by the head is read by entity:list-before-head, not as the head's complement.
  if (first < s.chunk.listAnd && s.chunk.listAnd < last) return false;
  for (let k = first + 1; k <= last; k++) if (layout.punct[k] === ',' && tokens.shape[k] === CAP && !lex.legalForms.has(keyAt(tokens, k))) return true;
  return false;
}

/** A year of four digits. */
const YEAR = /^(?:19|20)\d\d$/;

/**
 * True when a statute's head at `h` ends the run with a year after it: the year is part of the
 * statute's name as laws are written without "of" ("Reserve Forces Act 1996"); the name without
 * it is the same law (entity:statute-year). So is a paper's issued in that year ("Strategic
 * Defence Review 2025", entity:issued-year).
 */
export function statuteYear(s: Segmenter, ps: readonly Piece[], h: number): boolean {
  const { tokens, lex } = s.context;
  return h + 2 === ps.length && (lex.statutes.has(firstKey(s, ps[h])) || lex.issued.has(firstKey(s, ps[h]))) && single(ps[h + 1]) && YEAR.test(textAt(tokens, ps[h + 1].first));
}

/**
 * True when the complement of head `h` is only a date ("the Algiers Agreement of
 * 2015", "the Charter of September 2023"): the date says when, not which, except
 * for a statute, whose year is part of its name ("Act of 1962").
 */
export function datedOnly(s: Segmenter, ps: readonly Piece[], h: number): boolean {
  const { tokens, lex } = s.context;
  if (lex.statutes.has(firstKey(s, ps[h]))) return false;
  return ps.slice(h + 2).every((p) => single(p) && (tokens.shape[p.first] === NUMBER || lex.calendar.has(firstKey(s, p))));
}

