import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeAnnotation, pageText } from '../../src/core/annotations/write';
import { shared } from './helpers';

const cli = resolve('dist/cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: tmpdir() });
const NOW = '2026-03-01T10:00:00Z';

interface Json {
  claims: { start: number; end: number; text: string; primary: string | null; source?: string }[];
  annotations?: { id: string; status: string; start: number | null; end: number | null; motivation: string }[];
}

/** A copy of the Belarus sample in a scratch workspace, its claims as read without annotations, and notes on two of them. */
function workspace(prepend = '') {
  const root = mkdtempSync(join(tmpdir(), 'policy-lens-notes-cli-'));
  const text = shared('samples/belarus-dilemma.txt');
  const doc = join(root, 'docs', 'belarus.txt');
  mkdirSync(join(root, 'docs'));
  writeFileSync(doc, text);
  const before = JSON.parse(run(doc, '--json').stdout) as Json;
  const claimed = before.claims.filter((c) => c.primary !== null);
  const [noted, retagged] = [claimed[2], claimed[4]];
  const other = (['geopolitical', 'military', 'economic'] as const).find((c) => c !== retagged.primary)!;
  const annotations = [
    makeAnnotation('urn:uuid:note', text, noted, { note: 'Is this still true?' }, NOW),
    makeAnnotation('urn:uuid:retag', text, retagged, { correction: { field: 'category', value: other } }, NOW),
  ];
  const notes = join(root, '.policy-lens', 'docs', 'belarus.txt.annotations.json');
  mkdirSync(join(root, '.policy-lens', 'docs'), { recursive: true });
  writeFileSync(notes, pageText(annotations));
  if (prepend) writeFileSync(doc, prepend + text);
  return { root, doc, notes, before, noted, retagged, other };
}

describe('Command line with the reader’s annotations', () => {
  it('Finds the file the extension keeps for the document, and applies its correction with source "reader"', () => {
    const { doc, before, noted, retagged, other } = workspace();
    const result = run(doc, '--json');
    assert.equal(result.status, 0, result.stderr);
    const json = JSON.parse(result.stdout) as Json;
    assert.deepEqual(json.annotations, [
      { id: 'urn:uuid:note', status: 'anchored', start: noted.start, end: noted.end, motivation: 'commenting' },
      { id: 'urn:uuid:retag', status: 'anchored', start: retagged.start, end: retagged.end, motivation: 'classifying' },
    ]);
    const changed = json.claims.filter((c) => c.source === 'reader');
    assert.deepEqual(
      changed.map((c) => [c.start, c.primary]),
      [[retagged.start, other]],
    );
    assert.equal(json.claims.length, before.claims.length);
  });

  it('Follows the text when a paragraph was added above the notes outside the editor', () => {
    const opening = 'A new opening paragraph written after the notes were taken.\n\n';
    const { doc, noted } = workspace(opening);
    const json = JSON.parse(run(doc, '--json').stdout) as Json;
    assert.equal(json.annotations![0].status, 'anchored');
    assert.equal(json.annotations![0].start, noted.start + opening.length);
  });

  it('Reads the file named by --annotations, and lists the notes after the reading', () => {
    const { doc, notes } = workspace();
    const moved = join(tmpdir(), `policy-lens-moved-${process.pid}.json`);
    writeFileSync(moved, JSON.stringify(JSON.parse(readFileSync(notes, 'utf8'))));
    const result = run(doc, '--annotations', moved);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /Your annotations \(2\)/);
    assert.match(result.stdout, /note: Is this still true\?/);
    assert.match(result.stdout, /✎ category → /);
  });

  it('Gives a malformed annotation file a one-line message and exit code 2', () => {
    const { doc, notes } = workspace();
    writeFileSync(notes, '{ "type": "AnnotationPage", "items": [');
    const result = run(doc, '--json');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /belarus\.txt\.annotations\.json: not valid JSON/);
    assert.equal(result.stderr.trim().split('\n').length, 1);
    assert.equal(result.stdout, '');
  });

  it('Reports and skips one bad annotation, and still applies the others', () => {
    const { doc, notes, retagged } = workspace();
    const page = JSON.parse(readFileSync(notes, 'utf8'));
    page.items.push({ id: 'urn:uuid:broken', type: 'Annotation', body: { value: 'x' } });
    writeFileSync(notes, JSON.stringify(page));
    const result = run(doc, '--json');
    assert.equal(result.status, 0);
    assert.match(result.stderr, /annotation urn:uuid:broken skipped: an annotation needs a "target"/);
    const json = JSON.parse(result.stdout) as Json;
    assert.equal(json.annotations!.length, 2);
    assert.ok(json.claims.some((c) => c.start === retagged.start && c.source === 'reader'));
  });
});
