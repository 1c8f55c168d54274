/**
 * Where a text's lines break, found once per text. `text.lastIndexOf('\n', at)`
 * scans back to the line's start, which on a document of one long line is the
 * whole text before `at`: asked once per word, that made a reading quadratic.
 * {@link lastNewline} answers the same question by a binary search over the
 * breaks, found in one pass the first time a text is asked about.
 */

/** The breaks of the texts asked about most recently (the document and, while it is read, one derived text). */
const recent: { text: string; breaks: Int32Array }[] = [];
const KEEP = 2;

function breaksOf(text: string): Int32Array {
  for (const entry of recent) if (entry.text === text) return entry.breaks;
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  const breaks = new Int32Array(count);
  for (let i = text.indexOf('\n'), k = 0; i >= 0; i = text.indexOf('\n', i + 1)) breaks[k++] = i;
  recent.unshift({ text, breaks });
  if (recent.length > KEEP) recent.pop();
  return breaks;
}

/** The same as `text.lastIndexOf('\n', at)` (the last line break at or before `at`, read as 0 when negative, or -1), in logarithmic time. */
export function lastNewline(text: string, at: number): number {
  const breaks = breaksOf(text);
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
