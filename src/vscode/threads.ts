import { EventEmitter } from 'node:events';
import { SHARE_ENV, Worker, type ResourceLimits, type WorkerOptions } from 'node:worker_threads';

/**
 * Starting a thread holds the thread that starts it: `new Worker` creates the
 * thread there and then (`startThread`), which took 8 ms on a quiet machine and
 * 27–168 ms on a loaded one in our measures (the new thread's stack is mapped
 * and the thread created while other threads of the process compete for the
 * two cores), and ending one joins it there. So the extension host starts one
 * thread of its own, once: the starter. Every worker after it (the readings'
 * workers, a second one beside a slow reading, one restarted after the time
 * budget, the lexicon check's) is started and ended by the starter, and its
 * messages pass through it, so neither the start nor the end of a worker ever
 * runs on the host's thread.
 */

/** What a worker is started with (`workerData` and `resourceLimits` of `new Worker`). */
export interface ThreadOptions {
  readonly workerData?: unknown;
  readonly resourceLimits?: ResourceLimits;
}

/** The parts of a `Worker` the runner and the lexicon check use; a {@link RemoteWorker} has them. */
export interface Thread {
  postMessage(value: unknown, transfer?: readonly ArrayBuffer[]): void;
  on(event: 'message', listener: (value: any) => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
  on(event: 'exit', listener: (code: number) => void): this;
  terminate(): Promise<unknown>;
  unref(): void;
}

/** Host → starter. */
type Order =
  | { readonly op: 'start'; readonly id: number; readonly path: string; readonly options: ThreadOptions }
  | { readonly op: 'post'; readonly id: number; readonly message: unknown; readonly transfer: readonly ArrayBuffer[] }
  | { readonly op: 'end'; readonly id: number };

/** Starter → host, about worker `id`. */
type Report =
  | { readonly id: number; readonly kind: 'message'; readonly message: unknown }
  | { readonly id: number; readonly kind: 'error'; readonly message: string; readonly stack?: string; readonly starter?: true }
  | { readonly id: number; readonly kind: 'exit'; readonly code: number };

/**
 * The starter's own code, run with `eval` (no file to ship or to find). The
 * buffers of a worker's answer (a packed model's typed arrays) are handed on,
 * not copied: those of the answer's objects, three levels down.
 */
const STARTER = `
const { parentPort, Worker } = require('node:worker_threads');
const workers = new Map();
const report = (id, kind, more, transfer) => parentPort.postMessage({ id, kind, ...more }, transfer);
const failure = (error) => ({ message: String((error && error.message) || error), stack: error && error.stack });
function buffers(value, depth, found) {
  if (!value || typeof value !== 'object' || depth > 3) return found;
  if (value instanceof ArrayBuffer) found.add(value);
  else if (ArrayBuffer.isView(value)) { if (value.buffer instanceof ArrayBuffer) found.add(value.buffer); }
  else if (!Array.isArray(value)) for (const key of Object.keys(value)) buffers(value[key], depth + 1, found);
  return found;
}
parentPort.on('message', (order) => {
  const { id } = order;
  if (order.op === 'post') return void workers.get(id)?.postMessage(order.message, order.transfer);
  if (order.op === 'end') return void workers.get(id)?.terminate();
  let worker;
  try {
    worker = new Worker(order.path, order.options);
  } catch (error) {
    report(id, 'error', failure(error));
    return report(id, 'exit', { code: 1 });
  }
  workers.set(id, worker);
  worker.on('message', (message) => report(id, 'message', { message }, [...buffers(message, 0, new Set())]));
  worker.on('error', (error) => report(id, 'error', failure(error)));
  worker.on('exit', (code) => {
    workers.delete(id);
    report(id, 'exit', { code });
  });
});
`;

/** Starter threads that may be lost before the starter gives up (one is replaced; the next loss is final). */
export const MAX_STARTER_LOSSES = 1;

/**
 * The error a worker reports when the starter thread that started it stopped:
 * no fault of the worker nor of its job (the runner reads the job again and
 * counts no crash; the lexicon store checks the file again).
 */
export class StarterLost extends Error {
  override readonly name = 'StarterLost';
}

/**
 * Starts workers from a thread of its own (see the top of this file). The
 * starter thread is made at the first {@link start} or {@link open}; if it
 * ends, the next start makes another, once ({@link MAX_STARTER_LOSSES}). A
 * starter that cannot start, or is lost again, is remembered: every later
 * start throws at once, without trying to make a thread again. It keeps the
 * process alive only while a worker it started does (the workers of the
 * lexicon check do not).
 */
export class ThreadStarter {
  #thread: Worker | undefined;
  readonly #workers = new Map<number, RemoteWorker>();
  #next = 1;
  #opened = 0;
  #losses = 0;
  #failed: Error | undefined;
  #disposed = false;
  readonly #make: (code: string, options: WorkerOptions) => Worker;

