import type { EntityType } from '../model/model';
import type { Chunk } from './chunks';
import { isConnector, type Context, type Proposal } from './context';
import { copyEvidence, credit, evidenceOf } from './evidence';
import { spanKey } from './keys';
import type { GazetteerEntry } from './gazetteer';
import { rule } from './lexicon';
import { ACRONYM, CAP, keyAt, textAt } from '../parse/tokens';

/**
 * The parts a run of capitalised words is read in: single words, and gazetteer
 * or spelled-out names of several words that stay whole.
 */

/** A piece of a run: one word, or a gazetteer or defined name of several words. */
export interface Piece {
  readonly first: number;
  readonly last: number;
  readonly entry?: GazetteerEntry;
  /** True for a name spelled out before its acronym: proposed on its own. */
  readonly defined?: boolean;
}

/** Whether unknown names are proposed ("all") or only names with evidence of their own ("known"). */
export type Mode = 'all' | 'known';

/** What reading one run needs: the document, the run, and where proposals go. */
export interface Segmenter {
  readonly context: Context;
  readonly chunk: Chunk;
  readonly out: Proposal[];
}

/** True for a piece of one word that is neither a gazetteer nor a defined name. */
export const single = (p: Piece): boolean => p.first === p.last && !p.entry && !p.defined;

/** The key of a piece's first word. */
export const firstKey = (s: Segmenter, p: Piece): string => keyAt(s.context.tokens, p.first);

/** True for a one-word piece that is a connector. */
export const isConn = (s: Segmenter, p: Piece): boolean => single(p) && isConnector(s.context, p.first);

/** Splits the run into pieces: gazetteer names and spelled-out names stay whole. */
export function pieces(s: Segmenter, defined: ReadonlyMap<number, number>, covered: Uint8Array): Piece[] {
  const out: Piece[] = [];
  let i = s.chunk.first;
  while (i <= s.chunk.last) {
    if (covered[i]) {
      // A spelled-out name is one piece; its words beyond this run ("One Belt, One Road") are no pieces.
      const end = defined.get(i);
      if (end !== undefined && end <= s.chunk.last) {
        out.push({ first: i, last: end, defined: true });
        i = end + 1;
      } else i++;
      continue;
    }
    const found = isConnector(s.context, i) ? undefined : gazetteerAt(s.context, i, s.chunk.last);
    if (found) {
      out.push(found);
      i = found.last + 1;
    } else out.push({ first: i, last: i++ });
  }
  return out;
}

/** The longest gazetteer name starting at word `i` and ending by `limit`. */
export function gazetteerAt(context: Context, i: number, limit: number): Piece | undefined {
  const { tokens, lex } = context;
  let key = '';
  let found: Piece | undefined;
  for (let j = i; j <= limit; j++) {
    key = j === i ? keyAt(tokens, j) : `${key}${tokens.possessive[j - 1] ? "'s" : ''} ${keyAt(tokens, j)}`;
    const entry = lex.gazetteer.get(key);
    if (entry && !isConnector(context, j) && (!entry.upper || textAt(tokens, i) === textAt(tokens, i).toUpperCase())) {
      found = { first: i, last: j, entry };
    }
    if (!lex.gazetteerPrefixes.has(tokens.possessive[j] ? `${key}'s` : key)) break;
  }
  // entity:listed — a region of one word with a capitalised word right after it in the run ("Gulf Air", "Gulf Stream")
  // opens a longer name, read as it would be without the region; a people's name after it ("Gulf Arab states") does not.
  if (found?.entry?.region && i < limit && !context.layout.broken[i + 1] && tokens.shape[i + 1] === CAP && !tokens.possessive[i] && !isConnector(context, i + 1) && !lex.national.has(keyAt(tokens, i + 1))) return undefined;
  return found;
}

/** Proposes a gazetteer piece as the name it lists; a building's ("Pentagon") type is a default its context overrides. */
export function proposeListed(s: Segmenter, p: Piece): void {
  const entry = p.entry!;
  propose(s, p.first, p.last, 'gazetteer', entry.type, entry.facility ? 'entity:listed-building' : 'entity:listed', { referent: entry.referent });
}

/**
 * Adds a proposal over words `first..last`, of `type` by the rule `id`; `words`
 * are what the rule matched, for the reader (a head word, a title).
 */
export function propose(
  s: Segmenter,
  first: number,
  last: number,
  kind: Proposal['kind'],
  type: EntityType,
  id: string,
  extra: Partial<Proposal> = {},
  words?: string,
): void {
  let evidence = evidenceOf(rule(s.context.lex, id), type, words);
  // entity:list-before-head — the name holds the run's list closed by a head: that rule drew its bounds.
  const listAnd = s.chunk.listAnd;
  if (kind === 'headed' && first < listAnd && listAnd < last) {
    evidence = copyEvidence(evidence);
    credit(evidence, rule(s.context.lex, 'entity:list-before-head'), type, textAt(s.context.tokens, listAnd + 1));
  }
  // One shape for every proposal: optional fields are present, undefined when unused.
  s.out.push({
    first,
    last,
    key: spanKey(s.context.tokens, first, last),
    kind,
    evidence,
    referent: extra.referent,
    given: extra.given,
    surname: extra.surname,
  });
}

/**
 * entity:post-nominal — letters of an honour or a seat written right after a person's name ("MP", "CB",
 * "KCMG"; words.json postNominals), as British and Commonwealth usage styles a member or an officer:
 * part of no name, and no name of their own.
 */
export function postNominal(s: Segmenter, p: Piece): boolean {
  return single(p) && s.context.tokens.shape[p.first] === ACRONYM && s.context.lex.postNominals.has(keyAt(s.context.tokens, p.first));
}
