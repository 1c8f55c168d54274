import type { Worker } from 'node:worker_threads';
import type { Analysed, AnalyseRequest } from './protocol';

/** What an `AnalysisRunner` (runner.ts) is given (where it reports, its time budget and patience, its timers) and what it holds. */

/** Where the runner reports; a `vscode.LogOutputChannel` fits. */
export interface RunnerLog {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Timers the runner sets for its time budget and its patience (the global ones by default; tests pass their own). */
export interface RunnerTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Options of an `AnalysisRunner`. */
export interface RunnerOptions {
  /** Longest a reading may take in the worker, in ms, before it is abandoned for the outline (default {@link DEFAULT_BUDGET_MS}). */
  readonly budgetMs?: number;
  /** How long other documents wait for a reading before a second worker reads them beside it, in ms (default {@link DEFAULT_PATIENCE_MS}). */
  readonly patienceMs?: number;
  readonly timers?: RunnerTimers;
}

/** The default time budget of one reading: far above an ordinary document's (well under a second a megabyte). */
export const DEFAULT_BUDGET_MS = 15_000;
/** The default patience: about an ordinary reading of a large document; past it, the others go on beside it. */
export const DEFAULT_PATIENCE_MS = 1_000;

export const GLOBAL_TIMERS: RunnerTimers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface Job {
  readonly key: string;
  readonly request: AnalyseRequest;
  readonly resolve: (result: Analysed | undefined) => void;
  readonly reject: (error: Error) => void;
  /** The time budget's timer while the job runs in a worker. */
  timer?: unknown;
  /** The patience timer while the job runs in a worker. */
  patience?: unknown;
  /** True once the job has run past the patience: other documents need not wait for it. */
  slow?: boolean;
}

/** A worker and the job it runs: the runner has two, the second used only beside a slow reading. */
export interface Lane {
  worker: Worker | undefined;
  running: Job | undefined;
}
