import type { LexiconData } from './index';
import { CATEGORIES, type Category } from '../model/model';

/**
 * Checks a reader-supplied lexicon (already parsed from JSON) against the rules
 * of schemas/lexicon.schema.json, by hand so the core needs no schema engine.
 * What is valid is kept; each problem names the JSON path it was found at, so
 * the editor can point at the offending line.
 */

/** A problem in a lexicon file: where (a JSON path) and what. */
export interface LexiconProblem {
  readonly path: readonly (string | number)[];
  /** Whether the key at `path` is wrong (a bad term or category) or its value. */
  readonly at: 'key' | 'value';
  readonly message: string;
}

/** Largest weight a term may carry. */
export const MAX_WEIGHT = 10;
/** Longest term, in UTF-16 code units: checked before anything else reads the term. */
export const MAX_TERM = 80;
/** Keys that would reach an object's prototype instead of naming a term or a category. */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/** A key or term for a message: a long one is cut, so a message stays one short line. */
export function quoted(s: string): string {
  return `"${s.length > 40 ? `${s.slice(0, 40)}…` : s}"`;
}

/** What is wrong with a top-level key, or null for a category (or `$schema`/`$comment`, which are skipped). */
export function categoryProblem(key: string): string | null {
  if (key === '$schema' || key === '$comment' || (CATEGORIES as readonly string[]).includes(key)) return null;
  return `Unknown category ${quoted(key)}: use geopolitical, military or economic.`;
}

/** The message for a category whose value is not an object. */
export function termsProblem(key: string): string {
  return `"${key}" must be an object of term → weight.`;
}

/**
 * What is wrong with a term, or null: a word or phrase (spaces around it
 * allowed), with `*` only as its last character, at most {@link MAX_TERM}
 * long. Reads the term once, and not at all past the length limit.
 */
export function termProblem(term: string): string | null {
  if (term.length > MAX_TERM) return `${quoted(term)} is longer than ${MAX_TERM} characters: a term is a word or phrase.`;
  const t = term.trim();
  const star = t.indexOf('*');
  if (t.length === 0 || (star >= 0 && star !== t.length - 1) || t === '*') {
    return `${quoted(term)} is not a term: a word or phrase, with * only at its end.`;
  }
  if (RESERVED.has(t)) return `${quoted(term)} is a reserved name, not a term.`;
  return null;
}

/** What is wrong with a term's weight, or null for a number from 0 to {@link MAX_WEIGHT}. */
export function weightProblem(term: string, weight: unknown): string | null {
  if (typeof weight === 'number' && Number.isFinite(weight) && weight >= 0 && weight <= MAX_WEIGHT) return null;
  return `The weight of ${quoted(term)} must be a number from 0 to ${MAX_WEIGHT}.`;
}

/** The valid part of `value` as lexicon data, and what was wrong with the rest. */
export function checkLexicon(value: unknown): { data: LexiconData; problems: LexiconProblem[] } {
  const problems: LexiconProblem[] = [];
  const data: Partial<Record<Category, Record<string, number>>> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { data, problems: [{ path: [], at: 'value', message: NOT_AN_OBJECT }] };
  }
  for (const [key, terms] of Object.entries(value)) {
    const bad = categoryProblem(key);
    if (bad) problems.push({ path: [key], at: 'key', message: bad });
    if (bad || key === '$schema' || key === '$comment') continue;
    if (typeof terms !== 'object' || terms === null || Array.isArray(terms)) {
      problems.push({ path: [key], at: 'value', message: termsProblem(key) });
      continue;
    }
    const kept: Record<string, number> = {};
    for (const [term, weight] of Object.entries(terms)) {
      const wrong = termProblem(term);
      const heavy = wrong ? null : weightProblem(term, weight);
      if (wrong) problems.push({ path: [key, term], at: 'key', message: wrong });
      else if (heavy) problems.push({ path: [key, term], at: 'value', message: heavy });
      else kept[term] = weight as number;
    }
    data[key as Category] = kept;
  }
  return { data, problems };
}

/** The message for a lexicon that is not a JSON object. */
export const NOT_AN_OBJECT = 'A lexicon is a JSON object with "geopolitical", "military" and "economic" keys.';
