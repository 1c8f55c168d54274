import { strict as assert } from 'node:assert';
import { renderReading, writeReading } from '../../src/cli/render';
import { analyse } from '../../src/core/analyse';
import { ANALYSIS } from './present-fixture';
import { shared } from './helpers';

/** The command line's reading for a terminal, on the hand-built brief whose parts carry reasons. */
describe('Command line reading with --why', () => {
  const lines = (why: boolean) => renderReading(ANALYSIS, { name: 'brief.md', why }).split('\n');

  it('Puts the rules that decided a claim, an entity or a figure on a line under it', () => {
    const out = lines(true);
    const claim = out.findIndex((l) => l.includes('Moscow keeps troops in Belarus.'));
    assert.equal(out[claim + 1], "        why: lexicon term 'troops' (+2); follows evidence (+1)");
    const entity = out.findIndex((l) => l.includes('Aleksandr Lukashenko ×1'));
    assert.equal(out[entity + 1], "        why: surname of person (+2); merge surname 'Lukashenko' (+1)");
    // Every rule of this figure decides alone: no weights.
    const figure = out.findIndex((l) => l.startsWith('  percent') && l.includes('36.3%'));
    assert.equal(out[figure + 1], "        why: a number before '%' or 'percent'; from the same clause");
  });

  it('Adds nothing under a part with no reasons, and nothing at all without --why', () => {
    const out = lines(true);
    const unclear = out.findIndex((l) => l.includes('It is unclear.'));
    assert.doesNotMatch(out[unclear + 1], /why:/);
    assert.ok(!lines(false).some((l) => l.includes('why:')));
    assert.equal(out.filter((l) => l.includes('why:')).length, 2 + 2 + 2);
  });
});

describe('Command line reading written in pieces', () => {
  it('Writes a long reading in pieces as its lines are made, which join to the whole reading', () => {
    const essay = shared('samples/belarus-dilemma.txt');
    const analysis = analyse([essay, essay, essay].join('\n'), { format: 'plain' });
    const options = { name: 'essay.txt', why: true };
    const pieces: string[] = [];
    writeReading(analysis, options, (chunk) => pieces.push(chunk));
    assert.ok(pieces.length > 1, `${pieces.length} piece(s)`);
    assert.ok(pieces.every((piece) => piece.endsWith('\n')), 'a piece ends where a line ends');
    assert.equal(pieces.join(''), renderReading(analysis, options));
    assert.ok(pieces.join('').includes('Figures ('));
  });
});
