import { headType, isConnector, isNameShape, programme, type Context } from './context';
import { spanKey } from './keys';
import { FIND_ALL } from './layout';
import type { FixedNames } from './mentions';
import { ACRONYM, CAP, keyAt, NUMBER, textAt } from '../parse/tokens';

/**
 * Provisions of a law or treaty cited by number: "Section 232 of the Trade
 * Expansion Act of 1962", "Article 5 of the North Atlantic Treaty", "Title 10,
 * Section 9081, of the U.S. Code". A provision the document names again by its
 * number alone ("under Section 232") is a referent of its own: the citation is
 * one name, a programme as the law it is part of, and the number alone names it
 * again. A provision cited once by one part is an address inside its law
 * ("Section 303 of the Defense Production Act"): the law is what the reader
 * looks up, so the law's own words are the name (entity:provision-of-law).
 */
export type Citations = FixedNames;

const ROMAN = /^[IVXLC]+$/;

/** Reads the citations of the text: parts and their numbers, then "of (the)" and a law named by its head. */
export function findCitations(context: Context): Citations {
  const { tokens, layout } = context;
  const out: Citations = { proposals: [], fixed: [] };
  const alone = partsAlone(context);
  for (let i = 0; i < tokens.count; i++) {
    const number = partAt(context, i);
    if (number < 0) continue;
    // "Title 10, Section 9081, of the U.S. Code": parts listed with commas.
    let last = number;
    for (let next = last + 1; next < tokens.count && layout.punct[next] === ',' && layout.unit[next] === layout.unit[i]; next = last + 1) {
      const more = partAt(context, next);
      if (more < 0) break;
      last = more;
    }
    let k = last + 1;
    if (k >= tokens.count || keyAt(tokens, k) !== 'of' || !isConnector(context, k) || !/^,?$/.test(layout.punct[k])) continue;
    if (k + 1 < tokens.count && keyAt(tokens, k + 1) === 'the' && layout.punct[k + 1] === '') k++;
    const end = lawAt(context, k + 1);
    if (end < 0 || layout.unit[end] !== layout.unit[i]) continue;
    if (last === number && !alone.has(spanKey(tokens, i, number))) {
      out.proposals.push(programme(context, k + 1, end, 'entity:provision-of-law'));
      out.fixed.push({ first: k + 1, last: end, key: spanKey(tokens, k + 1, end) });
      i = end;
      continue;
    }
    out.proposals.push(programme(context, i, end, 'entity:cited-provision'));
    out.fixed.push({ first: i, last: end, key: spanKey(tokens, i, end) });
    // One part cited: "Section 232" alone names it again.
    if (last === number) out.proposals.push(programme(context, i, number, 'entity:cited-part'));
    i = end;
  }
  return out;
}

/** The parts ("section 232") the text names by their number alone, without "of" and a law after them. */
function partsAlone(context: Context): Set<string> {
  const { tokens, layout } = context;
  const out = new Set<string>();
  for (let i = 0; i < tokens.count; i++) {
    const number = partAt(context, i);
    if (number < 0) continue;
    const next = number + 1;
    const cited = next < tokens.count && ((keyAt(tokens, next) === 'of' && /^,?$/.test(layout.punct[next])) || (layout.punct[next] === ',' && partAt(context, next) >= 0));
    if (!cited) out.add(spanKey(tokens, i, number));
  }
  return out;
}

/** The token of the number when word `i` opens a part and its number ("Section 232", "Chapter VII"), else -1. */
function partAt(context: Context, i: number): number {
  const { tokens, layout, lex } = context;
  if (tokens.shape[i] !== CAP || i + 1 >= tokens.count || layout.find[i] !== FIND_ALL || !lex.parts.has(keyAt(tokens, i))) return -1;
  const shape = tokens.shape[i + 1];
  if (layout.broken[i + 1] || (shape !== NUMBER && !(shape === ACRONYM && ROMAN.test(textAt(tokens, i + 1))))) return -1;
  return i + 1;
}

/**
 * The last word of a law named from word `k` by its head ("Trade Expansion Act of
 * 1962", "UN Charter", "Charter of the United Nations"): capitalised words and
 * connectors up to the last treaty head before "and" or a break, with a year after
 * "of", or with its complement. -1 when there is no such head.
 */
function lawAt(context: Context, k: number): number {
  const { tokens, layout, lex } = context;
  if (k >= tokens.count || layout.punct[k] !== '' || !isNameShape(tokens, k)) return -1;
  let end = -1;
  let named = k;
  for (let j = k; j < tokens.count && (j === k || !layout.broken[j]); j++) {
    if (isConnector(context, j) ? keyAt(tokens, j) === 'and' : !isNameShape(tokens, j)) {
      // "Act of 1962": the year after the head.
      if (tokens.shape[j] === NUMBER && j === end + 2 && keyAt(tokens, j - 1) === 'of' && /^\d{4}$/.test(textAt(tokens, j))) return j;
      // "Act for Fiscal Year 2026": the year that closes the complement (entity:numbered-title reads it too).
      if (tokens.shape[j] === NUMBER && end >= 0 && named === j - 1 && keyAt(tokens, j - 1) === 'year' && layout.punct[j] === '' && /^\d{4}$/.test(textAt(tokens, j))) return j;
      break;
    }
    if (!isConnector(context, j)) named = j;
    if (headType(context, j) === 'treaty_or_program') end = j;
  }
  // "Charter of the United Nations": a head that opens a complement goes on to the end of the name.
  if (end >= 0 && named > end && lex.connectedFirst.has(keyAt(tokens, end)) && lex.complement.has(keyAt(tokens, end + 1))) return named;
  return end;
}
