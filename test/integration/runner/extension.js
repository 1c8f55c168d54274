// @ts-check
/**
 * Runs the integration suites (`out/test/integration/suite/*.test.js`) with mocha
 * inside a VS Code extension host, where `require('vscode')` is the real API.
 * A test fixture, never shipped. Two hosts load this one file:
 *
 * - code-server, driven by `test/e2e/run.mjs`: the driver copies this folder into
 *   `--extensions-dir` with the compiled suites in `suite/` and a `runner.json`
 *   beside this file. The runner activates on startup, waits until the driver has
 *   timed the sample's first lens (runner.json's `firstLens`), runs the suites once
 *   and writes the results (see `Results`) to the file `runner.json` names.
 * - a desktop VS Code, through `@vscode/test-electron` (`test/integration/electron.mjs`),
 *   which passes this file as `extensionTestsPath` and calls `run()`.
 *
 * Plain CommonJS on purpose: both hosts load it as it is, with no build step.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

/** Written by the driver in code-server runs; absent under test-electron. */
const CONFIG_FILE = path.join(__dirname, 'runner.json');

/**
 * @typedef {object} TestResult
 * @property {string} title
 * @property {string} fullTitle  Suite titles and the test title, space-separated.
 * @property {string | null} file
 * @property {'passed' | 'failed' | 'pending'} state  A failing hook is reported as a failed entry.
 * @property {number | null} durationMs
 * @property {{ message: string, stack: string | null } | null} error
 *
 * @typedef {object} Results
 * @property {string} host  "code-server" or "electron".
 * @property {string} vscodeVersion
 * @property {string} startedAt  ISO time.
 * @property {number} durationMs
 * @property {{ tests: number, passes: number, failures: number, pending: number }} stats
 * @property {TestResult[]} tests  In the order they finished.
 * @property {string | null} error  Set when the runner itself failed (a suite that does not load, ...).
 * @property {FirstLensWait} [firstLens]  code-server: how the suites waited for the driver to time the first lens.
 *
 * @typedef {object} RunOptions
 * @property {string} suitesDir  Folder holding the compiled `*.test.js` files.
 * @property {string} mochaPath  Mocha's package folder (its `index.js` is ESM, loaded with import()).
 * @property {string} host
 * @property {number} [timeoutMs=30000]  Per test.
 * @property {string} [reporter]  A mocha reporter name to print with ("spec"), or none.
 * @property {string | null} [grep]  Only tests whose full title matches.
 */

/**
 * Runs every `*.test.js` in `suitesDir`, in name order. Never throws: a runner
 * failure is returned as `Results.error`.
 * @param {RunOptions} options
 * @returns {Promise<Results>}
 */
async function runSuites(options) {
  const started = Date.now();
  /** @type {Results} */
  const results = {
    host: options.host,
    vscodeVersion: vscodeVersion(),
    startedAt: new Date(started).toISOString(),
    durationMs: 0,
    stats: { tests: 0, passes: 0, failures: 0, pending: 0 },
    tests: [],
    error: null,
  };
  try {
    const Mocha = (await import(pathToFileURL(path.join(options.mochaPath, 'index.js')).href)).default;
    const mocha = new Mocha({
      ui: 'bdd',
      color: false,
      timeout: options.timeoutMs ?? 30000,
      reporter: options.reporter ?? silentReporter(Mocha),
      ...(options.grep ? { grep: options.grep } : {}),
    });
    const files = fs
      .readdirSync(options.suitesDir)
      .filter((name) => name.endsWith('.test.js'))
      .sort();
    for (const name of files) mocha.addFile(path.join(options.suitesDir, name));
    if (files.length === 0) throw new Error(`no *.test.js in ${options.suitesDir}`);

    await new Promise((resolve) => {
      const runner = mocha.run(() => resolve(undefined));
      /** @typedef {any} Runnable  a mocha Test or Hook */
      runner.on('pass', (/** @type {Runnable} */ test) => results.tests.push(entry(test, 'passed', null)));
      runner.on('pending', (/** @type {Runnable} */ test) => results.tests.push(entry(test, 'pending', null)));
      runner.on('fail', (/** @type {Runnable} */ test, /** @type {unknown} */ err) => results.tests.push(entry(test, 'failed', err)));
    });
  } catch (err) {
    results.error = err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err);
  }
  for (const test of results.tests) {
    results.stats.tests += 1;
    if (test.state === 'passed') results.stats.passes += 1;
    else if (test.state === 'failed') results.stats.failures += 1;
    else results.stats.pending += 1;
  }
  results.durationMs = Date.now() - started;
  return results;
}

/**
 * @param {any} test  A mocha Test or Hook.
 * @param {TestResult['state']} state
 * @param {any} err
 * @returns {TestResult}
 */
function entry(test, state, err) {
  return {
    title: test.title,
    fullTitle: typeof test.fullTitle === 'function' ? test.fullTitle() : test.title,
    file: test.file ? path.basename(test.file) : null,
    state,
    durationMs: typeof test.duration === 'number' ? test.duration : null,
    error: err
      ? {
          message: err instanceof Error ? err.message : String(err),
          stack: err instanceof Error && err.stack ? err.stack : null,
        }
      : null,
  };
}

/**
 * A reporter that prints nothing: results go to the JSON file.
 * @param {any} Mocha
 */
