import { headType } from './context';
import { isConn, propose, single, type Piece, type Segmenter } from './pieces';
import { isFiller, isTitle } from './offices';
import { CAP, keyAt, textAt } from '../parse/tokens';

/**
 * entity:name-past-head — a head word inside a name does not end it when the run goes on in capitals
 * to its end: "the Royal Fleet Auxiliary tanker", "the Household Energy Price Guarantee (EPG)", "the
 * Open Government Licence". The words after the head are plain capitalised words (no head, no title,
 * no given name, no listed name, no date); the name stands inside a sentence and does not open it (a
 * heading's, a sentence's or a label's first words are capitalised for where they stand); no "of",
 * "for" or "on" comes right before it ("Secretary for Energy Security" holds a complement); no head
 * closes the run after it ("Energy Security and Net Zero Committee"); and it ends in a singular word:
 * "Energy Suppliers" describes a set, it names nothing.
 */

/** Marks after which a word is capitalised for where it stands: a label's colon, a dash ("Conference: Energy Security in …"). */
const AFTER_LABEL = /[:—–]/u;
/** The most plain words read past a head as part of its name. */
const MOST_PAST = 3;
/** Connectors that may stand before a name in its run: "the" opens it, "and" lists it. */
const JOINING = new Set(['the', 'and']);

/** Index of the last piece of the name headed at `h` and opened at `start`, past the head; `h` when the name ends there. */
export function namePastHead(s: Segmenter, ps: readonly Piece[], start: number, h: number): number {
  const { tokens, lex, layout } = s.context;
  const tail = ps.length - 1 - h;
  // A run cut at "and" before a head ("Energy Security and Net Zero Committee") is one name: its part is none.
  if (tail < 1 || tail > MOST_PAST || start > h || (ps[ps.length - 1].last !== s.chunk.last && lex.heads.has(keyAt(tokens, s.chunk.last)))) return h;
  const opening = ps[start].first;
  if (layout.unit[opening] < 0 || layout.opens[opening] || AFTER_LABEL.test(layout.punct[opening])) return h;
  // Right after "of", "for" or "on" in the run ("Secretary for Energy Security"), the words are a complement's.
  const before = opening - 1;
  if (before >= s.chunk.first && ((tokens.shape[before] === CAP && !lex.functionWords.has(keyAt(tokens, before))) || (lex.connectors.has(keyAt(tokens, before)) && !JOINING.has(keyAt(tokens, before))))) return h;
  for (let i = opening; i <= ps[h].last; i++) if (tokens.possessive[i]) return h;
  for (let k = h + 1; k < ps.length; k++) {
    const p = ps[k];
    const key = keyAt(tokens, p.first);
    if (!single(p) || p.entry || p.defined || tokens.shape[p.first] !== CAP || layout.broken[p.first]) return h;
    if (isConn(s, p) || isFiller(s, p) || isTitle(s, p) || lex.heads.has(key) || lex.firstNames.has(key)) return h;
    if (tokens.possessive[p.first] && k < ps.length - 1) return h;
  }
  const last = keyAt(tokens, ps[ps.length - 1].last);
  return last.endsWith('s') && !last.endsWith('ss') ? h : ps.length - 1;
}

/** Proposes the name from piece `start` to piece `end` read past its head at `h`, with the head's type. */
export function proposePastHead(s: Segmenter, ps: readonly Piece[], start: number, h: number, end: number): void {
  const type = headType(s.context, ps[h].last)!;
  propose(s, ps[start].first, ps[end].last, 'headed', type, 'entity:name-past-head', {}, textAt(s.context.tokens, ps[h].last));
}
