import { programme, type Context } from './context';
import { spanKey } from './keys';
import { FIND_ALL } from './layout';
import type { FixedNames } from './mentions';
import { keyAt, LOWER } from '../parse/tokens';

/**
 * Programmes named by a lower-case phrase in quotes, which no capitalised-word
 * rule finds: the phrase before a head noun (`a "maximum pressure" campaign`
 * names "maximum pressure"), or with its head inside the quotes (`Beijing’s
 * "zero-COVID policy"` names "zero-COVID policy"): the quotes mark where the
 * name begins and ends. Quotes with no head are scare quotes or speech
 * (`so-called "stability"`), and so is a phrase that reads as a description:
 * opening with a function word (`"a good plan"`), quoted whole after "a" or
 * "an" (`called it an "unfair trade deal"`), ending in an adjective
 * (`an "export-oriented" strategy`), or a single word, unless hyphenated and
 * singled out by "the" or a possessive (`the "one-party" doctrine`; not `a
 * "zero-tolerance" policy`, `the "bold" plan`). The heads are singular: `new
 * "family-friendly" policies` names no one programme.
 */

/** Opening quotes and the quotes that close them. */
const CLOSING: Readonly<Record<string, string>> = { '“': '”', '"': '"', '‘': '’', "'": "'" };

/** What may stand before an opening quote: a space, a bracket or a dash. */
const BEFORE_QUOTE = /[\s([—–]/;

/** Punctuation that may stand inside a closing quote (`"one-child policy."`). */
const INSIDE_QUOTE = /[.,;:!?]/;

/** The most words a quoted name holds: longer quotes are speech. */
const MOST_WORDS = 6;

/** Reads the programmes named in quotes: `the "dual track" strategy`, `their "two-state plan"`. */
export function findQuotedNames(context: Context): FixedNames {
  const { tokens } = context;
  const out: FixedNames = { proposals: [], fixed: [] };
  for (let i = 0; i < tokens.count; i++) {
    const close = openingAt(context, i);
    if (!close) continue;
    const last = closingAt(context, i, close);
    if (last < 0) continue;
    const end = nameEnd(context, i, last, close);
    if (end >= 0) {
      out.proposals.push(programme(context, i, end, 'entity:quoted-name'));
      out.fixed.push({ first: i, last: end, key: spanKey(tokens, i, end) });
    }
    i = last;
  }
  return out;
}

/** The quote that closes the one opening right before word `i` ("“" → "”"), or "" when no quote opens there. */
function openingAt(context: Context, i: number): string {
  const { tokens, layout, text } = context;
  if (tokens.shape[i] !== LOWER || layout.find[i] !== FIND_ALL || layout.unit[i] < 0) return '';
  const at = tokens.start[i] - 1;
  const close = at >= 0 ? CLOSING[text.charAt(at)] : undefined;
  if (!close || (at > 0 && !BEFORE_QUOTE.test(text.charAt(at - 1)))) return '';
  return close;
}

/** The last word inside the quotes opened before word `i`, or -1 when they hold punctuation or run long. */
function closingAt(context: Context, i: number, close: string): number {
  const { tokens, layout, text } = context;
  for (let j = i; j < tokens.count && j - i < MOST_WORDS; j++) {
    if (j > i && (layout.punct[j] !== '' || layout.unit[j] !== layout.unit[i])) return -1;
    if (tokens.possessive[j]) return -1;
    let c = tokens.after[j];
    if (INSIDE_QUOTE.test(text.charAt(c))) c++;
    if (text.charAt(c) === close) return j;
  }
  return -1;
}

/**
 * The last word of the name quoted over words `i..last`: `last` itself when the
 * quotes hold the head (`"zero-COVID policy"`) or a head follows them (`"dual
 * track" strategy`), else -1.
 */
function nameEnd(context: Context, i: number, last: number, close: string): number {
  const { tokens, layout, lex } = context;
  const key = (k: number) => keyAt(tokens, k);
  for (let k = i; k <= last; k++) {
    if (lex.functionWords.has(key(k)) && (k === i || k === last || !lex.joining.has(key(k)))) return -1;
  }
  // One word names only when hyphenated and singled out: `the "one-party" doctrine`, not `a "new" plan`.
  const one = key(i).includes('-') && i > 0 && (tokens.possessive[i - 1] === 1 || lex.definite.has(key(i - 1)));
  if (lex.quotedHeads.has(key(last)) && last > i) {
    // `called it an "unfair trade deal"`: a quote after "a" or "an" says what kind of deal it is.
    const kind = i > 0 && (key(i - 1) === 'a' || key(i - 1) === 'an');
    return (last - i >= 2 || one) && !kind && !lex.adjectiveEnding.test(key(last - 1)) ? last : -1;
  }
  const head = last + 1;
  if (head >= tokens.count || layout.unit[head] !== layout.unit[i] || tokens.shape[head] !== LOWER || layout.punct[head] !== close) return -1;
  if (!lex.quotedHeads.has(key(head)) || lex.adjectiveEnding.test(key(last))) return -1;
  return last > i || one ? last : -1;
}
