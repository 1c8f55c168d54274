import type { EntityType } from '../model';
import type { Chunk } from './chunks';
import type { Context, Proposal } from './context';
import { firstKey, gazetteerAt, isConn, pieces, propose, single, type Mode, type Piece, type Segmenter } from './pieces';
import { readRun } from './runs';
import { CAP, INITIAL, keyAt, NUMBER } from './tokens';
import { FIND_LISTED } from './layout';

/**
 * Splits a run of capitalised words into names and types each by its form:
 * a gazetteer name, a head word ("Foreign Ministry", "Treaty on Creating the
 * Union"), a title before a person ("President Aleksandr Lukashenko"), a given
 * name before a surname, an acronym, or an unknown name left to context.
 */

/** Connectors that open the complement of a head ("Department of", "Treaty on"). */
const COMPLEMENT = new Set(['of', 'for', 'on']);

/** A treaty head at the end outranks an earlier head: "Department of Defense Appropriations Act" is an act. */
const STRONG_LAST: EntityType = 'treaty_or_program';

/** Proposes the names of one run into `out`. `defined` maps a spelled-out name's first word to its last. */
export function segmentChunk(
  context: Context,
  chunk: Chunk,
  defined: ReadonlyMap<number, number>,
  covered: Uint8Array,
  out: Proposal[],
): void {
  const s: Segmenter = { context, chunk, out };
  if (chunk.first === chunk.last && !covered[chunk.first]) {
    // Most runs are one word: a function word opening a sentence ("The", "In"), or a listed place.
    const key = keyAt(context.tokens, chunk.first);
    if (context.lex.functionWords.has(key)) return;
    const entry = gazetteerAt(context, chunk.first, chunk.first);
    if (entry?.entry) {
      propose(s, chunk.first, chunk.first, 'gazetteer', entry.entry.type, 10, { referent: entry.entry.referent });
      return;
    }
  }
  const all = pieces(s, defined, covered);
  if (chunk.find === FIND_LISTED) {
    for (const p of all) if (p.entry) propose(s, p.first, p.last, 'gazetteer', p.entry.type, 10, { referent: p.entry.referent });
    return;
  }
  for (const segment of splitAnd(s, all)) segmentPieces(s, segment, 'all');
}

function isHead(s: Segmenter, p: Piece): boolean {
  const { tokens, lex } = s.context;
  if (p.defined || tokens.shape[p.last] !== CAP) return false;
  const type = lex.heads.get(keyAt(tokens, p.last));
  // A gazetteer place can head a longer one ("Central East Europe", "Central East Asia").
  if (p.entry) return type === 'place';
  return p.first === p.last && type !== undefined;
}

function isTitle(s: Segmenter, p: Piece): boolean {
  return single(p) && s.context.tokens.shape[p.first] === CAP && s.context.lex.titles.has(firstKey(s, p));
}

function endsWithHead(s: Segmenter, ps: readonly Piece[]): boolean {
  const last = ps[ps.length - 1];
  if (!last) return false;
  if (isHead(s, last)) return true;
  return s.context.tokens.shape[last.first] === NUMBER && ps.length > 1 && s.context.lex.numbered.has(firstKey(s, ps[ps.length - 2]));
}

/** True when a head is followed by "of", "for" or "on" at `k`: what follows is its complement. */
function complementAt(s: Segmenter, ps: readonly Piece[], k: number): boolean {
  return (
    k + 1 < ps.length &&
    isHead(s, ps[k]) &&
    s.context.lex.connectedFirst.has(firstKey(s, ps[k])) &&
    isConn(s, ps[k + 1]) &&
    COMPLEMENT.has(firstKey(s, ps[k + 1]))
  );
}

/**
 * Splits at "and" unless it joins the parts of one name: "Space Training and
 * Readiness Command" (no head before, a head after) or "Department of Energy and
 * Climate Change" (inside a complement). "Russia and Belarus" splits.
 */
function splitAnd(s: Segmenter, ps: readonly Piece[]): Piece[][] {
  const isAnd = (p: Piece) => isConn(s, p) && firstKey(s, p) === 'and';
  const plain = (part: readonly Piece[]) => !part.some((q) => isHead(s, q) || q.entry || q.defined);
  const out: Piece[][] = [[]];
  for (let k = 0; k < ps.length; k++) {
    const p = ps[k];
    if (!isAnd(p)) {
      out[out.length - 1].push(p);
      continue;
    }
    const left = out[out.length - 1];
    let end = k + 1;
    while (end < ps.length && !isAnd(ps[end])) end++;
    const right = ps.slice(k + 1, end);
    const inComplement = left.some((_, j) => complementAt(s, left, j));
    if ((plain(left) && endsWithHead(s, right)) || (inComplement && plain(right))) left.push(p);
    else out.push([]);
  }
  return out.filter((segment) => segment.length > 0);
}

/** Words that never open a name: function words, dates, number words. */
function isFiller(s: Segmenter, p: Piece): boolean {
  if (!single(p)) return false;
  const { lex } = s.context;
  const key = firstKey(s, p);
  return lex.functionWords.has(key) || lex.calendar.has(key) || lex.numberWords.has(key);
}