function silentReporter(Mocha) {
  return class Silent extends Mocha.reporters.Base {};
}

function vscodeVersion() {
  try {
    return require('vscode').version;
  } catch {
    return 'unknown';
  }
}

/** @param {string} file @param {unknown} data */
function writeJson(file, data) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(data, null, 2));
  fs.renameSync(tmp, file); // the driver never reads a half-written file
}

/**
 * code-server: runs once when the workbench has started, if the driver left a
 * runner.json (never again in a reloaded or second window of the same run). Activation itself returns at once; the run goes on after it.
 * @param {import("vscode").ExtensionContext} context
 */
function activate(context) {
  if (!fs.existsSync(CONFIG_FILE)) return;
  const config = JSON.parse(fs.readFileSync(CONFIG_FILE, 'utf8'));
  if (config.probeFile) require('./probe').registerProbe(context, config.probeFile);
  // Once per run: a reloaded window, or a second window, starts a new extension host that must not run the suites again.
  if (fs.existsSync(`${config.resultsFile}.started`)) return;
  Object.assign(process.env, config.env ?? {});
  writeJson(`${config.resultsFile}.started`, { pid: process.pid, at: new Date().toISOString() });
  setTimeout(async () => {
    if (config.awaitDocument) await documentOpened(config.awaitDocument, 30000);
    const firstLens = config.firstLens && config.awaitDocument ? await firstLensMeasured(config.firstLens, config.awaitDocument) : null;
    const results = await runSuites({
      host: 'code-server',
      suitesDir: config.suitesDir,
      mochaPath: config.mochaPath,
      timeoutMs: config.timeoutMs,
      grep: config.grep ?? null,
    });
    writeJson(config.resultsFile, firstLens ? { ...results, firstLens } : results);
  }, 0);
}

/**
 * @typedef {object} FirstLensConfig  What the driver asks the runner to wait for (runner.json's `firstLens`).
 * @property {string} file  The driver writes it once it has timed the document's first lens in the workbench.
 * @property {string} extensionId  Policy Lens, whose reading of the document is timed too.
 * @property {number} timeoutMs  The longest the suites wait for the driver.
 *
 * @typedef {object} FirstLensWait  How the suites waited (in `Results.firstLens`, code-server only).
 * @property {boolean} measured  True when the driver's file came: the first lens was timed with no suite running.
 * @property {number} waitedMs
 * @property {string} askedAt  ISO time the runner asked Policy Lens for the document's reading.
 * @property {string | null} readingAt  ISO time that reading was ready (null if not within the wait); a moment
 *   after `askedAt` when it was ready before.
 */

/**
 * Holds the suites back (at most `timeoutMs`) until the driver has timed the first
 * lens of `document`, the one the workbench shows at start: the suites open other
 * documents in the active editor and read large ones, so a first lens timed beside
 * them would time them. Meanwhile notes when Policy Lens's reading of the document
 * is ready (Policy Lens starts that reading itself for every visible editor: asking
 * for it joins it).
 * @param {FirstLensConfig} config
 * @param {string} document
 * @returns {Promise<FirstLensWait>}
 */
async function firstLensMeasured(config, document) {
  const vscode = require('vscode');
  const started = Date.now();
  /** @type {string | null} */
  let readingAt = null;
  const extension = vscode.extensions.getExtension(config.extensionId);
  Promise.resolve(extension?.activate())
    .then((api) => api?.getModel(vscode.Uri.file(document)))
    .then((model) => (readingAt = model ? new Date().toISOString() : null))
    .catch(() => undefined);
  const deadline = started + config.timeoutMs;
  while (!fs.existsSync(config.file) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  return { measured: fs.existsSync(config.file), waitedMs: Date.now() - started, askedAt: new Date(started).toISOString(), readingAt };
}

/**
 * Waits (at most `timeoutMs`) until the workbench has opened `file` itself, so
 * that a suite opening it too does not race the editor restored at start-up.
 * @param {string} file
 * @param {number} timeoutMs
 */
async function documentOpened(file, timeoutMs) {
  const vscode = require('vscode');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (vscode.window.visibleTextEditors.some((editor) => editor.document.uri.fsPath === file)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function deactivate() {}

/**
 * @vscode/test-electron's entry point: runs the suites next to this checkout's
 * `out/` and rejects when a test failed or none ran. Results also go to
 * `$POLICY_LENS_TEST_RESULTS` when set.
 */
async function run() {
  const root = path.resolve(__dirname, '../../..');
  const results = await runSuites({
    host: 'electron',
    suitesDir: path.join(root, 'out/test/integration/suite'),
    mochaPath: path.dirname(require.resolve('mocha/package.json', { paths: [root] })),
    reporter: 'spec',
    grep: process.env.POLICY_LENS_TEST_GREP || null,
  });
  if (process.env.POLICY_LENS_TEST_RESULTS) writeJson(process.env.POLICY_LENS_TEST_RESULTS, results);
  const { tests, passes, failures, pending } = results.stats;
  if (results.error) throw new Error(`test runner failed: ${results.error}`);
  if (tests === 0) throw new Error('no test ran');
  if (failures > 0 || pending > 0) {
    throw new Error(`${failures} failed, ${pending} skipped (of ${tests}; ${passes} passed)`);
  }
}

module.exports = { activate, deactivate, run, runSuites };
