import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../src/core/analyse';

/**
 * Session 18's claim classes (issue #13): sanctions as the rules firms, banks
 * and customs must comply with, screen against, are exempt from or evade
 * (claim:sanctions-compliance; fixture test/fixtures/categories-sanctions-compliance),
 * and how much of a border, coast or sea sensors watch (claim:frame-watch-coverage;
 * fixture test/fixtures/categories-surveillance-coverage).
 */

const claimOf = (text: string) => analyse(text, { format: 'plain' }).claims[0];
const reason = (text: string, rule: string) => claimOf(text).why.find((r) => r.rule === rule);

describe('Sanctions that firms comply with, screen against or evade are trade and finance controls (claim:sanctions-compliance)', () => {
  it('Reads a bank screening its clients against the sanctions list as economic, and names the words', () => {
    const text = 'The bank screens every client against the sanctions list before it opens an account.';
    assert.equal(claimOf(text).primary, 'economic');
    assert.equal(reason(text, 'claim:sanctions-compliance')?.words, "sanctions beside 'sanctions list'");
  });

  it('Reads goods exempt from sanctions and held at customs as economic', () => {
    const text = 'Vaccines are exempt from sanctions but are often held at the border for checks.';
    assert.equal(claimOf(text).primary, 'economic');
    assert.equal(reason(text, 'claim:sanctions-compliance')?.words, "sanctions beside 'exempt from sanctions'");
  });

  it('Reads the enforcement of trade sanctions, words between, as economic', () => {
    const text = 'The enforcement of these trade sanctions falls to the customs service.';
    assert.equal(claimOf(text).primary, 'economic');
    assert.ok(reason(text, 'claim:sanctions-compliance'));
  });

  it('Leaves sanctions that states impose on one another geopolitical (near-misses)', () => {
    for (const text of [
      'The allies imposed sanctions on the junta after the coup.',
      'Secondary sanctions let a state punish firms in third countries that trade with its rival.',
      'The summit agreed to widen the sanctions and to recall the ambassadors.',
    ]) {
      assert.equal(claimOf(text).primary, 'geopolitical', text);
      assert.equal(reason(text, 'claim:sanctions-compliance'), undefined, text);
    }
  });
});

describe('How much of a border or a coast sensors watch is surveillance (claim:frame-watch-coverage)', () => {
  it('Reads coverage of a border given as a share as military, not economic by its percentage, and names the words', () => {
    const text = 'The new towers will lift coverage of the northern border from 20% to 70% within two years.';
    assert.equal(claimOf(text).primary, 'military');
    assert.equal(reason(text, 'claim:frame-watch-coverage')?.words, 'coverage of the northern border');
  });

  it('Leaves news coverage and a ratio of interest cover to their own words (near-misses)', () => {
    for (const [text, primary] of [
      ['News coverage of the border talks rose by 30% in the week of the summit.', 'geopolitical'],
      ['The interest coverage of the coastal utilities fell to 1.2 times as gas prices rose.', 'economic'],
    ] as const) {
      assert.equal(claimOf(text).primary, primary, text);
      assert.equal(reason(text, 'claim:frame-watch-coverage'), undefined, text);
    }
  });
});

describe('How many people a plant employs or hires is a matter of jobs (categories.json "workers", "workforce", "employs", "hire", "hiring")', () => {
  it('Reads a plant that employs and hires people as economic', () => {
    for (const text of ['The plant employs 800 people, twice as many as in 2020.', 'The mill will hire 300 workers next year.']) {
      assert.equal(claimOf(text).primary, 'economic', text);
      assert.ok(claimOf(text).why.some((r) => r.rule === 'claim:economic-word'), text);
    }
  });

  it('Leaves an army\'s workforce of soldiers military (near-miss)', () => {
    assert.equal(claimOf('The army will grow its workforce of 40,000 soldiers and reservists by a tenth.').primary, 'military');
  });
});

describe('People named by the field they serve are no economic cue (claim:workers-of-a-field; fixture test/fixtures/categories-workers-of-a-field)', () => {
  const text = readFileSync(join(__dirname, '../../../test/fixtures/categories-workers-of-a-field/input.md'), 'utf8');
  const claims = analyse(text, { format: 'markdown' }).claims;
  const starting = (start: string) => claims.find((c) => text.slice(c.start, c.end).startsWith(start))!;
  it('Reads aid workers wounded by artillery fire as military, naming the rule', () => {
    assert.equal(starting('Two aid workers').primary, 'military');
    assert.ok(starting('Two aid workers').why.some((r) => r.rule === 'claim:workers-of-a-field'));
  });
  it('Gives health workers reporting a closed road no economic category', () => {
    assert.notEqual(starting('Health workers').primary, 'economic');
  });
  it('Keeps a firm that hires drivers and pays a bonus economic (near-miss)', () => {
    assert.equal(starting('The logistics firm').primary, 'economic');
    assert.ok(!starting('The logistics firm').why.some((r) => r.rule === 'claim:workers-of-a-field'));
  });
});
