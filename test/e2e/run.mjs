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
//  2. starts code-server on a free 127.0.0.1 port and opens the sample in Chromium;
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
//     it times the first lens after a document is shown, cold (the sample, first after
//     start) and warm (ports.md, opened later), and prints both;
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
import { spawn } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { fitChecks } from './fit-checks.mjs';
import { readingChecks } from './reading-checks.mjs';
import { notesChecks } from './notes-checks.mjs';
import { stallChecks } from './stall-checks.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const HOST = '127.0.0.1';
const CODE_SERVER_VERSION = '4.100.3';
const CACHE = process.env.POLICY_LENS_CACHE || join(homedir(), '.cache/policy-lens');
const CODE_SERVER = process.env.CODE_SERVER || join(CACHE, `code-server-${CODE_SERVER_VERSION}/node_modules/.bin/code-server`);
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
/** The packaged extension to install and test, or null to test the checkout unpacked. */
const VSIX = vsixOption();
const RUN_DIR = join(ROOT, VSIX ? 'test-results/editor-vsix' : 'test-results/editor');
/** RUN_DIR as messages name it. */
const RUN_NAME = relative(ROOT, RUN_DIR);
/** Pictures stay in the run dir: running the tests never changes a tracked file (scripts/refresh-screenshots.sh). */
const SHOTS_DIR = join(RUN_DIR, 'screenshots');
/** The held-out sample opened after the suites, for the warm first-lens time. */
const WARM_SAMPLE = 'samples/development/indian-ocean-ports.md';
const WARM_NAME = 'ports.md';
/** Appended to suite titles in packaged mode. */
const MODE_LABEL = VSIX ? ` · ${basename(VSIX)}` : '';
const SUITES_DIR = join(ROOT, 'out/test/integration/suite');
const SAMPLE_NAME = 'belarus-dilemma.txt';
const HEADINGS = [
  'Why Belarus Matters',
  'What Went Wrong with Russian-Belorussian Integration',
  'Looking for a Third Option: Moscow’s Pragmatic Response',
];
const CATEGORY = /Geopolitical|Military|Economic/;
/** Screenshots go in the README: keep each under this many bytes. */
const SHOT_BUDGET = 300 * 1024;

/** Bounds on every wait, in ms. */
const TIMEOUT = {
  install: 60_000, // code-server --install-extension <vsix>
  server: 60_000, // code-server answers /healthz
  workbench: 90_000, // the workbench and the sample's first line render
  runnerStart: 60_000, // the test-runner extension activates
  suites: 300_000, // the runner writes its results
  codelens: 45_000,
  step: 15_000, // one DOM check
  close: 10_000, // browser and server shut down
  total: 13 * 60_000, // the whole run (the notes checks reload the window twice); past it everything is stopped
};

const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Any host but the loopback address fails to resolve.
  `--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE ${HOST}`,
];

/** @typedef {{ suite: string, title: string, state: 'passed' | 'failed' | 'pending', durationMs: number | null, error: string | null }} Outcome */
/** @type {Outcome[]} */
const outcomes = [];
/** @type {{ server: import('node:child_process').ChildProcess | null, browser: import('playwright-core').Browser | null }} */
const running = { server: null, browser: null, page: null };
const started = Date.now();
/** Timestamped steps, for a post-mortem: <run dir>/driver.log. */
let traceLog = null;
function trace(message) {
  traceLog?.write(`${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s  ${message}\n`);
}

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
  const firstLens = { cold: await timeFirstLens(page, SAMPLE_NAME), warm: null };

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
  const activatedAt = activationTime(layout.userData);
  const split =
    activatedAt && firstLens.cold !== null
      ? ` = ${activatedAt - shownAt} ms until Policy Lens activated (the extension host starting) + ${shownAt + firstLens.cold - activatedAt} ms from activation`
      : '';
  const line = `first lens after the document is shown: cold ${firstLens.cold ?? '?'} ms (${SAMPLE_NAME}, first after start${split}), warm ${firstLens.warm ?? '?'} ms (${WARM_NAME})`;
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

// --- set-up ----------------------------------------------------------------

