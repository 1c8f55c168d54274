import { strict as assert } from 'node:assert';
import { decideGate, type GateInput } from '../../src/vscode/gating';

const guess = (policyDocument: boolean): GateInput => ({
  frontMatter: null,
  excluded: false,
  included: false,
  policyDocument,
  policyScore: policyDocument ? 0.9 : 0.1,
});

describe('Which documents are annotated', () => {
  it('follows the reading when nothing else is said, and says why', () => {
    assert.deepEqual(decideGate(guess(true)), { annotate: true, because: 'score', says: 'a policy document (score 0.90)' });
    assert.deepEqual(decideGate(guess(false)), { annotate: false, because: 'score', says: 'not a policy document (score 0.10)' });
  });

  it('leaves out an excluded document however it reads, and annotates an included one', () => {
    assert.equal(decideGate({ ...guess(true), excluded: true }).annotate, false);
    assert.equal(decideGate({ ...guess(false), included: true }).annotate, true);
    assert.equal(decideGate({ ...guess(true), excluded: true, included: true }).because, 'exclude');
  });

  it('lets the front matter win over the settings', () => {
    assert.equal(decideGate({ ...guess(false), excluded: true, frontMatter: 'on' }).annotate, true);
    assert.equal(decideGate({ ...guess(true), included: true, frontMatter: 'off' }).annotate, false);
  });

  it("lets the reader's 'Annotate anyway' and 'Stop annotating' win over everything", () => {
    const anyway = decideGate({ ...guess(false), excluded: true, frontMatter: 'off', choice: 'on' });
    assert.equal(anyway.annotate, true);
    assert.equal(anyway.because, 'reader');
    assert.equal(decideGate({ ...guess(true), frontMatter: 'on', choice: 'off' }).annotate, false);
  });
});
