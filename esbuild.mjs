// Builds every entry point with one configuration. unified and remark-parse are
// ESM-only; bundling them into CommonJS here is how the extension, the CLI and the
// tests all load them on Node 20 without a loader.
//   node esbuild.mjs            extension, worker, CLI, eval and bench -> dist/
//   node esbuild.mjs --tests    also unit and integration tests        -> out/test/
//   node esbuild.mjs --production   minified, no source maps (used by `npm run package`)
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync, statSync, chmodSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const production = process.argv.includes('--production');
const withTests = process.argv.includes('--tests');

/** @type {import('esbuild').BuildOptions} */
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const common = {
  define: { VERSION: JSON.stringify(version) },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['vscode'],
  // ESM builds first: jsonc-parser's CommonJS build is UMD with requires esbuild cannot follow.
  mainFields: ['module', 'main'],
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

function files(dir, suffix) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, suffix) : path.endsWith(suffix) ? [path] : [];
  });
}

/** Entry points that exist; lets a partial tree build while it grows. */
function entries(map) {
  return Object.fromEntries(Object.entries(map).filter(([, path]) => existsSync(path)));
}

const builds = [
  esbuild.build({
    ...common,
    entryPoints: entries({ extension: 'src/extension.ts', worker: 'src/vscode/worker.ts' }),
    outdir: 'dist',
  }),
  // The command line: a small entry (cli.js) that compiles the command line itself (cli-main.js) with V8's code cache.
  esbuild.build({
    ...common,
    entryPoints: { cli: 'src/cli/launch.ts' },
    outdir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
  }),
  esbuild.build({
    ...common,
    entryPoints: { 'cli-main': 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
    outdir: 'dist',
  }),
];
if (!production) {
  builds.push(
    esbuild.build({
      ...common,
      entryPoints: entries({ eval: 'bench/eval.ts', bench: 'bench/bench.ts', floor: 'bench/floor.ts', 'bench-process': 'bench/process.ts', 'bench-hostile': 'bench/hostile-table.ts', 'bench-stages': 'bench/stages.ts', 'bench-host': 'bench/host.ts', 'learn-roles': 'bench/learn/main.ts', 'role-table': 'bench/role-table.ts' }),
      outdir: 'dist',
    }),
  );
}
if (withTests) {
  const tests = [...files('test/unit', '.test.ts'), ...files('test/integration', '.ts')];
  // A test file renamed or split must not leave its old build behind for mocha to run twice.
  rmSync('out/test/unit', { recursive: true, force: true });
  builds.push(
    esbuild.build({
      ...common,
      entryPoints: tests,
      // One fast-check for every test file, so that test/properties.cjs seeds them all.
      external: [...common.external, 'fast-check'],
      outbase: 'test',
      outdir: 'out/test',
    }),
  );
}
// A cache made from the last build is never left beside this one (cli.js would not use it anyway: it checks the bundle's digest).
rmSync('dist/cli-main.cache', { force: true });
await Promise.all(builds);
if (existsSync('dist/cli.js')) chmodSync('dist/cli.js', 0o755);
// The command line's code cache (src/cli/launch.ts): made by reading the sample brief once, so it holds the functions a reading compiles.
if (existsSync('dist/cli-main.js') && existsSync('samples/brief.md')) {
  const made = spawnSync(process.execPath, ['dist/cli.js', 'samples/brief.md', '--json'], { stdio: 'ignore', env: { ...process.env, POLICY_LENS_CODE_CACHE: 'write' } });
  if (made.status !== 0) console.warn(`esbuild.mjs: no code cache for the command line (exit ${made.status})`);
}
