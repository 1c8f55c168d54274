import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';

/**
 * Session 16's claim classes (issue #13): how an election is run, a review
 * speaking of its book, a chair closing a meeting, and war-risk insurance.
 * Each decision names its rule in the claim's `why`, with the words it read.
 */

const claimOf = (text: string) => analyse(text, { format: 'plain' }).claims[0];
const reason = (text: string, rule: string) => claimOf(text).why.find((r) => r.rule === rule);

describe('How an election is run is domestic procedure (claim:frame-electoral-administration)', () => {
  it('Reads polling stations and turnout as no category, and names the words', () => {
    const text = 'The commission counted ballots in 400 polling stations and reported a turnout of 55 per cent.';
    assert.equal(claimOf(text).primary, null);
    assert.equal(reason(text, 'claim:frame-electoral-administration')?.words, 'polling stations');
  });

  it('Leaves an election that states argue over its category', () => {
    const text = 'Foreign governments denounced the elections as rigged and recalled their ambassadors.';
    assert.equal(claimOf(text).primary, 'geopolitical');
    assert.equal(reason(text, 'claim:frame-electoral-administration'), undefined);
  });

  it('Gives way to words of alignment or of force of the sentence\'s own (near-misses)', () => {
    for (const [text, primary] of [
      ['Albania and North Macedonia are candidates for membership of the Union, and their accession talks opened in 2022.', 'geopolitical'],
      ['Turnout among emigrants in Italy tipped the vote towards integration with the West, a defeat for the Kremlin.', 'geopolitical'],
      ['The electoral commission certified the ruling party as winner, and the Commission suspended the accession talks.', 'geopolitical'],
      ['Two shipyards are candidates for the corvette order, and the navy will pick one in spring.', 'military'],
    ] as const) {
      assert.equal(claimOf(text).primary, primary, text);
      assert.equal(reason(text, 'claim:frame-electoral-administration'), undefined, text);
    }
  });

  it('Keeps the words of running the election its own: "elections", "budget" and "disputes" do not keep the frame out', () => {
    const text = 'Complaints on election disputes were heard by the district election commissions within three days.';
    assert.equal(claimOf(text).primary, null);
    assert.ok(reason(text, 'claim:frame-electoral-administration'));
  });
});

describe('A review speaking of its book has no category (claim:frame-reviewed-book)', () => {
  it('Reads "the book" with no category word as none', () => {
    assert.equal(claimOf('The book is too long by a third.').primary, null);
    assert.equal(reason('The book is too long by a third.', 'claim:frame-reviewed-book')?.words, 'The book');
  });

  it('Leaves what the book argues its category', () => {
    const text = 'The book argues that the navy needs twelve more frigates.';
    assert.equal(claimOf(text).primary, 'military');
    assert.equal(reason(text, 'claim:frame-reviewed-book'), undefined);
  });

  it('Leaves "the volume" of trade to its category (near-miss: a volume traded, not a volume reviewed)', () => {
    const text = 'Brokers said the volume was the thinnest in five years.';
    assert.equal(reason(text, 'claim:frame-reviewed-book'), undefined);
  });
});

describe('A chair closing a meeting is a turn of the meeting (claim:frame-turn)', () => {
  it('Reads "closed the meeting" as no category', () => {
    const text = 'There being no further business, the Chair closed the meeting at noon.';
    assert.equal(claimOf(text).primary, null);
    assert.ok(reason(text, 'claim:frame-turn'));
  });
});

describe('War-risk cover is insurance, not fighting (claim:war-risk-insurance)', () => {
  it('Reads war-risk premiums as economic and says beside which words', () => {
    const text = 'War-risk premiums for tankers rose to 1% of hull value.';
    assert.equal(claimOf(text).primary, 'economic');
    assert.equal(reason(text, 'claim:war-risk-insurance')?.words, "War beside 'War-risk'");
  });

  it('Keeps a war with no insurance beside it military', () => {
    const text = 'The war destroyed most of the coastal batteries.';
    assert.equal(claimOf(text).primary, 'military');
    assert.equal(reason(text, 'claim:war-risk-insurance'), undefined);
  });
});

describe('A war beside insurers alone is a risk they price (claim:war-insured)', () => {
  it('Keeps the war itself military beside words of fighting (near-miss)', () => {
    const text = 'The war in the strait has driven insurers out, and drones hit the terminal three times in May.';
    assert.equal(claimOf(text).primary, 'military');
    assert.equal(reason(text, 'claim:war-insured'), undefined);
    assert.equal(reason(text, 'claim:war-risk-insurance'), undefined);
  });
});

describe('"Policy" alone says a course is set, not in what field (claim:policy-word-alone)', () => {
  it('Counts "policy" a quarter where it is the only category word, and names it', () => {
    const text = 'The review of the staff travel policy is carried over to the next meeting.';
    assert.equal(claimOf(text).primary, null);
    assert.equal(reason(text, 'claim:policy-word-alone')?.words, 'policy');
  });

  it('Leaves "policy" its weight beside a word of what the sentence is about', () => {
    const text = 'The new tariff policy raised the price of imported steel.';
    assert.equal(claimOf(text).primary, 'economic');
    assert.equal(reason(text, 'claim:policy-word-alone'), undefined);
  });
});

describe('A count of implications announces a list (claim:frame-lead-in)', () => {
  it('Reads "Three implications follow for policy." as no category', () => {
    const text = 'Three implications follow for policy.';
    assert.equal(claimOf(text).primary, null);
    assert.equal(reason(text, 'claim:frame-lead-in')?.words, 'Three implications');
  });

  it('Reads what follows a colon by its own words (near-miss)', () => {
    const text = 'Three lessons follow: the blockade must end and the navy must escort the convoys.';
    assert.equal(claimOf(text).primary, 'military');
    assert.equal(reason(text, 'claim:frame-lead-in'), undefined);
  });
});

describe('What forces or military aid are worth is their cost (claim:frame-cost-of-force)', () => {
  it('Reads military aid valued at a sum as military, and names the words', () => {
    const text = 'Military aid to the islands was valued at €20 million.';
    assert.equal(claimOf(text).primary, 'military');
    assert.equal(reason(text, 'claim:frame-cost-of-force')?.words, 'valued at');
  });

  it('Leaves what machine tools are worth economic', () => {
    const text = 'Exports of machine tools were worth €75 million.';
    assert.equal(claimOf(text).primary, 'economic');
    assert.equal(reason(text, 'claim:frame-cost-of-force'), undefined);
  });
});

describe('A war that insurers carry is a risk they price (claim:war-insured)', () => {
  it('Reads a war beside insurers as economic', () => {
    const text = 'Export insurers count the war as the largest risk they carry.';
    assert.equal(claimOf(text).primary, 'economic');
    assert.equal(reason(text, 'claim:war-insured')?.words, "war beside 'insurers'");
  });
});
