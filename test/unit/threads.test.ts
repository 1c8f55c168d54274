import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnalysisRunner } from '../../src/vscode/runner';
import { ThreadStarter, type RemoteWorker } from '../../src/vscode/threads';

/**
 * A worker of our own: "echo" answers with what it was sent and the length of
 * the buffer it was handed; "ints" answers with a typed array of its own;
 * "throw" throws, "exit" ends with code 5; "spin" never answers again.
 */
const ECHO_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
parentPort.on('message', (m) => {
  if (m.kind === 'echo') parentPort.postMessage({ said: m.text, data: workerData, bytes: m.bytes ? m.bytes.byteLength : 0 });
  if (m.kind === 'ints') {
    const ints = new Int32Array([4, 5, 6]);
    parentPort.postMessage({ packed: { ints } }, [ints.buffer]);
  }
  if (m.kind === 'throw') throw new Error('the worker failed');
  if (m.kind === 'exit') process.exit(5);
  if (m.kind === 'spin') for (;;);
});
`;

/** A packed-reading stand-in that hangs on "hang" until its thread is ended (as in budget.test.ts). */
const HANGING_WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (r) => {
  if (r.forget) return;
  if (r.text === 'hang' && !r.outlineOnly) for (;;);
  const packed = { format: 'plain', bomRemoved: false, sections: [], warnings: [r.text, r.outlineOnly ? 'outline' : 'full'],
    strings: [], entities: [], ints: new Int32Array(0), floats: new Float64Array(0),
    layout: { blocks: 0, claims: 0, cues: 0, claimFigures: 0, claimEntities: 0, figures: 0, mentions: 0 } };
  parentPort.postMessage({ id: r.id, ok: true, packed, ms: 1 });
});
`;

function file(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'policy-lens-threads-')), 'worker.js');
  writeFileSync(path, text);
  return path;
}

const next = <T>(worker: RemoteWorker, event: 'message' | 'error' | 'exit') => new Promise<T>((resolve) => worker.once(event, resolve));

describe('Workers started from a thread of their own', function () {
  this.timeout(20_000);
  let threads: ThreadStarter | undefined;
  afterEach(() => threads?.dispose());

  it('Starts workers from one starter thread and passes their messages both ways, buffers handed over', async () => {
    threads = new ThreadStarter();
    const a = threads.start(file(ECHO_WORKER), { workerData: { name: 'a' } });
    const b = threads.start(file(ECHO_WORKER), { workerData: { name: 'b' } });
    const bytes = new Uint8Array(16);
    const answer = next<{ said: string; data: unknown; bytes: number }>(a, 'message');
    a.postMessage({ kind: 'echo', text: 'hello', bytes }, [bytes.buffer]);
    assert.deepEqual(await answer, { said: 'hello', data: { name: 'a' }, bytes: 16 });
    assert.equal(bytes.byteLength, 0, 'the buffer was handed over, not copied');
    const ints = next<{ packed: { ints: Int32Array } }>(b, 'message');
    b.postMessage({ kind: 'ints' });
    assert.deepEqual([...(await ints).packed.ints], [4, 5, 6]);
    assert.equal(threads.opened, 1, 'one thread made by the host for both');
  });

  it('Reports a worker’s error and its exit, and ends a worker that never answers', async () => {
    threads = new ThreadStarter();
    const failing = threads.start(file(ECHO_WORKER));
    const error = next<Error>(failing, 'error');
    const exit = next<number>(failing, 'exit');
    failing.postMessage({ kind: 'throw' });
    assert.match((await error).message, /the worker failed/);
    assert.equal(await exit, 1);
    const leaving = threads.start(file(ECHO_WORKER));
    const code = next<number>(leaving, 'exit');
    leaving.postMessage({ kind: 'exit' });
    assert.equal(await code, 5);
    const spinning = threads.start(file(ECHO_WORKER));
    spinning.postMessage({ kind: 'spin' });
    await spinning.terminate();
    // Still answering after ending the spinning one.
    const after = threads.start(file(ECHO_WORKER));
    const answer = next<{ said: string }>(after, 'message');
    after.postMessage({ kind: 'echo', text: 'still here' });
    assert.equal((await answer).said, 'still here');
  });

  it('Reports a worker that cannot load as an error, then its exit', async () => {
    threads = new ThreadStarter();
    const missing = threads.start(join(tmpdir(), 'no-such-policy-lens-thread.js'));
    const error = next<Error>(missing, 'error');
    const exit = next<number>(missing, 'exit');
    assert.match((await error).message, /Cannot find module|no-such-policy-lens-thread/);
    assert.equal(typeof (await exit), 'number');
  });

  it('Gives the runner every worker it needs, a second beside a slow reading and one after the time budget, from the one thread', async () => {
    threads = new ThreadStarter();
    // The budget's timers fire only when the test says; the patience's run on the clock.
    const budgets = new Map<number, () => void>();
    let ids = 0;
    const timers = {
      setTimeout: (run: () => void, ms: number) => (ms === 8000 ? (budgets.set(++ids, run), ids) : setTimeout(run, ms)),
      clearTimeout: (handle: unknown) => (typeof handle === 'number' ? budgets.delete(handle) : clearTimeout(handle as NodeJS.Timeout)),
    };
    const expire = () => {
      const [id, run] = [...budgets][0];
      budgets.delete(id);
      run();
    };
    const runner = new AnalysisRunner(file(HANGING_WORKER), { debug() {}, info() {}, warn() {}, error() {} }, { budgetMs: 8000, patienceMs: 50, timers, threads });
    try {
      assert.deepEqual((await runner.run('first', 'warm up', {}, false))?.reading.warnings, ['warm up', 'full']);
      const hanging = runner.run('slow', 'hang', {}, false);
      const beside = await runner.run('other', 'short', {}, false);
      assert.deepEqual(beside?.reading.warnings, ['short', 'full'], 'read beside the slow one');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expire();
      assert.match((await hanging)?.cutShort ?? '', /time budget/);
      assert.deepEqual((await runner.run('after', 'next', {}, false))?.reading.warnings, ['next', 'full']);
      assert.equal(runner.inProcess, false);
      assert.equal(threads.opened, 1, 'three workers started, none by the host');
    } finally {
      runner.dispose();
    }
  });
});

