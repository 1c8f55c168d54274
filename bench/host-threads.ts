/**
 * Starting and ending a worker, timed on the host's thread: `new Worker` and
 * `terminate` on the host (as the runner and the lexicon check did at 8b30b27)
 * against a start and an end asked of the starter thread (`threads.ts`, now).
 * Each step runs while a ticker takes every turn of the event loop it is given;
 * reported: the synchronous call itself, the longest gap between two ticks from
 * the call until the worker's first answer (or its end), and of that gap the
 * time the host's thread ran and the time it waited for a core (Linux
 * `/proc/self/task/<pid>/schedstat`; a gap neither ran nor waited in was spent
 * blocked, in the kernel).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ThreadStarter, type Thread } from '../src/vscode/threads';

/** The host thread's time on a core and waiting for one, in ms (zeros where /proc is missing). */
function sched(): [number, number] {
  const file = `/proc/self/task/${process.pid}/schedstat`;
  if (!existsSync(file)) return [0, 0];
  const [run, wait] = readFileSync(file, 'utf8').split(' ').map(Number);
  return [run / 1e6, wait / 1e6];
}

export interface StartHeld {
  /** The synchronous call (`new Worker`, `terminate`, or the starter's `start`). */
  readonly call: number;
  /** The longest gap between two turns, and of it the host thread's time running and waiting for a core. */
  readonly gap: number;
  readonly ran: number;
  readonly waited: number;
}

async function held(step: () => Promise<unknown>): Promise<StartHeld> {
  let last = performance.now();
  let lastSched = sched();
  let gap = 0;
  let ran = 0;
  let waited = 0;
  let running = true;
  const tick = () => {
    const now = performance.now();
    const s = sched();
    if (now - last > gap) [gap, ran, waited] = [now - last, s[0] - lastSched[0], s[1] - lastSched[1]];
    [last, lastSched] = [now, s];
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  await new Promise<void>((resolve) => setTimeout(resolve, 20));
  [last, lastSched, gap] = [performance.now(), sched(), 0];
  const call = (await step()) as number;
  tick();
  running = false;
  return { call, gap, ran, waited };
}

/** Times `make()` synchronously, then waits for the worker's answer to a forget message and a tiny reading. */
async function started(make: () => Thread, out: { worker?: Thread }): Promise<number> {
  const t0 = performance.now();
  const worker = make();
  const call = performance.now() - t0;
  out.worker = worker;
  await new Promise<void>((resolve, reject) => {
    worker.on('message', () => resolve());
    worker.on('error', reject);
    worker.postMessage({ id: 1, key: 'bench', text: 'Exports rose by 5% in 2020.', options: {}, outlineOnly: false });
  });
  return call;
}

async function ended(worker: Thread): Promise<number> {
  const t0 = performance.now();
  const done = worker.terminate();
  const call = performance.now() - t0;
  await done;
  // The exit's join on the thread that made the worker comes after the promise: give it its turns.
  await new Promise<void>((resolve) => setTimeout(resolve, 50));
  return call;
}

/** Rows of the worker-start table: each step's medians over `runs`. */
export async function workerStarts(runs: number, median: (xs: number[]) => number): Promise<string[]> {
  const path = join(__dirname, 'worker.js');
  const options = { resourceLimits: { maxYoungGenerationSizeMb: 96 } };
  const rows = new Map<string, StartHeld[]>();
  const add = (step: string, t: StartHeld) => rows.set(step, [...(rows.get(step) ?? []), t]);
  const threads = new ThreadStarter();
  threads.open();
  for (let run = 0; run < runs; run++) {
    const direct: { worker?: Thread } = {};
    add('start a reading worker: `new Worker` on the host (8b30b27)', await held(() => started(() => new Worker(path, options) as unknown as Thread, direct)));
    add('end it: `terminate` on the host (8b30b27)', await held(() => ended(direct.worker!)));
    const remote: { worker?: Thread } = {};
    add('start a reading worker: asked of the starter thread (now)', await held(() => started(() => threads.start(path, options), remote)));
    add('end it: asked of the starter thread (now)', await held(() => ended(remote.worker!)));
  }
  threads.dispose();
  const out = ['| step | the call, ms | longest gap between turns, ms | of it the host ran, ms | of it the host waited for a core, ms |', '| --- | --- | --- | --- | --- |'];
  for (const [step, row] of rows) {
    const cells = (['call', 'gap', 'ran', 'waited'] as const).map((k) => `${median(row.map((t) => t[k])).toFixed(1)} (max ${Math.max(...row.map((t) => t[k])).toFixed(1)})`);
    out.push(`| ${step} | ${cells.join(' | ')} |`);
  }
  return out;
}
