import { possessiveOf } from './chunks';
import { isConn, propose, single, type Mode, type Piece, type Segmenter } from './pieces';

/**
 * entity:possessive-of — a name whose first part ends in "'s" right before "of" and a
 * capitalised name ("Lloyd's of London"). No possessive stands before "of" in a sentence,
 * so the "'s" belongs to the name, which is read whole to the capitals after "of"; a trade
 * name so written is a firm's. Returns false when the segment has no such possessive.
 */
export function readPossessiveOf(s: Segmenter, ps: readonly Piece[], mode: Mode, rest: (part: readonly Piece[], mode: Mode) => void): boolean {
  const k = ps.findIndex((p, j) => j + 2 < ps.length && single(p) && possessiveOf(s.context, p.last) && isConn(s, ps[j + 1]));
  if (k < 0) return false;
  let end = k + 2;
  while (end + 1 < ps.length && !isConn(s, ps[end + 1])) end++;
  propose(s, ps[0].first, ps[end].last, 'headed', 'organization', 'entity:possessive-of');
  if (end + 1 < ps.length) rest(ps.slice(end + 1), mode);
  return true;
}
