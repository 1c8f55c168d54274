import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SHARED } from './helpers';

const cli = resolve('dist/cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: tmpdir() });
const scratch = mkdtempSync(join(tmpdir(), 'policy-lens-cli-'));

describe('Command line', () => {
  it('Prints the outline with claim tags, then entities and figures', () => {
    const result = run(join(SHARED, 'samples/belarus-dilemma.txt'));
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /§ Why Belarus Matters/);
    assert.match(result.stdout, /(GEO|MIL|ECO) .* question/);
    assert.match(result.stdout, /Entities \(\d+\)/);
    assert.match(result.stdout, /Figures \(\d+\)/);
  });

  it('Prints the JSON contract with --json', () => {
    const result = run(join(SHARED, 'samples/belarus-dilemma.txt'), '--json');
    assert.equal(result.status, 0, result.stderr);
    const json = JSON.parse(result.stdout);
    assert.equal(json.schema, 'policy-lens/analysis@1');
    assert.ok(json.sections.some((s: { title: string }) => s.title === 'Why Belarus Matters'));
    const claim = json.claims[1];
    for (const key of ['start', 'end', 'text', 'section', 'primary', 'categories', 'role', 'cues']) assert.ok(key in claim, key);
    assert.ok(Array.isArray(json.entities) && Array.isArray(json.figures));
    // Every decision lists the rules that made it (empty until an analyser records them).
    for (const part of [...json.claims, ...json.entities, ...json.figures]) assert.ok(Array.isArray(part.why), JSON.stringify(part).slice(0, 80));
  });

  it('Accepts --why, and keeps the reading it prints without it', () => {
    const result = run(join(SHARED, 'samples/belarus-dilemma.txt'), '--why', '--no-color');
    assert.equal(result.status, 0, result.stderr);
    const plain = run(join(SHARED, 'samples/belarus-dilemma.txt'), '--no-color').stdout;
    assert.deepEqual(plain.split('\n'), result.stdout.split('\n').filter((line) => !line.startsWith('        why: ')));
  });

  it('Says in --json whether the document reads as a policy document', () => {
    const essay = JSON.parse(run(join(SHARED, 'samples/belarus-dilemma.txt'), '--json').stdout);
    assert.equal(essay.policyDocument, true);
    assert.ok(essay.policyScore > 0.5 && essay.policyScore <= 1);
    const notes = write('notes.md', Buffer.from('# Sprint notes\n\n- Ana: fix the login bug\n- Tom: install the new build server\n- Next meeting on Friday\n'));
    const json = JSON.parse(run(notes, '--json').stdout);
    assert.equal(json.policyDocument, false);
    assert.ok(json.policyScore < 0.5);
  });

  it('Cuts claims to 100 columns into a pipe, and prints them whole with --full', () => {
    const long = `${'The tariff on imported steel rose again this year, '.repeat(6)}and exports fell.\n`;
    const file = write('long.txt', Buffer.from(long));
    const cut = run(file).stdout.split('\n').find((l) => l.includes('tariff on imported steel'))!;
    assert.ok(cut.length <= 100 && cut.endsWith('…'), cut);
    const whole = run(file, '--full').stdout;
    assert.ok(whole.includes('and exports fell.'), whole);
  });

  it('Runs on the project sample with no configuration', () => {
    const result = run(resolve('samples/brief.md'));
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /§ Why the Route Matters/);
  });

  const bad: [string, () => string, RegExp][] = [
    ['a missing file', () => join(scratch, 'nope.txt'), /no such file/],
    ['a folder', () => scratch, /is a folder/],
    ['a binary file', () => write('bin.txt', Buffer.from([0x25, 0x50, 0x00, 0x01, 0x02])), /binary/],
    ['a non-UTF-8 file', () => write('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61])), /not valid UTF-8/],
  ];
  for (const [what, make, message] of bad) {
    it(`Gives ${what} a one-line message and exit code 2`, () => {
      const result = run(make());
      assert.equal(result.status, 2);
      assert.match(result.stderr, message);
      assert.equal(result.stderr.trim().split('\n').length, 1);
      assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
    });
  }

  it('Rejects unknown options with exit code 2', () => {
    const result = run('--frobnicate');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /unknown option/);
  });
});

function write(name: string, bytes: Buffer): string {
  const path = join(scratch, name);
  writeFileSync(path, bytes);
  return path;
}
