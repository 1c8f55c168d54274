import type { AnalyseOptions } from '../core/analyse';
import type { LexiconData } from '../core/lexicon';

/** The last terms' text and what it parsed to: the same text gives the same object (the reader's lexicon is compiled once for it). */
let last: { readonly json: string; readonly data: LexiconData } | undefined;

/**
 * `options` with the reader's terms, sent as their JSON text (the extension host
 * holds the text alone: lexicon.ts), parsed where the reading runs.
 */
export function withTerms(options: AnalyseOptions, terms: string | null | undefined): AnalyseOptions {
  if (!terms) return options;
  if (last?.json !== terms) last = { json: terms, data: JSON.parse(terms) as LexiconData };
  return { ...options, extraLexicon: last.data };
}