/** The shared sample: $POLICY_LENS_SHARED, ../shared beside the checkout, or /work/shared. */
function findSample() {
  const candidates = [process.env.POLICY_LENS_SHARED, resolve(ROOT, '../shared'), '/work/shared'].filter(Boolean);
  for (const folder of candidates) {
    const file = join(folder, 'samples', SAMPLE_NAME);
    if (existsSync(file)) return file;
  }
  throw new SetupError(`${SAMPLE_NAME} not found under ${candidates.map((c) => join(c, 'samples')).join(' or ')}`);
}

function preflight(sample) {
  const missing = [];
  if (!existsSync(CODE_SERVER)) missing.push(`code-server (${CODE_SERVER}): run scripts/install-editor.sh`);
  if (!existsSync(CHROMIUM)) missing.push(`Chromium (${CHROMIUM}): run scripts/install-editor.sh`);
  if (VSIX) {
    if (!existsSync(VSIX)) missing.push(`${VSIX}: run npm run package`);
    else if (!statSync(VSIX).isFile() || !VSIX.endsWith('.vsix')) missing.push(`${VSIX} is not a .vsix file`);
  } else if (!existsSync(join(ROOT, 'dist/extension.js'))) {
    missing.push('dist/extension.js: run node esbuild.mjs');
  }
  const suites = existsSync(SUITES_DIR) ? readdirSync(SUITES_DIR).filter((f) => f.endsWith('.test.js')) : [];
  if (suites.length === 0) missing.push(`${SUITES_DIR}/*.test.js: run node esbuild.mjs --tests`);
  if (!existsSync(sample)) missing.push(sample);
  if (missing.length > 0) throw new SetupError(`missing:\n  ${missing.join('\n  ')}`);
}

/** Lays out the run dir afresh; returns the paths the run uses. */
async function layOut(sample) {
  stopLeftover();
  rmSync(RUN_DIR, { recursive: true, force: true });
  const extensions = join(RUN_DIR, 'extensions');
  const userData = join(RUN_DIR, 'user-data');
  const workspace = join(RUN_DIR, 'workspace');
  const resultsFile = join(RUN_DIR, 'results.json');
  for (const dir of [extensions, join(userData, 'User'), workspace]) mkdirSync(dir, { recursive: true });
  traceLog = createWriteStream(join(RUN_DIR, 'driver.log'));

  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  // The runner fixture, with the compiled suites inside its own folder, so that
  // their require('vscode') is attributed to an extension.
  const runnerManifest = JSON.parse(readFileSync(join(ROOT, 'test/integration/runner/package.json'), 'utf8'));
  const runner = join(extensions, `${runnerManifest.publisher}.${runnerManifest.name}-${runnerManifest.version}`);
  cpSync(join(ROOT, 'test/integration/runner'), runner, { recursive: true });
  // Only suites whose source still exists: esbuild does not clear out/ of deleted ones.
  cpSync(SUITES_DIR, join(runner, 'suite'), {
    recursive: true,
    filter: (from) => {
      const compiled = from.match(/([^/]+)\.test\.js(\.map)?$/);
      return !compiled || existsSync(join(ROOT, 'test/integration/suite', `${compiled[1]}.test.ts`));
    },
  });

  if (VSIX) {
    // Policy Lens as a user gets it: the .vsix, installed by code-server itself.
    // After the runner is laid out: an install into a dir without extensions.json
    // first records the folders already there; one laid out after the install is
    // not in extensions.json, and code-server marks it removed at start.
    await installVsix(extensions, userData, `${manifest.publisher}.${manifest.name}`, `${runnerManifest.publisher}.${runnerManifest.name}`);
  } else {
    // Policy Lens, unpacked as code-server expects: <publisher>.<name>-<version>/.
    const policyLens = join(extensions, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
    mkdirSync(policyLens);
    for (const entry of ['package.json', 'dist', 'media', 'syntaxes', 'schemas', 'samples', 'README.md', 'LICENSE']) {
      if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(policyLens, entry), { recursive: true });
    }
    rmSync(join(policyLens, 'media/screenshots'), { recursive: true, force: true });
  }

  const sampleCopy = join(workspace, SAMPLE_NAME);
  cpSync(sample, sampleCopy);
  cpSync(join(ROOT, 'README.md'), join(workspace, 'README.md'));
  cpSync(join(ROOT, WARM_SAMPLE), join(workspace, WARM_NAME));
  writeJson(join(runner, 'runner.json'), {
    suitesDir: join(runner, 'suite'),
    mochaPath: join(ROOT, 'node_modules/mocha'),
    resultsFile,
    timeoutMs: 30_000,
    grep: process.env.POLICY_LENS_TEST_GREP || null,
    awaitDocument: sampleCopy, // opened by the URL's payload: let it land first
    env: { POLICY_LENS_SAMPLE: sampleCopy },
    probeFile: join(RUN_DIR, 'host-probe.json'), // the host probe's measures (test/e2e/stall-checks.mjs)
  });

  writeJson(join(userData, 'User/settings.json'), {
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': false,
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'git.enabled': false, // the workspace sits inside this repository: no "open the repository?" prompt
    'chat.commandCenter.enabled': false,
    'workbench.colorTheme': 'Default Light Modern',
    'window.commandCenter': false,
    'editor.minimap.enabled': false,
    'editor.codeLens': true,
    'editor.hover.delay': 300,
  });
  return { extensions, userData, workspace, resultsFile, sampleCopy };
}

