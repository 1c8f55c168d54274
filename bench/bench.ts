/**
 * `npm run bench`: speed and memory of the reading engine, measured side by side
 * with remark-parse alone on the same text in the same run. Prints a table to
 * paste into BENCHMARKS.md. Not a test: it never fails on a number.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { analyse, Reader } from '../src/core/analyse';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { ModelIndex } from '../src/core/model/lookup';
import { pack, unpack, unpackInSlices } from '../src/core/model/packed';
import { exportReading } from '../src/cli/export';

/** The floor: remark-parse alone, no plugins (Policy Lens adds GFM tables and front matter on top). */
const floorParser = unified().use(remarkParse);

const shared = resolve(process.cwd(), '..', 'shared', 'samples');
const essay = readFileSync(join(shared, 'belarus-dilemma.txt'), 'utf8');
const crsDir = join(shared, 'crs');
const crs = readdirSync(crsDir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(join(crsDir, f), 'utf8'))
  .join('\n\n');

const repeat = (text: string, bytes: number) => {
  const n = Math.max(1, Math.round(bytes / Buffer.byteLength(text)));
  return Array.from({ length: n }, () => text).join('\n\n');
};

/** Median wall time of `runs` runs, after one warm-up. */
function time(run: () => unknown, runs = 5): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const mb = (text: string) => (Buffer.byteLength(text) / 1e6).toFixed(2);
const row = (cells: (string | number)[]) => console.log(`| ${cells.join(' | ')} |`);

