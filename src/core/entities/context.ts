import type { EntityType } from '../model/model';
import { FIND_ALL, type Layout } from './layout';
import { evidenceOf, type Evidence } from './evidence';
import { spanKey } from './keys';
import { rule, type Lexicon } from './lexicon';
import { ACRONYM, CAP, CODE, INITIAL, keyAt, LOWER, NUMBER, textAt, type Tokens } from '../parse/tokens';

/** What every stage reads: the document's words, their layout, and the lexicon. */
export interface Context {
  readonly text: string;
  readonly tokens: Tokens;
  readonly layout: Layout;
  readonly lex: Lexicon;
  /** Keys of words the document writes in lower case: such a word capitalised is no name. */
  readonly lowerSeen: ReadonlySet<string>;
  /** How often each capitalised word occurs (by key). */
  readonly capCount: ReadonlyMap<string, number>;
  /**
   * Acronyms the document defines for a head and the words before it, by key, with
   * the head's type: "Peterson Space Force Base (SFB)" makes "SFB" a place head ("Patrick SFB").
   */
  readonly headAcronyms: Map<string, EntityType>;
  /** Acronyms the document writes only right before a capitalised word ("HMCS Ottawa"): prefixes of names, by key. */
  readonly prefixAcronyms: ReadonlySet<string>;
  /** Capitalised words the document writes inside a sentence or opening a longer name, not only alone at a sentence's start, by key. */
  readonly midCaps: ReadonlySet<string>;
  /** Steps of work done, counted where work could grow with more than one word: for tests that the reading stays linear. */
  readonly work: Work;
}

/** A counter of steps of work. */
export interface Work {
  steps: number;
}

/**
 * The type a word gives as a head ("Ministry", "Base", or an acronym defined for
 * one), if any. A compound of capitalised parts is headed by its last part that
 * heads an organisation or a programme ("Party-State", "Army-Navy").
 */
export function headType(context: Context, i: number): EntityType | undefined {
  const { tokens, lex } = context;
  const key = keyAt(tokens, i);
  // A company's legal form written in capitals is its head ("Gulfline Terminals LLC", "Arden PLC", "Keller Antriebe GmbH").
  if (tokens.shape[i] === ACRONYM) return context.headAcronyms.get(key) ?? (lex.companyHeads.has(key) || (lex.legalForms.has(key) && closesName(context, i)) ? lex.heads.get(key) : undefined);
  if (tokens.shape[i] !== CAP) return undefined;
  const type = compoundType(context, i) ?? lex.heads.get(key);
  if (type || !key.includes('-') || !/^\p{Lu}[^-]*(?:-\p{Lu}[^-]*)+$/u.test(textAt(tokens, i))) return type;
  const parts = key.split('-');
  for (let k = parts.length - 1; k >= 0; k--) {
    const part = lex.heads.get(parts[k]);
    if (part === 'organization' || part === 'treaty_or_program') return part;
  }
  return undefined;
}

/** Capitals with a dot after each, as initials are written ("S.A.", "B.V."). */
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,}$/u;

/**
 * heads.json legalForms — a legal form written in capitals closes a company's name: it stands right after a
 * capitalised word ("Telefónica SA", "Banco Santander, S.A."), never opening a run ("exports from SA", "the AB
 * team"). Written with dots as initials are ("S.A.", "A.B.", "B.V."), it is a person's initials before a
 * capitalised surname ("S.A. Morgan") and after a surname of one word and a comma ("Rao, B.V." in a list of
 * references), where a company's name has two words or more before the comma.
 */
function closesName(context: Context, i: number): boolean {
  const { tokens, text } = context;
  const named = (k: number) => k >= 0 && (tokens.shape[k] === CAP || tokens.shape[k] === ACRONYM) && !tokens.possessive[k];
  if (!named(i - 1)) return false;
  const gap = text.slice(tokens.after[i - 1], tokens.start[i]);
  if (!/^(?:,? +)$/u.test(gap)) return false;
  if (inCapitalsRun(context, i)) return false;
  if (!DOTTED_INITIALS.test(textAt(tokens, i))) return true;
  const next = i + 1 < tokens.count && /^ +$/u.test(text.slice(tokens.after[i], tokens.start[i + 1])) ? tokens.shape[i + 1] : -1;
  if (next === CAP || next === INITIAL) return false;
  return !gap.startsWith(',') || (named(i - 2) && /^ +$/u.test(text.slice(tokens.after[i - 2], tokens.start[i - 1])));
}

/**
 * A legal form's letters inside a run of words in capitals are a word of that run ("LEVY DELAYED AS
 * TENSIONS RISE", "NATO AS A FORUM"): a capitalised word follows it on its line, and the word before
 * it is in capitals too, or the line is a capitals line read as a title ("Levy Delayed AS Tensions Rise").
 */
function inCapitalsRun(context: Context, i: number): boolean {
  const { tokens, text, layout } = context;
  if (i + 1 >= tokens.count || !/^[ \t]+$/u.test(text.slice(tokens.after[i], tokens.start[i + 1])) || !/^\p{Lu}/u.test(textAt(tokens, i + 1))) return false;
  return tokens.shape[i - 1] === ACRONYM || layout.find[i] === FIND_ALL;
}

/**
 * How a proposal was found; decides how it merges with others. `numbered` is a
 * number before an acronym ("the 15 FYP"), `alone` a head word alone after "the"
 * ("the Party"): each is kept only where it joins a name.
 */