function writeJson(file, data) {
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}

/** A port the system hands out as free on 127.0.0.1. */
function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * A previous run killed before it could clean up (SIGKILL) leaves code-server's
 * process group behind; its id is in code-server.pid. Stops it if that process
 * is still a code-server.
 */
function stopLeftover() {
  const pidFile = join(RUN_DIR, 'code-server.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8'));
  let command = '';
  try {
    command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return; // gone
  }
  if (!command.includes('code-server')) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {}
}

/**
 * A config file of the run's own, so that code-server writes none into ~/.config.
 * @param {number} port
 */
function codeServerConfig(port) {
  const config = join(RUN_DIR, 'code-server.yaml');
  writeFileSync(config, `bind-addr: ${HOST}:${port}\nauth: none\ncert: false\n`);
  return config;
}

/** code-server's environment: its extension gallery is a closed local port, so gallery requests fail at once. */
function codeServerEnv() {
  const closed = `http://${HOST}:9`;
  return {
    ...process.env,
    EXTENSIONS_GALLERY: JSON.stringify({
      serviceUrl: `${closed}/gallery`,
      itemUrl: `${closed}/item`,
      resourceUrlTemplate: `${closed}/resource/{publisher}/{name}/{version}/{path}`,
    }),
  };
}

/**
 * Packaged mode: installs VSIX with code-server's own `--install-extension` into
 * `extensions`, which holds only the runner fixture (`runnerId`); checks that it
 * landed as `expectedId`, that the runner is still recorded, and that every file
 * the extension names is there. Recorded as tests; throws SetupError when the
 * install fails, since nothing after it can run.
 */
