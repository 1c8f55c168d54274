import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { compileLexicon, DEFAULT_LEXICON } from '../../src/core/lexicon';
import { lexiconCues } from '../../src/core/claims';
import type { Claim } from '../../src/core/model/model';

const claimsOf = (text: string, options = {}) => {
  const analysis = analyse(text, { format: 'plain', ...options });
  return analysis.claims.map((c) => ({ ...c, text: text.slice(c.start, c.end) }));
};
const find = (claims: (Claim & { text: string })[], start: string) => claims.find((c) => c.text.startsWith(start))!;

describe('Claims', () => {
  it('Tags military, economic and geopolitical sentences by their dominant subject', () => {
    const claims = claimsOf(
      'The army moved two brigades and new air defense missiles to the border. ' +
        'Meanwhile gas prices and the trade deficit kept rising. ' +
        'Both governments now seek closer diplomatic relations and a new alliance.',
    );
    assert.deepEqual(claims.map((c) => c.primary), ['military', 'economic', 'geopolitical']);
  });

  it('Reads disputes between states, their agreements and their mediation as geopolitical', () => {
    const claims = claimsOf(
      'The two riparian states have no agreement on the river. ' +
        'Their dispute over the dam deepened the rivalry, and a neighbour offered to mediate. ' +
        'The commission decides by consensus, so one member state can veto any change.',
    );
    assert.deepEqual(claims.map((c) => c.primary), ['geopolitical', 'geopolitical', 'geopolitical']);
  });

  it('Reads neutrality and choosing sides between powers as geopolitical', () => {
    const claims = claimsOf('We cannot afford to choose a side. Critics reply that neutrality is easier to declare than to keep.');
    assert.deepEqual(claims.map((c) => c.primary), ['geopolitical', 'geopolitical']);
  });

  it('Reads sabotage, patrols and armed groups as military, and the law of the sea as geopolitical', () => {
    const claims = claimsOf(
      'Investigators suspect sabotage of the cable, and coast guard patrols now watch the seabed. ' +
        'Beyond its territorial waters a coastal state has little jurisdiction under the law of the sea.',
    );
    assert.deepEqual(claims.map((c) => c.primary), ['military', 'geopolitical']);
  });

  it('Names the cues that decided, with their exact ranges', () => {
    const text = 'Tariffs on steel imports rose again.';
    const [claim] = claimsOf(text);
    const terms = claim.cues.filter((c) => c.category === 'economic').map((c) => text.slice(c.start, c.end));
    assert.deepEqual(terms, ['Tariffs', 'steel', 'imports']);
  });

  it('Counts a word once even when an exact entry and a stem both match it', () => {
    const cues = lexiconCues('political', { start: 0, end: 9 });
    assert.equal(cues.filter((c) => c.category === 'geopolitical').length, 1);
  });

  it('Reads a sentence without cues in the colour of its paragraph', () => {
    const claims = claimsOf('Oil exports, gas transit fees and energy prices all fell. This was expected.');
    assert.equal(find(claims, 'This was').primary, 'economic');
  });

  it('Leaves a sentence with no cue anywhere unclassified', () => {
    const [claim] = claimsOf('The weather was pleasant on Tuesday.');
    assert.equal(claim.primary, null);
    assert.deepEqual(claim.categories, { geopolitical: 0, military: 0, economic: 0 });
  });

  it('Gives roles: question, contrast, concession, conclusion', () => {
    const claims = claimsOf(
      'Should the union admit new members? ' +
        'Trade with Riga fell in 2020. ' +
        'However, their ports matter. ' +
        'Although the costs are high, the gains are higher. ' +
        'Therefore the union should act.',
    );
    assert.deepEqual(claims.map((c) => c.role), ['question', 'evidence', 'contrast', 'concession', 'conclusion']);
  });

  it('Reads a reader-extended lexicon over the built-in one', () => {
    const lexicon = compileLexicon({ economic: { widgets: 3 } });
    const [plain] = claimsOf('Widgets sold well.');
    const [extended] = claimsOf('Widgets sold well.', { lexicon });
    assert.equal(plain.primary, null);
    assert.equal(extended.primary, 'economic');
    assert.ok(DEFAULT_LEXICON.byWord.has('trade'));
  });

  it('Normalises category scores to shares that sum to one', () => {
    const [claim] = claimsOf('Troops guarded the pipeline that carries gas exports.');
    const sum = claim.categories.geopolitical + claim.categories.military + claim.categories.economic;
    assert.ok(Math.abs(sum - 1) < 0.01);
  });
});
