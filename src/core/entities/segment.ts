import type { EntityType } from '../model/model';
import { pluralsBeforeHead, type Chunk } from './chunks';
import { headType, rankAt, type Context, type Proposal } from './context';
import { firstKey, gazetteerAt, isConn, pieces, postNominal, propose, proposeListed, single, type Mode, type Piece, type Segmenter } from './pieces';
import { openingInstitution, proposeHeaded, readRun } from './runs';
import { legalFormNames } from './legal-form';
import { grouping } from './unknown';
import { isFiller, isTitle, modifiesNoun, officeAt, originOnly, pluralOfHead, twoCompanies } from './offices';
import { ACRONYM, CAP, keyAt, NUMBER, textAt } from '../parse/tokens';
import { FIND_LISTED } from './layout';
import { complementAt, completes, datedOnly, endsWithHead, isHead, shortLine, statuteYear } from './headed';
import { namePastHead, proposePastHead } from './pasthead';
import { readPossessiveOf } from './possessive';
import { addressedLine } from './addressed';
import { readHolder, readTitled } from './titled';

/**
 * Splits a run of capitalised words into names and types each by its form:
 * a gazetteer name, a head word ("Foreign Ministry", "Treaty on Creating the
 * Union"), a title before a person ("President Aleksandr Lukashenko") or an
 * office with no holder ("Secretary of Commerce"), a given name before a
 * surname, an acronym, or an unknown name left to context.
 */

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
    // Most runs are one word: a function word opening a sentence ("The", "In"), or a listed place,
    // a listed acronym spelled like a function word included ("U.S. dollar", not "Us").
    const key = keyAt(context.tokens, chunk.first);
    const entry = gazetteerAt(context, chunk.first, chunk.first);
    if (context.lex.functionWords.has(key) && !(entry?.entry && context.tokens.shape[chunk.first] === ACRONYM)) return;
    if (entry?.entry) {
      proposeListed(s, entry);
      return;
    }
  }
  const all = pieces(s, defined, covered);
  if (chunk.find === FIND_LISTED) {
    // entity:addressed-line — "Mr Ivo Marsh" opening a line of a list of who attended or signed.
    if (addressedLine(context, all)) return readHolder(s, all.slice(1), 'known', all[0].last, (part, m) => segmentPieces(s, part, m), 'entity:addressed-line');
    // entity:post-nominal-person — "Jane Roe MP (Chair), Labour" opening a list's line, "Commodore Jane Roe OBE" over a post.
    const letters = all.findIndex((p, k) => k > 0 && postNominal(s, p));
    if (letters > 0 && all.slice(0, letters).every(single)) {
      let titles = 0;
      while (titles < letters && isTitle(s, all[titles])) titles++;
      const named = all.slice(titles, letters + 1);
      if (titles > 0) readHolder(s, named, 'known', all[titles - 1].last, (part, m) => segmentPieces(s, part, m), 'entity:post-nominal-person');
      else readRun(s, named, 'known');
      for (const p of all.slice(letters + 1)) if (p.entry) proposeListed(s, p);
      return;
    }
    // entity:legal-form-line — a company's registered name closed by its legal form, on a cover or a running line.
    const names = legalFormNames(s, all);
    if (names.length) {
      for (const [first, form] of names) propose(s, first, form, 'headed', 'organization', 'entity:legal-form-line', {}, textAt(context.tokens, form));
      return;
    }
    // On a short title line, a by-line or a label, a head with its complement is still a name
    // ("Ministry of Defence, London", "Office of Inspector General"): only names so headed are read.
    // Long lines outside sentences are navigation and link lists, whose words name pages.
    if (shortLine(context.text, context.tokens.start[chunk.first]) && all.some((_, k) => k + 2 < all.length && complementAt(s, all, k))) {
      for (const segment of splitAnd(s, all)) segmentPieces(s, segment, 'known');
      return;
    }
    for (const p of all) if (p.entry) proposeListed(s, p);
    return;
  }
  for (const segment of splitAnd(s, all)) segmentPieces(s, segment, 'all');
}


