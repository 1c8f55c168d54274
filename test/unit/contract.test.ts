import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { toJson } from '../../src/core/model/contract';
import { pack, unpack } from '../../src/core/model/packed';
import { ANALYSIS } from './present-fixture';

/** The `--json` contract (policy-lens/analysis@1) on the hand-built brief, whose parts carry reasons. */
describe('The JSON contract', () => {
  it('Prints the rules behind each claim, entity and figure as "why": rule, weight, and about and words when given', () => {
    const json = toJson(ANALYSIS);
    assert.deepEqual(json.claims[1].why, [
      { rule: 'claim:lexicon-term', weight: 2, about: 'category', words: 'troops' },
      { rule: 'role:follows-evidence', weight: 1, about: 'role' },
    ]);
    assert.deepEqual(json.entities.find((e) => e.id === 'place:belarus')?.why, [
      { rule: 'entity:in-countries', weight: 3, about: 'type' },
      { rule: 'entity:place-after-in', weight: 1.5, about: 'type', words: 'in' },
    ]);
    assert.equal(
      JSON.stringify(json.figures[1].why),
      '[{"rule":"figure:percent-sign","weight":1,"about":"kind","words":"%"},{"rule":"figure:year-same-clause","weight":1,"about":"year","words":"1998"}]',
    );
  });

  it('Prints an empty "why" for a decision with no recorded rule', () => {
    const json = toJson(ANALYSIS);
    assert.deepEqual(json.claims[0].why, []);
    assert.deepEqual(json.figures[0].why, []);
    assert.deepEqual(json.entities[0].why, []);
  });

  it('Prints the same reasons for a model that crossed from the worker (reasons read from the columns)', () => {
    const { text, ...reading } = ANALYSIS;
    const back = { ...unpack(structuredClone(pack(reading).packed)), text };
    assert.equal(JSON.stringify(toJson(back)), JSON.stringify(toJson(ANALYSIS)));
  });

  it('Lists the page furniture left out of the argument as "notices", each with its rule, words and section', () => {
    const text = [
      '# Grain Corridors',
      '',
      'Exports through the corridor fell by a third in 2024. The ministry should publish the loan terms.',
      '',
      'https://example.org/reports/grain-corridors',
      '',
    ].join('\n');
    const json = toJson(analyse(text, { hint: 'a.md' }));
    const url = json.notices.find((n) => n.text === 'https://example.org/reports/grain-corridors');
    assert.ok(url, `the web address is a notice: ${JSON.stringify(json.notices)}`);
    assert.match(url.rule, /^notice:/);
    assert.equal(text.slice(url.start, url.end), url.text);
    assert.equal(url.section, 0);
    assert.ok(!json.claims.some((c) => c.text.includes('example.org')), 'and no claim');
  });
});
