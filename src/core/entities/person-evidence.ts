import type { Context } from './context';
import { CAP, INITIAL, keyAt } from '../parse/tokens';

/** Pronouns that take up a person just named ("…, led by Jane Roe. She …"). */
const PERSONAL = new Set(['he', 'she', 'his', 'her', 'him']);
/** How many words after a name a pronoun may take it up. */
const PRONOUN_REACH = 12;

/**
 * True when the capitalised words `first..last` read as a person's name by evidence of their own, not by
 * where they stand (entity:led-by, entity:role-field): no word of them is an organisation's word (a head,
 * a word of trade, a legal form: "Thames Water", "Itad Limited", "Crown Agents"), and one of these holds —
 * the first word is a given name the lexicon knows, a word is an initial ("J. Roe"), a title stands right
 * before the name, the last word is written alone elsewhere as a name mid-sentence ("Roe said"), or "he",
 * "she" takes the name up within a few words after it.
 */
export function personEvidence(context: Context, first: number, last: number): boolean {
  const { tokens, lex } = context;
  for (let k = first; k <= last; k++) if (organisationWord(context, k)) return false;
  if (lex.firstNames.has(keyAt(tokens, first))) return true;
  for (let k = first; k <= last; k++) if (tokens.shape[k] === INITIAL) return true;
  if (first > 0 && tokens.shape[first - 1] === CAP && lex.titles.has(keyAt(tokens, first - 1))) return true;
  for (let k = last + 1; k < tokens.count && k <= last + PRONOUN_REACH; k++) if (PERSONAL.has(keyAt(tokens, k))) return true;
  return surnameAlone(context, first, last);
}

/** A head of a body, a programme or a place, a word of trade or a legal form. */
export function organisationWord(context: Context, k: number): boolean {
  const { tokens, lex } = context;
  const key = keyAt(tokens, k);
  return lex.heads.has(key) || lex.prefixHeads.has(key) || lex.companyWords.has(key) || lex.legalForms.has(key);
}

/** The last word written alone elsewhere, capitalised mid-sentence and apart from other capitalised words ("Roe said"). */
function surnameAlone(context: Context, first: number, last: number): boolean {
  const at = aloneAt(context).get(keyAt(context.tokens, last));
  // Written alone at a token outside the name itself.
  return at !== undefined && at.some((k) => k < first || k > last);
}

/** Per document: each capitalised word written alone mid-sentence, with where (at most two places: enough to find one outside a name). */
const ALONE = new WeakMap<Context, Map<string, number[]>>();

/** The words a document writes alone, capitalised mid-sentence, found in one pass when first asked (linear in the text, however many names ask). */
function aloneAt(context: Context): Map<string, number[]> {
  let alone = ALONE.get(context);
  if (alone) return alone;
  alone = new Map();
  const { tokens, layout } = context;
  for (let k = 0; k < tokens.count; k++) {
    if (tokens.shape[k] !== CAP || layout.opens[k]) continue;
    const joinedBefore = k > 0 && !layout.broken[k] && tokens.shape[k - 1] === CAP;
    const joinedAfter = k + 1 < tokens.count && !layout.broken[k + 1] && tokens.shape[k + 1] === CAP;
    if (joinedBefore || joinedAfter) continue;
    const key = keyAt(tokens, k);
    const at = alone.get(key);
    if (!at) alone.set(key, [k]);
    else if (at.length < 2) at.push(k);
  }
  ALONE.set(context, alone);
  return alone;
}