async function installVsix(extensions, userData, expectedId, runnerId) {
  const suite = `Packaged extension${MODE_LABEL}`;
  const t0 = Date.now();
  const title = 'installs with code-server --install-extension into a fresh extensions dir';
  trace(`install ${VSIX}`);
  const args = [
    '--config', codeServerConfig(0),
    '--install-extension', VSIX,
    '--extensions-dir', extensions,
    '--user-data-dir', userData,
  ];
  const { code, signal, output } = await runCommand(CODE_SERVER, args, TIMEOUT.install, codeServerEnv());
  writeFileSync(join(RUN_DIR, 'install.log'), `$ code-server ${args.join(' ')}\n${output}`);
  const fail = (why) => {
    throw new SetupError(`${title}: ${why}\n${output.trim().split('\n').map((l) => `  | ${l}`).join('\n')}`);
  };
  if (code !== 0) fail(`code-server exited with ${code ?? signal}`);
  if (!/successfully installed/.test(output)) fail('code-server did not say the extension was installed');

  // code-server's record of what it installed, and where.
  const record = join(extensions, 'extensions.json');
  if (!existsSync(record)) fail(`no ${record}`);
  const installed = JSON.parse(readFileSync(record, 'utf8'));
  const entry = installed.find((e) => e.identifier?.id?.toLowerCase() === expectedId.toLowerCase());
  if (!entry) fail(`${expectedId} is not in extensions.json: ${JSON.stringify(installed.map((e) => e.identifier?.id))}`);
  const ids = installed.map((e) => e.identifier?.id?.toLowerCase());
  if (!ids.includes(runnerId.toLowerCase())) fail(`the runner fixture ${runnerId} is not in extensions.json: code-server will not load it`);
  const others = installed.map((e) => e.identifier?.id).filter((id) => ![expectedId, runnerId].some((known) => known.toLowerCase() === id?.toLowerCase()));
  if (others.length > 0) fail(`the .vsix installed more than ${expectedId}: ${JSON.stringify(others)}`);
  const folder = join(extensions, entry.relativeLocation ?? basename(entry.location.path));
  trace(`installed ${entry.identifier.id} ${entry.version} in ${folder} (source: ${entry.metadata?.source})`);
  outcomes.push({ suite, title, state: 'passed', durationMs: Date.now() - t0, error: null });

  const t1 = Date.now();
  const filesTitle = 'holds every file its manifest and its code name';
  const missing = referencedFiles(JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'))).filter(
    (file) => !existsSync(join(folder, file)),
  );
  outcomes.push({
    suite,
    title: filesTitle,
    state: missing.length === 0 ? 'passed' : 'failed',
    durationMs: Date.now() - t1,
    error: missing.length === 0 ? null : `missing from the installed extension (check .vscodeignore): ${missing.join(', ')}`,
  });
  return folder;
}

/**
 * Files the extension needs at run time, relative to its folder: those its
 * manifest names, and those the code opens by path (src/extension.ts: dist/worker.js;
 * src/vscode/commands.ts: samples/brief.md; src/vscode/decorations.ts: the gutter icons).
 */
function referencedFiles(manifest) {
  const files = new Set(['dist/worker.js', 'samples/brief.md']);
  const add = (path) => {
    if (typeof path === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(path)) files.add(path.replace(/^\.\//, ''));
  };
  const contributes = manifest.contributes ?? {};
  add(manifest.main);
  add(manifest.icon);
  for (const category of contributes.configuration?.properties?.['policyLens.categories']?.items?.enum ?? []) {
    add(`media/gutter-${category}.svg`);
  }
  for (const grammar of contributes.grammars ?? []) add(grammar.path);
  for (const validation of contributes.jsonValidation ?? []) add(validation.url);
  for (const containers of Object.values(contributes.viewsContainers ?? {})) for (const c of containers) add(c.icon);
  for (const views of Object.values(contributes.views ?? {})) for (const v of views) add(v.icon);
  for (const walkthrough of contributes.walkthroughs ?? []) {
    for (const step of walkthrough.steps ?? []) {
      const media = step.media ?? {};
      for (const key of ['markdown', 'svg']) add(media[key]);
      const image = media.image;
      if (typeof image === 'string') add(image);
      else if (image) for (const variant of Object.values(image)) add(variant);
    }
  }
  return [...files].sort();
}

/** Runs a command to its end, at most `timeoutMs`; stdout and stderr together. */
function runCommand(command, args, timeoutMs, env) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { cwd: RUN_DIR, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
      reject(new SetupError(`${basename(command)} ${args.join(' ')}: no end after ${timeoutMs / 1000} s\n${output}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolveRun({ code, signal, output });
    });
  });
}

function startCodeServer(layout, port) {
  const log = createWriteStream(join(RUN_DIR, 'code-server.log'));
  const config = codeServerConfig(port);
  const child = spawn(
    CODE_SERVER,
    [
      '--config', config,
      '--auth', 'none',
      '--bind-addr', `${HOST}:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--extensions-dir', layout.extensions,
      '--user-data-dir', layout.userData,
      layout.workspace,
    ],
    {
      cwd: RUN_DIR,
      detached: true, // its own process group, so the extension host goes with it
      stdio: ['ignore', 'pipe', 'pipe'],
      env: codeServerEnv(),
    },
  );
  writeFileSync(join(RUN_DIR, 'code-server.pid'), String(child.pid));
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  child.exitInfo = null;
  child.on('exit', (code, signal) => (child.exitInfo = { code, signal }));
  return child;
}

async function waitForServer(base, server) {
  await poll(
    async () => {
      if (server.exitInfo) throw new Error(`code-server exited (${JSON.stringify(server.exitInfo)}); see ${RUN_NAME}/code-server.log`);
      try {
        const response = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2000) });
        return response.ok;
      } catch {
        return false;
      }
    },
    TIMEOUT.server,
    'code-server to answer on /healthz',
  );
}

