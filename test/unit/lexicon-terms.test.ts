import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { readLexiconForHost } from '../../src/vscode/lexiconText';
import { withTerms } from '../../src/vscode/terms';

describe('A reader’s valid terms cross to the editor as their JSON text', () => {
  it('Sends the valid terms as one string beside the problems, and none for a broken file', () => {
    const read = readLexiconForHost('{ "economic": { "turbine*": 2, "*wrong": 1 }, "military": { "drill": 11 } }', 101);
    assert.equal(read.terms, '{"economic":{"turbine*":2},"military":{}}');
    assert.equal(read.count, 2);
    assert.equal(read.problems.length, 2);
    assert.equal(readLexiconForHost('{ "economic": ', 101).terms, null);
  });

  it('Reads the terms where the reading runs, parsing one text once, and leaves options without terms alone', () => {
    const terms = '{"economic":{"turbine*":3}}';
    const options = { format: 'plain' as const };
    const once = withTerms(options, terms);
    assert.deepEqual(once.extraLexicon, { economic: { 'turbine*': 3 } });
    assert.equal(withTerms(options, terms).extraLexicon, once.extraLexicon, 'the same text gives the same object');
    assert.equal(withTerms(options, null), options);
    const text = 'The turbines at the northern yard were delivered late.';
    assert.deepEqual(
      analyse(text, withTerms(options, terms)).claims.map((c) => c.primary),
      analyse(text, { ...options, extraLexicon: { economic: { 'turbine*': 3 } } }).claims.map((c) => c.primary),
    );
  });
});
