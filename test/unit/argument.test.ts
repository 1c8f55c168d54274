import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { toJson } from '../../src/core/model/contract';
import { pack, unpack } from '../../src/core/model/packed';
import { linkClaims, readArgument } from '../../src/core/argument/support';
import type { Reason } from '../../src/core/model/model';

/** The claims of `text` read as plain text, with their own words and the rule that gave their role. */
const read = (text: string) => {
  const analysis = analyse(text, { format: 'plain' });
  return analysis.claims.map((c) => ({ ...c, text: text.slice(c.start, c.end), rule: c.why.find((r) => r.about === 'role')?.rule }));
};
const roleOf = (text: string, sentence: string) => {
  const claim = read(text).find((c) => c.text.includes(sentence));
  assert.ok(claim, `no claim holds "${sentence}"`);
  return { role: claim.role, rule: claim.rule };
};
const linksOf = (why: readonly Reason[]) => why.filter((r) => r.about === 'support').map((r) => r.rule);

describe('Roles a reader would give', () => {
  const cases: [string, string, string, string][] = [
    // [rule, text, sentence, role]
    ['role:authorial-stance', 'Ports matter. Yet this report argues that the fleet is the real prize. It has ten ships.', 'this report argues', 'thesis'],
    ['role:recommendation', 'The fleet is old. Its crews are thin. The navy should order new frigates soon.', 'should order', 'thesis'],
    ['role:option', 'The fleet is old. Its crews are thin. Congress may wish to fund two more hulls.', 'Congress may', 'thesis'],
    ['role:list-recommendation', 'The ministry should:\n\nkeep the grain corridor open to Odesa.', 'keep the grain', 'thesis'],
    ['role:lead-in', 'The fleet is old. The plan has three parts:\n\nFirst, ships.', 'three parts', 'statement'],
    ['role:prediction', 'The fleet is old. Its crews are thin. The yard is likely to miss the date in Gdansk.', 'likely to miss', 'thesis'],
    ['role:paragraph-opening', 'The fleet is old.\n\nThe harbour of Gdansk is crowded. Ships from Riga wait there.', 'harbour of Gdansk', 'thesis'],
    ['role:judgement', 'The fleet is old. Ships from Riga wait in Gdansk. None of this is a good sign. Poland built the pier.', 'None of this', 'thesis'],
    ['role:paragraph-body', 'The fleet is old. Poland built the pier in Gdansk. Ships from Riga wait there.', 'Poland built', 'evidence'],
    ['role:evidence-opening', 'The fleet is old. It is noteworthy that the pier in Gdansk was built by Poland.', 'noteworthy', 'evidence'],
    ['role:evidence', 'The fleet is old. A survey of the crews found the pier too short.', 'survey', 'evidence'],
    ['role:concession-opening', 'The fleet is old. To be fair, the crews in Gdansk are well trained.', 'To be fair', 'concession'],
  ];
  for (const [rule, text, sentence, role] of cases) {
    it(`Reads "${sentence}" as ${role} by ${rule}`, () => {
      assert.deepEqual(roleOf(text, sentence), { role, rule });
    });
  }

  it('Reads "since" before a year or a month as time, not as a reason', () => {
    const text = 'The fleet is old. Since 1998 the navy in Gdansk has bought no ship. Since March the yard in Riga has been idle.';
    assert.notEqual(roleOf(text, 'Since 1998').rule, 'role:reason-opening');
    assert.notEqual(roleOf(text, 'Since March').rule, 'role:reason-opening');
    assert.deepEqual(roleOf('The fleet is old. Since the crews are thin, the navy in Gdansk waits.', 'Since the crews'), { role: 'reason', rule: 'role:reason-opening' });
  });

  it('Does not read "rather than" as a contrast with what came before', () => {
    assert.notEqual(roleOf('The fleet is old. Poland bought trucks in Gdansk rather than ships.', 'rather than').role, 'contrast');
  });
});

