import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { lexiconCues } from '../../src/core/claims';
import type { Category } from '../../src/core/model/model';

/**
 * Classes of category errors, each fixed by a named row: a lexicon stem that
 * caught a word of another family, a hyphenated idiom read by its parts, a
 * phrase whose loud modifier hid its head, the cost of forces said another way.
 */

/** The categories of the cues a sentence's words give, with their words. */
const cuesOf = (text: string) =>
  lexiconCues(text, { start: 0, end: text.length }).map((c) => `${c.category}:${text.slice(c.start, c.end).toLowerCase()}`);
const claimsOf = (text: string) => {
  const analysis = analyse(text, { format: 'plain' });
  return analysis.claims.map((c) => ({ ...c, text: text.slice(c.start, c.end) }));
};
const rules = (why: readonly { rule: string }[]) => why.map((r) => r.rule);

describe('Lexicon stems keep to one family of words', () => {
  // Each pair: a word the stem caught that belongs to another family, and the family's own word that still counts.
  const pairs: { wrong: string; word: string; right: string; cue: string; category: Category }[] = [
    { wrong: 'Investigators found the anchor marks.', word: 'investigators', right: 'The fund invested heavily in ports.', cue: 'invested', category: 'economic' },
    { wrong: 'It is appropriate to ask why.', word: 'appropriate', right: 'Congress appropriated the funds.', cue: 'appropriated', category: 'economic' },
    { wrong: 'Tensions subsided after the vote.', word: 'subsided', right: 'Farm subsidies rose again.', cue: 'subsidies', category: 'economic' },
    { wrong: 'The figures are in Annex B.', word: 'annex', right: 'Moscow annexed the peninsula.', cue: 'annexed', category: 'geopolitical' },
    { wrong: 'Drilling for gas resumed offshore.', word: 'drilling', right: 'The drills ended at dawn.', cue: 'drills', category: 'military' },
    { wrong: 'The rebels wage war in the hills.', word: 'wage', right: 'Wages rose faster than prices.', cue: 'wages', category: 'economic' },
    { wrong: 'The taxonomy of threats is long.', word: 'taxonomy', right: 'The new taxes hit exporters.', cue: 'taxes', category: 'economic' },
  ];
  for (const { wrong, word, right, cue, category } of pairs) {
    it(`Reads "${word}" as no cue of its stem's family, and "${cue}" still as ${category}`, () => {
      assert.ok(!cuesOf(wrong).some((c) => c.endsWith(`:${word}`)), `${wrong}: ${cuesOf(wrong).join(', ')}`);
      assert.ok(cuesOf(right).includes(`${category}:${cue}`), `${right}: ${cuesOf(right).join(', ')}`);
    });
  }

  it('Reads nationalisation and sovereign debt as economic, nationalism and sovereignty as geopolitical', () => {
    assert.deepEqual(cuesOf('The nationalisation of the mines'), ['economic:nationalisation']);
    assert.deepEqual(cuesOf('Its sovereign debt is large'), ['economic:sovereign debt']);
    assert.deepEqual(cuesOf('Nationalist parties defend sovereignty'), ['geopolitical:nationalist', 'geopolitical:sovereignty']);
  });
});

describe('Forces and arms named without a number', () => {
  it('Reads the ships, units and aircraft the figure reader counts as military words where no number counts them', () => {
    // Escorts and convoys are military words of their own (annotators of five development documents read them so).
    assert.deepEqual(cuesOf('Destroyers and a frigate escorted the convoy.'), ['military:destroyers', 'military:frigate', 'military:escorted', 'military:convoy']);
    assert.deepEqual(cuesOf('The brigade moved north with its bombers.'), ['military:brigade', 'military:bombers']);
  });
});

describe('Spellings of one word', () => {
  it('Reads British and American spellings of a cue alike', () => {
    assert.deepEqual(cuesOf('Both sides mobilised reserves.'), ['military:mobilised']);
    assert.deepEqual(cuesOf('Both sides mobilized reserves.'), ['military:mobilized']);
    assert.deepEqual(cuesOf('the defence industry'), ['military:defence industry']);
  });
});

describe('Hyphenated idioms (claim:idiom)', () => {
  it('Gives "trade-off" no economic cue, where a hyphenated word is otherwise read by its parts', () => {
    assert.deepEqual(cuesOf('The trade-offs are stark.'), []);
    assert.deepEqual(cuesOf('Trade-related tensions rose.'), ['economic:trade', 'geopolitical:tensions']);
  });

  it('Leaves a sentence about a choice between two states’ sides to its other words', () => {
    const [claim] = claimsOf('The trade-off for Mali is stark: Moscow or its neighbours.');
    assert.equal(claim.primary, 'geopolitical');
  });
});

describe('Phrases whose head outweighs a loud modifier', () => {
  it('Reads political violence as military, and displacement figures with it', () => {
    assert.deepEqual(cuesOf('Political violence rose.'), ['military:political violence']);
    const [claim] = claimsOf('Deaths from political violence rose in every year, and thousands of people fled.');
    assert.equal(claim.primary, 'military');
  });
});

describe('The cost of forces said another way (claim:frame-cost-of-force)', () => {
  it('Reads what a base had cost as military with an economic label', () => {
    const [claim] = claimsOf('The town hosted foreign troops and a drone base that had cost roughly $110m to build.');
    assert.equal(claim.primary, 'military');
    assert.equal(claim.secondary, 'economic');
    assert.ok(rules(claim.why).includes('claim:frame-cost-of-force'));
  });

  it('Reads a base granted rent-free, or for free, as military', () => {
    const [claim] = claimsOf('The army was given a base for free, though the rent could have reached $200 million a year.');
    assert.equal(claim.primary, 'military');
    assert.ok(rules(claim.why).includes('claim:frame-cost-of-force'));
  });

  it('Keeps a rent with no force in it economic', () => {
    assert.equal(claimsOf('The rent for the port terminal rose to $200 million a year.')[0].primary, 'economic');
  });
});

describe('What a sentence is about: its main clause (claim:leading-clause)', () => {
  it('Counts the category words of an opening clause at half their weight, and says so', () => {
    const [claim] = claimsOf('Although the navy escorted every tanker, tariffs rose.');
    assert.equal(claim.primary, 'economic');
    const lead = claim.why.find((r) => r.rule === 'claim:leading-clause');
    assert.equal(lead?.words, 'Although the navy escorted every tanker');
  });

  it('Leaves a sentence that opens with its main clause as its words say', () => {
    const [claim] = claimsOf('The navy escorted every tanker, although tariffs rose.');
    assert.equal(claim.primary, 'military');
    assert.ok(!rules(claim.why).includes('claim:leading-clause'));
  });
});
