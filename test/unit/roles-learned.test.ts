import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { DEFAULT_LEXICON } from '../../src/core/lexicon';
import { compileRoles, ROLE_DATA } from '../../src/core/lexicon/roles';
import { weighedCombiner, type RoleWeightRow } from '../../src/core/lexicon/role-features';
import { RULE_TEXTS } from '../../src/core/lexicon/rules';
import { probabilities, train, type Sample } from '../../bench/learn/logistic';

/**
 * Roles decided by learned weights (role-weights.json rows: a feature, a role, a
 * weight) over the signals the role rules already read, with the rule order
 * where the weights do not overrule it. The weights are data: a row changed
 * changes a role with no change of code.
 */

const TEXT = 'The harbour handles most of the region’s grain. Its cranes were built by a firm in Gdansk.\n\nDredging the channel would cost money. The port authority has no budget for it.';

const readWith = (weights: readonly RoleWeightRow[], margin = 0) => {
  const roles = compileRoles(ROLE_DATA, (ids) => weighedCombiner({ weights }, ids, margin));
  return analyse(TEXT, { format: 'plain', lexicon: { ...DEFAULT_LEXICON, roles } }).claims.map((c) => ({ role: c.role, why: c.why.filter((r) => r.about === 'role') }));
};
const rulesAlone = () => analyse(TEXT, { format: 'plain' }).claims.map((c) => c.role);

describe('Learned role weights', () => {
  it('Leaves every role to the rule order when no weight row speaks for another', () => {
    assert.deepEqual(readWith([]).map((c) => c.role), rulesAlone());
  });

  it('Gives the opening sentence of each paragraph another role when a weight row is added to the data, with no change of code', () => {
    const before = rulesAlone();
    assert.notEqual(before[0], 'concession');
    const after = readWith([{ feature: 'role:at-first-in-paragraph', role: 'concession', weight: 5 }]);
    // Both paragraphs open with a concession now; the sentences in their bodies keep the rule order's reading.
    assert.deepEqual(after.map((c) => c.role), ['concession', before[1], 'concession', before[3]]);
    // The hover names the feature that decided, with its weight, in a reader's words.
    assert.deepEqual(after[0].why.map((r) => [r.rule, r.weight]), [['role:at-first-in-paragraph', 5]]);
    assert.equal(RULE_TEXTS.says('role:at-first-in-paragraph'), 'opens its paragraph');
  });

  it('Lets the weights overrule the rule order only by more than the margin', () => {
    const row: RoleWeightRow = { feature: 'role:at-first-in-paragraph', role: 'concession', weight: 5 };
    assert.deepEqual(readWith([row], 10).map((c) => c.role), rulesAlone());
  });

  it('Names a weight row whose feature neither the rules nor the signals have', () => {
    assert.throws(() => compileRoles(ROLE_DATA, (ids) => weighedCombiner({ weights: [{ feature: 'role:no-such-signal', role: 'thesis', weight: 1 }] }, ids)), /role:no-such-signal/);
  });
});

describe('The role learner (bench/learn)', () => {
  // Feature 0 holds for every sample (a prior); feature 1 marks class 1, feature 2 class 0.
  const samples: Sample[] = [
    ...Array.from({ length: 6 }, () => ({ features: [0, 1], label: 1 })),
    ...Array.from({ length: 6 }, () => ({ features: [0, 2], label: 0 })),
  ];

  it('Learns which signal speaks for which role, the same weights every time', () => {
    const w = train(samples, 3, 2);
    assert.deepEqual(train(samples, 3, 2), w);
    const p = new Float64Array(2);
    probabilities(w, [0, 1], 2, p);
    assert.ok(p[1] > 0.8, `class 1 after its signal: ${p[1]}`);
    probabilities(w, [0, 2], 2, p);
    assert.ok(p[0] > 0.8, `class 0 after its signal: ${p[0]}`);
  });

  it('Keeps weights smaller under a stronger penalty', () => {
    const size = (w: Float64Array) => w.reduce((a, v) => a + v * v, 0);
    const settings = { rounds: 300, step: 0.5, balance: 0 };
    assert.ok(size(train(samples, 3, 2, { ...settings, l2: 0.3 })) < size(train(samples, 3, 2, { ...settings, l2: 0.001 })));
  });
});