console.log(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}\n`);

console.log('Throughput against the floor (median of 5 runs after a warm-up):\n');
row(['document', 'MB', 'remark-parse alone (ms)', 'full analysis (ms)', 'ratio']);
row(['---', '---', '---', '---', '---']);
const essay100 = Array.from({ length: 100 }, () => essay).join('\n');
for (const [name, text, format] of [
  ['sample essay ×100 (plain text)', essay100, 'plain'],
  ['CRS reports repeated (markdown)', repeat(crs, 1e6), 'markdown'],
] as const) {
  const floor = time(() => floorParser.parse(text));
  const full = time(() => analyse(text, { format }));
  row([name, mb(text), floor.toFixed(0), full.toFixed(0), (full / floor).toFixed(2)]);
}

console.log('\nGrowth (sample essay repeated, plain text):\n');
row(['MB', 'analysis (ms)']);
row(['---', '---']);
const sizes: number[] = [];
const times: number[] = [];
for (const bytes of [0.5e6, 1e6, 2e6, 4e6]) {
  const text = repeat(essay, bytes);
  const t = time(() => analyse(text, { format: 'plain' }), 3);
  sizes.push(Buffer.byteLength(text));
  times.push(t);
  row([mb(text), t.toFixed(0)]);
}
// Least-squares slope of log(time) on log(size): 1 is linear.
const lx = sizes.map(Math.log);
const ly = times.map(Math.log);
const mx = lx.reduce((a, b) => a + b) / lx.length;
const my = ly.reduce((a, b) => a + b) / ly.length;
const slope = lx.reduce((s, x, i) => s + (x - mx) * (ly[i] - my), 0) / lx.reduce((s, x) => s + (x - mx) ** 2, 0);
console.log(`\nFitted exponent: ${slope.toFixed(2)}`);

console.log('\nHover lookups (1 MB document, 10,000 random offsets, from the cached model):\n');
const doc = repeat(essay, 1e6);
const index = new ModelIndex(analyse(doc, { format: 'plain' }));
index.hitAt(0); // the tables are built on the first lookup: measure lookups from a built index
const lookups: number[] = [];
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
for (let i = 0; i < 10_000; i++) {
  const offset = Math.floor(random() * doc.length);
  const t0 = process.hrtime.bigint();
  index.hitAt(offset);
  index.claimAt(offset);
  lookups.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
lookups.sort((a, b) => a - b);
const p = (q: number) => lookups[Math.min(lookups.length - 1, Math.floor(q * lookups.length))];
console.log(`p50 ${(p(0.5) * 1000).toFixed(1)} µs · p99 ${(p(0.99) * 1000).toFixed(1)} µs · max ${(p(1) * 1000).toFixed(1)} µs`);

console.log('\nEditing (one sentence added to one paragraph, 24 edits across the document, Reader kept between them):\n');
row(['document', 'MB', 'fresh analysis (ms)', 're-reading after the edit: median (ms)', 'p90 (ms)', 'paragraphs re-read', 'with packing + host unpacking + index: median (ms)']);
row(['---', '---', '---', '---', '---', '---', '---']);
for (const [name, text, format] of [
  ['CRS reports repeated (markdown)', repeat(crs, 1e6), 'markdown'],
  ['sample essay repeated (plain text)', repeat(essay, 1e6), 'plain'],
] as const) {
  const fresh = time(() => analyse(text, { format }), 3);
  const reader = new Reader();
  reader.analyse(text, { format });
  const reread: number[] = [];
  const refresh: number[] = [];
  let reReadBlocks = 0;
  for (let i = 0; i < 24; i++) {
    const at = text.indexOf('. ', Math.floor(text.length * (0.05 + (i % 12) * 0.08))) + 2;
    const edited = `${text.slice(0, at)}The ministry spent $${i + 3} billion on ships in 2024. ${text.slice(at)}`;
    const t0 = performance.now();
    const { text: _t, ...reading } = reader.analyse(edited, { format });
    void _t;
    const t1 = performance.now();
    const back = unpack(pack(reading).packed);
    new ModelIndex({ ...back, text: edited }).hitAt(0); // the first hover builds the tables
    const t2 = performance.now();
    reread.push(t1 - t0);
    refresh.push(t2 - t0);
    reReadBlocks = Math.max(reReadBlocks, reader.reuse?.blocks.computed ?? -1);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)];
  row([name, mb(text), fresh.toFixed(0), median(reread).toFixed(0), p90(reread).toFixed(0), `≤ ${reReadBlocks}`, median(refresh).toFixed(0)]);
}

console.log('\nMemory (4 MB document):\n');
const big = repeat(essay, 4e6);
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const before = process.memoryUsage().heapUsed;
const rssBefore = process.resourceUsage().maxRSS;
const model = analyse(big, { format: 'plain' });
const peakRss = process.resourceUsage().maxRSS;
gc?.();
const retained = process.memoryUsage().heapUsed - before;
console.log(
  `${mb(big)} MB: peak RSS of the process ${(peakRss / 1024).toFixed(0)} MiB (was ${(rssBefore / 1024).toFixed(0)} MiB before this step); ` +
    `model retained ${(retained / 2 ** 20).toFixed(0)} MiB of heap for ${model.claims.length} claims, ${model.figures.length} figures`,
);

console.log('\nOn the extension host (4 MB document): the work the worker cannot take off it\n');
{
  const { text: _text, ...reading } = model;
  void _text;
  const clone = time(() => structuredClone(reading), 3);
  const packTime = time(() => pack(reading), 3);
  const crossing = time(() => {
    const { packed, transfer } = pack(reading);
    return structuredClone(packed, { transfer });
  }, 3) - packTime;
  const { packed } = pack(reading);
  const unpackTime = time(() => unpack(packed), 3);
  const build = time(() => new ModelIndex(model).hitAt(0), 3);
  console.log(
    `object graph by structured clone (what postMessage would do, both ends): ${clone.toFixed(0)} ms\n` +
      `packed instead: packing in the worker ${packTime.toFixed(0)} ms; crossing with transfer ${Math.max(0, crossing).toFixed(0)} ms; ` +
      `unpacking on the host ${unpackTime.toFixed(0)} ms; building the offset index (on the first hover, not on arrival) ${build.toFixed(0)} ms`,
  );
}

void (async () => {
  // The longest stretch the host's event loop is held while a 4 MB model is unpacked in slices.
  const { text: _text, ...reading } = model;
  void _text;
  const { packed } = pack(reading);
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  const t0 = performance.now();
  await unpackInSlices(packed);
  const total = performance.now() - t0;
  delay.disable();
  console.log(`unpacking in slices on the host: ${total.toFixed(0)} ms in all, the event loop held at most ${(delay.max / 1e6).toFixed(1)} ms at a time`);
  afterUnpacking();
})();

/** The sections after the host's unpacking: they run once it has finished, so that its time is its own. */
function afterUnpacking(): void {
  // Issue #14's hostile families are timed and weighed by `bench/hostile-table.ts`, the last step of `npm run bench`.
  console.log('\nExport of the annotated brief (1 MB, markdown and plain text; median of 3 after a warm-up; target ≤ 2× the analysis):\n');
  row(['document', 'MB', 'analysis (ms)', 'HTML brief (ms)', 'markdown brief (ms)', 'HTML / analysis', 'HTML size (MB)']);
  row(['---', '---', '---', '---', '---', '---', '---']);
  for (const [name, text, format] of [
    ['CRS reports repeated (markdown)', repeat(crs, 1e6), 'markdown'],
    ['sample essay repeated (plain text)', repeat(essay, 1e6), 'plain'],
  ] as const) {
    const analysis = analyse(text, { format });
    const read = time(() => analyse(text, { format }), 3);
    let html = '';
    const htmlMs = time(() => (html = exportReading(analysis, 'html', name)), 3);
    const mdMs = time(() => exportReading(analysis, 'md', name), 3);
    row([name, mb(text), read.toFixed(0), htmlMs.toFixed(0), mdMs.toFixed(0), (htmlMs / read).toFixed(2), (Buffer.byteLength(html) / 1e6).toFixed(2)]);
  }
}
