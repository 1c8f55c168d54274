import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { mergeById } from '../../src/core/annotations/merge';
import { AnnotationFileError, readAnnotationText } from '../../src/core/annotations/read';
import { makeAnnotation, makeReply, pageText, withChange, writeFileAtomic, type WriteIo } from '../../src/core/annotations/write';

const TEXT = 'The port of Klaipeda handles most Belarusian potash. Its share fell after 2021.';
const NOW = '2026-03-01T10:00:00Z';
const LATER = '2026-03-02T10:00:00Z';
const note = makeAnnotation('urn:uuid:1', TEXT, { start: 0, end: 52 }, { note: 'Check the 2023 figure.' }, NOW, 'docs/brief.md');
const retag = makeAnnotation('urn:uuid:2', TEXT, { start: 53, end: 79 }, { correction: { field: 'category', value: 'economic' } }, NOW);
const scratch = mkdtempSync(join(tmpdir(), 'policy-lens-notes-'));

describe('The annotation file', () => {
  it('Is a W3C AnnotationPage with quote and position selectors that the schema accepts', () => {
    const page = JSON.parse(pageText([note, retag, makeReply('urn:uuid:3', 'urn:uuid:1', 'Done.', NOW)]));
    const schema = JSON.parse(readFileSync('schemas/annotations.schema.json', 'utf8'));
    const validate = new Ajv({ strict: false }).compile(schema);
    const valid: boolean = validate(page);
    assert.ok(valid, JSON.stringify(validate.errors));
    assert.equal(page.type, 'AnnotationPage');
    const [first, second] = page.items;
    assert.equal(first.motivation, 'commenting');
    assert.deepEqual(first.body, { type: 'TextualBody', purpose: 'commenting', value: 'Check the 2023 figure.', format: 'text/plain' });
    assert.equal(first.target.source, 'docs/brief.md');
    assert.deepEqual(first.target.selector[1], { type: 'TextPositionSelector', start: 0, end: 52 });
    assert.equal(first.target.selector[0].exact, 'The port of Klaipeda handles most Belarusian potash.');
    assert.deepEqual(second.body, { type: 'TextualBody', purpose: 'classifying', field: 'category', value: 'economic' });
  });

  it('The schema rejects a correction outside the vocabulary', () => {
    const schema = JSON.parse(readFileSync('schemas/annotations.schema.json', 'utf8'));
    const page = JSON.parse(pageText([retag]));
    page.items[0].body.value = 'cultural';
    assert.equal(new Ajv({ strict: false }).compile(schema)(page), false);
  });

  it('Keeps properties written by another tool when an annotation is changed and written again', () => {
    const page = JSON.parse(pageText([note]));
    page.generator = 'another-annotator';
    page.items[0].creator = { type: 'Person', name: 'A. Reader' };
    page.items[0].target.selector.push({ type: 'XPathSelector', value: '/p[1]' });
    const read = readAnnotationText(JSON.stringify(page));
    const changed = withChange(read.annotations[0], { body: { note: 'Checked.' }, resolved: true }, LATER);
    const again = JSON.parse(pageText([changed], read.page));
    assert.equal(again.generator, 'another-annotator');
    assert.deepEqual(again.items[0].creator, { type: 'Person', name: 'A. Reader' });
    assert.equal(again.items[0].target.selector.length, 3);
    assert.equal(again.items[0].body.value, 'Checked.');
    assert.equal(again.items[0].resolved, true);
    assert.equal(again.items[0].modified, LATER);
  });

  const malformed: [string, string, RegExp][] = [
    ['text that is not JSON', '{ "type": "AnnotationPage", ', /not valid JSON/],
    ['a JSON list', '[]', /not an annotation page/],
    ['another type', '{ "type": "Annotation" }', /"type" is "Annotation"/],
    ['a page without items', '{ "type": "AnnotationPage" }', /"items" must be an array/],
  ];
  for (const [what, text, message] of malformed) {
    it(`Refuses ${what} with one line saying why`, () => {
      assert.throws(
        () => readAnnotationText(text),
        (error: unknown) => error instanceof AnnotationFileError && message.test(error.message) && !error.message.includes('\n'),
      );
    });
  }

  it('Skips one bad annotation with a message naming it, and reads the others', () => {
    const page = JSON.parse(pageText([note, retag]));
    page.items.push({ id: 'urn:uuid:bad', type: 'Annotation', target: { selector: { type: 'XPathSelector', value: '/p' } } });
    page.items.push({ ...page.items[1], id: 'urn:uuid:4', body: { ...page.items[1].body, value: 'cultural' } });
    page.items.push(page.items[0]);
    const read = readAnnotationText(JSON.stringify(page));
    assert.deepEqual(
      read.annotations.map((a) => a.id),
      ['urn:uuid:1', 'urn:uuid:2'],
    );
    assert.deepEqual(
      read.problems.map((p) => [p.id, p.message]),
      [
        ['urn:uuid:bad', 'its target has neither a TextQuoteSelector nor a TextPositionSelector'],
        ['urn:uuid:4', 'a "category" correction takes one of geopolitical, military, economic or none, not "cultural"'],
        ['urn:uuid:1', 'a second annotation with id urn:uuid:1'],
      ],
    );
  });
});

