import { ThreadStarter, type RemoteWorker, type ThreadOptions } from './threads';

/**
 * The starter a user of workers (the readings' runner, the lexicon check) starts
 * them from: the one it was given, shared with others and ended by whoever made
 * it, or else one of its own, ended with it. The one place that decides which.
 */
export class StarterUse {
  readonly #threads: ThreadStarter;
  readonly #own: boolean;

  /** @param given a starter shared with others (the extension's); without it, one of this user's own. */
  constructor(given?: ThreadStarter) {
    this.#own = !given;
    this.#threads = given ?? new ThreadStarter();
  }

  /** Starts a worker (threads.ts `ThreadStarter.start`); throws when no starter can be had. */
  start(path: string, options?: ThreadOptions): RemoteWorker {
    return this.#threads.start(path, options);
  }

  /** Why no starter can be had any more, if so. */
  get failed(): Error | undefined {
    return this.#threads.failed;
  }

  /** Ends the starter if it is this user's own; a shared one is left to its maker. */
  dispose(): void {
    if (this.#own) this.#threads.dispose();
  }
}
