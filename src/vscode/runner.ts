import { unpackInSlices } from '../core/model/packed';
import { errorFrom, StarterLost, type Thread } from './threads';
import { StarterUse } from './starterUse';
import type { AnalyseOptions } from '../core/analyse';
import type { Analysed, AnalyseRequest, AnalyseResponse, ForgetRequest } from './protocol';
import { HostThread } from './hostThread';
import { endLane } from './laneEnd';
import { DEFAULT_BUDGET_MS, DEFAULT_BUDGET_MS_PER_MB, DEFAULT_PATIENCE_MS, MAX_BUDGET_MS, MAX_RESTARTS, OUT_OF_MEMORY, GLOBAL_TIMERS, type Job, type Lane, type RunnerLog, type RunnerOptions, type RunnerTimers } from './runnerOptions';

export { DEFAULT_BUDGET_MS, DEFAULT_PATIENCE_MS, type RunnerLog, type RunnerOptions, type RunnerTimers } from './runnerOptions';

/**
 * Runs analyses in `worker_threads` Workers, so the extension host never blocks.
 * Requests are keyed by document: a request waiting in the queue is dropped
 * (resolved with `undefined`) when a newer one for the same document comes, so
 * typing queues at most one analysis per document. An analysis already running
 * is not stopped for a newer one; its result still arrives and the caller
 * decides whether it is stale.
 *
 * Readings run one at a time, except that no document waits long for another:
 * once a reading has run past the patience, a second worker reads the other
 * documents beside it (never a second reading of the same document), and is
 * ended when it has nothing left to read. And no reading holds a worker past
 * its time budget: the worker is ended (the only way to stop a thread in the
 * middle of a step), a new one reads the document's outline alone, and the
 * result says why (`Analysed.cutShort`).
 *
 * If the worker cannot start, or keeps crashing, analyses run on the extension
 * host's own thread instead, one at a time, with a warning in the log (hostThread.ts).
 */
