import { unpackInSlices } from '../core/model/packed';
import { Worker } from 'node:worker_threads';
import type { AnalyseOptions } from '../core/analyse';
import type { Analysed, AnalyseRequest, AnalyseResponse, ForgetRequest, WorkerModule } from './protocol';

/** Where the runner reports; a `vscode.LogOutputChannel` fits. */
export interface RunnerLog {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

interface Job {
  readonly key: string;
  readonly request: AnalyseRequest;
  readonly resolve: (result: Analysed | undefined) => void;
  readonly reject: (error: Error) => void;
  /** The time budget's timer while the job runs in the worker. */
  timer?: unknown;
}

/** Timers the runner sets for its time budget (the global ones by default; tests pass their own). */
export interface RunnerTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Options of an {@link AnalysisRunner}. */
export interface RunnerOptions {
  /** Longest a reading may take in the worker, in ms, before it is abandoned for the outline (default {@link DEFAULT_BUDGET_MS}). */
  readonly budgetMs?: number;
  readonly timers?: RunnerTimers;
}

/** The default time budget of one reading: far above an ordinary document's (well under a second a megabyte). */
export const DEFAULT_BUDGET_MS = 15_000;

const GLOBAL_TIMERS: RunnerTimers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Crashes of a worker that had answered before, after which the runner stops restarting it. */
const MAX_RESTARTS = 3;

/**
 * Runs analyses in a `worker_threads` Worker, one at a time, so the extension host
 * never blocks. Requests are keyed by document: a request waiting in the queue is
 * dropped (resolved with `undefined`) when a newer one for the same document comes,
 * so typing queues at most one analysis per document. An analysis already running
 * is not stopped for a newer one; its result still arrives and the caller decides
 * whether it is stale. But no reading holds the worker past its time budget: the
 * worker is ended (the only way to stop a thread in the middle of a step), a new
 * one reads the document's outline alone, and the result says why
 * (`Analysed.cutShort`); the other documents' readings go on after it.
 *
 * If the worker cannot start, or keeps crashing, analyses run on the extension
 * host's own thread instead (loading the same `worker.js` with `require`), with a
 * warning in the log.
 */
export class AnalysisRunner {
  readonly #path: string;
  readonly #log: RunnerLog;
  #worker: Worker | undefined;
  #answered = false;
  #crashes = 0;
  #inProcess: WorkerModule | undefined;
  #queue: Job[] = [];
  #running: Job | undefined;
  #nextId = 1;
  #disposed = false;
  readonly #budgetMs: number;
  readonly #timers: RunnerTimers;

  /** @param workerPath absolute path of `dist/worker.js`. */
  constructor(workerPath: string, log: RunnerLog, options: RunnerOptions = {}) {
    this.#path = workerPath;
    this.#log = log;
    this.#budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
    this.#timers = options.timers ?? GLOBAL_TIMERS;
  }

  /** True once analyses run on the extension host's thread. */
  get inProcess(): boolean {
    return this.#inProcess !== undefined;
  }

