import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';

// A claim's cues and figures are kept in the reading's columns and made when asked for (model/claim-columns.ts):
// whoever reads them — a spread copy, the JSON, a second look — sees the same lists a plain claim would hold.
describe('Claim cues and figures kept in columns', () => {
  const text = 'Tariffs on steel imports rose again. The army moved 2,000 troops and 40 tanks to the border. The weather was mild.';
  const claims = analyse(text, { format: 'plain' }).claims;

  it('Gives each claim its own cues, inside its own sentence, in text order', () => {
    const words = claims.map((c) => c.cues.map((cue) => text.slice(cue.start, cue.end)));
    assert.deepEqual(words[0].slice(0, 3), ['Tariffs', 'steel', 'imports']);
    assert.ok(words[1].includes('army') && words[1].includes('tanks'), words[1].join());
    assert.deepEqual(claims[2].cues, []);
    // Each claim points at the figures inside it, and only those.
    const analysis = analyse(text, { format: 'plain' });
    assert.deepEqual(analysis.claims[1].figures.map((f) => text.slice(analysis.figures[f].start, analysis.figures[f].end)), ['2,000 troops', '40 tanks']);
    assert.deepEqual(analysis.claims[0].figures, []);
    for (const claim of claims) {
      assert.ok(claim.cues.every((cue) => cue.start >= claim.start && cue.end <= claim.end));
      assert.ok(claim.cues.every((cue, i, all) => i === 0 || all[i - 1].start <= cue.start));
    }
  });

  it('Shows the same cues to a spread copy, to JSON and on every look', () => {
    for (const claim of claims) {
      assert.deepEqual({ ...claim }.cues, claim.cues);
      assert.deepEqual({ ...claim }.figures, claim.figures);
      assert.deepEqual(JSON.parse(JSON.stringify(claim)).cues, claim.cues);
      assert.deepEqual(claim.cues, claim.cues);
    }
    const cue = claims[0].cues[0];
    assert.deepEqual(Object.keys(cue).sort(), ['category', 'end', 'start', 'term', 'weight']);
    assert.equal(cue.category, 'economic');
  });
});
