import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../src/core/analyse';
import { claimTexts } from './furniture-helpers';

/**
 * A chart's or a table's caption whose label goes on with a word and a colon ('Chart 2 caption: …',
 * 'Table 4 continued: …', layout:caption-cited) and the source line under it are read aside: no claim,
 * while the sentence that cites the chart stays one and the caption's names and figures are still read.
 */
const TEXT = readFileSync(join(__dirname, '..', '..', '..', 'test', 'fixtures', 'captions-charts', 'input.txt'), 'utf8');

describe('Chart and table captions whose label closes with a word and a colon', () => {
  it('Reads the caption and its source line as no claim, and the sentence citing the chart as one', () => {
    const claims = claimTexts(TEXT, 'a.txt');
    assert.ok(!claims.some((c) => /caption|continued|Source|\|/.test(c)), JSON.stringify(claims));
    assert.ok(claims.some((c) => c.startsWith('Chart 2 shows that occupancy')), JSON.stringify(claims));
    assert.ok(claims.some((c) => c.startsWith('The committee should weigh')), JSON.stringify(claims));
  });

  it('Still reads the figures and names of a caption', () => {
    const a = analyse(TEXT, { hint: 'a.txt' });
    assert.ok(a.figures.some((f) => TEXT.slice(f.start, f.end).includes('86%')), JSON.stringify(a.figures.map((f) => TEXT.slice(f.start, f.end))));
    assert.ok(a.entities.some((e) => /Marlow Harbour Board/.test(e.name)), JSON.stringify(a.entities.map((e) => e.name)));
  });
});
