import { ACRONYM, CAP, CODE, INITIAL, LETTER, LOWER, NUMBER } from './tokens';

/**
 * Pattern rows as data writes them, for the matcher of match.ts: a row names its
 * rule and lists its elements, each testing one word of the token stream.
 */

/** A shape by name, as data writes it. */
export type ShapeName = 'LOWER' | 'CAP' | 'ACRONYM' | 'INITIAL' | 'CODE' | 'LETTER' | 'NUMBER';
export const SHAPES: Readonly<Record<ShapeName, number>> = { LOWER, CAP, ACRONYM, INITIAL, CODE, LETTER, NUMBER };

/** A list of words by key: a set, or a map from a word to its weight or type. */
export interface WordList {
  has(key: string): boolean;
  get?(key: string): unknown;
  keys(): Iterable<string>;
}

/** One element of a pattern, as data writes it. */
export interface ElementRow {
  readonly word?: string | readonly string[];
  readonly list?: string;
  /** Also the singular of a plural word ("ports", "companies") is looked up in `list`. */
  readonly plural?: boolean;
  readonly except?: readonly string[];
  readonly shape?: ShapeName | readonly ShapeName[];
  readonly possessive?: boolean;
  /** Any of these elements (without repeats). */
  readonly or?: readonly ElementRow[];
  readonly punct?: string;
  /** True when something must stand before the element's first word (with `punct`, some of its characters). */
  readonly apart?: boolean;
  readonly repeat?: '?' | '*' | '+';
  /** The most words a repeat takes: 4 unless given, never more than 8. */
  readonly most?: number;
  /** True for an element that must not match here (at either end of a pattern). */
  readonly not?: boolean;
  /** True for the word whose list entry gives the rule's weight or type. */
  readonly gives?: boolean;
  /** The name the rule is about, with the kinds of name it applies to and how many words it has. */
  readonly name?: boolean;
  readonly kinds?: readonly string[];
  readonly words?: number;
}

/** A row with one pattern or alternative patterns (one that matches counts). */
export interface PatternRow {
  readonly id: string;
  readonly pattern?: readonly ElementRow[];
  readonly patterns?: readonly (readonly ElementRow[])[];
}
