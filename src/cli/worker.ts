import { parentPort, workerData } from 'node:worker_threads';
import { analyse, type AnalyseOptions } from '../core/analyse';
import type { Args } from './args';
import { run } from './run';

/**
 * The command line's threads: 'analyse' reads the text it is given and posts
 * the model back (long documents read with progress in a terminal); 'run' does
 * a whole run with a bounded heap (bounded.ts), says when it starts writing
 * standard output, and posts its exit code.
 */
const data = workerData as { mode: 'run'; args: Args } | { mode?: 'analyse'; text: string; options: AnalyseOptions };
if (data.mode === 'run') {
  void run(data.args, { onOutput: () => parentPort?.postMessage({ output: true }) }).then(
    (code) => parentPort?.postMessage({ code }),
    (error: unknown) => {
      process.stderr.write(`policy-lens: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      parentPort?.postMessage({ code: 1 });
    },
  );
} else {
  parentPort?.postMessage(analyse(data.text, data.options));
}
