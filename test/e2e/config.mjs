// The editor test's settings: paths, the sample, timeouts, the browser's flags,
// and the packaged-mode option (--vsix). Read by every module of test/e2e/run.mjs.
import { homedir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  suites: 420_000, // the runner writes its results (the 4 MB document alone may take 150 s on a busy machine)
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

export { ROOT, HOST, CODE_SERVER_VERSION, CACHE, CODE_SERVER, CHROMIUM, VSIX, RUN_DIR, RUN_NAME, SHOTS_DIR, WARM_SAMPLE, WARM_NAME, MODE_LABEL, SUITES_DIR, SAMPLE_NAME, HEADINGS, CATEGORY, SHOT_BUDGET, TIMEOUT, BROWSER_ARGS, SetupError };
