import { strict as assert } from 'node:assert';
import { compileRoles, type RoleData } from '../../src/core/lexicon/roles';
import { roleWords } from '../../src/core/claims/roles';
import { byWeight, rank } from '../../src/core/claims/order';

/**
 * The mechanics that make the reading cheaper must not change what it reads:
 * a role cue is found where the whole-sentence pattern finds it, and a claim's
 * reasons keep the order a stable sort gives them.
 */

/** Two rules: a reported view with its exclusions, and a cue list whose phrase opens with a quotation mark. */
const DATA: RoleData = {
  cues: {
    reported: { anywhere: ['said', 'told reporters'], notAfter: ['the'], notInRelative: ['who'] },
    quoted: { anywhere: ["'so-called"] },
  },
  rules: [
    { id: 'role:test-reported', role: 'evidence', cue: 'reported', weight: 1, says: 'reports what someone said' },
    { id: 'role:test-quoted', role: 'contrast', cue: 'quoted', weight: 1, says: "calls something 'so-called'" },
  ],
};
const roles = compileRoles(DATA);
const hitsOf = (sentence: string) => roleWords(sentence, roles).hits.map((h) => `${roles.rules[h.rule].id} ${h.term} @${h.start}`);

describe('Reading mechanics', () => {
  it('Finds a role cue after an occurrence its own rule excludes, as the whole-sentence pattern would', () => {
    // "who said" is a relative clause about the officials; the second "said", more than six words on, reports.
    const sentence = 'The officials who said nothing for many long and difficult months later said the plan had failed.';
    assert.deepEqual(hitsOf(sentence), [`role:test-reported said @${sentence.lastIndexOf('said')}`]);
    // "the said" is no cue at all; a phrase of two words is found across a line break.
    assert.deepEqual(hitsOf('The said report was late.'), []);
    assert.deepEqual(hitsOf('The minister told\nreporters nothing.'), ['role:test-reported told\nreporters @13']);
  });

  it('Does not find a cue inside a longer word, nor miss one that opens with a mark', () => {
    assert.deepEqual(hitsOf('The unsaid rule and the saidness of it.'), []);
    assert.deepEqual(hitsOf("Its 'so-called reforms' changed little."), ["role:test-quoted 'so-called @4"]);
  });

  it('Orders reasons heaviest first, equal weights in their order, as a stable sort does, at any length', () => {
    assert.deepEqual(byWeight([{ weight: 1, id: 'a' }, { weight: 2, id: 'b' }, { weight: 1, id: 'c' }, { weight: 2, id: 'd' }]).map((r) => r.id), ['b', 'd', 'a', 'c']);
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let n = 0; n <= 40; n++) {
      const list = Array.from({ length: n }, (_, i) => ({ weight: Math.floor(random() * 4) / 2, id: i }));
      assert.deepEqual(byWeight([...list]), [...list].sort((a, b) => b.weight - a.weight));
    }
  });

  it('Ranks the three categories from the highest score, ties in the order of the categories', () => {
    assert.deepEqual(rank({ geopolitical: 1, military: 3, economic: 2 }), ['military', 'economic', 'geopolitical']);
    assert.deepEqual(rank({ geopolitical: 2, military: 2, economic: 2 }), ['geopolitical', 'military', 'economic']);
    assert.deepEqual(rank({ geopolitical: 0, military: 1, economic: 1 }), ['military', 'economic', 'geopolitical']);
  });
});
