import { strict as assert } from 'node:assert';
import { EventEmitter } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { AnalysisRunner } from '../../src/vscode/runner';
import { ThreadStarter, type Thread } from '../../src/vscode/threads';
import { StarterUse } from '../../src/vscode/starterUse';
import { LexiconChecker } from '../../src/vscode/lexiconCheck';
import { ENDING_WAIT_MS, endLane } from '../../src/vscode/laneEnd';
import type { Lane } from '../../src/vscode/runnerOptions';
import { readLexiconForHost, readLexiconForHostInSlices } from '../../src/vscode/lexiconText';
import { lexiconWith } from '../../src/core/lexicon';
import type { Slices } from '../../src/core/model/slices';

/**
 * Issue #14, the review of session 20's starter: a late answer is never decoded
 * on the host, `terminate` waits for the thread's end and a lane for it, errors
 * keep their name and code, the lexicon check on the host runs in slices, one
 * piece of code decides whose starter is ended, and a reader's terms are
 * stringified once per change. No test here times anything: sleeps only give
 * the threads their turns.
 */

const sleepHere = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const turns = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

/** A worker of our own: flags[0] is set once it has answered (or started to spin), flags[1] counts while it spins. */
const SPINNER = `
const { parentPort, workerData } = require('node:worker_threads');
const flags = new Int32Array(workerData.shared);
const spin = () => { Atomics.store(flags, 0, 1); Atomics.notify(flags, 0); for (;;) Atomics.add(flags, 1, 1); };
parentPort.on('message', (m) => {
  if (m === 'answer, then spin') { parentPort.postMessage({ answer: 'x'.repeat(100000) }); spin(); }
  if (m === 'spin') spin();
  if (m === 'throw') throw Object.assign(new RangeError('the nesting is too deep'), { code: 'E_POLICY_LENS_DEEP' });
});
`;

function file(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'policy-lens-s21-')), 'worker.js');
  writeFileSync(path, text);
  return path;
}

describe('A worker ended by the host (issue #14, session 21)', function () {
  this.timeout(20_000);
  let threads: ThreadStarter | undefined;
  afterEach(() => threads?.dispose());

  it('Drops an answer that comes after the host ended the worker, without decoding it', async () => {
    threads = new ThreadStarter();
    const shared = new SharedArrayBuffer(8);
    const flags = new Int32Array(shared);
    const worker = threads.start(file(SPINNER), { workerData: { shared } });
    const heard: unknown[] = [];
    worker.on('message', (m) => heard.push(m));
    worker.postMessage('answer, then spin');
    // The host's thread is held until the worker has answered, and a while more for the starter to pass the answer on.
    assert.equal(Atomics.wait(flags, 0, 0, 10_000), 'ok');
    sleepHere(100);
    const ended = worker.terminate();
    await ended;
    await turns(50);
    assert.deepEqual(heard, [], 'no message after terminate');
    assert.equal(worker.decoded, 0, 'the late answer was never decoded on the host');
  });

  it('Resolves terminate only once the worker’s thread has stopped', async () => {
    threads = new ThreadStarter();
    const shared = new SharedArrayBuffer(8);
    const flags = new Int32Array(shared);
    const worker = threads.start(file(SPINNER), { workerData: { shared } });
    worker.postMessage('spin');
    assert.equal(Atomics.wait(flags, 0, 0, 10_000), 'ok');
    await worker.terminate();
    const counted = Atomics.load(flags, 1);
    sleepHere(50);
    assert.equal(Atomics.load(flags, 1), counted, 'the thread no longer runs when terminate resolves');
    assert.equal(await worker.terminate(), undefined, 'a second terminate resolves too');
  });

  it('Keeps terminate waiting until the starter says the thread has stopped', async () => {
    // A starter thread the test plays: it records the orders and answers `ended` when told.
    const orders: { op: string; id: number }[] = [];
    const fakeThread = Object.assign(new EventEmitter(), {
      postMessage: (order: { op: string; id: number }) => void orders.push(order),
      unref() {},
      ref() {},
      terminate: async () => 0,
    });
    threads = new ThreadStarter(() => fakeThread as unknown as Worker);
    const worker = threads.start('/no/worker.js');
    let resolved = false;
    const ending = worker.terminate().then(() => (resolved = true));
    await turns(20);
    assert.deepEqual(orders.map((o) => o.op), ['start', 'end']);
    assert.equal(resolved, false, 'not resolved before the thread has stopped');
    fakeThread.emit('message', { id: worker.id, kind: 'ended' });
    await ending;
    assert.equal(resolved, true);
  });

  it('Keeps the name and code of a worker’s error, and the code of a worker that cannot load', async () => {
    threads = new ThreadStarter();
    const worker = threads.start(file(SPINNER), { workerData: { shared: new SharedArrayBuffer(8) } });
    const error = new Promise<Error & { code?: unknown }>((resolve) => worker.once('error', resolve));
    worker.postMessage('throw');
    const thrown = await error;
    assert.equal(thrown.name, 'RangeError');
    assert.equal(thrown.code, 'E_POLICY_LENS_DEEP');
    assert.match(thrown.message, /nesting is too deep/);
    const missing = threads.start(join(tmpdir(), 'no-such-policy-lens-s21.js'));
    const lost = await new Promise<Error & { code?: unknown }>((resolve) => missing.once('error', resolve));
    assert.match(String(lost.code), /MODULE_NOT_FOUND/);
  });
});

