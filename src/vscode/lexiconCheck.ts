import type { ThreadStarter, Thread } from './threads';
import { StarterUse } from './starterUse';
import { readLexiconForHostInSlices, type readLexiconForHost } from './lexiconText';

/**
 * Most problems listed in the Problems panel for one lexicon file; one more line
 * counts the rest. Each listed problem is a diagnostic the host builds and sends:
 * a hundred say what is wrong, and the host's share stays small whatever the file.
 */
export const MAX_LISTED = 100;

/** What the check of a lexicon file answers: the valid terms as their JSON text, the first problems placed by line, and the count of all. */
export type LexiconLines = ReturnType<typeof readLexiconForHost>;

/**
 * Checks lexicon files' texts in a worker thread (`dist/worker.js`), so that a
 * file of any size never holds the extension host. The worker lives as long as
 * the store: a worker ended after each check would hold the host while its
 * thread is torn down (most of a second in the editor test). On the host's
 * thread, in slices, only when no worker can start.
 */
export class LexiconChecker {
  readonly #path: string | undefined;
  readonly #threads: StarterUse;
  #worker: Thread | undefined;
  /** Answers awaited, in the order the texts were sent (the worker answers in order). */
  #waiting: { resolve: (read: LexiconLines) => void; reject: (error: Error) => void }[] = [];

  constructor(workerPath: string | undefined, threads: ThreadStarter | undefined) {
    this.#path = workerPath;
    this.#threads = new StarterUse(threads);
  }

  /**
   * Checks the file's bytes: decoded in the worker, and handed over rather than copied (the host never holds the text).
   * On the host's thread, `stale` is asked at each turn and abandons the check (undefined) once a newer one replaced it.
   * Rejects if the checker is disposed before the worker answers.
   */
  check(bytes: Uint8Array, stale?: () => boolean): Promise<LexiconLines | undefined> {
    const worker = this.#start();
    // One problem past those listed: where the line counting the rest goes.
    const most = MAX_LISTED + 1;
    // No worker can start: read on the host's thread, in slices (lexiconText.ts).
    if (!worker) return readLexiconForHostInSlices(bytes, most, undefined, stale);
    return new Promise((resolve, reject) => {
      this.#waiting.push({ resolve, reject });
      const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
      worker.postMessage({ bytes: own, most }, [own.buffer as ArrayBuffer]);
    });
  }

  #start(): Thread | undefined {
    if (this.#worker || !this.#path) return this.#worker;
    try {
      // Started by the starter's thread, never the host's (threads.ts).
      const worker = this.#threads.start(this.#path, { workerData: { lexicon: true } });
      worker.unref();
      worker.on('message', (read: LexiconLines) => this.#waiting.shift()?.resolve(read));
      const fail = (error: Error) => {
        if (this.#worker === worker) this.#worker = undefined;
        for (const w of this.#waiting.splice(0)) w.reject(error);
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`the lexicon check stopped (exit code ${code})`)));
      this.#worker = worker;
    } catch {
      this.#worker = undefined;
    }
    return this.#worker;
  }

  dispose(): void {
    void this.#worker?.terminate();
    this.#worker = undefined;
    // Ended before it answered: no answer will come (the worker's port is closed).
    for (const w of this.#waiting.splice(0)) w.reject(new Error('the lexicon check was closed before it answered'));
    this.#threads.dispose();
  }
}