async function waitForResults(file, server) {
  await poll(
    () => {
      if (server.exitInfo) throw new Error(`code-server exited (${JSON.stringify(server.exitInfo)}) before the test runner started`);
      return existsSync(`${file}.started`);
    },
    TIMEOUT.runnerStart,
    'the test-runner extension to activate (see user-data/logs/*/exthost*/)',
    250,
  );
  trace('test runner activated');
  return poll(
    () => {
      if (server.exitInfo) throw new Error(`code-server exited (${JSON.stringify(server.exitInfo)}) before the suites finished`);
      return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
    },
    TIMEOUT.suites,
    `the test runner to write ${RUN_NAME}/results.json (see browser-console.log and user-data/logs)`,
    500,
  );
}

// --- results ---------------------------------------------------------------

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

// --- workbench checks --------------------------------------------------------

/**
 * Focuses the sample's editor by a click on its line-number gutter: never on a
 * CodeLens (a click would run it), and at a fixed place however the text is scrolled.
 */
async function focusEditor(page) {
  const editor = page.locator('.editor-group-container.active .monaco-editor').first();
  await editor.waitFor({ state: 'visible', timeout: TIMEOUT.step });
  const box = await editor.boundingBox();
  if (!box) throw new Error('the editor has no box on screen');
  // The gutter scrolls with the text, so click at a place in the editor's own box.
  await page.mouse.click(box.x + 15, box.y + 15);
}

/** Focuses the sample's editor and puts the cursor at 1-based line:column. */
async function goTo(page, line, column) {
  await dismiss(page);
  await focusEditor(page);
  await page.mouse.move(300, 12); // to the empty title bar: over the text it would hide a hover shown by keyboard
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT.step });
  await input.fill(`:${line}:${column}`); // ":" is Go to Line's prefix in the quick input
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: TIMEOUT.step });
}

async function dismiss(page) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
}

async function hoverCheck(page, text) {
  const line = 3;
  const column = text.split('\n')[line - 1].indexOf('Lukashenko') + 2; // 1-based, inside the word
  if (column < 2) throw new Error(`"Lukashenko" is not on line ${line} of the sample`);
  await goTo(page, line, column);
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  const card = page.locator('.monaco-hover-content').filter({ hasText: 'Aleksandr Lukashenko' }).first();
  await card.waitFor({ state: 'visible', timeout: TIMEOUT.step });
  const shown = (await card.innerText()).replace(/\s+/g, ' ');
  if (!/\bperson\b/i.test(shown)) throw new Error(`the card does not say person: "${shown}"`);
  if (!/\d+ mentions/.test(shown)) throw new Error(`the card gives no mention count: "${shown}"`);
  await shot(page, 'hover.png');
  await dismiss(page);
}

async function codeLensCheck(page) {
  await goTo(page, 1, 1);
  const lens = page.locator('.codelens-decoration').filter({ hasText: CATEGORY }).first();
  await lens.waitFor({ state: 'visible', timeout: TIMEOUT.codelens });
  const shown = await page.locator('.codelens-decoration').allInnerTexts();
  if (!shown.some((t) => CATEGORY.test(t))) throw new Error(`no lens names a category: ${JSON.stringify(shown)}`);
  // The default (paragraph) lenses: one per line, never several side by side.
  const perLine = await page.locator('.codelens-decoration').evaluateAll((rows) => rows.map((row) => row.querySelectorAll('a').length));
  if (perLine.some((n) => n > 1)) throw new Error(`a line holds ${Math.max(...perLine)} lenses: ${JSON.stringify(shown)}`);
  await shot(page, 'codelens.png');
}