  /** @param make how the starter thread is made (`new Worker`; tests pass their own to lose it or fail it). */
  constructor(make: (code: string, options: WorkerOptions) => Worker = (code, options) => new Worker(code, options)) {
    this.#make = make;
  }

  /** How many starter threads the host has made (one, unless one ended). */
  get opened(): number {
    return this.#opened;
  }

  /** How many starter threads were lost (ended while the host still used them). */
  get losses(): number {
    return this.#losses;
  }

  /** Why no starter can be had any more (it could not start, or was lost too often); undefined while one can. */
  get failed(): Error | undefined {
    return this.#failed;
  }

  /** Makes the starter thread now (at a quiet moment, such as after activation), if it is not there yet. Throws when no thread can start (and at every call after). */
  open(): void {
    if (this.#failed) throw this.#failed;
    if (this.#disposed || this.#thread) return;
    let thread: Worker;
    try {
      thread = this.#make(STARTER, { eval: true, env: SHARE_ENV });
    } catch (error) {
      this.#failed = error instanceof Error ? error : new Error(String(error));
      throw this.#failed;
    }
    this.#opened++;
    thread.on('message', (report: Report) => {
      const worker = this.#workers.get(report.id);
      if (report.kind === 'exit') this.#workers.delete(report.id);
      worker?.receive(report);
    });
    const lost = (error: Error) => {
      if (this.#thread !== thread) return;
      this.#thread = undefined;
      if (++this.#losses > MAX_STARTER_LOSSES) this.#failed = new Error(`the thread that starts workers stopped ${this.#losses} times (last: ${error.message})`);
      const workers = [...this.#workers.values()];
      this.#workers.clear();
      for (const worker of workers) {
        worker.receive({ id: worker.id, kind: 'error', message: `the thread that started it stopped: ${error.message}`, starter: true });
        worker.receive({ id: worker.id, kind: 'exit', code: 1 });
      }
    };
    thread.on('error', lost);
    thread.on('exit', (code) => lost(new Error(`exit code ${code}`)));
    thread.unref();
    this.#thread = thread;
  }

  /** Starts the worker at `path` from the starter thread; throws only when the starter itself cannot start. */
  start(path: string, options: ThreadOptions = {}): RemoteWorker {
    if (this.#disposed) throw new Error('the thread starter is closed');
    this.open();
    const thread = this.#thread!;
    const id = this.#next++;
    const worker = new RemoteWorker(id, (order) => this.#send(thread, order), () => this.#refresh());
    this.#workers.set(id, worker);
    this.#send(thread, { op: 'start', id, path, options });
    this.#refresh();
    return worker;
  }

  #send(thread: Worker, order: Order): void {
    if (thread !== this.#thread) return; // the starter ended: so did its workers
    if (order.op === 'end') this.#workers.delete(order.id);
    thread.postMessage(order, order.op === 'post' ? [...order.transfer] : []);
  }

  /** Holds the process open while a worker that does is alive. */
  #refresh(): void {
    if (![...this.#workers.values()].some((worker) => worker.holds)) this.#thread?.unref();
    else this.#thread?.ref();
  }

  /** Ends the starter, and with it every worker it started. */
  dispose(): void {
    this.#disposed = true;
    const thread = this.#thread;
    this.#thread = undefined;
    this.#workers.clear();
    void thread?.terminate();
  }
}

/** A worker started by a {@link ThreadStarter}: its messages, errors and exit come through the starter. */
export class RemoteWorker extends EventEmitter implements Thread {
  readonly id: number;
  readonly #send: (order: Order) => void;
  readonly #changed: () => void;
  #holds = true;
  #exited = false;

  constructor(id: number, send: (order: Order) => void, changed: () => void) {
    super();
    this.id = id;
    this.#send = send;
    this.#changed = changed;
  }

  /** True while this worker keeps the process alive. */
  get holds(): boolean {
    return this.#holds && !this.#exited;
  }

  postMessage(value: unknown, transfer: readonly ArrayBuffer[] = []): void {
    if (!this.#exited) this.#send({ op: 'post', id: this.id, message: value, transfer });
  }

  /** Asks the starter to end the worker; its `exit` is not reported after this. */
  terminate(): Promise<void> {
    if (!this.#exited) this.#send({ op: 'end', id: this.id });
    this.#exited = true;
    this.#changed();
    return Promise.resolve();
  }

  unref(): void {
    this.#holds = false;
    this.#changed();
  }

  /** A report of the starter about this worker. */
  receive(report: Report): void {
    if (this.#exited) return;
    if (report.kind === 'message') this.emit('message', report.message);
    else if (report.kind === 'error') {
      const error = report.starter ? new StarterLost(report.message) : new Error(report.message);
      if (report.stack) error.stack = report.stack;
      if (this.listenerCount('error') > 0) this.emit('error', error);
    } else {
      this.#exited = true;
      this.#changed();
      this.emit('exit', report.code);
    }
  }
}
