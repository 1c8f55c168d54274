import { EventEmitter } from 'node:events';
import { MessageChannel, SHARE_ENV, Worker, type MessagePort, type ResourceLimits, type WorkerOptions } from 'node:worker_threads';
import { STARTER_CODE } from './starterCode';

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

/** Host → starter, on the starter's own port. */
type Order =
  | { readonly op: 'start'; readonly id: number; readonly path: string; readonly options: ThreadOptions; readonly port: MessagePort }
  | { readonly op: 'post'; readonly id: number; readonly message: unknown; readonly transfer: readonly ArrayBuffer[] }
  | { readonly op: 'end'; readonly id: number };

/** How an error crosses a thread: its message, and its stack, name and code when it had them. */
export interface ErrorReport {
  readonly message: string;
  readonly stack?: string;
  readonly name?: string;
  readonly code?: string | number;
}

/** Starter → host about one worker, on that worker's own port, in the order they happened. */
type Report =
  | { readonly kind: 'message'; readonly message: unknown }
  | ({ readonly kind: 'error'; readonly starter?: true } & ErrorReport)
  | { readonly kind: 'exit'; readonly code: number };

/** Starter → host on the starter's own port: worker `id`, ended as the host asked, has stopped. */
interface Ended {
  readonly id: number;
  readonly kind: 'ended';
}

/** An error as the thread that threw it told it: its name and code kept (`ERR_WORKER_OUT_OF_MEMORY`, …). */
export function errorFrom(report: ErrorReport, make: (message: string) => Error = (message) => new Error(message)): Error & { code?: string | number } {
  const error: Error & { code?: string | number } = make(report.message);
  if (report.name && error.name === 'Error') error.name = report.name;
  if (report.stack) error.stack = report.stack;
  if (report.code !== undefined) error.code = report.code;
  return error;
}

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
  /** The workers alive or being ended, by id. */
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
      thread = this.#make(STARTER_CODE, { eval: true, env: SHARE_ENV });
    } catch (error) {
      this.#failed = error instanceof Error ? error : new Error(String(error));
      throw this.#failed;
    }
    this.#opened++;
    thread.on('message', (report: Ended) => {
      const worker = this.#workers.get(report.id);
      this.#workers.delete(report.id);
      worker?.ended();
    });
    const lost = (error: Error) => {
      if (this.#thread !== thread) return;
      this.#thread = undefined;
      if (++this.#losses > MAX_STARTER_LOSSES) this.#failed = new Error(`the thread that starts workers stopped ${this.#losses} times (last: ${error.message})`);
      const workers = [...this.#workers.values()];
      this.#workers.clear();
      for (const worker of workers) {
        worker.receive({ kind: 'error', message: `the thread that started it stopped: ${error.message}`, starter: true });
        worker.receive({ kind: 'exit', code: 1 });
        worker.ended();
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
    const { port1, port2 } = new MessageChannel();
    const worker = new RemoteWorker(id, port1, (order) => this.#send(thread, order), (gone) => {
      if (gone) this.#workers.delete(id);
      this.#refresh();
    });
    this.#workers.set(id, worker);
    thread.postMessage({ op: 'start', id, path, options, port: port2 } satisfies Order, [port2]);
    this.#refresh();
    return worker;
  }

  /** Sends an order; false when the starter it was meant for has ended (and its workers with it). */
  #send(thread: Worker, order: Order): boolean {
    if (thread !== this.#thread) return false;
    thread.postMessage(order, order.op === 'post' ? [...order.transfer] : []);
    return true;
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
    const workers = [...this.#workers.values()];
    this.#workers.clear();
    for (const worker of workers) worker.ended();
    void thread?.terminate();
  }
}

/**
 * A worker started by a {@link ThreadStarter}: its messages, errors and exit come
 * over a port of its own. {@link terminate} closes that port at once (what the
 * worker sent after is dropped undecoded) and resolves when the starter says the
 * worker's thread has stopped.
 */
export class RemoteWorker extends EventEmitter implements Thread {
  readonly id: number;
  readonly #port: MessagePort;
  readonly #send: (order: Order) => boolean;
  /** Called when the worker no longer holds the process; `gone` once the host need not hear of it again. */
  readonly #changed: (gone: boolean) => void;
  #holds = true;
  #exited = false;
  #ending: Promise<void> | undefined;
  #resolveEnding: (() => void) | undefined;
  #decoded = 0;

  constructor(id: number, port: MessagePort, send: (order: Order) => boolean, changed: (gone: boolean) => void) {
    super();
    this.id = id;
    this.#port = port;
    this.#send = send;
    this.#changed = changed;
    port.on('message', (report: Report) => {
      this.#decoded++;
      this.receive(report);
    });
    port.unref(); // the starter thread holds the process, as {@link holds} says
  }

  /** True while this worker keeps the process alive. */
  get holds(): boolean {
    return this.#holds && !this.#exited;
  }

  /** How many reports about this worker the host has decoded (none arrives after {@link terminate}). */
  get decoded(): number {
    return this.#decoded;
  }

  postMessage(value: unknown, transfer: readonly ArrayBuffer[] = []): void {
    if (!this.#exited) this.#send({ op: 'post', id: this.id, message: value, transfer });
  }

  /**
   * Ends the worker: its port is closed now, so nothing it sent after is decoded
   * here, and no `exit` is emitted. Resolves once its thread has stopped (at
   * once for a worker that had already exited).
   */
  terminate(): Promise<void> {
    if (this.#ending) return this.#ending;
    const alive = !this.#exited;
    this.#exited = true;
    this.#port.close();
    this.#changed(false);
    this.#ending = new Promise<void>((resolve) => (this.#resolveEnding = resolve));
    if (!alive || !this.#send({ op: 'end', id: this.id })) this.ended();
    return this.#ending;
  }

  /** The worker's thread has stopped (the starter said so, or the starter itself ended). */
  ended(): void {
    this.#exited = true;
    this.#port.close();
    this.#resolveEnding?.();
    this.#ending ??= Promise.resolve();
  }

  unref(): void {
    this.#holds = false;
    this.#changed(false);
  }

  /** A report of the starter about this worker. */
  receive(report: Report): void {
    if (this.#exited) return;
    if (report.kind === 'message') this.emit('message', report.message);
    else if (report.kind === 'error') {
      const error = errorFrom(report, report.starter ? (message) => new StarterLost(message) : undefined);
      if (this.listenerCount('error') > 0) this.emit('error', error);
    } else {
      this.#exited = true;
      this.#port.close();
      this.#changed(true);
      this.emit('exit', report.code);
    }
  }
}
