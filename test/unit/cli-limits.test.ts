import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { writeJson } from '../../src/cli/json';
import { JsonRows, toJson, toJsonRows } from '../../src/core/model/contract';
import { analyse } from '../../src/core/analyse';
import { shared } from './helpers';
import { boundFor, defaultHeapLimit, BOUND_FROM_BYTES } from '../../src/cli/bounded';
import { parseArgs, type Args } from '../../src/cli/args';

const cli = resolve('dist/cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: tmpdir() });
const scratch = mkdtempSync(join(tmpdir(), 'policy-lens-limits-'));

describe('Command line limits', () => {
  const big = join(scratch, 'big.txt');
  writeFileSync(big, 'Trade rose by 4% in 2021. '.repeat(80_000)); // 2,080,000 bytes

  it('Refuses a file above the editor’s size limit with one line and exit code 2', () => {
    const result = run(big);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /big\.txt: 2080000 bytes, above the limit of 2000000 \(--max-size; 0 reads any size\)/);
    assert.equal(result.stderr.trim().split('\n').length, 1);
    assert.equal(result.stdout, '');
  });

  it('Reads it with --max-size 0, and refuses a smaller file above a lower limit', () => {
    // Above the default limit but cheap to read (blank lines), so that the test times the limit, not the analyser on a loaded machine.
    const blank = join(scratch, 'blank.txt');
    writeFileSync(blank, '\n'.repeat(2_080_000));
    assert.equal(run(blank).status, 2);
    const all = spawnSync(process.execPath, [cli, blank, '--max-size', '0', '--json'], { stdio: ['ignore', 'ignore', 'pipe'] });
    assert.equal(all.status, 0, String(all.stderr));
    const small = join(scratch, 'small.txt');
    writeFileSync(small, 'Trade rose by 4% in 2021.');
    assert.equal(run(small, '--max-size=10').status, 2);
    assert.equal(run(small, '--max-size=25').status, 0);
  });

  it('Rejects a --max-size that is not a number of bytes', () => {
    for (const bad of ['-1', 'lots', '1e6']) {
      const result = run(big, `--max-size=${bad}`);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /--max-size takes a number of bytes/);
    }
  });

  it('Reads with a bounded heap and prints what an unbounded reading prints', () => {
    const essay = resolve('..', 'shared', 'samples', 'belarus-dilemma.txt');
    const free = run(essay, '--json', '--heap-limit', '0');
    const bounded = run(essay, '--json', '--heap-limit', '200');
    assert.equal(bounded.status, 0, bounded.stderr);
    assert.equal(bounded.stdout, free.stdout);
    assert.equal(bounded.stderr, free.stderr);
  });

  it('Reads again without a limit, and says so, when a reading needs more heap than --heap-limit gives', () => {
    const essay = resolve('..', 'shared', 'samples', 'belarus-dilemma.txt');
    const free = run(essay, '--json', '--heap-limit', '0');
    const tight = run(essay, '--json', '--heap-limit', '2');
    assert.equal(tight.status, 0, tight.stderr);
    assert.equal(tight.stdout, free.stdout, 'nothing is lost');
    assert.match(tight.stderr, /needed more than 2 MB of heap \(--heap-limit\); read again without a limit/);
  });

  it('Bounds the heap by default only for files of 8 MB or more that the size limit lets through, and rejects a limit that is not a number', () => {
    const args = (extra: string[]) => parseArgs([big, ...extra]) as Args;
    assert.equal(boundFor(args(['--max-size', '0'])), null, 'a 2 MB file reads with V8’s own heap');
    assert.equal(boundFor(args(['--heap-limit', '300'])), 300);
    assert.equal(boundFor(args(['--heap-limit', '0'])), null);
    const large = join(scratch, 'large.txt');
    writeFileSync(large, 'x'.repeat(BOUND_FROM_BYTES));
    assert.equal(boundFor(parseArgs([large, '--max-size', '0']) as Args), defaultHeapLimit(BOUND_FROM_BYTES));
    assert.equal(boundFor(parseArgs([large]) as Args), null, 'above --max-size the run refuses it anyway');
    assert.ok(defaultHeapLimit(20e6) < 500 / 1.5, 'a 20 MB text gets a heap well under the 500 MB the whole process may use');
    assert.match(parseArgs([big, '--heap-limit', 'lots']) as string, /--heap-limit takes a number of megabytes/);
  });

  it('Writes JSON in pieces that read back as the model, one claim, entity or figure a line', () => {
    const model = toJson(analyse(shared('samples/belarus-dilemma.txt'), { format: 'plain' })) as unknown as Record<string, unknown>;
    const chunks: string[] = [];
    writeJson(model, (c) => chunks.push(c));
    const out = chunks.join('');
    assert.deepEqual(JSON.parse(out), model);
    assert.ok(chunks.length > 1, 'a model of this size is written in more than one piece');
    const claims = model.claims as unknown[];
    assert.equal(out.split('\n').filter((line) => line.startsWith('  {"start"') && line.includes('"role"')).length, claims.length);
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        let text = '';
        writeJson(value, (c) => (text += c));
        assert.deepEqual(JSON.parse(text), JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('Writes the rows of a model as they are made: the same JSON as the whole model, each element made when its line is written', () => {
    const analysis = analyse(shared('samples/belarus-dilemma.txt'), { format: 'plain' });
    let whole = '';
    writeJson(toJson(analysis) as unknown as Record<string, unknown>, (c) => (whole += c));
    let rows = '';
    writeJson(toJsonRows(analysis) as unknown as Record<string, unknown>, (c) => (rows += c));
    assert.equal(rows, whole);
    assert.ok(analysis.claims.length > 50 && analysis.figures.length > 10);

    const made: number[] = [];
    const lines = new JsonRows(3, (i) => (made.push(i), { n: i }));
    assert.deepEqual(made, [], 'nothing is made before it is written');
    let text = '';
    writeJson({ lines }, (c) => {
      // Every element before this piece was made by the time it is written, none after.
      assert.equal(made.length, (c.match(/"n"/g) ?? []).length + (text.match(/"n"/g) ?? []).length);
      text += c;
    });
    assert.deepEqual(JSON.parse(text), { lines: [{ n: 0 }, { n: 1 }, { n: 2 }] });
    assert.equal(JSON.stringify({ lines }), '{"lines":[{"n":0},{"n":1},{"n":2}]}');
  });
});
