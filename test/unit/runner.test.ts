import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnalysisRunner, type RunnerLog } from '../../src/vscode/runner';

/**
 * A stand-in for dist/worker.js speaking the same protocol: its reading's
 * `warnings` hold the text it read and the thread it ran on. "fail" makes it
 * answer an error, "crash" makes it exit.
 */
const FAKE_WORKER = `
const { parentPort, isMainThread } = require('node:worker_threads');
if (!isMainThread && process.env.POLICY_LENS_FAKE_NO_START) throw new Error('cannot start');
const forgotten = [];
function read(text, options, outlineOnly, key) {
  if (text === 'fail') throw new Error('analyser failed');
  // "key?" asks which document this is and which ones were forgotten.
  if (text === 'key?') return { format: 'plain', bomRemoved: false, sections: [], blocks: [], claims: [], entities: [], figures: [], warnings: [key, forgotten.join(',')] };
  const reading = { format: 'plain', bomRemoved: false, sections: [], blocks: [], claims: [], entities: [], figures: [] };
  return { ...reading, warnings: [text, isMainThread ? 'main' : 'worker', ...(outlineOnly ? ['outline'] : [])] };
}
exports.read = read;
exports.forget = (key) => forgotten.push(key);
if (parentPort) parentPort.on('message', (r) => {
  if (r.forget) return void forgotten.push(r.forget);
  const started = Date.now();
  if (r.text === 'crash') process.exit(3);
  const until = Date.now() + 30;
  while (Date.now() < until);
  // The packed form of the reading (see src/core/model/packed.ts): no blocks, claims, figures or entities.
  const packedOf = (reading) => ({ format: reading.format, bomRemoved: reading.bomRemoved, sections: [], warnings: reading.warnings,
    strings: [], entities: [], ints: new Int32Array(0), floats: new Float64Array(0),
    layout: { blocks: 0, claims: 0, cues: 0, claimFigures: 0, claimEntities: 0, figures: 0, mentions: 0 } });
  try { parentPort.postMessage({ id: r.id, ok: true, packed: packedOf(read(r.text, r.options, r.outlineOnly, r.key)), ms: Date.now() - started }); }
  catch (e) { parentPort.postMessage({ id: r.id, ok: false, message: e.message }); }
});
`;

function fakeWorker(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'policy-lens-runner-')), 'worker.js');
  writeFileSync(path, FAKE_WORKER);
  return path;
}

function recorder(): RunnerLog & { lines: string[] } {
  const lines: string[] = [];
  const add = (level: string) => (message: string) => void lines.push(`${level}: ${message}`);
  return { lines, debug: add('debug'), info: add('info'), warn: add('warn'), error: add('error') };
}

