// What the editor test records and prints: the timestamped driver.log, the outcome
// of every suite test and workbench check, and the mocha-like report.
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { CODE_SERVER_VERSION, MODE_LABEL, RUN_DIR } from './config.mjs';
import { dismiss } from './editor.mjs';

/** @typedef {{ suite: string, title: string, state: 'passed' | 'failed' | 'pending', durationMs: number | null, error: string | null }} Outcome */
/** @type {Outcome[]} */
const outcomes = [];
const started = Date.now();
/** Timestamped steps, for a post-mortem: <run dir>/driver.log. */
let traceLog = null;
function trace(message) {
  traceLog?.write(`${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s  ${message}\n`);
}
/** Starts driver.log at `file` (the run dir is laid out afresh first). */
function openTrace(file) {
  traceLog = createWriteStream(file);
}

function recordSuiteResults(results) {
  const suite = `Extension host (code-server ${CODE_SERVER_VERSION}, VS Code ${results.vscodeVersion})${MODE_LABEL}`;
  if (results.error) {
    outcomes.push({ suite, title: 'the test runner', state: 'failed', durationMs: null, error: results.error });
  }
  if (results.tests.length === 0) {
    outcomes.push({ suite, title: 'the suites', state: 'failed', durationMs: null, error: 'the extension host ran no test' });
  }
  for (const test of results.tests) {
    outcomes.push({
      suite,
      title: test.fullTitle,
      state: test.state,
      durationMs: test.durationMs,
      error: test.error ? test.error.stack || test.error.message : null,
    });
  }
}

/** Runs one workbench check, recording it as passed or failed; never throws. */
async function check(page, suite, title, body) {
  const t0 = Date.now();
  trace(`check: ${title}`);
  try {
    await body();
    outcomes.push({ suite, title, state: 'passed', durationMs: Date.now() - t0, error: null });
  } catch (error) {
    outcomes.push({ suite, title, state: 'failed', durationMs: Date.now() - t0, error: error?.stack || String(error) });
    await page.screenshot({ path: join(RUN_DIR, `failed-${outcomes.length}.png`) }).catch(() => {});
    await dismiss(page).catch(() => {});
  }
}

function report() {
  const passed = outcomes.filter((o) => o.state === 'passed').length;
  const failed = outcomes.length - passed; // a skipped test counts as failed: none is skipped silently
  const failures = outcomes.filter((o) => o.state !== 'passed');
  let suite = null;
  console.log('');
  for (const o of outcomes) {
    if (o.suite !== suite) console.log(`  ${(suite = o.suite)}`);
    const ms = o.durationMs === null ? '' : ` (${o.durationMs} ms)`;
    if (o.state === 'passed') console.log(`    ✔ ${o.title}${ms}`);
    else if (o.state === 'pending') console.log(`    - ${o.title} (skipped)`);
    else console.log(`    ${failures.indexOf(o) + 1}) ${o.title}${ms}`);
  }
  console.log('');
  console.log(`  ${passed} passing (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (failures.length > 0) console.log(`  ${failures.length} failing`);
  failures.forEach((o, i) => {
    console.log('');
    console.log(`  ${i + 1}) ${o.suite}\n       ${o.title}:`);
    const message = o.state === 'pending' ? 'skipped: no test may be skipped' : o.error ?? 'failed';
    console.log(message.split('\n').map((l) => `     ${l}`).join('\n'));
  });
  if (outcomes.length === 0) console.log('\n  no test ran');
  console.log('');
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && outcomes.length > 0 ? 0 : 1;
}

export { outcomes, started, trace, openTrace, recordSuiteResults, check, report };
