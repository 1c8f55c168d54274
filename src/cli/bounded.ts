import { statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Args } from './args';

/**
 * A long document is read in a worker thread whose heap is sized to it. Left
 * to itself, V8 lets garbage pile up to two or three times what a reading
 * holds alive (a 20 MB plain text: about 200 MB alive, 500–700 MB at the peak);
 * with a limit it collects sooner, for a little more CPU. The worker does the
 * whole run — reads the file, writes standard output itself — so nothing large
 * crosses between threads. A reading that needs more than the limit (dense
 * markdown holds more per character) is read again without one, as long as
 * nothing was written yet.
 */

/** Files from this size on are read with a bounded heap by default. */
export const BOUND_FROM_BYTES = 8_000_000;
/** The default limit: a base, and megabytes of heap per megabyte of text (a plain text holds about 10 alive). */
const BASE_MB = 48;
const PER_MB = 11;

/** The default heap limit, in MB, for a file of `bytes`. */
export function defaultHeapLimit(bytes: number): number {
  return Math.ceil(BASE_MB + (PER_MB * bytes) / 1e6);
}

/** The heap limit to read with, in MB, or null to read here with V8's own: `--heap-limit` if given (0: none), else the default for files of 8 MB or more. */
export function boundFor(args: Args): number | null {
  if (args.heapLimit !== undefined) return args.heapLimit > 0 ? args.heapLimit : null;
  if (!args.file || args.file === '-') return null;
  let size: number;
  try {
    size = statSync(args.file).size;
  } catch {
    return null; // the run itself says what is wrong with the file
  }
  return size >= BOUND_FROM_BYTES && (args.maxSize === 0 || size <= args.maxSize) ? defaultHeapLimit(size) : null;
}

/** Runs the command line in a worker with `limitMb` of heap: its exit code, or 'out-of-memory' when it ran out before writing anything. */
export function runBounded(args: Args, limitMb: number): Promise<number | 'out-of-memory'> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'cli-worker.js'), {
      workerData: { mode: 'run', args },
      resourceLimits: { maxOldGenerationSizeMb: limitMb },
    });
    let writing = false;
    let code: number | null = null;
    worker.on('message', (message: { output?: true; code?: number }) => {
      if (message.output) writing = true;
      if (message.code !== undefined) code = message.code;
    });
    worker.once('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY' && !writing) resolve('out-of-memory');
      else if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') reject(new Error(`ran out of memory while writing the output (--heap-limit ${limitMb}; 0 for none)`));
      else reject(error);
    });
    worker.once('exit', () => resolve(code ?? 1));
  });
}