describe('AnalysisRunner', function () {
  this.timeout(10_000);
  let runner: AnalysisRunner | undefined;
  afterEach(() => {
    runner?.dispose();
    delete process.env.POLICY_LENS_FAKE_NO_START;
  });

  it('Should analyse in a worker thread', async () => {
    runner = new AnalysisRunner(fakeWorker(), recorder());
    const result = await runner.run('a', 'hello', {}, false);
    assert.deepEqual(result?.reading.warnings, ['hello', 'worker']);
    assert.ok(result.ms >= 30, 'the worker’s own time');
    assert.equal(runner.inProcess, false);
  });

  it('Should drop a waiting request when a newer one for the same document comes', async () => {
    runner = new AnalysisRunner(fakeWorker(), recorder());
    const first = runner.run('doc', 'v1', {}, false);
    const second = runner.run('doc', 'v2', {}, false);
    const other = runner.run('other', 'o1', {}, false);
    const third = runner.run('doc', 'v3', {}, false);
    const [r1, r2, r3, ro] = await Promise.all([first, second, third, other]);
    assert.equal(r1?.reading.warnings[0], 'v1', 'the running one still answers');
    assert.equal(r2, undefined);
    assert.equal(r3?.reading.warnings[0], 'v3');
    assert.equal(ro?.reading.warnings[0], 'o1');
  });

  for (const where of ['worker', 'fallback'] as const) {
    it(`Should tell the analyser which document it reads, and which were closed (${where})`, async () => {
      if (where === 'fallback') process.env.POLICY_LENS_FAKE_NO_START = '1';
      runner = new AnalysisRunner(fakeWorker(), recorder());
      assert.deepEqual((await runner.run('doc-a', 'key?', {}, false))?.reading.warnings, ['doc-a', '']);
      runner.forget('doc-a');
      assert.deepEqual((await runner.run('doc-b', 'key?', {}, false))?.reading.warnings, ['doc-b', 'doc-a']);
      assert.equal(runner.inProcess, where === 'fallback');
    });
  }

  it('Should reject with the analyser’s message and go on', async () => {
    runner = new AnalysisRunner(fakeWorker(), recorder());
    await assert.rejects(runner.run('a', 'fail', {}, false), /analyser failed/);
    assert.equal((await runner.run('a', 'next', {}, false))?.reading.warnings[0], 'next');
  });

  it('Should fall back to the extension host’s thread when the worker cannot start', async () => {
    process.env.POLICY_LENS_FAKE_NO_START = '1';
    const log = recorder();
    runner = new AnalysisRunner(fakeWorker(), log);
    const result = await runner.run('a', 'hello', {}, false);
    assert.deepEqual(result?.reading.warnings, ['hello', 'main']);
    assert.equal(runner.inProcess, true);
    assert.ok(log.lines.some((line) => line.startsWith('warn: Analysis worker unavailable')));
  });

  it('Should give a document too long for the host’s budget its outline on the host’s thread, and say why', async () => {
    process.env.POLICY_LENS_FAKE_NO_START = '1';
    const log = recorder();
    // 1 s at 10 s a megabyte: up to 100,000 characters are read in full on the host.
    runner = new AnalysisRunner(fakeWorker(), log, { hostBudgetMs: 1000, hostMsPerMb: 10_000 });
    const long = 'x'.repeat(150_000);
    const short = 'y'.repeat(50_000);
    const [a, b] = await Promise.all([runner.run('long', long, {}, false), runner.run('short', short, {}, false)]);
    assert.equal(runner.inProcess, true);
    assert.deepEqual(a?.reading.warnings.slice(1, 3), ['main', 'outline'], 'the long one: its outline alone');
    assert.match(a?.cutShort ?? '', /150,000 characters could take over 1 s.*only the outline is shown/);
    assert.equal(a?.reading.warnings.at(-1), a?.cutShort, 'the reason is among its warnings');
    assert.deepEqual(b?.reading.warnings.slice(1), ['main'], 'the short one, asked after it: in full');
    assert.equal(b?.cutShort, undefined);
    assert.equal(log.lines.filter((line) => line.includes('only the outline')).length, 1);
  });

  it('Should outline on the host’s thread a document whose last full reading there passed the budget, until it is closed', async () => {
    process.env.POLICY_LENS_FAKE_NO_START = '1';
    // A clock on which every reading takes 3 s: past the budget of 1 s.
    let clock = 0;
    const timers = { setTimeout: (run: () => void, ms: number) => setTimeout(run, ms), clearTimeout: () => undefined, now: () => (clock += 1500) };
    runner = new AnalysisRunner(fakeWorker(), recorder(), { hostBudgetMs: 1000, timers });
    const outlined = async (key: string) => (await runner!.run(key, 'short text', {}, false))?.reading.warnings.includes('outline');
    assert.equal(await outlined('slow'), false, 'its first reading is in full: nothing said it would be slow');
    assert.equal(await outlined('slow'), true, 'the next one is expected to take 3 s again');
    assert.equal(await outlined('other'), false, 'another document is read in full');
    runner.forget('slow');
    assert.equal(await outlined('slow'), false, 'closed and opened again: read in full');
  });

  it('Should not retry a job that crashed the worker, and restart the worker for the next', async () => {
    const log = recorder();
    runner = new AnalysisRunner(fakeWorker(), log);
    await runner.run('a', 'warm up', {}, false);
    await assert.rejects(runner.run('a', 'crash', {}, false), /crashed/);
    assert.deepEqual((await runner.run('a', 'after', {}, false))?.reading.warnings, ['after', 'worker']);
    assert.ok(log.lines.some((line) => line.startsWith('error: Analysis worker failed')));
  });

  it('Should reject when neither the worker nor the fallback can load', async () => {
    runner = new AnalysisRunner(join(tmpdir(), 'no-such-policy-lens-worker.js'), recorder());
    await assert.rejects(runner.run('a', 'hello', {}, false), /analyser unavailable/);
  });
});
