import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../src/core/analyse';

/**
 * Session 17's category classes, read on their fixtures (test/fixtures/categories-legal-authority,
 * categories-credit-insurance): each sentence's category and the rule its hover names, and each near miss.
 */
function read(fixture: string) {
  const text = readFileSync(join(__dirname, '../../../test/fixtures', fixture, 'input.md'), 'utf8');
  const claims = analyse(text, { format: 'markdown' }).claims;
  const claim = (start: string) => {
    const found = claims.find((c) => text.slice(c.start, c.end).startsWith(start));
    assert.ok(found, `no claim starts "${start}"`);
    return found!;
  };
  const rules = (start: string) => claim(start).why.map((r) => r.rule);
  const words = (start: string, rule: string) => claim(start).why.filter((r) => r.rule === rule).map((r) => r.words ?? '').join('; ');
  return { claim, rules, words };
}

describe('A programme\'s legal authority, pointers to annexes, and a legal basis as a finding (claim:frame-legal-authority, claim:frame-annex-pointer, claim:frame-procedure)', () => {
  const { claim, rules } = read('categories-legal-authority');
  // [how the claim starts, its category, the rule its hover names, a rule it must not name]
  const cases: [string, string | null, string, string?][] = [
    ['The Harbour Screening Programme is authorized', null, 'claim:frame-legal-authority'],
    ['Its current authority is Section', null, 'claim:frame-legal-authority'],
    ['The cost tables', null, 'claim:frame-annex-pointer'],
    ['The statement of reasons', null, 'claim:frame-annex-pointer'],
    ['In 2023 the government imposed', 'economic', 'claim:primary', 'claim:frame-legal-authority'],
    ['The navy bought four patrol boats', 'military', 'claim:primary', 'claim:frame-legal-authority'],
    ['The Board approved the port limits', 'economic', 'claim:primary', 'claim:frame-annex-pointer'],
    ['The neighbouring state annexed', 'geopolitical', 'claim:primary', 'claim:frame-annex-pointer'],
    // claim:frame-procedure's `unless`: a legal basis a claim or an act has not, or needs, is a finding on its lawfulness.
    ['In 2016 a tribunal found', 'geopolitical', 'claim:primary', 'claim:frame-procedure'],
    ['Strikes on the launch sites', 'military', 'claim:primary', 'claim:frame-procedure'],
    ['The legal basis of the harbour levy', null, 'claim:frame-procedure'],
  ];
  for (const [start, primary, names, not] of cases) {
    it(`Reads "${start} …" as ${primary ?? 'none'} (${not ? `not ${not}` : names})`, () => {
      assert.equal(claim(start).primary, primary);
      assert.ok(rules(start).includes(names), `${start}: ${rules(start).join(', ')}`);
      if (not) assert.ok(!rules(start).includes(not), `${start}: ${rules(start).join(', ')}`);
    });
  }
});

describe('The vocabulary of insurance and export credit (claim:economic-word)', () => {
  const { claim, words } = read('categories-credit-insurance');
  const cases: [string, string, string][] = [
    ['Underwriters want', 'economic', 'Underwriters'],
    ['Owners who sail', 'economic', 'premium'],
    ['Sovereign risk in the southern', 'economic', 'Sovereign risk'],
  ];
  for (const [start, primary, word] of cases) {
    it(`Reads "${start} …" as ${primary} by "${word}"`, () => {
      assert.equal(claim(start).primary, primary);
      assert.ok(words(start, 'claim:economic-word').includes(word), words(start, 'claim:economic-word'));
    });
  }
  it('Leaves sovereignty itself to politics between states and an escort to the navy', () => {
    assert.equal(claim('The sovereignty of the two islands').primary, 'geopolitical');
    assert.equal(claim('The navy escorted').primary, 'military');
  });
});

/**
 * Near misses of the rules above (review17b), in our own words (test/fixtures/categories-figures-of-speech): a subject
 * named by words of its own, a legal basis had, lacked or needed however it is qualified, a term of an agreement kept in an
 * annex, and words of insurance used as figures of speech.
 */
describe('Near misses: a subject with words of its own, a legal basis however qualified, an annex of terms, figures of speech', () => {
  const { claim, rules } = read('categories-figures-of-speech');
  // [how the claim starts, its category, a rule it must name, a rule it must not name]
  const cases: [string, string | null, string, string?][] = [
    // claim:frame-legal-authority (ownWords 2): what the statute authorizes is named in strong words of its own, in the
    // subject (patrol flights) or in a clause after it (', and … bought two submarines', ', which lets the navy …').
    ['The patrol flights over the strait', 'military', 'claim:frame-own-words', 'claim:frame-legal-authority'],
    ["The Army's training fund", 'military', 'claim:frame-own-words', 'claim:frame-legal-authority'],
    ["The Minister's authority is found", 'military', 'claim:frame-own-words', 'claim:frame-legal-authority'],
    // A programme named with supporting words only (a grant, a fund kept in reserve) still has its legal basis only.
    ["The Border Agency's grant scheme", null, 'claim:frame-legal-authority'],
    ["The Board's current authority", null, 'claim:frame-legal-authority'],
    // claim:frame-procedure's `unless` with a gap: a legal basis qualified ('no firm', 'any', 'a sound') is a finding on lawfulness.
    ['The seizure of the atoll', 'geopolitical', 'claim:primary', 'claim:frame-procedure'],
    ['The troop deployment had a sound legal basis', 'military', 'claim:primary', 'claim:frame-procedure'],
    // The legal basis an instrument has as its own ('its legal basis in Article 4') is still procedure.
    ['The levy has its legal basis', null, 'claim:frame-procedure'],
    // claim:frame-annex-pointer (ownWords 3): a term of a truce kept in an annex, named by a word that decides alone.
    ['The pull-back lines for rocket artillery', 'military', 'claim:frame-own-words', 'claim:frame-annex-pointer'],
    ['The schedule of meetings', null, 'claim:frame-annex-pointer'],
    // claim:figurative-word: 'place a premium on', 'underwrites … stability' are no money.
    ['Families place a premium', null, 'claim:figurative-word'],
    ['The coalition underwrites', 'military', 'claim:figurative-word'],
    // Premiums charged and underwriters' cover stay economic.
    ['Carriers charge a premium', 'economic', 'claim:primary', 'claim:figurative-word'],
    ['Underwriters cut their cover', 'economic', 'claim:primary', 'claim:figurative-word'],
  ];
  for (const [start, primary, names, not] of cases) {
    it(`Reads "${start} …" as ${primary ?? 'none'} (${names}${not ? `, not ${not}` : ''})`, () => {
      assert.equal(claim(start).primary, primary, `${start}: ${rules(start).join(', ')}`);
      assert.ok(rules(start).includes(names), `${start}: ${rules(start).join(', ')}`);
      if (not) assert.ok(!rules(start).includes(not), `${start}: ${rules(start).join(', ')}`);
    });
  }
});
