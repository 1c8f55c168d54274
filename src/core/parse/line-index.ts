/**
 * Where a text's lines break, found once per text and reading. `text.lastIndexOf('\n', at)`
 * scans back to the line's start, which on a document of one long line is the
 * whole text before `at`: asked once per word, that made a reading quadratic.
 * {@link lastNewline} answers the same question by a binary search over the
 * breaks, found in one pass the first time a reading asks about a text.
 *
 * The breaks belong to the reading: {@link withLineIndex} holds them for the
 * length of one reading (analyse.ts opens it round each reading, structure.ts
 * round a structure read alone) and lets them go when it ends, so nothing
 * outlives a reading. Asked outside a reading (a unit test of one reader),
 * `lastNewline` is `lastIndexOf` itself.
 */

/** One reading's breaks: of the texts it asked about most recently (the document and, while it is read, one derived text). */
class LineIndex {
  readonly #recent: { text: string; breaks: Int32Array }[] = [];

  breaksOf(text: string): Int32Array {
    for (const entry of this.#recent) if (entry.text === text) return entry.breaks;
    let count = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
    const breaks = new Int32Array(count);
    for (let i = text.indexOf('\n'), k = 0; i >= 0; i = text.indexOf('\n', i + 1)) breaks[k++] = i;
    this.#recent.unshift({ text, breaks });
    if (this.#recent.length > KEEP) this.#recent.pop();
    return breaks;
  }
}

const KEEP = 2;

/** The index of the reading under way, or null between readings. */
let reading: LineIndex | null = null;

/**
 * Runs `read` (one reading, synchronous) with a line index of its own, let go
 * when it returns or throws. Inside a reading already under way, `read` shares
 * that reading's index.
 */
export function withLineIndex<T>(read: () => T): T {
  if (reading) return read();
  reading = new LineIndex();
  try {
    return read();
  } finally {
    reading = null;
  }
}

/** The same as `text.lastIndexOf('\n', at)` (the last line break at or before `at`, read as 0 when negative, or -1), in logarithmic time inside a reading. */
export function lastNewline(text: string, at: number): number {
  if (!reading) return text.lastIndexOf('\n', at);
  const breaks = reading.breaksOf(text);
  if (at < 0) at = 0; // as lastIndexOf reads a negative position
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (breaks[mid] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? -1 : breaks[lo - 1];
}