describe('Writing the file atomically', () => {
  const path = join(scratch, '.policy-lens', 'brief.md.annotations.json');

  it('Creates the folder and writes the file, leaving no temporary file', () => {
    writeFileAtomic(path, pageText([note]));
    assert.equal(readAnnotationText(readFileSync(path, 'utf8')).annotations[0].id, 'urn:uuid:1');
    assert.deepEqual(readdirSync(join(scratch, '.policy-lens')), ['brief.md.annotations.json']);
  });

  it('Leaves the old file whole when a write fails half-way, and removes its temporary file', () => {
    const before = readFileSync(path, 'utf8');
    const failing: WriteIo = {
      ...fs,
      writeSync: (fd, data, offset, length) => {
        fs.writeSync(fd, data, offset, Math.floor(length / 2));
        throw new Error('disk full');
      },
    } as WriteIo;
    assert.throws(() => writeFileAtomic(path, pageText([note, retag]), failing), /disk full/);
    assert.equal(readFileSync(path, 'utf8'), before);
    assert.deepEqual(readdirSync(join(scratch, '.policy-lens')), ['brief.md.annotations.json']);
  });

  it('Leaves the old file whole when the rename never happens (a crash before it)', () => {
    const before = readFileSync(path, 'utf8');
    const crashing = { ...fs, renameSync: () => { throw new Error('killed'); } } as unknown as WriteIo;
    assert.throws(() => writeFileAtomic(path, 'half', crashing), /killed/);
    assert.equal(readFileSync(path, 'utf8'), before);
  });

  it('Writes text outside ASCII whole', () => {
    const other = join(scratch, 'utf.json');
    writeFileAtomic(other, 'Лукашенко 😀 é'.repeat(1000));
    assert.equal(readFileSync(other, 'utf8'), 'Лукашенко 😀 é'.repeat(1000));
    assert.ok(!existsSync(`${other}.tmp`));
  });
});

describe('Merging the file with what a window holds', () => {
  const edited = withChange(note, { body: { note: 'Edited in the other window.' } }, LATER);
  const fresh = makeAnnotation('urn:uuid:9', TEXT, { start: 4, end: 8 }, { note: 'New here.' }, LATER);

  it('Keeps notes added on either side, and the later edit of a note both have', () => {
    const merged = mergeById([note, fresh], [edited, retag], new Set(['urn:uuid:1']));
    assert.deepEqual(
      merged.map((a) => [a.id, a.text]),
      [
        ['urn:uuid:1', 'Edited in the other window.'],
        ['urn:uuid:9', 'New here.'],
        ['urn:uuid:2', null],
      ],
    );
  });

  it('Drops a note the other side deleted after this window had seen it', () => {
    const merged = mergeById([note, retag], [note], new Set(['urn:uuid:1', 'urn:uuid:2']));
    assert.deepEqual(
      merged.map((a) => a.id),
      ['urn:uuid:1'],
    );
  });

  it('Does not bring back a note this window deleted', () => {
    const merged = mergeById([note], [note, retag], new Set(['urn:uuid:1', 'urn:uuid:2']));
    assert.deepEqual(
      merged.map((a) => a.id),
      ['urn:uuid:1'],
    );
  });
});