/** Reads one segment (no "and" to split) into proposals. */
export function segmentPieces(s: Segmenter, input: readonly Piece[], mode: Mode): void {
  let ps = input;
  // Function words, dates and numbers never open a name ("The U.S. Space Force", "In August").
  let from = 0;
  let to = ps.length;
  while (from < to && (isConn(s, ps[from]) || isFiller(s, ps[from]))) from++;
  while (to > from && isConn(s, ps[to - 1])) to--;
  if (from >= to) return;
  if (from > 0 || to < ps.length) ps = ps.slice(from, to);
  if (readTitled(s, ps, mode) || readHeaded(s, ps, mode)) return;
  // A prefix head: "Operation Barbarossa", "Mount Elbrus".
  const prefix = single(ps[0]) ? s.context.lex.prefixHeads.get(firstKey(s, ps[0])) : undefined;
  if (prefix && ps.length >= 2 && s.context.tokens.shape[ps[0].first] === CAP) {
    propose(s, ps[0].first, ps[ps.length - 1].last, 'headed', prefix, 4);
    return;
  }
  readRun(s, ps, mode);
}

/**
 * A title in the run: the words before it qualify the office ("Prime Minister",
 * "Space Force General"), and after it come a person ("Michael A. Guetlein") or the
 * office's complement ("Secretary of the Air Force"). Returns false when there is no title.
 */
function readTitled(s: Segmenter, ps: readonly Piece[], mode: Mode): boolean {
  const { tokens, lex } = s.context;
  const k = ps.findIndex((p) => isTitle(s, p));
  if (k < 0 || endsWithHead(s, ps)) return false;
  segmentPieces(s, ps.slice(0, k), 'known');
  let end = k;
  while (end + 1 < ps.length && (isTitle(s, ps[end + 1]) || (end + 2 < ps.length && isTitle(s, ps[end + 2]) && single(ps[end + 1])))) {
    end += isTitle(s, ps[end + 1]) ? 1 : 2;
  }
  const rest = ps.slice(end + 1);
  if (rest.length === 0) return true;
  if (isConn(s, rest[0])) {
    segmentPieces(s, rest, 'known');
    return true;
  }
  // The person: capitalised words and initials, the last capitalised one the surname.
  let last = -1;
  for (let q = 0; q < rest.length && q < 5 && single(rest[q]); q++) {
    const shape = tokens.shape[rest[q].first];
    if (shape !== CAP && shape !== INITIAL) break;
    if (shape === CAP) last = q;
  }
  // The surname is no head and no ordinary word ("Major Technology Equipment" names no one).
  const surnameKey = last < 0 ? '' : keyAt(tokens, rest[last].first);
  if (last < 0 || lex.heads.has(surnameKey) || lex.commonWords.has(surnameKey) || s.context.lowerSeen.has(surnameKey)) {
    segmentPieces(s, rest, mode);
    return true;
  }
  const first = rest[0].first;
  const surname = rest[last].last;
  const given: string[] = [];
  for (let t = first; t < surname; t++) given.push(keyAt(tokens, t));
  propose(s, first, surname, 'person', 'person', 6, { given, surname: keyAt(tokens, surname) });
  segmentPieces(s, rest.slice(last + 1), mode);
  return true;
}

/**
 * A head word ends the name ("Baltic Sea Fleet", "Central East Europe", "Executive
 * Order 14347"), or opens it before its complement ("Department of the Air Force",
 * "Treaty on Creating the Union"). Returns false when there is no head.
 */
function readHeaded(s: Segmenter, ps: readonly Piece[], mode: Mode): boolean {
  const { tokens, lex } = s.context;
  const typeOf = (p: Piece) => lex.heads.get(keyAt(tokens, p.last))!;
  if (ps.length >= 3 && complementAt(s, ps, 0)) {
    const lastPiece = ps[ps.length - 1];
    const lastType = isHead(s, lastPiece) ? typeOf(lastPiece) : undefined;
    const type = lastType === STRONG_LAST && !isConn(s, ps[ps.length - 2]) ? lastType : typeOf(ps[0]);
    propose(s, ps[0].first, lastPiece.last, 'headed', type, 5);
    return true;
  }
  let h = ps.length - 1;
  while (h >= 0 && !isHead(s, ps[h])) h--;
  // "Project Lodestar", "Operation Barbarossa": a prefix head, read as such below.
  if (h < 0 || (h === 0 && ps.length > 1 && lex.prefixHeads.has(firstKey(s, ps[0])))) return false;
  let start = h;
  // Left to the start of the segment, over "and" (which splitAnd kept only inside one name).
  for (; start > 0; start--) {
    const before = ps[start - 1];
    if (isConn(s, before) ? firstKey(s, before) !== 'and' : isFiller(s, before)) break;
  }
  while (start < h && isConn(s, ps[start])) start++;
  // A gazetteer place with no words before it is itself, not a head ("Caspian Sea").
  if (ps[h].entry && start === h) {
    segmentPieces(s, ps.slice(0, h), mode);
    readRun(s, [ps[h]], mode);
    segmentPieces(s, ps.slice(h + 1), mode);
    return true;
  }
  let end = h;
  if (complementAt(s, ps, h) && h + 2 < ps.length) end = ps.length - 1;
  else if (lex.numbered.has(firstKey(s, ps[h])) && h + 1 < ps.length && tokens.shape[ps[h + 1].first] === NUMBER) end = h + 1;
  segmentPieces(s, ps.slice(0, start), mode);
  // A head word alone is no name ("the Department"), but a numbered one is ("Proclamation 10962").
  if (start < end) {
    const lastPiece = ps[end];
    const type = end > h && isHead(s, lastPiece) && typeOf(lastPiece) === STRONG_LAST ? STRONG_LAST : typeOf(ps[h]);
    propose(s, ps[start].first, lastPiece.last, 'headed', type, 5);
  }
  segmentPieces(s, ps.slice(end + 1), mode);
  return true;
}
