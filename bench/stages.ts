/**
 * Where a reading's memory goes, stage by stage (issue #14: memory at most 25×
 * the text). For one hostile family at each size: the live heap at its peak
 * during each stage of `analyse` and what is held after it, then what each
 * part of the finished model holds, as multiples of the text's bytes.
 *
 *   node --expose-gc --max-semi-space-size=1 --gc-global dist/bench-stages.js <family> <n>…
 *
 * Run with `--gc-global` and a 1 MB semi-space, every collection is a full one
 * and comes about every megabyte allocated: the peak is sampled about every
 * megabyte, as in `bench-hostile --peak`. Never fails on a number.
 */
import { GCProfiler, getHeapSpaceStatistics } from 'node:v8';
import { analyse, stageProbe } from '../src/core/analyse';
import type { Analysis } from '../src/core/model/model';
import { FAMILIES } from './hostile';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const used = () => process.memoryUsage().heapUsed;

function stages(text: string, format: 'markdown' | 'plain', base: number): { rows: [string, number, number][]; model: Analysis } {
  const rows: [string, number, number][] = [];
  let profiler = new GCProfiler();
  profiler.start();
  stageProbe.after = (stage) => {
    const collections = profiler.stop()?.statistics ?? [];
    const peak = Math.max(used(), ...collections.map((c) => c.afterGC.heapStatistics.usedHeapSize));
    gc!();
    rows.push([stage, peak - base, used() - base]);
    profiler = new GCProfiler();
    profiler.start();
  };
  const model = analyse(text, { format });
  stageProbe.after('link and return', model);
  profiler.stop();
  stageProbe.after = undefined;
  return { rows, model };
}

/** What each part of `model` holds alone, dropped one after another (so a part shared with an earlier one counts there). */
function parts(model: Analysis): [string, number][] {
  const m = model as { -readonly [K in keyof Analysis]: Analysis[K] | null };
  const out: [string, number][] = [];
  const drop = (name: string, go: () => void) => {
    gc!();
    const before = used();
    go();
    gc!();
    out.push([name, before - used()]);
  };
  drop('claims', () => (m.claims = null));
  drop('figures', () => (m.figures = null));
  drop('entities', () => (m.entities = null));
  drop('blocks, sections, notices', () => (m.blocks = m.sections = m.notices = null));
  drop('masked text', () => (m.masked = null));
  drop('text and the rest', () => (m.text = m.warnings = null as never));
  return out;
}

const [id, ...sizes] = process.argv.slice(2);
const family = FAMILIES.find((f) => f.id === id);
if (!family || (family.step !== 'markdown' && family.step !== 'plain')) throw new Error(`no reading family "${id}"`);
for (const n of sizes.map(Number)) {
  const text = family.make(n);
  const bytes = Buffer.byteLength(text);
  analyse(text, { format: family.step });
  gc();
  const base = used();
  const spaces = () => new Map(getHeapSpaceStatistics().map((s) => [s.space_name, s.space_used_size]));
  const spacesBefore = spaces();
  const { rows, model } = stages(text, family.step, base);
  gc();
  const grown = [...spaces()].map(([name, size]) => `${name} ${((size - (spacesBefore.get(name) ?? 0)) / bytes).toFixed(1)}`).join(', ');
  const x = (b: number) => (b / bytes).toFixed(1);
  console.log(`\n${family.id} at ${text.length} characters: ${model.claims.length} claims, ${model.claims.reduce((a, c) => a + c.cues.length, 0)} cues, ${model.figures.length} figures, ${model.entities.length} entities, ${model.entities.reduce((a, e) => a + e.mentions.length, 0)} mentions`);
  console.log('| stage | peak ×text | held after ×text |\n| --- | --- | --- |');
  for (const [stage, peak, held] of rows) console.log(`| ${stage} | ${x(peak)} | ${x(held)} |`);
  console.log('| part of the model | held ×text |\n| --- | --- |');
  for (const [part, held] of parts(model)) console.log(`| ${part} | ${x(held)} |`);
  console.log(`heap spaces grown over the reading, with the model held, ×text: ${grown}`);
  console.log(`held with nothing of the model left: ${x(used() - base)}`);
}
