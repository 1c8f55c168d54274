// Loaded by mocha before the unit tests (.mocharc.json): they read other
// authors' documents and the hand annotations from ../shared beside this
// checkout. Without it, one line saying so instead of a stack trace.
const { existsSync } = require('node:fs');
const { resolve } = require('node:path');
const shared = resolve(process.cwd(), '..', 'shared');
if (!existsSync(resolve(shared, 'samples'))) {
  process.stderr.write(`policy-lens tests: ${shared} is missing: the tests read the sample documents and hand annotations from ../shared beside this checkout (see README, Tests).\n`);
  process.exit(2);
}
