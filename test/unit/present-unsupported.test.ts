import { strict as assert } from 'node:assert';
import { DEFAULT_SETTINGS, normaliseSettings } from '../../src/vscode/present/settings';
import { unsupportedProblems } from '../../src/vscode/present/unsupported';
import { ANALYSIS } from './present-fixture';

describe('present/unsupported', () => {
  it('Should list each claim marked unsupported, saying in words what it is', () => {
    const claims = ANALYSIS.claims.map((c, i) => (i === 4 ? { ...c, unsupported: true } : i === 1 ? { ...c, unsupported: false } : c));
    const problems = unsupportedProblems({ ...ANALYSIS, claims });
    assert.deepEqual(problems.map((p) => [p.claim, p.message]), [[4, 'A thesis with nothing in its section supporting it.']]);
    assert.deepEqual([problems[0].start, problems[0].end], [claims[4].start, claims[4].end]);
  });

  it('Should list nothing for a model without the argument links (the field left out)', () => {
    assert.deepEqual(unsupportedProblems(ANALYSIS), []);
  });

  it('Should default to an icon, paragraph lenses and claim hovers, and fall back on a wrong value', () => {
    assert.equal(DEFAULT_SETTINGS.unsupported, 'icon');
    assert.equal(DEFAULT_SETTINGS.codeLensMode, 'paragraph');
    assert.equal(DEFAULT_SETTINGS.claimHover, true);
    assert.equal(normaliseSettings({ unsupported: 'diagnostic' }).unsupported, 'diagnostic');
    assert.equal(normaliseSettings({ unsupported: 'loud' }).unsupported, 'icon');
    assert.equal(normaliseSettings({ claimHover: false }).claimHover, false);
    assert.equal(normaliseSettings({ claimHover: 'no' }).claimHover, true);
  });
});
