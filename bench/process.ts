/**
 * Whole processes, start to exit: the command line (`node dist/cli.js <file>
 * --json`) against the floor (`node dist/floor.js <file>`, remark-parse alone),
 * run in turn A B A B … so the ratio is taken pair by pair on a noisy machine;
 * then the peak memory of the command line on a 20 MB plain-text file. Part of
 * `npm run bench`; prints rows for BENCHMARKS.md, never fails on a number.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const essay = readFileSync(resolve(process.cwd(), '..', 'shared', 'samples', 'belarus-dilemma.txt'), 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'policy-lens-bench-'));
/** Reports the process's peak resident memory on standard error as it exits. */
const peakHook = join(scratch, 'peak.cjs');
writeFileSync(peakHook, "process.on('exit', () => require('fs').writeSync(2, `\\npeak-rss-kb ${process.resourceUsage().maxRSS}\\n`));\n");

interface Run {
  readonly ms: number;
  readonly peakMb: number;
  readonly status: number | null;
}

function run(script: string, args: readonly string[]): Run {
  const t0 = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--require', peakHook, script, ...args], {
    encoding: 'utf8',
    maxBuffer: 2 ** 31 - 1,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const peak = /peak-rss-kb (\d+)/.exec(child.stderr ?? '');
  return { ms, peakMb: peak ? Number(peak[1]) / 1024 : NaN, status: child.status };
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const row = (cells: (string | number)[]) => console.log(`| ${cells.join(' | ')} |`);

try {
  const essay100 = join(scratch, 'essay-x100.txt');
  writeFileSync(essay100, Array.from({ length: 100 }, () => essay).join('\n'));
  console.log('\nWhole processes, start to exit (sample essay ×100, 1.35 MB; 7 pairs run in turn, after one warm-up pair):\n');
  row(['command', 'median (ms)', 'min (ms)', 'max (ms)', 'peak memory (MB)']);
  row(['---', '---', '---', '---', '---']);
  const cli = ['dist/cli.js', essay100, '--json'];
  const floor = ['dist/floor.js', essay100];
  run(cli[0], cli.slice(1));
  run(floor[0], floor.slice(1));
  const a: Run[] = [];
  const b: Run[] = [];
  for (let i = 0; i < 7; i++) {
    a.push(run(cli[0], cli.slice(1)));
    b.push(run(floor[0], floor.slice(1)));
  }
  for (const [name, runs] of [
    ['`policy-lens essay×100 --json`', a],
    ['floor: remark-parse alone', b],
  ] as const) {
    const ms = runs.map((r) => r.ms);
    row([name, median(ms).toFixed(0), Math.min(...ms).toFixed(0), Math.max(...ms).toFixed(0), median(runs.map((r) => r.peakMb)).toFixed(0)]);
  }
  const ratios = a.map((r, i) => r.ms / b[i].ms);
  console.log(`\nRatio pair by pair: median ${median(ratios).toFixed(2)} (min ${Math.min(...ratios).toFixed(2)}, max ${Math.max(...ratios).toFixed(2)})`);

  const big = join(scratch, 'essay-20mb.txt');
  const copies = Math.ceil(20e6 / Buffer.byteLength(essay));
  writeFileSync(big, Array.from({ length: copies }, () => essay).join('\n'));
  console.log('\nPeak memory of the command line on a 20 MB plain-text file (one run each):\n');
  row(['command', 'time (s)', 'peak memory (MB)', 'exit']);
  row(['---', '---', '---', '---']);
  // `--max-size 0` lifts the command line's size limit where it has one.
  const help = spawnSync(process.execPath, ['dist/cli.js', '--help'], { encoding: 'utf8' }).stdout;
  const limit = help.includes('--max-size') ? ['--max-size', '0'] : [];
  for (const extra of [[], ['--json']]) {
    const r = run('dist/cli.js', [big, ...limit, ...extra]);
    row([`\`policy-lens <20 MB> ${[...limit, ...extra].join(' ')}\``, (r.ms / 1000).toFixed(1), r.peakMb.toFixed(0), String(r.status)]);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
