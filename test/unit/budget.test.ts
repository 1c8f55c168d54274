import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnalysisRunner, type RunnerLog, type RunnerTimers } from '../../src/vscode/runner';

/**
 * A stand-in for dist/worker.js: "hang" never finishes a full reading (as a
 * hostile document would), but its outline comes at once. Each reading's
 * warnings say what was read and how (full or outline).
 */
const HANGING_WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (r) => {
  if (r.forget) return;
  if (r.text.startsWith('hang') && !r.outlineOnly) for (;;);
  const packed = { format: 'plain', bomRemoved: false, sections: [], warnings: [r.text, r.outlineOnly ? 'outline' : 'full'],
    strings: [], entities: [], ints: new Int32Array(0), floats: new Float64Array(0),
    layout: { blocks: 0, claims: 0, cues: 0, claimFigures: 0, claimEntities: 0, figures: 0, mentions: 0 } };
  parentPort.postMessage({ id: r.id, ok: true, packed, ms: 1 });
});
`;

/** Timers that fire only when the test says: the budget and the patience run out when the test decides, never by the clock. */
class ManualTimers implements RunnerTimers {
  readonly pending = new Map<number, { run: () => void; ms: number }>();
  #next = 1;
  setTimeout(run: () => void, ms: number): unknown {
    const id = this.#next++;
    this.pending.set(id, { run, ms });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  /** How many timers of `ms` are set. */
  count(ms: number): number {
    return [...this.pending.values()].filter((t) => t.ms === ms).length;
  }
  /** Runs out the first timer of `ms` (by default the budget of the reading now running). */
  expire(ms = BUDGET): void {
    const [id, timer] = [...this.pending].find(([, t]) => t.ms === ms)!;
    this.pending.delete(id);
    timer.run();
  }
}

const BUDGET = 8000;
const PATIENCE = 1000;

const quiet = (): RunnerLog & { lines: string[] } => {
  const lines: string[] = [];
  const add = (level: string) => (message: string) => void lines.push(`${level}: ${message}`);
  return { lines, debug: add('debug'), info: add('info'), warn: add('warn'), error: add('error') };
};

describe('Time budget of a reading', function () {
  this.timeout(20_000);
  let runner: AnalysisRunner | undefined;
  afterEach(() => runner?.dispose());
  const worker = () => {
    const path = join(mkdtempSync(join(tmpdir(), 'policy-lens-budget-')), 'worker.js');
    writeFileSync(path, HANGING_WORKER);
    return path;
  };

  it('Gives a document that overruns the budget its outline and says why, and reads the other documents after it', async () => {
    const timers = new ManualTimers();
    const log = quiet();
    runner = new AnalysisRunner(worker(), log, { budgetMs: BUDGET, patienceMs: Infinity, timers });
    const stuck = runner.run('hostile.md', 'hang', {}, false);
    const other = runner.run('normal.md', 'hello', {}, false);
    assert.equal(timers.count(BUDGET), 1, 'the running reading has a budget');
    timers.expire();
    const cut = await stuck;
    assert.deepEqual(cut?.reading.warnings.slice(0, 2), ['hang', 'outline']);
    assert.match(cut?.cutShort ?? '', /stopped after 8 s.*only the outline/);
    assert.ok(cut?.reading.warnings.includes(cut.cutShort!), 'the reason is among the reading’s warnings');
    const next = await other;
    assert.deepEqual(next?.reading.warnings, ['hello', 'full']);
    assert.equal(next?.cutShort, undefined);
    assert.ok(log.lines.some((l) => /warn: Reading hostile.md stopped after 8 s/.test(l)));
    assert.equal(timers.pending.size, 0, 'no budget left running after the readings answered');
  });

  it('Gives a long document a budget that grows with it, and says so when it runs out', async () => {
    const timers = new ManualTimers();
    runner = new AnalysisRunner(worker(), quiet(), { budgetMs: BUDGET, budgetMsPerMb: 10_000, patienceMs: Infinity, timers });
    // 2.5 million characters at 10 s a million: 25 s, not the 8 s of a short one.
    const long = runner.run('long.txt', `hang${'x'.repeat(2_499_996)}`, {}, false);
    assert.equal(timers.count(BUDGET), 0);
    assert.equal(timers.count(25_000), 1, 'the long reading’s budget');
    timers.expire(25_000);
    assert.match((await long)?.cutShort ?? '', /stopped after 25 s, the time budget of one reading: only the outline/);
    const short = runner.run('short.txt', 'hang', {}, false);
    assert.equal(timers.count(BUDGET), 1, 'a short one keeps the runner’s budget');
    timers.expire();
    assert.match((await short)?.cutShort ?? '', /stopped after 8 s/);
  });

  it('Caps a long document’s budget, and gives an outline alone (and the outline after a cut) the fixed budget', async () => {
    const timers = new ManualTimers();
    runner = new AnalysisRunner(worker(), quiet(), { budgetMs: BUDGET, budgetMsPerMb: 10_000, maxBudgetMs: 20_000, patienceMs: Infinity, timers });
    // 2.5 million characters at 10 s a million would be 25 s: capped at 20 s.
    const text = `hang${'x'.repeat(2_499_996)}`;
    const long = runner.run('long.txt', text, {}, false);
    assert.equal(timers.count(20_000), 1, 'the capped budget');
    assert.equal(timers.count(25_000), 0);
    timers.expire(20_000);
    assert.equal(timers.count(BUDGET), 1, 'the outline read after the cut keeps the fixed budget');
    assert.match((await long)?.cutShort ?? '', /stopped after 20 s/);
    const outline = runner.run('big.txt', text, {}, true);
    assert.equal(timers.count(BUDGET), 1, 'an outline-only reading (over the size limit) keeps the fixed budget');
    assert.deepEqual((await outline)?.reading.warnings.slice(1, 2), ['outline']);
  });

  it('Outlines the newer version that waits when a reading overruns, and tries a full reading again at the next edit', async () => {
    const timers = new ManualTimers();
    runner = new AnalysisRunner(worker(), quiet(), { budgetMs: BUDGET, patienceMs: Infinity, timers });
    const stuck = runner.run('doc', 'hang', {}, false);
    const newer = runner.run('doc', 'edited', {}, false);
    timers.expire();
    assert.equal(await stuck, undefined, 'the older version is dropped');
    const outlined = await newer;
    assert.deepEqual(outlined?.reading.warnings.slice(0, 2), ['edited', 'outline'], 'the newer version is outlined at once, not read in full');
    assert.match(outlined?.cutShort ?? '', /time budget/);
    assert.deepEqual((await runner.run('doc', 'fixed', {}, false))?.reading.warnings, ['fixed', 'full']);
  });

  it('Rejects an outline that overruns the budget, and goes on', async () => {
    const timers = new ManualTimers();
    runner = new AnalysisRunner(worker(), quiet(), { budgetMs: BUDGET, patienceMs: Infinity, timers });
    // The fake worker answers outlines at once, so the budget runs out before the answer is read.
    const outline = runner.run('doc', 'big', {}, true);
    timers.expire();
    await assert.rejects(outline, /outline of doc took over 8 s/);
    assert.deepEqual((await runner.run('doc', 'after', {}, false))?.reading.warnings, ['after', 'full']);
  });

  it('Reads the other documents beside a reading past the patience, in a second worker ended when it is done', async () => {
    const timers = new ManualTimers();
    runner = new AnalysisRunner(worker(), quiet(), { budgetMs: BUDGET, patienceMs: PATIENCE, timers });
    let stuckDone = false;
    const stuck = runner.run('hostile.md', 'hang', {}, false).then((r) => ((stuckDone = true), r));
    const order: string[] = [];
    const first = runner.run('a.md', 'first', {}, false).then((r) => (order.push('a.md'), r));
    const second = runner.run('b.md', 'second', {}, false).then((r) => (order.push('b.md'), r));
    assert.equal(runner.workers, 1, 'one reading at a time while none is slow');
    timers.expire(PATIENCE);
    assert.equal(runner.workers, 2, 'past the patience, a second worker');
    assert.deepEqual((await first)?.reading.warnings, ['first', 'full']);
    assert.deepEqual((await second)?.reading.warnings, ['second', 'full']);
    assert.deepEqual(order, ['a.md', 'b.md'], 'beside the slow reading, the others one at a time in the order asked');
    assert.equal(stuckDone, false, 'the slow reading is still running');
    assert.equal(runner.workers, 1, 'the second worker ends when nothing is left to read');
    timers.expire(BUDGET);
    assert.equal((await stuck)?.cutShort !== undefined, true);
  });

  it('Never reads a newer version of the slow document beside it', async () => {
    const timers = new ManualTimers();
    runner = new AnalysisRunner(worker(), quiet(), { budgetMs: BUDGET, patienceMs: PATIENCE, timers });
    const stuck = runner.run('doc', 'hang', {}, false);
    const newer = runner.run('doc', 'edited', {}, false);
    timers.expire(PATIENCE);
    assert.equal(runner.workers, 1, 'the newer version waits for the reading of the older');
    timers.expire(BUDGET);
    assert.equal(await stuck, undefined);
    assert.deepEqual((await newer)?.reading.warnings.slice(0, 2), ['edited', 'outline']);
  });
});
