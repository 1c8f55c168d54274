import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';

/**
 * Words whose category depends on the rest of the sentence (claims/shifts.ts)
 * and counts of ships that are not forces (claims.json figures rows): each
 * decision names its rule in the claim's `why`, with the words it read.
 */

const claimOf = (text: string) => analyse(text, { format: 'plain' }).claims[0];
const reason = (text: string, rule: string) => claimOf(text).why.find((r) => r.rule === rule);

describe('Who acts or where is not what a sentence is about (claim:actor-words-alone)', () => {
  it('Reads a sentence whose only category word is "the government" as no category, and names the word', () => {
    const claim = claimOf('The government will publish the draft next week.');
    assert.equal(claim.primary, null);
    assert.equal(reason('The government will publish the draft next week.', 'claim:actor-words-alone')?.words, 'government');
  });

  it('Leaves "Parliament" and "the region" their weight beside words of what the sentence is about', () => {
    assert.equal(claimOf('Parliament ratified the treaty with its neighbour.').primary, 'geopolitical');
    assert.equal(reason('Parliament ratified the treaty with its neighbour.', 'claim:actor-words-alone'), undefined);
    assert.equal(claimOf('Tariffs on steel in the region doubled.').primary, 'economic');
    assert.equal(reason('Tariffs on steel in the region doubled.', 'claim:actor-words-alone'), undefined);
  });
});

describe('A fleet beside ferries and ports is merchant shipping (claim:merchant-vessels)', () => {
  it('Reads a ferry fleet as economic and says beside which word', () => {
    assert.equal(claimOf('The ferry fleet on the crossing is old.').primary, 'economic');
    assert.equal(reason('The ferry fleet on the crossing is old.', 'claim:merchant-vessels')?.words, "fleet beside 'ferry'");
  });

  it('Keeps a fleet with no merchant word beside it military', () => {
    assert.equal(claimOf('The fleet sailed for the northern base.').primary, 'military');
    assert.equal(reason('The fleet sailed for the northern base.', 'claim:merchant-vessels'), undefined);
  });
});

describe('A count of merchant or research ships is no count of forces (claim:merchant-vessel-figure)', () => {
  it('Reads twelve cargo ships as shipping, and twelve warships as forces', () => {
    const cargo = claimOf('Twelve cargo ships waited off the port.');
    assert.ok(cargo.why.some((r) => r.rule === 'claim:merchant-vessel-figure'));
    assert.ok(!cargo.why.some((r) => r.rule === 'claim:forces-figure'));
    assert.equal(cargo.primary, 'economic');
    assert.ok(claimOf('Twelve warships waited off the coast.').why.some((r) => r.rule === 'claim:forces-figure'));
  });

  it('Gives three research ships no military cue, and a second number counted in the same ships none either', () => {
    assert.ok(!claimOf('Three research ships surveyed the seabed.').why.some((r) => r.rule === 'claim:forces-figure'));
    const both = claimOf('An average of 30 container ships a week used the canal, against 90 a year earlier.');
    assert.ok(!both.why.some((r) => r.rule === 'claim:forces-figure'));
  });
});

describe('An event named to say when is not what a sentence is about (claim:event-as-time)', () => {
  it('Counts "the invasion" in "since the invasion" at a quarter, and names the phrase', () => {
    const text = 'Freight rates on the route have tripled since the invasion.';
    assert.equal(claimOf(text).primary, 'economic');
    assert.equal(reason(text, 'claim:event-as-time')?.words, 'since the invasion');
  });

  it('Leaves an invasion that is the subject of its sentence its weight', () => {
    const text = 'The invasion destroyed the bridges over the river.';
    assert.equal(claimOf(text).primary, 'military');
    assert.equal(reason(text, 'claim:event-as-time'), undefined);
  });
});
