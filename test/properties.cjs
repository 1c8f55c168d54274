// Loaded by mocha before the unit tests (.mocharc.json). Every property test
// runs with one fixed seed, so a run checks the same cases each time and a
// rare counterexample cannot make CI fail by chance. Wider searches are run
// by hand: PROPERTY_SEED=<n> (or "random") and PROPERTY_RUNS=<n> npm test.
const fc = require('fast-check');
const seedEnv = process.env.PROPERTY_SEED;
const seed = seedEnv === 'random' ? Date.now() ^ (Math.random() * 0x7fffffff) : Number(seedEnv ?? 20261206);
if (!Number.isSafeInteger(seed)) {
  process.stderr.write(`policy-lens tests: PROPERTY_SEED must be an integer or "random", not ${JSON.stringify(seedEnv)}\n`);
  process.exit(2);
}
const runs = process.env.PROPERTY_RUNS === undefined ? undefined : Number(process.env.PROPERTY_RUNS);
fc.configureGlobal({ seed, ...(runs ? { numRuns: runs } : {}) });
if (seedEnv !== undefined) process.stderr.write(`policy-lens tests: property seed ${seed}${runs ? `, ${runs} runs each` : ''}\n`);