/** A thread the test drives: it records what it is sent, answers when told, and ends only when the test says. */
class FakeThread extends EventEmitter implements Thread {
  readonly posted: { id: number; text: string; outlineOnly: boolean }[] = [];
  terminated = false;
  #end: (() => void) | undefined;
  postMessage(value: unknown): void {
    this.posted.push(value as FakeThread['posted'][number]);
  }
  terminate(): Promise<void> {
    this.terminated = true;
    return new Promise((resolve) => (this.#end = resolve));
  }
  unref(): void {}
  /** The thread has stopped. */
  stop(): void {
    this.#end?.();
  }
  answer(id: number, warnings: string[]): void {
    const packed = { format: 'plain', bomRemoved: false, sections: [], warnings, strings: [], entities: [], ints: new Int32Array(0), floats: new Float64Array(0),
      layout: { blocks: 0, claims: 0, cues: 0, claimFigures: 0, claimEntities: 0, figures: 0, mentions: 0 } };
    this.emit('message', { id, ok: true, packed, ms: 1 });
  }
}

/** A starter of fake threads (the runner asks only `start`, `failed` and, for its own, `dispose`). */
function fakeStarter() {
  const started: FakeThread[] = [];
  let disposed = 0;
  const threads = {
    start: () => {
      const thread = new FakeThread();
      started.push(thread);
      return thread;
    },
    failed: undefined,
    dispose: () => void disposed++,
  } as unknown as ThreadStarter;
  return { threads, started, disposed: () => disposed };
}

const quiet = { debug() {}, info() {}, warn() {}, error() {} };

/** Timers that fire when the test says: `expire(ms)` runs the oldest timer set for `ms`. */
function manualTimers() {
  const due = new Map<number, { run: () => void; ms: number }>();
  let ids = 0;
  return {
    setTimeout: (run: () => void, ms: number) => (due.set(++ids, { run, ms }), ids),
    clearTimeout: (handle: unknown) => void due.delete(handle as number),
    expire: (ms: number) => {
      const [id, timer] = [...due].find(([, t]) => t.ms === ms)!;
      due.delete(id);
      timer.run();
    },
  };
}

describe('The runner and its workers’ ends and errors (issue #14, session 21)', () => {
  it('Starts no new worker in a lane until the one it ended after the time budget has stopped', async () => {
    const fake = fakeStarter();
    const timers = manualTimers();
    const runner = new AnalysisRunner('/no/worker.js', quiet, { budgetMs: 8000, patienceMs: 50, timers, threads: fake.threads });
    try {
      const a = runner.run('a', 'a long text', {}, false);
      timers.expire(50); // a is slow: b is read beside it
      const b = runner.run('b', 'another text', {}, false);
      assert.equal(fake.started.length, 2);
      timers.expire(8000); // a's budget: its worker is ended, its outline waits
      assert.equal(fake.started[0].terminated, true);
      fake.started[0].answer(fake.started[0].posted[0].id, ['late, full']); // a late answer: dropped
      timers.expire(50); // b is slow too: the outline may go beside it, but only in a lane with no thread running
      await turns();
      assert.equal(fake.started.length, 2, 'no third worker while the first still runs');
      fake.started[0].stop();
      await turns();
      assert.equal(fake.started.length, 3, 'the lane’s next worker once the first has stopped');
      const outline = fake.started[2].posted[0];
      assert.equal(outline.outlineOnly, true);
      fake.started[2].answer(outline.id, ['outline']);
      const result = await a;
      assert.match(result?.cutShort ?? '', /time budget/);
      assert.deepEqual(result?.reading.warnings.slice(0, 1), ['outline'], 'the late full answer was not taken');
      fake.started[1].answer(fake.started[1].posted[0].id, ['b']);
      assert.deepEqual((await b)?.reading.warnings, ['b']);
    } finally {
      runner.dispose();
    }
    assert.equal(fake.disposed(), 0, 'a starter given is left to its maker');
  });

  it('Rejects with the worker’s own error name and code', async () => {
    const fake = fakeStarter();
    const runner = new AnalysisRunner('/no/worker.js', quiet, { patienceMs: Infinity, threads: fake.threads });
    try {
      const reading = runner.run('a', 'text', {}, false);
      const id = fake.started[0].posted[0].id;
      fake.started[0].emit('message', { id, ok: false, message: 'the nesting is too deep', name: 'RangeError', code: 'E_POLICY_LENS_DEEP' });
      const error = await reading.then(() => undefined, (e: Error & { code?: unknown }) => e);
      assert.equal(error?.name, 'RangeError');
      assert.equal(error?.code, 'E_POLICY_LENS_DEEP');
      assert.equal(error?.message, 'the nesting is too deep');
    } finally {
      runner.dispose();
    }
  });

  it('Never reads on the host a document that ran the worker out of memory, even before any answer; the next reading gets a new worker', async () => {
    const fake = fakeStarter();
    const runner = new AnalysisRunner('/no/worker.js', quiet, { patienceMs: Infinity, threads: fake.threads });
    try {
      const reading = runner.run('huge', 'text', {}, false);
      const oom = Object.assign(new Error('Worker terminated due to reaching memory limit: JS heap out of memory'), { code: 'ERR_WORKER_OUT_OF_MEMORY' });
      fake.started[0].emit('error', oom);
      const error = await reading.then(() => undefined, (e: Error & { code?: unknown }) => e);
      assert.equal(error?.code, 'ERR_WORKER_OUT_OF_MEMORY');
      assert.match(error?.message ?? '', /ran out of memory reading huge/);
      assert.equal(runner.inProcess, false, 'not fallen back to the host');
      fake.started[0].stop();
      await turns();
      const next = runner.run('small', 'text', {}, false);
      assert.equal(fake.started.length, 2);
      fake.started[1].answer(fake.started[1].posted[0].id, ['small']);
      assert.deepEqual((await next)?.reading.warnings, ['small']);
    } finally {
      runner.dispose();
    }
  });

  it('Ends a starter of its own with it, and leaves a given one alone', () => {
    const own = new StarterUse();
    own.dispose();
    assert.throws(() => own.start(file(SPINNER)), /closed/);
    const fake = fakeStarter();
    new StarterUse(fake.threads).dispose();
    assert.equal(fake.disposed(), 0);
  });
});

/** Slices that always say a slice is due, counting the turns they give. */
function everyStep(): Slices & { given: number } {
  const slices = {
    given: 0,
    due: () => true,
    turn: async () => {
      slices.given++;
      await new Promise<void>((resolve) => setImmediate(resolve));
    },
  };
  return slices as unknown as Slices & { given: number };
}

describe('The lexicon check on the host’s thread (issue #14, session 21)', function () {
  this.timeout(20_000);
  const encode = (text: string) => new TextEncoder().encode(text);
  const files = [
    '{ "economic": { "tariff": 2, "levy*": 1.5 } }',
    '// the reader\'s terms\n{ "economic": { "tariff": 2, }, /* more */ "military": { "frigate": 3 }, }',
    '{ "economic": { "bad term!": 2, "tariff": 40, "__proto__": 7 }, "colour": {}, "military": [1, { "a": 2 }] }',
    '{ "economic": { "tariff": 2 "levy": 1 } }',
    '[1, 2, 3]',
    '',
    '\uFEFF{ "geopolitical": { "ententé": 2 } }',
  ];

  it('Reads a file in slices to what the worker reads in one go', async () => {
    for (const text of files) {
      const slices = everyStep();
      assert.deepEqual(await readLexiconForHostInSlices(encode(text), 101, slices), readLexiconForHost(text.replace(/^\uFEFF/, ''), 101), text);
    }
  });

  it('Gives the event loop turns while it reads a big file, whose problems are all counted', async () => {
    const terms = Array.from({ length: 20_000 }, (_, i) => `"term ${i}": ${11 + i}`).join(',\n');
    const text = `{ "economic": {\n${terms}\n} }`;
    const slices = everyStep();
    const read = (await readLexiconForHostInSlices(encode(text), 101, slices))!;
    assert.equal(read.count, 20_000);
    assert.equal(read.problems.length, 101);
    assert.equal(read.problems[100].start.line, 101);
    assert.ok(slices.given > 10, `${slices.given} turns`);
  });

  it('Checks on the host’s thread, between the event loop’s turns, when no worker can start', async () => {
    const threads = new ThreadStarter(() => {
      throw new Error('no thread');
    });
    const checker = new LexiconChecker(file(SPINNER), threads);
    try {
      const terms = Array.from({ length: 50_000 }, (_, i) => `"term${i}": 2`).join(',');
      let turnsMeanwhile = 0;
      let reading = true;
      const count = () => {
        if (!reading) return;
        turnsMeanwhile++;
        setImmediate(count);
      };
      setImmediate(count);
      const read = (await checker.check(encode(`{ "military": { ${terms} } }`)))!;
      reading = false;
      assert.equal(read.count, 0);
      assert.equal(Object.keys(JSON.parse(read.terms ?? '{}').military).length, 50_000);
      assert.ok(turnsMeanwhile > 1, `the event loop ran ${turnsMeanwhile} times meanwhile`);
    } finally {
      checker.dispose();
    }
  });
});

describe('A reader’s terms compiled once per change (issue #14, session 21)', () => {
  it('Reads the same terms object once, however many readings use it', () => {
    let reads = 0;
    const economic: Record<string, number> = {};
    Object.defineProperty(economic, 'harbour dues', { enumerable: true, get: () => (reads++, 2) });
    const extra = { economic };
    const first = lexiconWith(extra);
    const after = reads;
    for (let i = 0; i < 5; i++) assert.equal(lexiconWith(extra), first);
    assert.equal(reads, after, 'not stringified again');
    const same = lexiconWith({ economic: { 'harbour dues': 2 } });
    assert.equal(same, first, 'another object with the same terms keeps the compiled lexicon');
  });
});

describe('The review of host21: crashes counted, waits bounded, checks settled (issue #14, session 21)', () => {
  const encode = (text: string) => new TextEncoder().encode(text);
  const oom = () => Object.assign(new Error('Worker terminated due to reaching memory limit: JS heap out of memory'), { code: 'ERR_WORKER_OUT_OF_MEMORY' });
  const settled = (promise: Promise<unknown>) =>
    Promise.race([promise.then(() => 'resolved', () => 'rejected'), new Promise((resolve) => setImmediate(() => resolve('pending')))]);

  /** Runs document `key` in the next worker the fake starter gives, and lets that worker fail with `error` and stop. */
  async function failNext(runner: AnalysisRunner, fake: ReturnType<typeof fakeStarter>, key: string, error: Error): Promise<string> {
    const outcome = runner.run(key, 'text', {}, false).then(() => 'resolved', (e: Error) => e.message);
    const worker = fake.started[fake.started.length - 1];
    worker.emit('error', error);
    worker.stop();
    await turns();
    return outcome;
  }

  it('Takes a worker that ran out of memory for one that started: a crash after it rejects the reading and stays in workers', async () => {
    const fake = fakeStarter();
    const runner = new AnalysisRunner('/no/worker.js', quiet, { patienceMs: Infinity, threads: fake.threads });
    try {
      assert.match(await failNext(runner, fake, 'huge', oom()), /ran out of memory reading huge/);
      assert.match(await failNext(runner, fake, 'other', new Error('a native crash')), /analysis worker crashed: a native crash/);
      assert.equal(runner.inProcess, false, 'not moved to the host’s thread');
    } finally {
      runner.dispose();
    }
  });

  it('Counts no crash for a worker out of memory, and still moves to the host after more crashes than the limit', async () => {
    const fake = fakeStarter();
    const runner = new AnalysisRunner('/no/worker.js', quiet, { patienceMs: Infinity, threads: fake.threads });
    try {
      const first = runner.run('a', 'text', {}, false);
      fake.started[0].answer(fake.started[0].posted[0].id, ['a']);
      await first;
      for (let i = 0; i < 3; i++) await failNext(runner, fake, `huge ${i}`, oom());
      await failNext(runner, fake, 'b', new Error('a native crash'));
      assert.equal(runner.inProcess, false, 'three readings out of memory and one crash: still in workers');
      // The near miss: crashes past the limit do move the readings to the host's thread.
      for (let i = 0; i < 3; i++) await failNext(runner, fake, `c ${i}`, new Error('a native crash'));
      assert.equal(runner.inProcess, true, 'four crashes: on the host');
    } finally {
      runner.dispose();
    }
  });

  it('Frees a lane whose ended worker never stops, after a bounded wait, with a warning; a worker that stops frees it without one', async () => {
    const timers = manualTimers();
    const warnings: string[] = [];
    const log = { ...quiet, warn: (m: string) => void warnings.push(m) };
    let freed = 0;
    const stuck = new FakeThread();
    const lane: Lane = { worker: stuck, running: undefined };
    endLane(lane, timers, log, () => freed++);
    assert.equal(stuck.terminated, true);
    await turns();
    assert.ok(lane.ending && freed === 0, 'the lane waits for the thread’s end');
    timers.expire(ENDING_WAIT_MS);
    await turns();
    assert.equal(lane.ending, undefined, 'the lane goes on after the bounded wait');
    assert.equal(freed, 1);
    assert.ok(warnings.some((w) => /had not stopped/.test(w)), warnings.join('\n'));
    stuck.stop(); // stopping later frees nothing twice
    await turns();
    assert.equal(freed, 1);
    // The near miss: a worker that stops in time frees its lane, with no warning and no wait left.
    warnings.length = 0;
    const prompt = new FakeThread();
    lane.worker = prompt;
    endLane(lane, timers, log, () => freed++);
    prompt.stop();
    await turns();
    assert.equal(lane.ending, undefined);
    assert.equal(freed, 2);
    assert.throws(() => timers.expire(ENDING_WAIT_MS), TypeError, 'the bounded wait was cleared');
    assert.deepEqual(warnings, []);
  });

  it('Rejects the check a worker has not answered when the checker is disposed; one answered before stays answered', async () => {
    const fake = fakeStarter();
    const checker = new LexiconChecker('/no/worker.js', fake.threads);
    const answered = checker.check(encode('{}'));
    fake.started[0].emit('message', { terms: null, problems: [], count: 0 });
    const pending = checker.check(encode('{ "economic": { "tariff": 2 } }'));
    checker.dispose();
    assert.equal(await settled(answered), 'resolved');
    assert.equal(await settled(pending), 'rejected');
  });

  it('Abandons a check on the host’s thread that a newer one replaced, and finishes one that stays current', async () => {
    const terms = Array.from({ length: 5_000 }, (_, i) => `"term ${i}": 2`).join(',');
    const bytes = encode(`{ "economic": { ${terms} } }`);
    let replaced = false;
    const slices = everyStep();
    const reading = readLexiconForHostInSlices(bytes, 101, slices, () => replaced);
    replaced = true; // a newer check began while this one waits for its first turn
    assert.equal(await reading, undefined);
    assert.equal(slices.given, 1, 'stopped at the first turn after it was replaced');
    const current = await readLexiconForHostInSlices(bytes, 101, everyStep(), () => false);
    assert.equal(Object.keys(JSON.parse(current?.terms ?? '{}').economic).length, 5_000);
  });
});
