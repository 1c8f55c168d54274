import type { WorkerModule } from './protocol';
import { withTerms } from './terms';
import { HostBudget } from './hostBudget';
import type { Job, RunnerLog, RunnerOptions, RunnerTimers } from './runnerOptions';

/**
 * The analyser on the extension host's own thread: where an `AnalysisRunner`
 * (runner.ts) reads when no worker can start, or after a worker keeps
 * crashing. The same `worker.js` is loaded with `require`, once; a reading that
 * would pass the host's budget is not started, the outline is read instead
 * (hostBudget.ts). The runner decides when to fall back and runs one job here at a time.
 */
export class HostThread {
  readonly #path: string;
  readonly #log: RunnerLog;
  readonly #timers: RunnerTimers;
  readonly #budget: HostBudget;
  #analyser: WorkerModule | undefined;

  /** @param workerPath absolute path of `dist/worker.js`. */
  constructor(workerPath: string, log: RunnerLog, timers: RunnerTimers, options: RunnerOptions) {
    this.#path = workerPath;
    this.#log = log;
    this.#timers = timers;
    this.#budget = new HostBudget(options.hostBudgetMs, options.hostMsPerMb);
  }

  /** True once analyses run here. */
  get active(): boolean {
    return this.#analyser !== undefined;
  }

  /** Forgets what the budget measured of document `key`, and what the analyser here kept of it. */
  forget(key: string): void {
    this.#budget.forget(key);
    this.#analyser?.forget?.(key);
  }

  /** Loads the analyser here (once), after `error` kept the worker from reading; one that cannot load fails every reading with the reason. */
  fallBack(error: unknown): void {
    if (this.#analyser) return;
    const message = error instanceof Error ? error.message : String(error);
    try {
      // A runtime require, left alone by esbuild: the extension bundle does not carry the analyser.
      this.#analyser = require(this.#path) as WorkerModule;
      this.#log.warn(
        `Analysis worker unavailable (${message}); analysing on the extension host's thread, which may slow the editor on large documents.`,
      );
    } catch (loadError) {
      this.#log.error(`Cannot load the analyser from ${this.#path}: ${String(loadError)}`);
      this.#analyser = {
        read: () => {
          throw new Error(`Policy Lens analyser unavailable: ${message}`);
        },
      };
    }
  }

  /** Reads `job` here (after {@link fallBack}), resolving or rejecting it: the outline alone where the full reading would pass the budget. */
  read(job: Job): void {
    try {
      const { text, outlineOnly, key } = job.request;
      const options = withTerms(job.request.options, job.request.terms);
      const refused = outlineOnly ? null : this.#budget.refuse(job.key, text.length);
      const now = () => this.#timers.now?.() ?? performance.now();
      const started = now();
      const reading = this.#analyser!.read(text, options, outlineOnly || refused !== null, key);
      const ms = now() - started;
      if (refused) {
        this.#log.warn(`${job.key}: ${refused}`);
        job.resolve({ reading: { ...reading, warnings: [...reading.warnings, refused] }, ms, cutShort: refused });
      } else {
        if (!outlineOnly) this.#budget.record(job.key, text.length, ms);
        job.resolve({ reading, ms });
      }
    } catch (error) {
      job.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