describe('What supports what', () => {
  const text =
    'The navy should buy new frigates. Its ships in Gdansk are forty years old. However, the crews are too few.\n\n' +
    'Poland spent 2% of its budget on ships in 2020. Latvia spent less in Riga. Therefore the Baltic fleets will shrink.\n\n' +
    'For example, ships in Riga are few. The navy must act.';
  const claims = read(text);
  const at = (words: string) => claims.findIndex((c) => c.text.includes(words));

  it('Links evidence to the nearest thesis before it in its paragraph, both ways, and says why', () => {
    assert.deepEqual(claims[at('forty years')].supports, [at('should buy')]);
    assert.deepEqual(claims[at('should buy')].supportedBy, [at('forty years')]);
    assert.deepEqual(linksOf(claims[at('forty years')].why), ['support:backs-claim-before']);
  });

  it('Links evidence to the conclusion drawn after it in its paragraph', () => {
    assert.deepEqual(claims[at('Poland spent')].supports, [at('Therefore')]);
    assert.deepEqual(claims[at('Latvia spent')].supports, [at('Therefore')]);
    assert.deepEqual(linksOf(claims[at('Poland spent')].why), ['support:leads-to-conclusion']);
  });

  it('Links evidence to a thesis after it when none stands before it in its paragraph', () => {
    assert.deepEqual(claims[at('ships in Riga')].supports, [at('must act')]);
    assert.deepEqual(linksOf(claims[at('ships in Riga')].why), ['support:backs-claim-after']);
  });

  it('Lists a contrast under what it qualifies, not under what it supports', () => {
    assert.equal(claims[at('However')].role, 'contrast');
    assert.deepEqual(claims[at('should buy')].qualifiedBy, [at('However')]);
    assert.deepEqual(claims[at('However')].supports, []);
    assert.deepEqual(linksOf(claims[at('However')].why), ['support:qualifies-claim-before']);
  });

  it('Marks a thesis that nothing supports as unsupported, and says why', () => {
    const alone = read('Poland spent 2% of its budget on ships in 2020.\n\nThe navy should buy new frigates.');
    assert.equal(alone[1].unsupported, true);
    assert.deepEqual(linksOf(alone[1].why), ['support:unsupported']);
    assert.equal(claims[at('should buy')].unsupported, false);
    assert.equal(alone[0].unsupported, false);
  });

  it('Never links across paragraphs, and fills every claim’s links', () => {
    for (const c of claims) {
      for (const other of [...c.supports, ...c.supportedBy, ...c.qualifiedBy]) assert.equal(claims[other].block, c.block);
      assert.equal(typeof c.unsupported, 'boolean');
    }
  });

  it('Carries the links across the worker and into --json', () => {
    const analysis = analyse(text, { format: 'plain' });
    const { text: _t, ...reading } = analysis;
    void _t;
    const back = unpack(pack(reading).packed);
    const links = (c: (typeof analysis.claims)[number]) => ({ s: c.supports, b: c.supportedBy, q: c.qualifiedBy, u: c.unsupported });
    assert.deepEqual(back.claims.map(links), analysis.claims.map(links));
    const json = toJson(analysis).claims;
    const i = at('should buy');
    assert.deepEqual([json[i].supportedBy, json[i].qualifiedBy, json[i].unsupported], [[at('forty years')], [at('However')], false]);
    assert.deepEqual(json[at('forty years')].supports, [i]);
  });

  it('Reads links in one pass per paragraph: the links of a repeated paragraph repeat', () => {
    const paragraph = 'The navy should buy frigates. Ships in Gdansk rusted. But crews in Riga are few.\n\n';
    const many = readArgument(analyse(paragraph.repeat(50), { format: 'plain' }).claims);
    assert.deepEqual(many[121].supports, [120]);
    assert.deepEqual(many[120].qualifiedBy, [122]);
  });

  it('Gives the same links whether the claims are copied or filled in place, and a copy leaves its claims as they were', () => {
    const paragraph = 'The navy should buy frigates. Ships in Gdansk rusted. But crews are few. Ports matter.\n\n';
    const claims = analyse(paragraph.repeat(3), { format: 'plain' }).claims;
    const before = JSON.stringify(claims);
    const copied = readArgument(claims.map((c) => ({ ...c, supports: [], supportedBy: [], qualifiedBy: [], unsupported: false })));
    assert.equal(JSON.stringify(claims), before);
    const owned = claims.map((c) => ({ ...c }));
    const filled = linkClaims(owned);
    assert.equal(filled, owned);
    assert.equal(JSON.stringify(filled), JSON.stringify(copied));
    // A thesis backed by a claim after it lists the claim; the claim points back.
    assert.deepEqual(filled[1].supports, [0]);
    assert.ok(filled[0].supportedBy.includes(1));
  });
});
