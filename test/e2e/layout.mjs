// Step 1 of the editor test: finds the shared sample, checks that everything the run
// needs is installed, and lays out the run dir (extensions, user data, workspace),
// installing the .vsix in packaged mode.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { ROOT, CODE_SERVER, CHROMIUM, VSIX, RUN_DIR, WARM_SAMPLE, WARM_NAME, MODE_LABEL, SUITES_DIR, SAMPLE_NAME, TIMEOUT, SetupError } from './config.mjs';
import { outcomes, trace, openTrace } from './log.mjs';
import { stopLeftover, codeServerConfig, codeServerEnv, runCommand } from './code-server.mjs';

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
  /** Written by the driver once it has timed the sample's first lens; the suites wait for it. */
  const firstLensFile = join(RUN_DIR, 'first-lens.json');
  for (const dir of [extensions, join(userData, 'User'), workspace]) mkdirSync(dir, { recursive: true });
  openTrace(join(RUN_DIR, 'driver.log'));

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
    // The suites wait until the driver has timed the sample's first lens: it is timed alone, cold.
    firstLens: { file: firstLensFile, extensionId: `${manifest.publisher}.${manifest.name}`, timeoutMs: TIMEOUT.codelens + TIMEOUT.step },
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
  return { extensions, userData, workspace, resultsFile, firstLensFile, sampleCopy };
}

function writeJson(file, data) {
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
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

export { findSample, preflight, layOut, writeJson, installVsix, referencedFiles };
