import { make, type Draft, type Scope } from './draft';
import { lowerAscii, wordBefore, wordsAfter } from './look';

/**
 * Words of change by a factor: "doubled", "doubling the size", "could double",
 * "tripled", "quadruple its output", "halved". A ratio with unit "times" like
 * "twice" and "tenfold": 2 for double, 3 for triple (and treble), 4 for
 * quadruple, 5 for quintuple, 0.5 for halve.
 *
 * The inflected forms ("doubled", "doubles", "doubling", "halved") are verbs of
 * change. The plain forms are also adjectives ("a double standard", "triple
 * taxation"), so "double", "triple"… count only after a modal, "to", "not" or a
 * word of approximation ("could double", "to triple", "nearly double") or before
 * what they multiply ("double the size", "triple its output", "double in size").
 * Never: a compound ("double-edged", "double-digit", "triple-A", "double-check"),
 * a phrasal verb ("doubled down", "doubles as", "doubled back", "double up"), a
 * name ("Triple Alliance"), or a set phrase ("double standard", "double
 * taxation", "double agent", "double counting"). "Double-digit" has no value
 * (anything from 10 to 99) and is not a figure. "Halves" is left out: it is more
 * often the plural of "half" than a verb.
 */

/** Every form read, to its factor. */
export const MULTIPLIERS: Readonly<Record<string, number>> = {
  double: 2, doubled: 2, doubles: 2, doubling: 2,
  triple: 3, tripled: 3, triples: 3, tripling: 3, treble: 3, trebled: 3, trebles: 3, trebling: 3,
  quadruple: 4, quadrupled: 4, quadruples: 4, quadrupling: 4,
  quintuple: 5, quintupled: 5, quintuples: 5, quintupling: 5,
  halve: 0.5, halved: 0.5, halving: 0.5,
};

/** The plain forms that are also adjectives. */
const PLAIN: ReadonlySet<string> = new Set(['double', 'triple', 'treble', 'quadruple', 'quintuple']);

/** Words before a plain form that make it a verb: "could double", "to triple", "nearly double". */
const VERB_CUES: ReadonlySet<string> = new Set([
  'to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall', 'did', 'does', 'do', 'not',
  'never', 'nearly', 'almost', 'roughly', 'about', 'than', 'approximately', 'effectively', 'more',
]);

/** Words after a plain form that it multiplies: "double the size", "triple its output", "double in size". */
const OBJECTS: ReadonlySet<string> = new Set([
  'the', 'its', 'their', 'his', 'her', 'our', 'that', 'those', 'this', 'these', 'what', 'it', 'them', 'in',
]);

/** Particles of phrasal verbs: "doubled down", "doubles as", "doubled back", "double up". */
const PARTICLES: ReadonlySet<string> = new Set(['down', 'as', 'back', 'up']);

/** Nouns of set phrases: "double standard", "double taxation". */
const SET_PHRASES: ReadonlySet<string> = new Set([
  'standard', 'standards', 'taxation', 'agent', 'agents', 'counting', 'digit', 'digits', 'jeopardy', 'game', 'bind',
  'whammy', 'majority', 'role', 'roles', 'life', 'lives', 'meaning', 'dip', 'edge', 'check', 'dealing', 'talk',
  'take', 'helix', 'bond', 'crown', 'threat', 'blind', 'cross', 'murder', 'entendre', 'act', 'play',
]);

/** The ratio a word of change at `pos` gives, or null. */
export function readChange(sc: Scope, pos: number, token: string): Draft | null {
  const { text, end } = sc;
  const lower = lowerAscii(token);
  const factor = MULTIPLIERS[lower];
  const to = pos + token.length;
  if (factor === undefined || text.charCodeAt(to) === 45) return null; // "double-edged"
  const next = wordsAfter(text, to, end, 1);
  const word = next.length ? next[0].lower : '';
  if (PARTICLES.has(word) || SET_PHRASES.has(word)) return null;
  if (next.length && /[A-Z]/.test(text.charAt(next[0].start))) return null; // "Triple Alliance"
  if (PLAIN.has(lower) && !VERB_CUES.has(wordBefore(text, sc.start, pos)) && !OBJECTS.has(word)) return null;
  return make('ratio', pos, to, factor, 'times');
}
