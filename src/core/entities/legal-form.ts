import { firstKey, isConn, single, type Piece, type Segmenter } from './pieces';
import { ordinary } from './run-words';
import { CAP, keyAt, LOWER } from '../parse/tokens';
import phrases from '../lexicon/data/figures-phrases.json';

/** Verbs that end a noun phrase (figures-phrases.json verbs: "remains", "stays"): a run holding one states a finding. */
const PHRASE_VERBS = new Set(phrases.verbs.map((w) => w.toLowerCase()));

/**
 * entity:legal-form-line — the names closed by a legal form on a line (first and last token of each; none when
 * two joined by "and" are not both names): one, or two split after the first's legal form ("<name> Limited and
 * <name> Limited" on a prospectus's cover).
 */
export function legalFormNames(s: Segmenter, all: readonly Piece[]): [number, number][] {
  const { tokens, lex } = s.context;
  // Two companies on one line ("<name> Limited and <name> plc"): the first legal form before "and" closes the first.
  const split = all.findIndex((p, k) => k > 0 && k + 2 < all.length && single(p) && lex.legalForms.has(keyAt(tokens, p.first)) && isConn(s, all[k + 1]));
  const parts = split > 0 ? [all.slice(0, split + 1), all.slice(split + 2)] : [all];
  const names: [number, number][] = [];
  for (const part of parts) {
    const form = legalFormEnd(s, part);
    if (form >= 0) names.push([part[0].first, form]);
    else if (split > 0) return [];
  }
  return names;
}

/**
 * The last word of a name closed by a legal form (heads.json legalForms: "Limited", "Ltd", "PLC", or "plc" right
 * after the run), or -1: two or more capitalised words before it, no connector at either end, the first no function
 * word ("Harbour Securities plc", "Tarn Capital Markets Limited" on a prospectus's cover, a running footer).
 * Refused where "Limited" is an adjective: a lower-case word after it on the line ("Companies Limited by
 * Guarantee"), a verb in the run ("… Remains Limited"), or every word of the run ordinary (or its plural) or
 * written in lower case in the document, as a heading's finding is ("Private Company Limited").
 */
function legalFormEnd(s: Segmenter, all: readonly Piece[]): number {
  const { tokens, lex, layout, lowerSeen } = s.context;
  if (all.length === 0) return -1;
  const last = all[all.length - 1].last;
  const closing = lex.legalForms.has(keyAt(tokens, last)) && tokens.shape[last] !== LOWER;
  const after = last + 1;
  const trailing = !closing && after < tokens.count && !layout.broken[after] && tokens.shape[after] === LOWER && lex.legalForms.has(keyAt(tokens, after));
  if (!closing && !trailing) return -1;
  const name = closing ? all.slice(0, -1) : all;
  if (name.length < 2 || isConn(s, name[0]) || isConn(s, name[name.length - 1]) || s.context.lex.functionWords.has(firstKey(s, name[0]))) return -1;
  if (!name.every((p) => isConn(s, p) || (single(p) && tokens.shape[p.first] === CAP))) return -1;
  const end = closing ? last : after;
  const next = end + 1;
  if (next < tokens.count && !layout.broken[next] && tokens.shape[next] === LOWER && !lex.connectors.has(keyAt(tokens, next))) return -1;
  const plural = (key: string) => key.endsWith('s') && lex.commonWords.has(key.slice(0, -1));
  const proper = (p: Piece) => !isConn(s, p) && !ordinary(s.context, p.first) && !lowerSeen.has(keyAt(tokens, p.first)) && !plural(keyAt(tokens, p.first));
  if (name.some((p) => PHRASE_VERBS.has(keyAt(tokens, p.first)))) return -1;
  return name.some(proper) ? end : -1;
}
