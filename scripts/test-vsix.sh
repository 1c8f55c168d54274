#!/usr/bin/env bash
# Proves that the packaged extension installs and works with no other step:
# builds the production .vsix (npm run package), then runs the editor tests
# against it (node test/e2e/run.mjs --vsix <file>): code-server installs the
# .vsix into a fresh extensions dir with --install-extension, and the same
# integration suites and workbench checks run as in `npm run test:editor`.
#
#   npm run test:vsix                 (or: bash scripts/test-vsix.sh)
#
# Needs what scripts/install-editor.sh installs. Ends with the driver's
# "N passed, N failed" line and its exit status.
#
# `npm run package` rebuilds dist/ minified without source maps. The .vsix holds
# its own copy, so dist/ is rebuilt for development (node esbuild.mjs --tests,
# which also compiles the suites the run needs) right after packaging, whether
# packaging worked or not, before the run starts.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

vsix="$(node -p 'const m = require("./package.json"); `${m.name}-${m.version}.vsix`')"
rm -f "$vsix" # never test a .vsix left by an earlier build

status=0
npm run package || status=$?
node esbuild.mjs --tests
if ((status != 0)); then
  echo "test-vsix: npm run package failed (exit $status)" >&2
  exit "$status"
fi

exec node test/e2e/run.mjs --vsix "$vsix"
