import type { AnalyseOptions } from '../core/analyse';
import type { Analysis } from '../core/model';

/**
 * Messages between the extension host and the analysis worker. The text goes to
 * the worker; the model comes back without it (the extension host keeps the text
 * it sent), so a large document crosses the thread boundary once.
 */

/** An analysis without its text. */
export type Reading = Omit<Analysis, 'text'>;

/** Extension host → worker. */
export interface AnalyseRequest {
  /** Matches the response to the request. */
  readonly id: number;
  readonly text: string;
  readonly options: AnalyseOptions;
  /** Keep sections only (the document is above `policyLens.maxDocumentSize`). */
  readonly outlineOnly: boolean;
}

/** Worker → extension host. */
export type AnalyseResponse =
  | { readonly id: number; readonly ok: true; readonly reading: Reading; readonly ms: number }
  | { readonly id: number; readonly ok: false; readonly message: string };

/** A finished analysis: the reading, and how long the analyser itself took (ms). */
export interface Analysed {
  readonly reading: Reading;
  readonly ms: number;
}

/** The shape of `dist/worker.js` when loaded with `require` (the in-process fallback). */
export interface WorkerModule {
  read(text: string, options: AnalyseOptions, outlineOnly: boolean): Reading;
}