export class AnalysisRunner {
  readonly #path: string;
  readonly #log: RunnerLog;
  readonly #lanes: readonly Lane[] = [
    { worker: undefined, running: undefined },
    { worker: undefined, running: undefined },
  ];
  /** A worker has run code: it answered, or ran out of memory reading (it started, whatever its job did). */
  #started = false;
  #crashes = 0;
  #queue: Job[] = [];
  #nextId = 1;
  #disposed = false;
  readonly #budgetMs: number;
  readonly #budgetMsPerMb: number;
  readonly #maxBudgetMs: number;
  readonly #patienceMs: number;
  readonly #timers: RunnerTimers;
  readonly #host: HostThread;
  /** Where the workers start: the starter given, or the runner's own, ended with it. */
  readonly #threads: StarterUse;

  /** @param workerPath absolute path of `dist/worker.js`. */
  constructor(workerPath: string, log: RunnerLog, options: RunnerOptions = {}) {
    this.#path = workerPath;
    this.#log = log;
    this.#budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
    this.#budgetMsPerMb = options.budgetMsPerMb ?? DEFAULT_BUDGET_MS_PER_MB;
    this.#maxBudgetMs = Math.max(this.#budgetMs, options.maxBudgetMs ?? MAX_BUDGET_MS);
    this.#patienceMs = options.patienceMs ?? DEFAULT_PATIENCE_MS;
    this.#timers = options.timers ?? GLOBAL_TIMERS;
    this.#host = new HostThread(workerPath, log, this.#timers, options);
    this.#threads = new StarterUse(options.threads);
  }

  /** True once analyses run on the extension host's thread. */
  get inProcess(): boolean {
    return this.#host.active;
  }

  /** How many workers are running (0 to 2): the second only beside a slow reading. */
  get workers(): number {
    return this.#lanes.filter((lane) => lane.worker).length;
  }

  /**
   * Analyses `text` for document `key`. Resolves with the reading and its cost, or
   * `undefined` when a newer request for the same document replaced this one before it ran.
   */
  run(key: string, text: string, options: AnalyseOptions, outlineOnly: boolean, terms?: string | null): Promise<Analysed | undefined> {
    if (this.#disposed) return Promise.resolve(undefined);
    this.cancel(key);
    return new Promise((resolve, reject) => {
      const request: AnalyseRequest = { id: this.#nextId++, key, text, options, outlineOnly, terms };
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
    this.#host.forget(key);
    if (!this.#host.active) for (const lane of this.#lanes) lane.worker?.postMessage({ forget: key } satisfies ForgetRequest);
  }

  dispose(): void {
    this.#disposed = true;
    for (const job of this.#queue) job.resolve(undefined);
    this.#queue = [];
    for (const lane of this.#lanes) {
      this.#stopTimers(lane.running);
      lane.running?.resolve(undefined);
      lane.running = undefined;
      this.#end(lane);
    }
    this.#threads.dispose();
  }

  /**
   * Starts the waiting readings that may start: in process, one at a time; in
   * workers, in a free lane when every reading running is slow, the first
   * request whose document is not being read. A second worker with nothing left
   * to read is ended.
   */
  #pump(): void {
    if (this.#host.active) {
      const lane = this.#lanes[0];
      if (lane.running || this.#queue.length === 0) return;
      const job = this.#queue.shift()!;
      lane.running = job;
      setImmediate(() => this.#runInProcess(lane, job));
      return;
    }
    for (const lane of this.#lanes) {
      // A lane whose last worker is still being ended waits for its end (no two of its threads at once).
      if (lane.running || lane.ending) continue;
      const busy = this.#lanes.filter((l) => l.running).map((l) => l.running!);
      const i = busy.every((job) => job.slow) ? this.#queue.findIndex((job) => !busy.some((b) => b.key === job.key)) : -1;
      if (i < 0) {
        if (lane !== this.#lanes[0]) this.#end(lane);
        continue;
      }
      const worker = this.#start(lane);
      if (!worker) return this.#pump(); // fell back to the host's thread
      const job = this.#queue.splice(i, 1)[0];
      lane.running = job;
      job.timer = this.#timers.setTimeout(() => this.#overBudget(lane, worker, job), this.#budgetOf(job));
      if (Number.isFinite(this.#patienceMs)) job.patience = this.#timers.setTimeout(() => this.#losePatience(job), this.#patienceMs);
      worker.postMessage(job.request);
    }
  }

  /** A reading past the patience: the documents waiting behind it may be read beside it. */
  #losePatience(job: Job): void {
    job.patience = undefined;
    job.slow = true;
    if (this.#lanes.some((lane) => lane.running === job)) this.#pump();
  }

  #stopTimers(job: Job | undefined): void {
    if (!job) return;
    for (const handle of [job.timer, job.patience]) if (handle !== undefined) this.#timers.clearTimeout(handle);
    job.timer = undefined;
    job.patience = undefined;
  }

  /** Ends a lane's worker; the lane waits for its thread's end, within a bound (laneEnd.ts). */
  #end(lane: Lane): void {
    endLane(lane, this.#timers, this.#log, () => this.#disposed || this.#pump());
  }

  /**
   * A reading past its budget: the worker is ended, and the document is read
   * again for its outline alone (linear, without the markdown parser) before
   * anything else. When a newer version of it already waits, that version is
   * the one outlined (it would most likely overrun too, and a document edited
   * without a pause would otherwise never be shown at all); the next edit tries
   * a full reading again.
   */
  #overBudget(lane: Lane, worker: Thread, job: Job): void {
    job.timer = undefined;
    if (lane.running !== job || lane.worker !== worker) return;
    this.#stopTimers(job);
    lane.running = undefined;
    this.#end(lane);
    const seconds = Math.round(this.#budgetOf(job) / 100) / 10;
    this.#log.warn(`Reading ${job.key} stopped after ${seconds} s (the time budget of one reading); the worker restarts.`);
    if (job.request.outlineOnly) {
      job.reject(new Error(`the outline of ${job.key} took over ${seconds} s`));
      return this.#pump();
    }
    const cutShort = `Reading stopped after ${seconds} s, the time budget of one reading: only the outline is shown.`;
    const waiting = this.#queue.findIndex((w) => w.key === job.key);
    const next = waiting >= 0 ? this.#queue.splice(waiting, 1)[0] : { ...job, request: { ...job.request, id: this.#nextId++ } };
    if (waiting >= 0) job.resolve(undefined);
    this.#queue.unshift({
      key: next.key,
      request: { ...next.request, outlineOnly: true },
      // A version over the size limit is outlined for that reason, not this one.
      resolve: next.request.outlineOnly
        ? next.resolve
        : (result) => next.resolve(result && { ...result, cutShort, reading: { ...result.reading, warnings: [...result.reading.warnings, cutShort] } }),
      reject: next.reject,
    });
    this.#pump();
  }

  /**
   * The time budget of a job's reading: the runner's, or more for a long text's full reading (so much a
   * million characters, up to the cap); an outline alone is one linear pass and keeps the runner's.
   */
  #budgetOf(job: Job): number {
    if (job.request.outlineOnly) return this.#budgetMs;
    return Math.min(this.#maxBudgetMs, Math.max(this.#budgetMs, Math.round((this.#budgetMsPerMb * job.request.text.length) / 1e6)));
  }

  #start(lane: Lane): Thread | undefined {
    if (lane.worker) return lane.worker;
    try {
      // A larger young generation: a re-reading allocates a fresh model each time, and fewer
      // scavenges made re-reading a 1 MB document ~15% faster in the bench.
      // Started by the starter's thread, never the host's (threads.ts).
      const worker = this.#threads.start(this.#path, { resourceLimits: { maxYoungGenerationSizeMb: 96 } });
      worker.on('message', (response: AnalyseResponse) => this.#onMessage(lane, worker, response));
      worker.on('error', (error) => this.#onCrash(lane, worker, error));
      worker.on('exit', (code) => {
        if (lane.worker === worker && !this.#disposed) this.#onCrash(lane, worker, new Error(`worker exited with code ${code}`));
      });
      lane.worker = worker;
      return worker;
    } catch (error) {
      this.#host.fallBack(error);
      return undefined;
    }
  }

  #onMessage(lane: Lane, worker: Thread, response: AnalyseResponse): void {
    const job = lane.running;
    if (worker !== lane.worker || !job || job.request.id !== response.id) return;
    this.#stopTimers(job);
    this.#started = true;
    lane.running = undefined;
    if (response.ok) {
      // In slices: a large model never holds the extension host's thread for long.
      const { packed, ms, reuse, policy } = response;
      unpackInSlices(packed).then(
        (reading) => job.resolve({ reading, ms, reuse, policy }),
        (error: unknown) => job.reject(error instanceof Error ? error : new Error(String(error))),
      );
    } else {
      job.reject(errorFrom(response)); // the worker's own error, its name and code kept
    }
    this.#pump();
  }

  #onCrash(lane: Lane, worker: Thread, error: Error): void {
    if (worker !== lane.worker) return;
    this.#end(lane);
    const job = lane.running;
    this.#stopTimers(job);
    lane.running = undefined;
    if (error instanceof StarterLost) {
      // Not the worker's fault nor the job's: read it again from a new starter (threads.ts
      // counts the loss once, and after too many the next start falls back to the host).
      if (job) {
        this.#log.warn(`Reading ${job.key} interrupted (${error.message}); it is read again.`);
        job.slow = false;
        this.#queue.unshift(job);
      }
      return this.#pump();
    }
    const code = (error as { code?: unknown }).code;
    this.#log.error(`Analysis worker failed: ${error.message}${code === undefined ? '' : ` (${String(code)})`}`);
    // Out of memory is the job's fault, not the worker's: no crash counted.
    if (code !== OUT_OF_MEMORY) this.#crashes++;
    if (code === OUT_OF_MEMORY) {
      // The worker did start (it ran out of memory reading). Never read it here instead (it could take the host down); the next reading starts a new worker.
      this.#started = true;
      job?.reject(errorFrom({ message: `analysis worker ran out of memory reading ${job.key}: ${error.message}`, code }));
    } else if (!this.#started) {
      // A worker that never ran (never answered, never ran out of memory) cannot start here: run the job in process instead.
      this.#host.fallBack(error);
      if (job) this.#queue.unshift(job);
    } else {
      // The job may be what crashed it (memory): never retry it, so it cannot crash the host too.
      job?.reject(errorFrom({ message: `analysis worker crashed: ${error.message}`, code: code as string | number | undefined }));
      if (this.#crashes > MAX_RESTARTS) this.#host.fallBack(error);
    }
    this.#pump();
  }

  #runInProcess(lane: Lane, job: Job): void {
    if (lane.running !== job) return;
    this.#host.read(job);
    lane.running = undefined;
    this.#pump();
  }
}