const { timeFirstLens, activationTime, openAndTimeFirstLens, breadcrumbsCheck, referencesCheck } = fitChecks({ goTo, dismiss, focusEditor, trace, TIMEOUT });
const { readingViewCheck } = readingChecks({ goTo, dismiss, trace, TIMEOUT, shotsDir: SHOTS_DIR });

async function sidebarCheck(page) {
  await openPolicyLensContainer(page);
  trace('  Policy Lens container shown');
  const argumentPane = await openPane(page, 'Argument');
  await collapseAll(page, argumentPane);
  const rows = await findRows(page, argumentPane, HEADINGS);
  trace(`  Argument rows seen: ${rows.length}`);

  // The picture: the outline from its start, the opening section's claims shown,
  // in a side bar wide enough for the headings.
  await scrollToTop(page, argumentPane);
  await widenSideBar(page, 440);
  const first = argumentPane.locator('.monaco-list-row').first();
  if ((await first.getAttribute('aria-expanded')) === 'false') await first.locator('.monaco-tl-twistie').click();
  await focusEditor(page); // the tree without a focus ring
  await shot(page, 'sidebar.png');
}

async function revealCheck(page, text) {
  const heading = HEADINGS[1];
  const line = text.split(/\r?\n/).findIndex((l) => l.trim() === heading) + 1;
  if (line < 1) throw new Error(`"${heading}" is not a line of the sample`);
  await openPolicyLensContainer(page);
  const pane = await openPane(page, 'Argument');
  await findRows(page, pane, [heading]);
  await pane.locator('.monaco-list-row', { hasText: heading }).first().click();
  // The status bar names the cursor's line; the heading must be on screen in the editor.
  await page.locator('.statusbar-item', { hasText: new RegExp(`^Ln ${line}, Col \\d+`) }).first()
    .waitFor({ state: 'visible', timeout: TIMEOUT.step });
  const editor = await page.locator('.editor-group-container.active .monaco-editor').first().boundingBox();
  const shown = page.locator('.editor-group-container.active .view-line', { hasText: heading }).first();
  await shown.waitFor({ state: 'visible', timeout: TIMEOUT.step });
  const box = await shown.boundingBox();
  if (!editor || !box || box.y < editor.y || box.y + box.height > editor.y + editor.height) {
    throw new Error(`line ${line} ("${heading}") is not within the editor's visible area: line ${JSON.stringify(box)}, editor ${JSON.stringify(editor)}`);
  }
}

async function entitiesCheck(page) {
  await openPolicyLensContainer(page);
  const entitiesPane = await openPane(page, 'Entities');
  const rows = await findRows(page, entitiesPane, ['People', 'Lukashenko', 'Putin']);
  // People come first; both names must be in that group, before the next one.
  const people = rows.findIndex((row) => /^People\b/.test(row));
  const next = rows.findIndex((row, i) => i > people && /^(Places|Organizations|Treaties|Other)\b/.test(row));
  const group = rows.slice(people + 1, next < 0 ? undefined : next);
  for (const name of ['Lukashenko', 'Putin']) {
    if (!group.some((row) => row.includes(name))) {
      throw new Error(`${name} is not under People; rows: ${JSON.stringify(rows.slice(0, 30))}`);
    }
  }
  await scrollToTop(page, entitiesPane);
}

/** The view pane titled `title`, expanded, once it shows rows. */
async function openPane(page, title) {
  const pane = page.locator('.pane').filter({ has: page.locator('.pane-header', { hasText: new RegExp(`^\\s*${title}`, 'i') }) }).first();
  await pane.waitFor({ state: 'visible', timeout: TIMEOUT.step });
  const header = pane.locator('.pane-header').first();
  if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
  await pane.locator('.monaco-list-row').first().waitFor({ state: 'visible', timeout: TIMEOUT.step });
  return pane;
}

/**
 * The texts of a pane's rows, top to bottom, scrolling until every one of
 * `wanted` has been seen (rows are virtualised: only those in view are in the
 * DOM). Fails naming what is missing.
 */