  /**
   * Analyses `text` for document `key`. Resolves with the reading and its cost, or
   * `undefined` when a newer request for the same document replaced this one before it ran.
   */
  run(key: string, text: string, options: AnalyseOptions, outlineOnly: boolean): Promise<Analysed | undefined> {
    if (this.#disposed) return Promise.resolve(undefined);
    this.cancel(key);
    return new Promise((resolve, reject) => {
      const request: AnalyseRequest = { id: this.#nextId++, key, text, options, outlineOnly };
      this.#queue.push({ key, request, resolve, reject });
      this.#pump();
    });
  }

  /** Drops the waiting request of document `key`, if any (the document was closed or changed). */
  cancel(key: string): void {
    const i = this.#queue.findIndex((job) => job.key === key);
    if (i >= 0) this.#queue.splice(i, 1)[0].resolve(undefined);
  }

  /** Forgets what the analyser kept of document `key` for its next reading (the document was closed). */
  forget(key: string): void {
    this.cancel(key);
    if (this.#inProcess) this.#inProcess.forget?.(key);
    else this.#worker?.postMessage({ forget: key } satisfies ForgetRequest);
  }

  dispose(): void {
    this.#disposed = true;
    for (const job of this.#queue) job.resolve(undefined);
    this.#queue = [];
    this.#stopTimer(this.#running);
    this.#running?.resolve(undefined);
    this.#running = undefined;
    void this.#worker?.terminate();
    this.#worker = undefined;
  }

  #pump(): void {
    if (this.#running || this.#queue.length === 0) return;
    const job = this.#queue.shift()!;
    this.#running = job;
    const worker = this.#inProcess ? undefined : this.#start();
    if (worker) {
      job.timer = this.#timers.setTimeout(() => this.#overBudget(worker, job), this.#budgetMs);
      worker.postMessage(job.request);
    } else setImmediate(() => this.#runInProcess(job));
  }

  #stopTimer(job: Job | undefined): void {
    if (job?.timer === undefined) return;
    this.#timers.clearTimeout(job.timer);
    job.timer = undefined;
  }

  /**
   * A reading past its budget: the worker is ended, and the document is read
   * again for its outline alone (linear, without the markdown parser) before
   * anything else, unless a newer request for it already waits.
   */
  #overBudget(worker: Worker, job: Job): void {
    job.timer = undefined;
    if (this.#running !== job || this.#worker !== worker) return;
    this.#worker = undefined;
    this.#running = undefined;
    void worker.terminate();
    const seconds = Math.round(this.#budgetMs / 100) / 10;
    this.#log.warn(`Reading ${job.key} stopped after ${seconds} s (the time budget of one reading); the worker restarts.`);
    if (job.request.outlineOnly) {
      job.reject(new Error(`the outline of ${job.key} took over ${seconds} s`));
    } else if (this.#queue.some((waiting) => waiting.key === job.key)) {
      job.resolve(undefined);
    } else {
      const cutShort = `Reading stopped after ${seconds} s, the time budget of one reading: only the outline is shown.`;
      this.#queue.unshift({
        key: job.key,
        request: { ...job.request, id: this.#nextId++, outlineOnly: true },
        resolve: (result) =>
          job.resolve(result && { ...result, cutShort, reading: { ...result.reading, warnings: [...result.reading.warnings, cutShort] } }),
        reject: job.reject,
      });
    }
    this.#pump();
  }

  #start(): Worker | undefined {
    if (this.#worker) return this.#worker;
    try {
      // A larger young generation: a re-reading allocates a fresh model each time, and fewer
      // scavenges made re-reading a 1 MB document ~15% faster in the bench.
      const worker = new Worker(this.#path, { resourceLimits: { maxYoungGenerationSizeMb: 96 } });
      worker.on('message', (response: AnalyseResponse) => this.#onMessage(worker, response));
      worker.on('error', (error) => this.#onCrash(worker, error));
      worker.on('exit', (code) => {
        if (this.#worker === worker && !this.#disposed) this.#onCrash(worker, new Error(`worker exited with code ${code}`));
      });
      this.#worker = worker;
      return worker;
    } catch (error) {
      this.#fallBack(error);
      return undefined;
    }
  }

  #onMessage(worker: Worker, response: AnalyseResponse): void {
    const job = this.#running;
    if (worker !== this.#worker || !job || job.request.id !== response.id) return;
    this.#stopTimer(job);
    this.#answered = true;
    this.#running = undefined;
    if (response.ok) {
      // In slices: a large model never holds the extension host's thread for long.
      const { packed, ms, reuse } = response;
      unpackInSlices(packed).then(
        (reading) => job.resolve({ reading, ms, reuse }),
        (error: unknown) => job.reject(error instanceof Error ? error : new Error(String(error))),
      );
    } else {
      job.reject(new Error(response.message));
    }
    this.#pump();
  }

  #onCrash(worker: Worker, error: Error): void {
    if (worker !== this.#worker) return;
    this.#worker = undefined;
    void worker.terminate();
    this.#crashes++;
    this.#log.error(`Analysis worker failed: ${error.message}`);
    const job = this.#running;
    this.#stopTimer(job);
    this.#running = undefined;
    if (!this.#answered) {
      // A worker that never answered cannot start here: run the job in process instead.
      this.#fallBack(error);
      if (job) this.#queue.unshift(job);
    } else {
      // The job may be what crashed it (memory): never retry it, so it cannot crash the host too.
      job?.reject(new Error(`analysis worker crashed: ${error.message}`));
      if (this.#crashes > MAX_RESTARTS) this.#fallBack(error);
    }
    this.#pump();
  }

  #fallBack(error: unknown): void {
    if (this.#inProcess) return;
    const message = error instanceof Error ? error.message : String(error);
    try {
      // A runtime require, left alone by esbuild: the extension bundle does not carry the analyser.
      this.#inProcess = require(this.#path) as WorkerModule;
      this.#log.warn(
        `Analysis worker unavailable (${message}); analysing on the extension host's thread, which may slow the editor on large documents.`,
      );
    } catch (loadError) {
      this.#log.error(`Cannot load the analyser from ${this.#path}: ${String(loadError)}`);
      this.#inProcess = {
        read: () => {
          throw new Error(`Policy Lens analyser unavailable: ${message}`);
        },
      };
    }
  }

  #runInProcess(job: Job): void {
    if (this.#running !== job) return;
    try {
      const { text, options, outlineOnly, key } = job.request;
      const started = performance.now();
      const reading = this.#inProcess!.read(text, options, outlineOnly, key);
      job.resolve({ reading, ms: performance.now() - started });
    } catch (error) {
      job.reject(error instanceof Error ? error : new Error(String(error)));
    }
    this.#running = undefined;
    this.#pump();
  }
}
