/**
 * An event whose listeners each run in a turn of the event loop of their own,
 * in the order they subscribed. A model landing fires the model service's change
 * event; run in one go its listeners (decorations, the views, the status bar,
 * diagnostics, the lenses' refresh) held the extension host 80–100 ms beside a
 * footnote-heavy report of 2,000 claims on a loaded machine (issue #14's target
 * is 50 ms). Each listener's own work is then at most one task; a listener
 * disposed before its turn is not called. Free of `vscode`, so the benchmark and
 * the unit tests run it as the extension does.
 */
export class TurnEmitter<T> {
  readonly #listeners = new Set<{ readonly call: (value: T) => unknown }>();
  readonly #onError: (error: unknown) => void;
  #disposed = false;

  constructor(onError: (error: unknown) => void = (error) => console.error(error)) {
    this.#onError = onError;
  }

  /** Subscribes `listener` (as `vscode.Event` does: `thisArgs`, and a list the subscription is added to). */
  readonly event = (listener: (value: T) => unknown, thisArgs?: unknown, disposables?: { dispose(): void }[]): { dispose(): void } => {
    const entry = { call: (value: T) => listener.call(thisArgs, value) };
    this.#listeners.add(entry);
    const subscription = { dispose: () => void this.#listeners.delete(entry) };
    disposables?.push(subscription);
    return subscription;
  };

  /** Calls the listeners subscribed now, each in a turn of its own, in order. */
  fire(value: T): void {
    const queue = [...this.#listeners];
    const next = (i: number): void => {
      if (i >= queue.length || this.#disposed) return;
      setImmediate(() => {
        if (this.#listeners.has(queue[i]) && !this.#disposed) {
          try {
            queue[i].call(value);
          } catch (error) {
            this.#onError(error);
          }
        }
        next(i + 1);
      });
    };
    next(0);
  }

  dispose(): void {
    this.#disposed = true;
    this.#listeners.clear();
  }
}