async function findRows(page, pane, wanted) {
  const list = pane.locator('.monaco-list').first();
  const seen = [];
  const missing = () => wanted.filter((w) => !seen.some((row) => row.includes(w)));
  for (let i = 0; i < 40 && missing().length > 0; i++) {
    for (const text of await pane.locator('.monaco-list-row').allInnerTexts()) {
      const row = text.replace(/\s+/g, ' ').trim();
      if (!seen.includes(row)) seen.push(row);
    }
    await list.hover();
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(100);
  }
  if (missing().length > 0) {
    throw new Error(`the view lacks ${JSON.stringify(missing())}; rows seen: ${JSON.stringify(seen.slice(0, 30))}`);
  }
  return seen;
}

async function scrollToTop(page, pane) {
  await pane.locator('.monaco-list').first().hover();
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -5000);
}

async function hideSideBar(page) {
  const sideBar = page.locator('.part.sidebar');
  if (!(await sideBar.isVisible().catch(() => false))) return;
  await focusEditor(page);
  await page.keyboard.press('Control+B');
  await sideBar.waitFor({ state: 'hidden', timeout: TIMEOUT.step }).catch(() => {});
}

/** Shows the Policy Lens view container: its activity bar item, else the command palette. */
async function openPolicyLensContainer(page) {
  const already = page.locator('.sidebar .composite.title', { hasText: /Policy Lens/i });
  if (await already.isVisible().catch(() => false)) return;
  const item = page.locator('.activitybar .action-item .action-label[aria-label^="Policy Lens"]').first();
  if (await item.isVisible().catch(() => false)) {
    await item.click();
  } else {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: TIMEOUT.step });
    await input.fill('>View: Show Policy Lens');
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: TIMEOUT.step });
    await page.keyboard.press('Enter');
  }
  await already.waitFor({ state: 'visible', timeout: TIMEOUT.step });
}

/** Drags the sash between the side bar and the editor so the side bar is `width` px wide. */
async function widenSideBar(page, width) {
  const sideBar = await page.locator('.part.sidebar').boundingBox();
  if (!sideBar) return;
  const x = sideBar.x + sideBar.width;
  const y = sideBar.y + sideBar.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(sideBar.x + width, y, { steps: 5 });
  await page.mouse.up(); // the sash sits on the side bar's right edge
}

/** Collapses the tree with the view's own "Collapse All" action, when it has one. */
async function collapseAll(page, pane) {
  await pane.locator('.pane-header').first().hover();
  const action = pane.locator('.pane-header .action-label.codicon-collapse-all').first();
  if (await action.isVisible().catch(() => false)) {
    await action.click();
    await page.waitForTimeout(300);
  }
}

/** Saves a screenshot of the window; fails when it is over the README budget. */
async function shot(page, name) {
  trace(`  screenshot ${name}`);
  await page.waitForTimeout(400); // past the widgets' fade-in animations
  const file = join(SHOTS_DIR, name);
  await page.screenshot({ path: file, type: 'png' });
  const size = statSync(file).size;
  if (size > SHOT_BUDGET) throw new Error(`${name} is ${Math.round(size / 1024)} KB, over the ${SHOT_BUDGET / 1024} KB budget`);
}

// --- plumbing ------------------------------------------------------------------

class SetupError extends Error {}

/** `--vsix <path>`, `--vsix=<path>` or $POLICY_LENS_VSIX, resolved from the working directory; else null. */
function vsixOption() {
  const args = process.argv.slice(2);
  let value = process.env.POLICY_LENS_VSIX || null;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--vsix') {
      value = args[i + 1];
      if (!value || value.startsWith('--')) {
        console.error('run.mjs: --vsix needs a path to a .vsix');
        process.exit(2);
      }
      i++;
    } else if (args[i].startsWith('--vsix=')) {
      value = args[i].slice('--vsix='.length);
    } else {
      console.error(`run.mjs: unknown argument ${JSON.stringify(args[i])} (the only one is --vsix <path>)`);
      process.exit(2);
    }
  }
  return value ? resolve(value) : null;
}

/** Calls `probe` until it returns a truthy value; at most `timeoutMs`. */
async function poll(probe, timeoutMs, what, intervalMs = 250) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

function withTimeout(promise, ms) {
  return Promise.race([promise, new Promise((r) => setTimeout(r, ms).unref())]);
}

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
