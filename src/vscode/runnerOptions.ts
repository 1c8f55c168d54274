import type { Thread, ThreadStarter } from './threads';
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
  /** The clock a reading on the host's thread is timed by, in ms (`performance.now` by default). */
  now?(): number;
}

/** Options of an `AnalysisRunner`. */
export interface RunnerOptions {
  /** Longest a reading may take in the worker, in ms, before it is abandoned for the outline (default {@link DEFAULT_BUDGET_MS}). */
  readonly budgetMs?: number;
  /** Longest a reading may take a million characters, in ms: a long document's budget grows with it past {@link budgetMs} (default {@link DEFAULT_BUDGET_MS_PER_MB}). */
  readonly budgetMsPerMb?: number;
  /** The most a full reading's budget grows to, in ms (default {@link MAX_BUDGET_MS}); an outline-only reading keeps {@link budgetMs}. */
  readonly maxBudgetMs?: number;
  /** How long other documents wait for a reading before a second worker reads them beside it, in ms (default {@link DEFAULT_PATIENCE_MS}). */
  readonly patienceMs?: number;
  readonly timers?: RunnerTimers;
  /** Where the workers are started (threads.ts); by default a starter of the runner's own, ended with it. */
  readonly threads?: ThreadStarter;
  /**
   * Longest a reading on the extension host's own thread may be expected to take, in ms (when no worker can
   * start; default {@link DEFAULT_HOST_BUDGET_MS}): a reading expected to take longer gives the outline alone.
   */
  readonly hostBudgetMs?: number;
  /** What a megabyte of text is expected to cost on the host's thread, in ms, until a reading there says more (default {@link DEFAULT_HOST_MS_PER_MB}). */
  readonly hostMsPerMb?: number;
}

/** The default time budget of one reading: far above an ordinary document's (well under a second a megabyte). */
export const DEFAULT_BUDGET_MS = 15_000;
/**
 * The default budget a million characters: issue #14's bound on what any document may cost (10 s of CPU a
 * megabyte, which every hostile family meets). A fixed 15 s cut a 4 MB document read in 6 s on a quiet machine
 * whenever a busy one tripled that: a reading slow only because the machine is busy keeps its time.
 */
export const DEFAULT_BUDGET_MS_PER_MB = 10_000;
/**
 * The most a full reading's budget grows to: 60 s. The 4 MB document at load read in 15.4–18.9 s on a busy
 * machine, so 60 s keeps three times that; uncapped, a 20 MB text got 200 s, and the documents queued behind it
 * waited as long. An outline alone (over the size limit, or after a cut) keeps the fixed budget.
 */
export const MAX_BUDGET_MS = 60_000;
/** Crashes of a worker that had answered before, after which the runner stops restarting it. */
export const MAX_RESTARTS = 3;
/** The code of a worker's error when it reached its memory limit (Node's). */
export const OUT_OF_MEMORY = 'ERR_WORKER_OUT_OF_MEMORY';

/** The default patience: about an ordinary reading of a large document; past it, the others go on beside it. */
export const DEFAULT_PATIENCE_MS = 1_000;

/**
 * The host's budget: a reading on the editor's own thread cannot be stopped once started, so one expected to
 * take longer is not started (the outline is read instead, in one linear pass).
 */
export const DEFAULT_HOST_BUDGET_MS = 2_000;
/** The most a megabyte of any document costs to read (issue #14's bound, which the hostile families meet): the host's first estimate. */
export const DEFAULT_HOST_MS_PER_MB = 10_000;

export const GLOBAL_TIMERS: RunnerTimers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => performance.now(),
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
  worker: Thread | undefined;
  running: Job | undefined;
  /** While the lane's last worker is being ended: resolved once its thread has stopped. */
  ending?: Promise<void>;
}
