/**
 * Work on the extension host done in slices of about `sliceMs`: the caller asks
 * {@link Slices.due} as it goes (cheap: a clock read) and awaits
 * {@link Slices.turn} when it is, so the event loop gets a turn and no slice
 * holds the thread much longer than `sliceMs`, however slow the machine is at
 * that moment. A count of items between turns cannot promise that: 2,000 lenses
 * took 15 ms on a quiet machine and 150 on a loaded one.
 */
export class Slices {
  readonly #sliceMs: number;
  #started = performance.now();

  constructor(sliceMs = 8) {
    this.#sliceMs = sliceMs;
  }

  /** True when the present slice has run its time. */
  due(): boolean {
    return performance.now() - this.#started >= this.#sliceMs;
  }

  /** Gives the event loop a turn and starts the next slice. */
  async turn(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.#started = performance.now();
  }
}
