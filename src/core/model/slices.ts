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

/**
 * `each` of every item, the ones it answers undefined for left out, in slices of
 * `slices` (a turn of the event loop whenever one has run its time). `stale`,
 * asked at each turn, abandons the walk (undefined) when a newer one replaced it.
 */
export async function mapInSlices<T, R>(
  items: Iterable<T>,
  each: (item: T, index: number) => R | undefined,
  slices = new Slices(),
  stale: () => boolean = () => false,
): Promise<R[] | undefined> {
  const out: R[] = [];
  let index = 0;
  for (const item of items) {
    if (slices.due()) {
      await slices.turn();
      if (stale()) return undefined;
    }
    const mapped = each(item, index++);
    if (mapped !== undefined) out.push(mapped);
  }
  return out;
}
