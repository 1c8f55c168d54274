import type { AnalyseOptions, Reuse } from '../core/analyse';

/**
 * Messages between the extension host and the analysis worker. The text goes to
 * the worker; the model comes back without it (the extension host keeps the text
 * it sent), packed into transferred typed arrays (core/model/packed.ts), so a large
 * model costs the host one unpacking pass instead of a structured clone.
 */

/** An analysis without its text. */
export type { Reading } from '../core/model/packed';
import type { PackedReading, Reading } from '../core/model/packed';
import type { PolicyReading } from '../core/model/policy';
import type { ErrorReport } from './threads';

/** Extension host → worker. */
export interface AnalyseRequest {
  /** Matches the response to the request. */
  readonly id: number;
  /** The document: its last reading in the worker lends the parts that did not change. */
  readonly key?: string;
  readonly text: string;
  readonly options: AnalyseOptions;
  /** Keep sections only (the document is above `policyLens.maxDocumentSize`). */
  readonly outlineOnly: boolean;
  /** The reader's valid terms as their JSON text (lexicon.ts), or none. */
  readonly terms?: string | null;
}

/** Extension host → worker: forget what was kept of a closed document. */
export interface ForgetRequest {
  readonly forget: string;
}

/** Anything the extension host sends the worker. */
export type WorkerMessage = AnalyseRequest | ForgetRequest;

/** Worker → extension host. */
export type AnalyseResponse =
  | { readonly id: number; readonly ok: true; readonly packed: PackedReading; readonly ms: number; readonly reuse?: Reuse | null; readonly policy?: PolicyReading }
  | ({ readonly id: number; readonly ok: false } & ErrorReport);

/** A finished analysis: the reading, and how long the analyser itself took (ms). */
export interface Analysed {
  readonly reading: Reading;
  readonly ms: number;
  /** What the reading took from the document's last one (absent when not known). */
  readonly reuse?: Reuse | null;
  /** The policy gate's reading of it, made in the worker (absent when read on the host's own thread). */
  readonly policy?: PolicyReading;
  /**
   * Set when the full reading ran past the time budget and was abandoned: the
   * reading is then the outline alone, and this says why (also in its warnings).
   */
  readonly cutShort?: string;
}

/** The shape of `dist/worker.js` when loaded with `require` (the in-process fallback). */
export interface WorkerModule {
  read(text: string, options: AnalyseOptions, outlineOnly: boolean, key?: string): Reading;
  forget?(key: string): void;
}
