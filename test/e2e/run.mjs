// Runs Policy Lens in a real VS Code: code-server (VS Code's own workbench and
// extension host, from npm) driven by Debian's Chromium through playwright-core.
//
//   npm run test:editor      (= node esbuild.mjs --tests && node test/e2e/run.mjs)
//   npm run test:vsix        (= bash scripts/test-vsix.sh: npm run package, then
//                             node test/e2e/run.mjs --vsix policy-lens-<version>.vsix)
//
// Needs what scripts/install-editor.sh installs. Steps:
//  1. lays out test-results/editor/: an extensions dir holding Policy Lens (unpacked
//     as policy-lens.policy-lens-<version>/) and the test-runner fixture
//     (test/integration/runner/) with the compiled suites, a user-data dir, and a
//     workspace holding a copy of the shared sample belarus-dilemma.txt, this project's
//     README.md (which must not be annotated) and a copy of a held-out sample (ports.md,
//     for the warm first-lens time);
//  2. starts code-server on a free 127.0.0.1 port, opens the sample in Chromium and
//     times its first lens (cold) while nothing else runs: the runner holds the suites
//     back until the driver writes first-lens.json (at most a minute; the printed line
//     says whether they waited, and names the tab when the lens was on another one);
//  3. waits for the runner's results (the mocha suites, run inside the extension host,
//     written to test-results/editor/results.json);
//  4. checks the workbench itself, as a reader would see it: the hover card on
//     "Lukashenko" (Go to Line, then Show Hover), a CodeLens naming a category, the
//     Entities view's people and the Argument view's headings, the breadcrumbs on
//     line 20, Shift+F12's 7 mentions of Lukashenko; and saves
//     <run dir>/screenshots/{hover,codelens,sidebar}.png (each under 300 KB; never the
//     tracked media/screenshots/: scripts/refresh-screenshots.sh copies them there on purpose);
//     then the reader's notes and corrections through the Comments UI and a lens
//     (notes-checks.mjs, which saves notes.png);
//     it times the warm first lens (ports.md, opened later) and prints it beside the cold
//     one (split at Policy Lens's activation and at its reading of the sample, as the
//     runner saw it);
//  5. prints a mocha-like report ending in "N passed, N failed", and exits 1 on any
//     failure, on a skipped test, or when no test ran.
// Every wait is bounded; code-server and the browser are stopped on every path out
// (a run killed outright leaves code-server.pid, and the next run stops that group).
// Logs for a post-mortem stay in test-results/editor/: driver.log, code-server.log,
// browser-console.log, failed-*.png, user-data/logs/ (and install.log in packaged mode,
// whose run dir is test-results/editor-vsix/).
// Nothing but 127.0.0.1 is contacted: the browser resolves no other host and
// aborts any request elsewhere, and code-server's extension gallery points at a
// closed local port.
//
// Packaged mode: `--vsix <path>` (or `--vsix=<path>`, or env POLICY_LENS_VSIX=<path>)
// tests a built .vsix instead of the checkout. Step 1 then lays out a fresh
// extensions dir with only the runner fixture and its suites, installs the .vsix
// into it with `code-server --install-extension` (nothing of Policy Lens is copied
// from the checkout), and checks that every file the installed manifest and the
// code name is in it. The same suites and workbench checks follow. Everything goes
// to test-results/editor-vsix/ instead, screenshots included (its screenshots/,
// still held to the size budget). Suite titles name the .vsix.
//
// Environment (all optional):
//   POLICY_LENS_CACHE   where install-editor.sh put code-server (default ~/.cache/policy-lens)
//   CODE_SERVER         the code-server binary, instead of the cached one
//   CHROMIUM            the browser (default /usr/bin/chromium)
//   POLICY_LENS_SHARED  the shared folder holding samples/ (default ../shared, else /work/shared)
//   POLICY_LENS_TEST_GREP  run only suite tests whose full title matches
//   POLICY_LENS_VSIX    a .vsix to install and test (packaged mode; --vsix wins)
//   HEADFUL=1           show the browser (needs a display)
//   DEBUG_E2E=1         also save <run dir>/after-suites.png
//
// The modules: config.mjs (settings), log.mjs (driver.log, outcomes, report), editor.mjs
// (cursor and focus), code-server.mjs (the server and bounded waits), layout.mjs (step 1),
// workbench.mjs (the workbench checks); fit-, reading-, stall- and notes-checks.mjs are
// handed their helpers.
import { cpSync, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { HOST, CHROMIUM, RUN_DIR, RUN_NAME, SHOTS_DIR, WARM_NAME, MODE_LABEL, SAMPLE_NAME, TIMEOUT, BROWSER_ARGS, SetupError } from './config.mjs';
import { outcomes, trace, recordSuiteResults, check, report } from './log.mjs';
import { focusEditor, goTo, dismiss } from './editor.mjs';
import { freePort, startCodeServer, waitForServer, waitForResults, withTimeout } from './code-server.mjs';
import { findSample, preflight, layOut } from './layout.mjs';
import {
  hoverCheck, codeLensCheck, entitiesCheck, sidebarCheck, revealCheck, hideSideBar, shot,
  firstLensOn, coldLensLine, timeFirstLens, activationTime, openAndTimeFirstLens, breadcrumbsCheck, referencesCheck, readingViewCheck,
} from './workbench.mjs';
import { notesChecks } from './notes-checks.mjs';
import { stallChecks } from './stall-checks.mjs';

/** @type {{ server: import('node:child_process').ChildProcess | null, browser: import('playwright-core').Browser | null }} */
const running = { server: null, browser: null, page: null };

// ---------------------------------------------------------------------------

async function main() {
  const sample = findSample();
  preflight(sample);
  const layout = await layOut(sample);
  trace(`laid out ${RUN_NAME}`);
  const port = await freePort();
  const base = `http://${HOST}:${port}`;
  running.server = startCodeServer(layout, port);
  await waitForServer(base, running.server);
  trace(`code-server answers on ${base}`);

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: process.env.HEADFUL !== '1',
    args: BROWSER_ARGS,
    timeout: TIMEOUT.workbench,
    // Our own handlers stop the browser and code-server, then report.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  running.browser = browser;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const local = url.hostname === HOST || url.protocol === 'data:' || url.protocol === 'blob:';
    return local ? route.continue() : route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  running.page = page;
  const consoleLog = createWriteStream(join(RUN_DIR, 'browser-console.log'));
  page.on('console', (message) => consoleLog.write(`[${message.type()}] ${message.text()}\n`));
  page.on('pageerror', (error) => consoleLog.write(`[pageerror] ${error.stack ?? error.message}\n`));
  page.on('requestfailed', (request) => consoleLog.write(`[requestfailed] ${request.url()} ${request.failure()?.errorText ?? ''}\n`));

  // The authority must be the server's, or the workbench and the extension host
  // hold two documents for one file (two tabs, "document already exists").
  const payload = JSON.stringify([['openFile', `vscode-remote://${HOST}:${port}${layout.sampleCopy}`]]);
  const url = `${base}/?folder=${encodeURIComponent(layout.workspace)}&payload=${encodeURIComponent(payload)}`;
  await page.goto(url, { timeout: TIMEOUT.workbench });
  await page.waitForSelector('.monaco-workbench', { timeout: TIMEOUT.workbench });
  await page.waitForSelector('.monaco-editor .view-line', { timeout: TIMEOUT.workbench });
  trace('workbench shows the sample');
  const shownAt = Date.now();
  // Timed before any suite runs: the runner holds them back until this file is written.
  const cold = await firstLensOn(page, SAMPLE_NAME);
  writeFileSync(layout.firstLensFile, JSON.stringify(cold));
  const firstLens = { warm: null };

  const results = await waitForResults(layout.resultsFile, running.server);
  for (const toast of await page.locator('.notification-toast').allInnerTexts()) trace(`notification: ${toast.replace(/\s+/g, ' ')}`);
  recordSuiteResults(results);
  const measures = join(dirname(layout.sampleCopy), 'host-measures.json');
  if (existsSync(measures)) {
    const line = `extension host, 4 MB document: ${readFileSync(measures, 'utf8').replace(/\s+/g, ' ').trim()}`;
    console.log(line);
    trace(line);
  }
  if (process.env.DEBUG_E2E) await page.screenshot({ path: join(RUN_DIR, 'after-suites.png') });
  trace(`suite results: ${JSON.stringify(results.stats)}`);

  mkdirSync(SHOTS_DIR, { recursive: true });
  await hideSideBar(page); // the editor at full width for the hover and CodeLens pictures
  const text = readFileSync(layout.sampleCopy, 'utf8');
  const dom = `Workbench (Chromium)${MODE_LABEL}`;
  await check(page, dom, 'shows the person card when the reader hovers "Lukashenko" on line 3', () => hoverCheck(page, text));
  await check(page, dom, 'shows CodeLens naming a claim category above the text', () => codeLensCheck(page));
  await check(page, dom, 'lists Lukashenko and Putin under People in the Entities view', () => entitiesCheck(page));
  await check(page, dom, 'opens the Policy Lens sidebar with the three headings in the Argument view', () => sidebarCheck(page));
  await check(page, dom, 'shows a heading in the editor, cursor on it, when its Argument row is clicked', () => revealCheck(page, text));
  await check(page, dom, 'shows "Why Belarus Matters" in the breadcrumbs with the cursor on line 20', () => breadcrumbsCheck(page));
  await check(page, dom, 'lists the 7 mentions of Lukashenko for Shift+F12', () => referencesCheck(page, text));
  await check(page, dom, 'opens the reading view beside the essay: headings, the person card on "Lukashenko", a click that moves the cursor', () => readingViewCheck(page, text));
  await check(page, dom, `shows the first lens of ${WARM_NAME} soon after it is opened (warm)`, async () => {
    firstLens.warm = await openAndTimeFirstLens(page, WARM_NAME);
  });
  const coldPart = coldLensLine({ ...cold, shownAt, activatedAt: activationTime(layout.userData), suites: results.firstLens ?? null });
  const line = `first lens after the document is shown: ${coldPart}, warm ${firstLens.warm ?? '?'} ms (${WARM_NAME})`;
  console.log(line);
  trace(line);
  await stallChecks({ dismiss, focusEditor, trace, TIMEOUT, timeFirstLens, check }).run(page, `Issue #14: no document stalls the reader${MODE_LABEL}`, layout, RUN_DIR);

  // The reader's notes reload the window: they run last, in a window of their own on a
  // workspace of their own, so that no document the suites left open comes back with it.
  const notesWorkspace = join(RUN_DIR, 'notes-workspace');
  rmSync(notesWorkspace, { recursive: true, force: true });
  mkdirSync(notesWorkspace, { recursive: true });
  const notesCopy = join(notesWorkspace, SAMPLE_NAME);
  cpSync(findSample(), notesCopy);
  const notesPayload = JSON.stringify([['openFile', `vscode-remote://${HOST}:${port}${notesCopy}`]]);
  await page.goto(`${base}/?folder=${encodeURIComponent(notesWorkspace)}&payload=${encodeURIComponent(notesPayload)}`, { timeout: TIMEOUT.workbench });
  await page.waitForSelector('.monaco-editor .view-line', { timeout: TIMEOUT.workbench });
  await timeFirstLens(page, SAMPLE_NAME);
  for (const [title, body] of notesChecks({ goTo, dismiss, focusEditor, trace, TIMEOUT, shot, sampleCopy: notesCopy })) await check(page, dom, title, () => body(page));
  consoleLog.end();
}

// --- plumbing ------------------------------------------------------------------

/** Stops the browser and code-server's whole process group. Safe to call twice. */
async function stopAll() {
  const { browser, server } = running;
  running.page = null;
  running.browser = null;
  running.server = null;
  if (browser) await withTimeout(browser.close().catch(() => {}), TIMEOUT.close);
  if (server && !server.exitInfo) {
    const exited = new Promise((r) => server.once('exit', r));
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {}
    await withTimeout(exited, TIMEOUT.close);
    try {
      process.kill(-server.pid, 'SIGKILL'); // whatever of the group is left
    } catch {}
  }
}

let finished = false;
async function finish(error) {
  if (finished) return;
  finished = true;
  if (error) {
    outcomes.push({
      suite: 'Editor test driver',
      title: error instanceof SetupError ? 'set-up' : 'the run',
      state: 'failed',
      durationMs: null,
      error: error instanceof SetupError ? error.message : error?.stack || String(error),
    });
  }
  if (error && running.page) {
    await withTimeout(running.page.screenshot({ path: join(RUN_DIR, 'failed-run.png') }).catch(() => {}), TIMEOUT.close);
  }
  await stopAll();
  process.exitCode = report();
  process.exit();
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => finish(new Error(`interrupted by ${signal}`)));
}
setTimeout(() => finish(new Error(`the whole run took over ${TIMEOUT.total / 1000} s`)), TIMEOUT.total).unref();

main().then(
  () => finish(),
  (error) => finish(error),
);
