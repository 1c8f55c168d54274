import { strict as assert } from 'node:assert';
import { ModelCache, outlineReason, TOO_LARGE_REASON, type ModelDocument, type OutlineModel } from '../../src/vscode/modelCache';

/**
 * A reading cut short by the worker's time budget (issue #14): the model holds
 * the outline only, and what the Argument view and the status bar say is the
 * budget's message, not the size limit's.
 */
interface Model extends OutlineModel {
  readonly version: number;
  readonly cost: number;
}

const CUT = 'Reading stopped after 8 s, the time budget of one reading: only the outline is shown.';

class Doc implements ModelDocument {
  readonly uri = { toString: () => 'file:///report.md' };
  version = 1;
  isClosed = false;
  constructor(public text: string) {}
  getText(): string {
    return this.text;
  }
}

/** Reads "slow" documents as the runner hands back a reading past its budget, others in full. */
const read = async (doc: Doc): Promise<Model> => {
  const cut = doc.text.startsWith('slow');
  return { version: doc.version, cost: cut ? 8000 : 20, outlineOnly: cut, cutShort: cut ? CUT : undefined };
};

describe('A reading cut short by the time budget', () => {
  it('Is served for its version as the outline, with the budget as the reason shown', async () => {
    const changed: Model[] = [];
    const cache = new ModelCache<Doc, Model>(read, { changed: (_d, m) => changed.push(m), dropped: () => {} });
    const doc = new Doc('slow report');
    const model = await cache.get(doc);
    assert.ok(model?.outlineOnly);
    assert.equal(outlineReason(model!), CUT);
    assert.notEqual(outlineReason(model!), TOO_LARGE_REASON);
    assert.equal(await cache.get(doc), model, 'not read again for the same version');
    assert.equal(changed.length, 1);
  });

  it('Gives way to a full reading of the next version, which shows no reason', async () => {
    const cache = new ModelCache<Doc, Model>(read, { changed: () => {}, dropped: () => {} });
    const doc = new Doc('slow report');
    await cache.get(doc);
    doc.text = 'a short report';
    doc.version++;
    const model = await cache.get(doc);
    assert.equal(model?.outlineOnly, false);
    assert.equal(outlineReason(model!), undefined);
    assert.equal(cache.peek(doc.uri.toString()), model);
  });

  it('Tells the size limit from the budget', () => {
    assert.equal(outlineReason({ outlineOnly: true }), TOO_LARGE_REASON);
    assert.equal(outlineReason({ outlineOnly: true, cutShort: CUT }), CUT);
    assert.equal(outlineReason({ outlineOnly: false }), undefined);
  });
});
