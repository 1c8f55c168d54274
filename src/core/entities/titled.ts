import { firstKey, isConn, postNominal, propose, single, type Mode, type Piece, type Segmenter } from './pieces';
import { holderFollows, isTitle, officeSpan } from './offices';
import { ACRONYM, CAP, INITIAL, keyAt, textAt } from '../parse/tokens';
import { complementAt, endsWithHead } from './headed';
import { proposeStyled } from './addressed';

/**
 * Names a title opens in a run of capitalised words (segment.ts splits the
 * run): an office with no holder, or the person the title names. What is left
 * of the run goes back to `segment`, the run's reader.
 */

/** Reads the pieces of a run left over (segment.ts's segmentPieces). */
export type Segment = (part: readonly Piece[], mode: Mode) => void;

/**
 * A title in the run: the words before it qualify the office ("Prime Minister",
 * "Space Force General"), and after it come a person ("Michael A. Guetlein") or the
 * office's complement ("Secretary of the Air Force"). Returns false when there is no title.
 */
export function readTitled(s: Segmenter, ps: readonly Piece[], mode: Mode, segment: Segment): boolean {
  const { tokens, lex } = s.context;
  // A title after "of" or "for" completes a head's name ("Department of Justice"), unless a person follows it.
  // So does a title further inside the complement of an office ("Office of Inspector General").
  const served = ps.findIndex((p, j) => complementAt(s, ps, j) && s.context.lex.titleOffices.has(firstKey(s, p)));
  const inside = (q: number) => (q > 0 && isConn(s, ps[q - 1])) || (served >= 0 && served < q);
  const k = ps.findIndex((p, q) => isTitle(s, p) && !(inside(q) && !holderFollows(s, ps, q)));
  if (k < 0) return false;
  let end = k;
  while (end + 1 < ps.length && (isTitle(s, ps[end + 1]) || (end + 2 < ps.length && isTitle(s, ps[end + 2]) && single(ps[end + 1])))) {
    end += isTitle(s, ps[end + 1]) ? 1 : 2;
  }
  const office = officeSpan(s, ps, k, end);
  if (office) {
    segment(ps.slice(0, office.first), 'known');
    propose(s, ps[office.first].first, ps[office.last].last, 'headed', 'organization', office.list ? 'entity:office-list' : 'entity:office', {}, textAt(tokens, ps[k].first));
    // The office's holder may follow it ("Under Secretary for Industry and Security Jane Roe").
    const holder = ps.slice(office.last + 1);
    if (holder.length && !isConn(s, holder[0])) readHolder(s, holder, mode, ps[end].last, segment);
    else segment(holder, mode);
    return true;
  }
  // A head inside a hyphenated word after a title is part of a surname ("Secretary Quintero-Banks").
  const lastKey = keyAt(tokens, ps[ps.length - 1].last);
  if (endsWithHead(s, ps) && (!lastKey.includes('-') || lex.heads.has(lastKey))) return false;
  segment(ps.slice(0, k), 'known');
  const rest = ps.slice(end + 1);
  if (rest.length === 0) return true;
  if (isConn(s, rest[0])) {
    segment(rest, 'known');
    return true;
  }
  // entity:styled-name — "Lord Ashcombe", "Lady Justice Sewell": the title is part of the name.
  if (proposeStyled(s, ps, k, end) !== -1) segment(rest.slice(1), mode);
  else readHolder(s, rest, mode, ps[end].last, segment);
  return true;
}

/** The person a title or an office names, from the start of `rest`; the title's last word is at `title`. */
export function readHolder(s: Segmenter, rest: readonly Piece[], mode: Mode, title: number, segment: Segment, id = 'entity:title-before-name'): void {
  const { tokens, lex } = s.context;
  // The person: capitalised words and initials, the last capitalised one the surname.
  let last = -1;
  for (let q = 0; q < rest.length && q < 5 && single(rest[q]); q++) {
    const shape = tokens.shape[rest[q].first];
    if (q > 0 && postNominal(s, rest[q])) break; // entity:post-nominal — "Jane Roe MP": the letters are no part of the name
    if (shape !== CAP && shape !== INITIAL && !(shape === ACRONYM && q === rest.length - 1)) break; // "Senator PRUITT." labels a speaker
    if (shape === CAP || shape === ACRONYM) last = q;
  }
  // The surname is no head and no ordinary word ("Major Technology Equipment" names no one).
  const surnameKey = last < 0 ? '' : keyAt(tokens, rest[last].first);
  if (last < 0 || lex.heads.has(surnameKey) || lex.commonWords.has(surnameKey) || s.context.lowerSeen.has(surnameKey)) {
    segment(rest, mode);
    return;
  }
  const first = rest[0].first;
  const surname = rest[last].last;
  const given: string[] = [];
  for (let t = first; t < surname; t++) given.push(keyAt(tokens, t));
  propose(s, first, surname, 'person', 'person', id, { given, surname: keyAt(tokens, surname) }, textAt(tokens, title));
  let after = last + 1;
  while (after < rest.length && postNominal(s, rest[after])) after++;
  segment(rest.slice(after), mode);
}

