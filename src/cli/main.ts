// First: the tiering of a one-reading process is set before the reading's code runs.
import './tiering';
import { parseArgs, USAGE } from './args';
import { boundFor, runBounded } from './bounded';
import { run } from './run';

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (argv.includes('-v') || argv.includes('--version')) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`policy-lens: ${args} (see policy-lens --help)\n`);
    return 2;
  }
  const limit = boundFor(args);
  if (limit === null) return run(args);
  const bounded = await runBounded(args, limit);
  if (bounded !== 'out-of-memory') return bounded;
  process.stderr.write(`policy-lens: note: the reading needed more than ${limit} MB of heap (--heap-limit); read again without a limit\n`);
  return run(args);
}

declare const VERSION: string;

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`policy-lens: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
