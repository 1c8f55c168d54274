// Runs the integration suites in a desktop VS Code through @vscode/test-electron,
// for machines that can download VS Code (a developer's desktop). It cannot run on
// the project's build machines, which reach only the npm registry and Debian's
// archive: there `npm run test:editor` runs the same suites in code-server. Not
// called from CI.
//
//   node esbuild.mjs --tests && node test/integration/electron.mjs
//   (on Linux without a display: xvfb-run -a node test/integration/electron.mjs)
//
// Environment (all optional):
//   VSCODE_VERSION      the VS Code to download: "stable" (default), "insiders" or "1.100.3"
//   VSCODE_EXECUTABLE   an installed VS Code to use instead of downloading one
//   POLICY_LENS_SHARED  the shared folder holding samples/ (default ../shared, else /work/shared)
//   POLICY_LENS_TEST_GREP  run only tests whose full title matches
//
// The same runner as in code-server (test/integration/runner/extension.js, its
// run()) loads out/test/integration/suite/*.test.js with mocha and prints them
// with the spec reporter; this script then prints "N passed, N failed".
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SAMPLE_NAME = 'belarus-dilemma.txt';

function findSample() {
  const candidates = [process.env.POLICY_LENS_SHARED, resolve(ROOT, '../shared'), '/work/shared'].filter(Boolean);
  for (const folder of candidates) {
    const file = join(folder, 'samples', SAMPLE_NAME);
    if (existsSync(file)) return file;
  }
  throw new Error(`${SAMPLE_NAME} not found under ${candidates.map((c) => join(c, 'samples')).join(' or ')}`);
}

if (!existsSync(join(ROOT, 'out/test/integration/suite')) || !existsSync(join(ROOT, 'dist/extension.js'))) {
  console.error('Build first: node esbuild.mjs --tests');
  process.exit(1);
}

// A workspace of its own holding a copy of the sample, and a user-data dir with
// the welcome page and workspace trust turned off.
const scratch = mkdtempSync(join(tmpdir(), 'policy-lens-electron-'));
const workspace = join(scratch, 'workspace');
const userData = join(scratch, 'user-data');
const resultsFile = join(scratch, 'results.json');
mkdirSync(workspace);
mkdirSync(join(userData, 'User'), { recursive: true });
const sample = join(workspace, SAMPLE_NAME);
cpSync(findSample(), sample);
writeFileSync(
  join(userData, 'User/settings.json'),
  JSON.stringify({ 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false }, null, 2),
);

let code = 1;
try {
  await runTests({
    ...(process.env.VSCODE_EXECUTABLE
      ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE }
      : { version: process.env.VSCODE_VERSION || 'stable' }),
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: join(ROOT, 'test/integration/runner/extension.js'),
    extensionTestsEnv: {
      POLICY_LENS_SAMPLE: sample,
      POLICY_LENS_TEST_RESULTS: resultsFile,
      POLICY_LENS_TEST_GREP: process.env.POLICY_LENS_TEST_GREP,
    },
    launchArgs: [
      workspace,
      '--disable-extensions', // every other extension: Policy Lens is the development one
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      `--user-data-dir=${userData}`,
    ],
  });
  code = 0;
} catch (error) {
  console.error(`VS Code test run failed: ${error instanceof Error ? error.message : String(error)}`);
}

if (existsSync(resultsFile)) {
  const { stats } = JSON.parse(readFileSync(resultsFile, 'utf8'));
  const failed = stats.failures + stats.pending; // a skipped test counts as failed
  console.log(`${stats.passes} passed, ${failed} failed`);
  if (stats.tests === 0 || failed > 0) code = 1;
} else {
  console.log('0 passed, 1 failed');
  code = 1;
}
rmSync(scratch, { recursive: true, force: true });
process.exit(code);
