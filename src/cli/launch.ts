// First: the tiering is set before the command line's code is compiled (a code cache holds the flags it was made with).
import './tiering';
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';

/**
 * The command line's entry (dist/cli.js): compiles the command line itself
 * (dist/cli-main.js, 1.5 MB) with V8's code cache when the build left one
 * beside it (dist/cli-main.cache), so a process does not compile the bundle
 * and its functions again each run (about 50 ms of CPU a process; see
 * BENCHMARKS.md). The cache opens with the SHA-1 of the bundle it was made
 * from: made from any other bundle, it is not used. V8 itself refuses one made
 * by another version or with other flags. Without a cache the bundle is
 * compiled as usual: the cache changes how fast the code starts, never what it
 * does. The build (esbuild.mjs) runs the command line once with
 * `POLICY_LENS_CODE_CACHE=write` to make it.
 */
const MAIN = join(__dirname, 'cli-main.js');
const CACHE = join(__dirname, 'cli-main.cache');
const DIGEST = 20; // bytes of a SHA-1

const bytes = readFileSync(MAIN);
const digest = createHash('sha1').update(bytes).digest();
let cachedData: Buffer | undefined;
try {
  const cache = readFileSync(CACHE);
  if (cache.length > DIGEST && digest.equals(cache.subarray(0, DIGEST))) cachedData = cache.subarray(DIGEST);
} catch {
  // No cache: the bundle is compiled as usual.
}
const script = new Script(Module.wrap(bytes.toString('utf8')), { filename: MAIN, cachedData });
if (process.env.POLICY_LENS_CODE_CACHE === 'write') {
  // At exit: the cache then holds the functions the run compiled too, not only the bundle's top level. Written
  // whole under another name and then renamed, so a command line started meanwhile never reads half of one.
  process.on('exit', () => {
    writeFileSync(`${CACHE}.${process.pid}`, Buffer.concat([digest, script.createCachedData()]));
    renameSync(`${CACHE}.${process.pid}`, CACHE);
  });
}
const mainModule = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void).call(mainModule.exports, mainModule.exports, require, mainModule, MAIN, __dirname);
