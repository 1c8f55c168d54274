import { strict as assert } from 'node:assert';
import { anchorAll } from '../../src/core/annotations/layer';
import { mergeById } from '../../src/core/annotations/merge';
import { readAnnotationText } from '../../src/core/annotations/read';
import { makeAnnotation, makeReply, pageText, reattach } from '../../src/core/annotations/write';

const BEFORE = 'Minsk signed the gas accord in 2011. Transit fees rose the next year.';
const AFTER = 'The pipeline deal of that decade changed hands twice. Transit fees rose the next year.';
const NOW = '2026-03-01T10:00:00Z';
const LATER = '2026-03-05T10:00:00Z';
const note = makeAnnotation('urn:uuid:n1', BEFORE, { start: 0, end: 36 }, { note: 'Which accord?' }, NOW, 'brief.md');
const reply = makeReply('urn:uuid:r1', 'urn:uuid:n1', 'The 2011 one.', NOW);

describe('Re-attaching a detached note to a selection', () => {
  it('Detaches a note whose sentence was rewritten (the case a reader re-attaches)', () => {
    const [placed] = anchorAll(AFTER, [note]);
    assert.equal(placed.anchor.status, 'orphaned');
  });

  it('Puts the note on the selected words: it anchors there exactly, and its reply follows', () => {
    const start = AFTER.indexOf('The pipeline deal');
    const range = { start, end: AFTER.indexOf('twice.') + 'twice.'.length };
    const back = reattach(note, AFTER, range, LATER);
    assert.equal(back.quote?.exact, 'The pipeline deal of that decade changed hands twice.');
    assert.deepEqual(back.position, range);
    // Written and read again, then placed on the same text: exactly where the reader put it.
    const read = readAnnotationText(pageText([back, reply])).annotations;
    const placed = anchorAll(AFTER, read);
    assert.deepEqual(placed.map((p) => [p.annotation.id, p.anchor.status, p.anchor.range]), [
      ['urn:uuid:n1', 'anchored', range],
      ['urn:uuid:r1', 'anchored', range],
    ]);
  });

  it('Keeps the note itself: its id, words, creation, source and the properties of other tools', () => {
    const raw = { ...note.raw, creator: { type: 'Person', name: 'A. Reader' } };
    const [withCreator] = readAnnotationText(pageText([{ ...note, raw }])).annotations;
    const back = reattach(withCreator, AFTER, { start: 0, end: 17 }, LATER);
    assert.equal(back.id, 'urn:uuid:n1');
    assert.equal(back.text, 'Which accord?');
    assert.equal(back.created, NOW);
    assert.equal(back.modified, LATER);
    assert.deepEqual((back.raw as { creator?: unknown }).creator, { type: 'Person', name: 'A. Reader' });
    assert.equal((back.raw.target as { source?: string }).source, 'brief.md');
  });

  it('Wins over the detached copy another window still has, since it is the later change', () => {
    const back = reattach(note, AFTER, { start: 0, end: 17 }, LATER);
    const [merged] = mergeById([back], [note], new Set(['urn:uuid:n1']));
    assert.deepEqual(merged.position, { start: 0, end: 17 });
  });
});
