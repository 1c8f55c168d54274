/**
 * What the extension host does with one document's reading, part by part, timed
 * (issue #14: the host is never held over 50 ms). The editor test
 * (test/e2e/stall-checks.mjs) reads its footnote-heavy 200 KB report beside the
 * sample; here the same report (and the essay) is read as the worker reads it,
 * packed, and then each host step is run as the extension runs it: unpacking in
 * slices, the model index, the policy gate's measures, the CodeLens specs with
 * their tooltips (in the provider's slices), the argument outline's roots and
 * every section opened; the listeners of the landed model (`host-listeners.ts`). For each step: the longest the event loop was held at
 * once, in CPU ms (what the code does) and wall ms (with what a busy machine
 * adds), and the whole step in CPU ms (medians of the runs).
 *
 *   node --expose-gc dist/bench-host.js [runs] [--threads]
 *
 * Then the start and end of a worker, on the host and from the starter thread
 * (`host-threads.ts`); `--threads` times those alone.
 *
 * A benchmark, not a test: nothing fails on a number.
 */
import { readFileSync } from 'node:fs';
import { Reader } from '../src/core/analyse';
import { ModelIndex } from '../src/core/model/lookup';
import { pack, unpackInSlices } from '../src/core/model/packed';
import type { Analysis } from '../src/core/model/model';
import { readPolicy } from '../src/core/model/policy';
import { Slices } from '../src/core/model/slices';
import { lensesOf, lensTooltip } from '../src/vscode/present/lenses';
import { ArgumentOutline, type ArgumentNode } from '../src/vscode/present/outline';
import { DEFAULT_SETTINGS } from '../src/vscode/present/settings';
import { allListeners, listeners } from './host-listeners';
import { workerStarts } from './host-threads';
// @ts-expect-error: a plain ES module of the editor test, bundled by esbuild.
import { footnoteReport } from '../test/e2e/stall-checks.mjs';

const runs = Number(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 7);
const threadsOnly = process.argv.includes('--threads');
const gc = (globalThis as { gc?: () => void }).gc;
const essay = readFileSync(new URL('../../shared/samples/belarus-dilemma.txt', `file://${__filename}`), 'utf8');
const documents: [string, string, 'markdown' | 'plain'][] = [
  ['footnote-heavy report (200 KB)', (footnoteReport as (bytes: number) => string)(200_000), 'markdown'],
  ['the essay', essay, 'plain'],
];

/** CPU time of this process so far, in ms (the bench runs no other thread of its own). */
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

interface Held {
  /** The longest the event loop was held at once, in CPU ms and in wall ms (a busy machine adds the difference). */
  readonly cpu: number;
  readonly wall: number;
  /** The whole step, in CPU ms. */
  readonly total: number;
}

/**
 * Runs one step while a ticker takes every turn of the event loop it is given:
 * the longest gap between two of its ticks is the longest the step held the loop.
 */
async function held(step: () => Promise<unknown> | unknown): Promise<Held> {
  let wall = 0;
  let most = 0;
  let last = performance.now();
  let lastCpu = cpu();
  let running = true;
  const tick = () => {
    const now = performance.now();
    const used = cpu();
    wall = Math.max(wall, now - last);
    most = Math.max(most, used - lastCpu);
    [last, lastCpu] = [now, used];
    if (running) setImmediate(tick);
  };
  const started = cpu();
  setImmediate(tick);
  await new Promise<void>((resolve) => setImmediate(resolve));
  [last, lastCpu] = [performance.now(), cpu()];
  await step();
  tick();
  running = false;
  return { cpu: most, wall, total: cpu() - started };
}

const categories = DEFAULT_SETTINGS.categories;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  for (const [name, text, format] of threadsOnly ? [] : documents) {
    const steps = new Map<string, Held[]>();
    const add = (step: string, t: Held) => steps.set(step, [...(steps.get(step) ?? []), t]);
    let claims = 0;
    for (let run = 0; run < runs; run++) {
      const { text: _t, ...reading } = new Reader().analyse(text, { format });
      void _t;
      const { packed } = pack(reading);
      gc?.(); // the worker's garbage is not the host's
      let analysis: Analysis | undefined;
      add('unpacking (8 ms slices)', await held(async () => void (analysis = { ...(await unpackInSlices(packed)), text } as Analysis)));
      const model = analysis!;
      claims = model.claims.length;
      add('model index', await held(() => new ModelIndex(model)));
      add('policy gate (`readPolicy`, on the host at ea68efe, in the worker now)', await held(() => readPolicy(model)));
      for (const mode of ['claim', 'paragraph'] as const) {
        // As the provider builds them: each lens's spec and tooltip, a turn when a slice has run its time.
        add(`CodeLens specs and tooltips (${mode}), 8 ms slices`, await held(async () => {
          const slices = new Slices();
          for (const spec of lensesOf(model, mode, categories)) {
            if (slices.due()) await slices.turn();
            void lensTooltip(model, spec);
          }
        }));
        // As it did at ea68efe: a turn every 2,000 lenses.
        add(`CodeLens specs and tooltips (${mode}), 2,000 a slice (ea68efe)`, await held(async () => {
          let seen = 0;
          for (const spec of lensesOf(model, mode, categories)) {
            if (++seen % 2000 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
            void lensTooltip(model, spec);
          }
        }));
      }
      // The listeners of the landed model, each on its own and all together: one go (d3ac18f), sliced and a turn each (now).
      const policy = readPolicy(model);
      for (const sliced of [false, true]) {
        const when = sliced ? 'now' : 'd3ac18f';
        const steps = listeners(model, policy, categories, sliced);
        for (const [listener, step] of steps) add(`changed: ${listener} (${when})`, await held(step));
        add(`changed: all listeners, ${sliced ? 'a turn each' : 'in one task'} (${when})`, await held(() => allListeners(steps, sliced)));
      }
      // As VS Code asks: the roots, then each section's rows in a task of its own.
      add('argument outline, every section opened', await held(async () => {
        const outline = new ArgumentOutline(model, { filter: null, categories });
        const open = async (nodes: readonly ArgumentNode[]) => {
          for (const node of nodes) {
            if (node.kind !== 'section') continue;
            await new Promise<void>((resolve) => setImmediate(resolve));
            await open(outline.children(node));
          }
        };
        await open(outline.roots);
      }));
    }
    console.log(`\n${name}: ${text.length.toLocaleString('en-US')} characters, ${claims} claims; median of ${runs} runs, ms`);
    console.log('| step | longest hold, CPU ms | longest hold, wall ms | whole step, CPU ms |\n| --- | --- | --- | --- |');
    for (const [step, row] of steps) {
      const [a, b, c] = (['cpu', 'wall', 'total'] as const).map((k) => median(row.map((t) => t[k])).toFixed(1));
      console.log(`| ${step} | ${a} | ${b} | ${c} |`);
    }
  }
  console.log(`\nStarting and ending a reading worker (dist/worker.js, its first answer to a one-sentence reading); median (max) of ${runs} runs, ms`);
  for (const line of await workerStarts(runs, median)) console.log(line);
}
void main();
