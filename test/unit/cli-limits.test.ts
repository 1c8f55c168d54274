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
    const all = spawnSync(process.execPath, [cli, big, '--max-size', '0', '--json'], { stdio: ['ignore', 'ignore', 'pipe'] });
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