/**
 * A stand-in that answers "slow" after 300 ms (so a starter can be lost while
 * it reads), and that loads on the host's thread too (its `read`).
 */
const SLOW_WORKER = `
const { parentPort, isMainThread } = require('node:worker_threads');
const packed = (text, how) => ({ format: 'plain', bomRemoved: false, sections: [], warnings: [text, how],
  strings: [], entities: [], ints: new Int32Array(0), floats: new Float64Array(0),
  layout: { blocks: 0, claims: 0, cues: 0, claimFigures: 0, claimEntities: 0, figures: 0, mentions: 0 } });
if (!isMainThread) parentPort.on('message', (r) => {
  if (r.forget || r.bytes) return;
  setTimeout(() => parentPort.postMessage({ id: r.id, ok: true, packed: packed(r.text, 'full'), ms: 1 }), r.text === 'slow' ? 300 : 0);
});
module.exports = { read: (text) => ({ format: 'plain', bomRemoved: false, sections: [], warnings: [text, 'host'], claims: [], entities: [], figures: [] }) };
`;

describe('Losing the starter thread', function () {
  this.timeout(20_000);
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const log = () => {
    const lines: string[] = [];
    const add = (level: string) => (message: string) => void lines.push(`${level}: ${message}`);
    return { lines, debug: add('debug'), info: add('info'), warn: add('warn'), error: add('error') };
  };
  /** A starter whose threads the test can end (as an out-of-memory error would). */
  const losable = () => {
    const made: Worker[] = [];
    const threads = new ThreadStarter((code, options) => {
      const thread = new Worker(code, options);
      made.push(thread);
      return thread;
    });
    return { threads, made };
  };

  it('Reads the readings in progress again from a new starter, counting one loss and no crash', async () => {
    const { threads, made } = losable();
    const lines = log();
    const runner = new AnalysisRunner(file(SLOW_WORKER), lines, { threads, patienceMs: 50 });
    try {
      assert.deepEqual((await runner.run('first', 'warm up', {}, false))?.reading.warnings, ['warm up', 'full']);
      const a = runner.run('a', 'slow', {}, false);
      const b = runner.run('b', 'slow', {}, false);
      await sleep(150); // both lanes reading
      assert.equal(runner.workers, 2);
      await made[0].terminate();
      assert.deepEqual((await a)?.reading.warnings, ['slow', 'full'], 'read again, not rejected');
      assert.deepEqual((await b)?.reading.warnings, ['slow', 'full']);
      assert.equal(threads.opened, 2, 'one new starter');
      assert.equal(threads.losses, 1);
      assert.equal(runner.inProcess, false);
      assert.deepEqual(lines.lines.filter((l) => l.startsWith('error')), [], 'no crash counted');
    } finally {
      runner.dispose();
      threads.dispose();
    }
  });

  it('Falls back to the host’s thread once, after the starter is lost again, with one message', async () => {
    const { threads, made } = losable();
    const lines = log();
    const runner = new AnalysisRunner(file(SLOW_WORKER), lines, { threads });
    try {
      for (const i of [0, 1]) {
        const reading = runner.run('a', 'slow', {}, false);
        await sleep(150);
        await made[i].terminate();
        await reading.catch(() => undefined);
      }
      assert.equal(threads.losses, 2);
      assert.equal(runner.inProcess, true);
      assert.ok(threads.failed, 'the failure is remembered');
      assert.throws(() => threads.start(file(SLOW_WORKER)));
      assert.equal(threads.opened, 2, 'no third starter');
      assert.equal(lines.lines.filter((l) => /unavailable/.test(l)).length, 1);
    } finally {
      runner.dispose();
      threads.dispose();
    }
  });

  it('Remembers a starter that cannot start: made once, one message, readings on the host', async () => {
    let tries = 0;
    const threads = new ThreadStarter(() => {
      tries++;
      throw new Error('no thread');
    });
    const lines = log();
    const runner = new AnalysisRunner(file(SLOW_WORKER), lines, { threads });
    try {
      assert.throws(() => threads.open(), /no thread/);
      assert.deepEqual((await runner.run('a', 'one', {}, false))?.reading.warnings.slice(0, 2), ['one', 'host']);
      await runner.run('b', 'two', {}, false);
      assert.throws(() => threads.start(file(SLOW_WORKER)), /no thread/, 'as the lexicon check sees it: then on the host');
      assert.equal(tries, 1, 'no thread tried again');
      assert.equal(lines.lines.filter((l) => /unavailable/.test(l)).length, 1);
    } finally {
      runner.dispose();
      threads.dispose();
    }
  });
});