/**
 * Splits at "and" unless it joins the parts of one name: "Space Training and
 * Readiness Command" (no head before, a head after) or "Department of Energy and
 * Climate Change", "Secretary of Agriculture and Rural Affairs" (inside a
 * complement). "Russia and Belarus", "the Secretary of Defense and General Smith", two companies and a name
 * after "and the" split.
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
    const inComplement = left.some((_, j) => complementAt(s, left, j) || officeAt(s, left, j));
    // "Reserve Forces' and Cadets' Associations": plural possessives joined before one head.
    const plurals = left.length > 0 && pluralsBeforeHead(s.context, left[left.length - 1].last);
    // "the Port of Harwich and the Felton terminal": a determiner after "and" opens a name of its own (words.json definite).
    const opens = right.length > 0 && isConn(s, right[0]) && s.context.lex.definite.has(firstKey(s, right[0]));
    if (opens) out.push([]);
    else if (p.first === s.chunk.listAnd) left.push(p); // a list closed by a head (entity:list-before-head)
    else if ((plain(left) && endsWithHead(s, right) && !twoCompanies(s, left, right) && !namedAlone(s, left)) || (inComplement && completes(s, left, right)) || plurals) left.push(p);
    else out.push([]);
  }
  return out.filter((segment) => segment.length > 0);
}

/**
 * True when the part before "and" is one word the document writes capitalised elsewhere too and never in
 * lower case, no head and no ordinary word ("the NZDF and New Zealand Police", "Ampol and Viva Energy"):
 * a name of its own, listed with the name after "and", not the first word of one name.
 */
function namedAlone(s: Segmenter, left: readonly Piece[]): boolean {
  const { tokens, lex, lowerSeen, capCount } = s.context;
  if (left.length !== 1 || left[0].first !== left[0].last) return false;
  const key = keyAt(tokens, left[0].first);
  return (capCount.get(key) ?? 0) >= 2 && !lowerSeen.has(key) && !lex.commonWords.has(key) && !lex.functionWords.has(key) && !lex.heads.has(key);
}

/** True when piece `k` is an ordinal or a small number before a word that may open a name ("14th Five-Year"). */
function rankBefore(s: Segmenter, ps: readonly Piece[], k: number): boolean {
  return single(ps[k]) && k + 1 < ps.length && !isConn(s, ps[k + 1]) && !isFiller(s, ps[k + 1]) && rankAt(s.context.tokens, ps[k].first, s.context.lex) !== undefined;
}

/**
 * True when the rank `p` numbers the name headed by `head`: an ordinal a programme
 * or an organisation ("the Fifth Fleet", "the 19th Party Congress"), a bare number
 * only a programme in the singular ("the 15 Five-Year Plan"; "300 Party members",
 * "two Plans" are counts).
 */
function numbers(s: Segmenter, p: Piece, head: Piece): boolean {
  const type = headType(s.context, head.last);
  const rank = rankAt(s.context.tokens, p.first, s.context.lex);
  // An ordinal numbers programmes, organisations and events alike ("Second Fleet", "Second World War").
  if (rank === 'ordinal') return type === 'treaty_or_program' || type === 'organization' || type === 'other';
  return rank === 'cardinal' && type === 'treaty_or_program' && !firstKey(s, head).endsWith('s');
}


/** Reads one segment (no "and" to split) into proposals. */
export function segmentPieces(s: Segmenter, input: readonly Piece[], mode: Mode): void {
  s.context.work.steps += input.length;
  let ps = input;
  // Function words, dates and numbers never open a name ("The U.S. Space Force", "In August"),
  // but a rank may number the name it opens ("the 14th Five-Year Plan"): the head decides.
  let from = 0;
  let to = ps.length;
  // So may a number word open a grouping's name ("the Five Eyes").
  const group = (k: number) => k + 2 === to && grouping(s.context, ps[k].first, ps[k + 1].last);
  while (from < to && (isConn(s, ps[from]) || isFiller(s, ps[from])) && !rankBefore(s, ps, from) && !group(from)) from++;
  while (to > from && isConn(s, ps[to - 1])) to--;
  if (from >= to) return;
  if (from > 0 || to < ps.length) ps = ps.slice(from, to);
  const segment = (part: readonly Piece[], m: Mode) => segmentPieces(s, part, m);
  if (readPossessiveOf(s, ps, mode, segment) || readTitled(s, ps, mode, segment) || readHeaded(s, ps, mode)) return;
  if (isFiller(s, ps[0]) && !(ps.length === 2 && grouping(s.context, ps[0].first, ps[1].last))) {
    // A rank no head took: before an acronym it may still number a name ("the 15 FYP").
    const { tokens, lex } = s.context;
    const next = ps[1];
    if (tokens.shape[ps[0].first] === NUMBER && single(next) && tokens.shape[next.first] === ACRONYM && !lex.conceptAcronyms.has(firstKey(s, next))) {
      propose(s, ps[0].first, next.last, 'numbered', 'other', 'entity:numbered-acronym');
    }
    segmentPieces(s, ps.slice(1), mode);
    return;
  }
  // A prefix head: "Operation Barbarossa", "Mount Elbrus".
  const prefix = single(ps[0]) ? s.context.lex.prefixHeads.get(firstKey(s, ps[0])) : undefined;
  if (prefix && ps.length >= 2 && s.context.tokens.shape[ps[0].first] === CAP) {
    propose(s, ps[0].first, ps[ps.length - 1].last, 'headed', prefix, 'entity:prefix-head', {}, textAt(s.context.tokens, ps[0].first));
    return;
  }
  readRun(s, ps, mode);
}

