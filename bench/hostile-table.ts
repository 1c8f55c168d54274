/**
 * `npm run bench`'s table of hostile families (issue #14): for each family in
 * `bench/hostile.ts`, CPU time at two sizes 4× apart (this process, least of 3
 * readings; the exponent and seconds per MB at the larger size), and the peak
 * memory of a reading at two sizes, as a multiple of the text's bytes.
 *
 * Memory is measured in a child process per family (`--peak <id> <n>…`), over
 * what it held after a warm-up reading of the same text: the live heap at its
 * peak (see {@link peaks}), and the growth of its peak resident memory
 * (`maxRSS`), which at these sizes is mostly garbage V8 had not yet collected.
 * Never fails on a number.
 *
 *   node dist/bench-hostile.js [family-id …] [--small N] [--memory N]
 */
import { spawnSync } from 'node:child_process';
import { GCProfiler } from 'node:v8';
import { FAMILIES, growth, readAs, type Family } from './hostile';

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * Child: reads `family` at each size in turn; prints one line per size,
 * `peak <chars> <bytes> <live heap at its peak> <resident memory added>` (bytes).
 * The live heap is the most the heap held after any collection during the
 * reading; run with `--gc-global` every collection is a full one, and with a
 * 1 MB semi-space one comes about every megabyte allocated, so this is the
 * memory the reading needed, sampled about every megabyte (garbage V8 had not
 * yet collected does not count, as it does in the resident memory).
 */
function peaks(family: Family, sizes: readonly number[]): void {
  for (const n of sizes) {
    const text = family.make(n);
    // The warm-up is the same reading: V8 compiles and optimises the code this
    // text runs (over a megabyte at these sizes, and when depends on the load of
    // the machine) before the measure starts, so it does not count as the reading's memory.
    readAs(family.step, text);
    gc?.();
    const before = process.memoryUsage();
    const profiler = new GCProfiler();
    profiler.start();
    readAs(family.step, text);
    const after = process.memoryUsage().heapUsed;
    const collections = profiler.stop()?.statistics ?? [];
    // A reading that allocated too little for any collection: what the heap holds after it (garbage included).
    const most = collections.length ? Math.max(...collections.map((c) => c.afterGC.heapStatistics.usedHeapSize)) : after;
    const live = Math.max(0, most - before.heapUsed);
    const resident = process.resourceUsage().maxRSS * 1024 - before.rss;
    console.log(`peak ${text.length} ${Buffer.byteLength(text)} ${live} ${Math.max(0, resident)}`);
  }
}

interface Peak {
  readonly chars: number;
  readonly bytes: number;
  readonly live: number;
  readonly resident: number;
}

/** Runs the child for `family`; the peaks it printed, or none if it failed. */
function measurePeaks(family: Family, sizes: readonly number[]): Peak[] {
  const flags = ['--expose-gc', '--max-semi-space-size=1', '--gc-global'];
  const child = spawnSync(process.execPath, [...flags, __filename, '--peak', family.id, ...sizes.map(String)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return [...(child.stdout ?? '').matchAll(/^peak (\d+) (\d+) (\d+) (\d+)$/gm)].map((m) => ({
    chars: Number(m[1]),
    bytes: Number(m[2]),
    live: Number(m[3]),
    resident: Number(m[4]),
  }));
}

const row = (cells: (string | number)[]) => console.log(`| ${cells.join(' | ')} |`);
const times = (p: Peak | undefined, of: 'live' | 'resident') => (p ? (p[of] / p.bytes).toFixed(1) : '—');

function table(ids: readonly string[], small: number, memory: number): void {
  const families = ids.length ? FAMILIES.filter((f) => ids.includes(f.id)) : FAMILIES;
  console.log(
    `\nHostile input families (CPU: least of 3 readings at ${small / 1000}K and ${(4 * small) / 1000}K characters, this process; ` +
      `memory: what a reading adds at its peak, in a child process, at ${memory / 1000}K and ${(4 * memory) / 1000}K characters, as a multiple of the text's bytes):\n`,
  );
  row(['family', 'what it is', 'ms small', 'ms large', 'growth exponent', 'CPU s per MB', 'live heap ×text (small)', 'live heap ×text (large)', 'resident ×text (large)']);
  row(['---', '---', '---', '---', '---', '---', '---', '---', '---']);
  for (const family of families) {
    const g = growth(family, small, 4, 3);
    const [a, b] = measurePeaks(family, [memory, 4 * memory]);
    row([family.id, family.says, g.smallMs.toFixed(0), g.largeMs.toFixed(0), g.exponent.toFixed(2), g.secondsPerMb.toFixed(2), times(a, 'live'), times(b, 'live'), times(b, 'resident')]);
  }
}

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args.splice(at, 2)[1]) : fallback;
};
if (args[0] === '--peak') {
  const family = FAMILIES.find((f) => f.id === args[1]);
  if (!family) throw new Error(`no hostile family "${args[1]}"`);
  peaks(family, args.slice(2).map(Number));
} else {
  const small = option('--small', 32_000);
  const memory = option('--memory', 16_000);
  table(args, small, memory);
}