export type ProposalKind = 'gazetteer' | 'person' | 'headed' | 'acronym' | 'unknown' | 'defined' | 'numbered' | 'alone';

/** A name read at one place in the text, before the document-level merge. */
export interface Proposal {
  /** Index of its first and last token (inclusive). */
  readonly first: number;
  readonly last: number;
  /** Normalised form: the keys of its tokens joined by spaces. */
  readonly key: string;
  readonly kind: ProposalKind;
  /** Shared by the names one rule alone found ({@link evidenceOf}): credited through `owned`. */
  evidence: Evidence;
  /** The gazetteer referent, for gazetteer names. */
  readonly referent?: string;
  /** For people: keys of the given names and initials, and of the surname. */
  readonly given?: readonly string[];
  readonly surname?: string;
}

/** A programme's name over words `first..last`, as the rule `id` reads it ("Section 232 of the Trade Act"). */
export function programme(context: Context, first: number, last: number, id: string): Proposal {
  const evidence = evidenceOf(rule(context.lex, id), 'treaty_or_program');
  return { first, last, key: spanKey(context.tokens, first, last), kind: 'headed', evidence, referent: undefined, given: undefined, surname: undefined };
}

/** True when word `i` can be part of a name: capitalised, an acronym, an initial or a code. */
export function isNameShape(tokens: Tokens, i: number): boolean {
  const s = tokens.shape[i];
  return s === CAP || s === ACRONYM || s === INITIAL || s === CODE;
}

/** An ordinal ("14th") or a small number ("15") that may open a name: "the 14th Five-Year Plan", "the 15 FYP". */
const RANK = /^\d{1,3}(?:st|nd|rd|th)?$/;

/**
 * How word `i` may number a name: `ordinal` ("14th", "Fifth"), `cardinal` (a
 * number of up to three digits, an ordinal that lost its ending), or undefined.
 */
export function rankAt(tokens: Tokens, i: number, lex: Lexicon): 'ordinal' | 'cardinal' | undefined {
  const shape = tokens.shape[i];
  if (shape === NUMBER) {
    const text = textAt(tokens, i);
    if (!RANK.test(text)) return undefined;
    return text.charCodeAt(text.length - 1) > 57 ? 'ordinal' : 'cardinal';
  }
  return shape === CAP && lex.ordinals.has(keyAt(tokens, i)) ? 'ordinal' : undefined;
}

/** True when word `i` is a lower-case connector. */
export function isConnector(context: { readonly tokens: Tokens; readonly lex: Lexicon }, i: number): boolean {
  const { tokens, lex } = context;
  if (tokens.shape[i] !== LOWER) return false;
  const key = keyAt(tokens, i);
  return lex.connectors.has(key) || (lex.innerConnectors.has(key) && (innerComplement(tokens, lex, i) || listedThrough(tokens, lex, i)));
}

/** The most words before an inner connector a listed name is looked for in. */
const LISTED_REACH = 6;

/**
 * True when the inner connector at `i` ("in") goes on with a name the gazetteer lists
 * (entity:listed-through): the capitalised words before it, with it, open a listed
 * name ("Organization for Security and Co-operation in Europe"). Bounded: at most
 * LISTED_REACH words are read back.
 */
function listedThrough(tokens: Tokens, lex: Lexicon, i: number): boolean {
  let key = keyAt(tokens, i);
  for (let k = i - 1; k >= 0 && i - k <= LISTED_REACH && (tokens.shape[k] !== LOWER || lex.connectors.has(keyAt(tokens, k))); k--) {
    key = `${keyAt(tokens, k)}${tokens.possessive[k] ? "'s" : ''} ${key}`;
    if (tokens.shape[k] !== LOWER && lex.gazetteerPrefixes.has(key)) return true;
  }
  return false;
}

/** The most capitalised words between a head's complement word and an inner connector ("for Trade in"). */
const INNER_REACH = 3;

/**
 * True when the inner connector at `i` ("in") goes on with a head's complement (entity:complement-in):
 * a head, "for", "on" or "of", at most INNER_REACH capitalised words, then "in" and an ordinary word
 * capitalised ("Council for Trade in Goods", "Agreement on Trade in Services"); not a place, a month or
 * a name a list knows after it ("the Ministry of Finance in Tallinn", "the Department of Commerce in May").
 */
export function innerComplement(tokens: Tokens, lex: Lexicon, i: number): boolean {
  const after = i + 1;
  if (after >= tokens.count || tokens.shape[after] !== CAP || tokens.shape[i - 1] !== CAP) return false;
  const word = keyAt(tokens, after);
  if (!lex.commonWords.has(word) || lex.gazetteer.has(word) || lex.calendar.has(word)) return false;
  for (let k = i - 1; k > 0 && i - k <= INNER_REACH && tokens.shape[k] === CAP; k--) {
    const before = k - 1;
    if (tokens.shape[before] === LOWER && lex.complement.has(keyAt(tokens, before))) return before > 0 && tokens.shape[before - 1] === CAP && lex.heads.has(keyAt(tokens, before - 1));
  }
  return false;
}

/** The type a two-word head ending at word `i` gives ("Economic Corridor"), if any. */
export function compoundType(context: Context, i: number): EntityType | undefined {
  const { tokens, lex } = context;
  return i > 0 && tokens.shape[i - 1] === CAP ? lex.compounds.get(`${keyAt(tokens, i - 1)} ${keyAt(tokens, i)}`) : undefined;
}