/**
 * A head word ends the name ("Baltic Sea Fleet", "Central East Europe", "Executive
 * Order 14347"), or opens it before its complement ("Department of the Air Force",
 * "Treaty on Creating the Union"). Returns false when there is no head.
 */
function readHeaded(s: Segmenter, ps: readonly Piece[], mode: Mode): boolean {
  const { tokens, lex, layout } = s.context;
  const typeOf = (p: Piece) => headType(s.context, p.last)!;
  if (ps.length >= 3 && complementAt(s, ps, 0)) {
    const lastPiece = ps[ps.length - 1];
    const lastType = isHead(s, lastPiece) ? typeOf(lastPiece) : undefined;
    // An organisation named for its purpose keeps its own head ("Center for Maritime Strategy").
    const forPurpose = typeOf(ps[0]) === 'organization' && firstKey(s, ps[1]) === 'for';
    // A plural programme head names what an office runs, not one programme ("Office of Workforce Programs").
    const one = lastType === STRONG_LAST && !pluralOfHead(s.context.lex.heads, keyAt(tokens, lastPiece.last));
    const decider = one && !isConn(s, ps[ps.length - 2]) && !forPurpose ? lastPiece : ps[0];
    proposeHeaded(s, ps[0].first, lastPiece.last, decider);
    return true;
  }
  let h = ps.length - 1;
  while (h >= 0 && !isHead(s, ps[h])) h--;
  // "Project Lodestar", "Operation Barbarossa": a prefix head, read as such below.
  if (h < 0 || (h === 0 && ps.length > 1 && lex.prefixHeads.has(firstKey(s, ps[0])))) return false;
  // An earlier head whose complement runs to the end holds the heads inside it
  // ("United Nations Convention on the Law of the Sea" is a convention, not a sea).
  for (let k = 0; k < h; k++) {
    if (k + 2 < ps.length && complementAt(s, ps, k)) {
      h = k;
      break;
    }
  }
  let start = h;
  // Left to the start of the segment, over "and" (which splitAnd kept only inside one name).
  for (; start > 0; start--) {
    const before = ps[start - 1];
    if (isConn(s, before) ? firstKey(s, before) !== 'and' : isFiller(s, before) && !(start === 1 && numbers(s, before, ps[h]))) break;
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
  if (complementAt(s, ps, h) && h + 2 < ps.length && !datedOnly(s, ps, h) && !originOnly(s, ps, h) && !modifiesNoun(s, ps)) end = ps.length - 1;
  else if ((lex.numbered.has(firstKey(s, ps[h])) || statuteYear(s, ps, h)) && h + 1 < ps.length && tokens.shape[ps[h + 1].first] === NUMBER) end = h + 1;
  const past = end === h && mode === 'all' ? namePastHead(s, ps, start, h) : h;
  segmentPieces(s, ps.slice(0, start), mode);
  if (past > h) {
    proposePastHead(s, ps, start, h, past);
    return true;
  }
  // A head word alone is no name ("the Department"), but a numbered one is ("Proclamation 10962"),
  // and so is an institution's inside a sentence ("the Navy"). After "the", it may stand for the
  // one name the document gave with that head ("the Party"): the merge decides.
  if (start < end) {
    const lastPiece = ps[end];
    // An organisation named for its purpose keeps its own head here too ("Harbour Centre for Maritime Strategy").
    const forPurpose = typeOf(ps[h]) === 'organization' && h + 1 < ps.length && firstKey(s, ps[h + 1]) === 'for';
    proposeHeaded(s, ps[start].first, lastPiece.last, end > h && isHead(s, lastPiece) && typeOf(lastPiece) === STRONG_LAST && !forPurpose ? lastPiece : ps[h]);
  } else if (single(ps[h]) && (!layout.opens[ps[h].first] || openingInstitution(s, ps[h].first))) {
    const i = ps[h].first;
    if (lex.standalone.has(firstKey(s, ps[h]))) proposeHeaded(s, i, i, ps[h]);
    else if (i > 0 && !layout.broken[i] && keyAt(tokens, i - 1) === 'the' && typeOf(ps[h]) !== 'place') propose(s, i, i, 'alone', typeOf(ps[h]), 'entity:head-alone', {}, textAt(tokens, i));
  }
  segmentPieces(s, ps.slice(end + 1), mode);
  return true;
}
