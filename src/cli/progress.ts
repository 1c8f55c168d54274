import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { analyse, type AnalyseOptions } from '../core/analyse';
import type { Analysis } from '../core/model/model';

/** Documents above this size may read for over a second: they are read off the main thread, with progress. */
export const PROGRESS_ABOVE_CHARS = 300_000;
/** Progress shows once a reading has taken this long, then every second. */
const PROGRESS_AFTER_MS = 1000;

/** Where progress goes: standard error, when it is a terminal. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/** "reading big.md (20.1 MB) … 3 s" */
export function progressText(name: string, chars: number, ms: number): string {
  const size = chars >= 1e6 ? `${(chars / 1e6).toFixed(1)} MB` : `${Math.round(chars / 1e3)} KB`;
  return `policy-lens: reading ${name} (${size}) … ${Math.floor(ms / 1000)} s`;
}

/**
 * Reads a document as `analyse` does. A long one, when standard error is a
 * terminal, is read in a worker thread (dist/cli-worker.js) while this thread
 * writes how long it has been reading, over one line, from the first second on;
 * the line is cleared at the end. Anything else is read here, in silence.
 */
export async function analyseWithProgress(
  text: string,
  options: AnalyseOptions,
  name: string,
  stream: ProgressStream = process.stderr,
): Promise<Analysis> {
  if (!stream.isTTY || text.length < PROGRESS_ABOVE_CHARS) return analyse(text, options);
  const started = Date.now();
  let shown = false;
  const tick = () => {
    shown = true;
    stream.write(`\r\u001b[K${progressText(name, text.length, Date.now() - started)}`);
  };
  let timer: NodeJS.Timeout | undefined;
  const first = setTimeout(() => {
    tick();
    timer = setInterval(tick, 1000);
  }, PROGRESS_AFTER_MS);
  try {
    return await new Promise<Analysis>((resolve, reject) => {
      const worker = new Worker(join(__dirname, 'cli-worker.js'), { workerData: { text, options } });
      worker.once('message', (analysis: Analysis) => {
        resolve(analysis);
        void worker.terminate();
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the reading stopped (worker exit ${code})`)));
    });
  } finally {
    clearTimeout(first);
    clearInterval(timer);
    if (shown) stream.write('\r\u001b[K');
  }
}
