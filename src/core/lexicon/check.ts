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
const TERM = /^\s*[^\s*][^*]*\*?\s*$/;

/** The valid part of `value` as lexicon data, and what was wrong with the rest. */
export function checkLexicon(value: unknown): { data: LexiconData; problems: LexiconProblem[] } {
  const problems: LexiconProblem[] = [];
  const data: Partial<Record<Category, Record<string, number>>> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { data, problems: [{ path: [], at: 'value', message: 'A lexicon is a JSON object with "geopolitical", "military" and "economic" keys.' }] };
  }
  for (const [key, terms] of Object.entries(value)) {
    if (key === '$schema' || key === '$comment') continue;
    if (!(CATEGORIES as readonly string[]).includes(key)) {
      problems.push({ path: [key], at: 'key', message: `Unknown category "${key}": use geopolitical, military or economic.` });
      continue;
    }
    if (typeof terms !== 'object' || terms === null || Array.isArray(terms)) {
      problems.push({ path: [key], at: 'value', message: `"${key}" must be an object of term → weight.` });
      continue;
    }
    const kept: Record<string, number> = {};
    for (const [term, weight] of Object.entries(terms)) {
      if (!TERM.test(term) || term.length > 80) {
        problems.push({ path: [key, term], at: 'key', message: `"${term}" is not a term: a word or phrase, with * only at its end.` });
      } else if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0 || weight > MAX_WEIGHT) {
        problems.push({ path: [key, term], at: 'value', message: `The weight of "${term}" must be a number from 0 to ${MAX_WEIGHT}.` });
      } else kept[term] = weight;
    }
    data[key as Category] = kept;
  }
  return { data, problems };
}
