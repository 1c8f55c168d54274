import { lastNewline } from '../parse/line-index';
import titles from '../lexicon/data/titles.json';
import layoutData from '../lexicon/data/layout.json';
import { keyOf } from '../parse/chars';
import { CAP, keyAt, textAt } from '../parse/tokens';
import type { Context } from './context';
import { firstKey, isConn, propose, single, type Piece, type Segmenter } from './pieces';

/**
 * Titles that say more about a person than the usual "President" before a name:
 * the forms of address that open the lines of a list of who attended or signed,
 * and the titles British usage makes part of a name.
 */

/** Forms of address (titles.json `address`), as keys. */
const ADDRESS: ReadonlySet<string> = new Set(titles.address.map(keyOf));
/** Titles that are part of the name before a surname alone (titles.json `styled`), as keys of their words. */
const STYLED: ReadonlySet<string> = new Set(titles.styled.map(keyOf));
/** Words that make an office or a place after "Lord" or "Lady" ("Lord Advocate", "Lady Chapel") (titles.json `styledNot`), as keys. */
const STYLED_NOT: ReadonlySet<string> = new Set(titles.styledNot.map(keyOf));
/** The spaces, or a tab, that part two columns of one line (entity:column-gap). */
const COLUMN = new RegExp(`(?: {${layoutData.columnGap.spaces},}|\\t)$`);

/**
 * entity:addressed-line — a form of address ("Mr", "Dr", "Col.") opening a line, or a column of
 * one, followed by a capitalised word, on a line read only for listed names: minutes' list of who
 * attended ("Mr Ivo Marsh      Deputy Chair"), a signature ("Dr Ada Roe"). The words after it are
 * the person, whatever their given name.
 */
export function addressedLine(context: Context, ps: readonly Piece[]): boolean {
  const { tokens, text } = context;
  if (ps.length < 2 || !single(ps[0]) || !single(ps[1]) || tokens.shape[ps[0].first] !== CAP || tokens.shape[ps[1].first] !== CAP) return false;
  if (!ADDRESS.has(keyAt(tokens, ps[0].first))) return false;
  const at = tokens.start[ps[0].first];
  const before = text.slice(lastNewline(text, at - 1) + 1, at);
  return /^[ \t]*$/.test(before) || COLUMN.test(before);
}

/**
 * entity:styled-name — the title words `ps[k..end]` end in a title that is part of the name
 * ("Lord", "Lady Justice", "Mr Justice") and one surname follows, no given name: the name is
 * the title with the surname ("Lord Ashcombe", "Lady Justice Sewell"), as British usage styles
 * peers and judges: proposes it and returns the index of the piece the styled title opens at, or -1; -2 when
 * the word after "Lord" or "Lady" makes an office or a place (titles.json styledNot): no person is named.
 */
export function proposeStyled(s: Segmenter, ps: readonly Piece[], k: number, end: number): number {
  const { tokens, lex, lowerSeen } = s.context;
  const surname = ps[end + 1];
  if (!surname || !single(surname) || tokens.shape[surname.first] !== CAP) return -1;
  // A given name and a surname after the title ("Lord Peter Wimsey"): the title stands before the name.
  const next = ps[end + 2];
  if (next && !isConn(s, next) && tokens.shape[next.first] === CAP) return -1;
  const key = keyAt(tokens, surname.first);
  // "Lord Advocate", "Lady Chapel": an office or a place, no person's name (-2: the word after the title is read as its own).
  if (STYLED_NOT.has(key)) return STYLED.has(firstKey(s, ps[end])) ? -2 : -1;
  // A surname that is also a given name stays one after the title ("Lord Ahmad"): a given name and a surname were ruled out above.
  if (lex.heads.has(key) || lex.commonWords.has(key) || lowerSeen.has(key)) return -1;
  const keys: string[] = [];
  for (let q = k; q <= end; q++) keys.push(firstKey(s, ps[q]));
  for (let q = k; q <= end; q++) {
    if (!STYLED.has(keys.slice(q - k).join(' '))) continue;
    propose(s, ps[q].first, surname.last, 'person', 'person', 'entity:styled-name', { surname: key }, textAt(tokens, ps[q].first));
    return q;
  }
  return -1;
}
