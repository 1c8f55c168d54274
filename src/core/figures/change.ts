import { because, make, type Draft, type Scope } from './draft';
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

/** The ratio a word of change at `pos` gives, or null. */
export function readChange(sc: Scope, pos: number, token: string): Draft | null {
  const { text, end } = sc;
  const c = sc.lex.change;
  const lower = lowerAscii(token);
  const factor = c.multipliers[lower];
  const to = pos + token.length;
  if (factor === undefined || text.charCodeAt(to) === 45) return null; // "double-edged"
  const next = wordsAfter(text, to, end, 1);
  const word = next.length ? next[0].lower : '';
  if (c.particles.has(word) || c.setPhrases.has(word)) return null;
  if (next.length && /[A-Z]/.test(text.charAt(next[0].start))) return null; // "Triple Alliance"
  if (c.adjectives.has(lower) && !c.verbCues.has(wordBefore(text, sc.start, pos)) && !c.objects.has(word)) return null;
  return make('ratio', pos, to, factor, 'times', { why: because(sc.lex, 'figure:change-word', lower) });
}
