import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { ReadClaim } from '../../src/core/model/claim-columns';
import { linkReader, packLinks } from '../../src/core/model/links';
import { PieceList } from '../../src/core/parse/piece-list';
import type { Claim } from '../../src/core/model/model';

/**
 * Issue #14 (memory at most 25× the text): the parts of a reading held per
 * claim and per markdown piece. Claims that decided the same share one verdict
 * and one links object; a claim still reads as a plain claim (the same fields,
 * in the same order, in a spread copy and in JSON). The pieces of a markdown
 * document are columns, their texts sliced when asked for. The links of a
 * packed model are read claim by claim, as the host unpacks claims in slices.
 */

const FIELDS = ['start', 'end', 'section', 'block', 'why', 'categories', 'primary', 'secondary', 'confidence', 'role', 'cues', 'figures', 'entities', 'supports', 'supportedBy', 'qualifiedBy', 'unsupported'];

/** A made-up memo of many short key lines, each its own sentence (our own words). */
const KEY_LINES = Array.from({ length: 40 }, (_, i) => `Item${i}: pending`).join('\n\n');

/** A made-up paragraph of claims with different weights and a qualifying sentence. */
const ARGUED = [
  'The navy must expand its patrols in the northern strait.',
  'Tariffs on imported steel rose by 12% in 2022, and exports of grain fell.',
  'However, the treaty limits how many ships may enter the harbour.',
  'Therefore the ministry should sign the new agreement before winter.',
].join(' ');

describe('A compact reading (issue #14)', () => {
  it('Gives claims that decided the same one verdict and one links object', () => {
    const { claims } = analyse(KEY_LINES, { format: 'markdown' });
    assert.ok(claims.length >= 20, `${claims.length} claims`);
    const read = claims.filter((c): c is ReadClaim => c instanceof ReadClaim);
    assert.equal(read.length, claims.length);
    const verdicts = new Set(read.map((c) => ReadClaim.verdictOf(c)));
    const links = new Set(read.map((c) => ReadClaim.linksOf(c)));
    assert.ok(verdicts.size <= 3, `${verdicts.size} verdicts for ${claims.length} claims`);
    assert.ok(links.size <= 2, `${links.size} links objects for ${claims.length} claims`);
  });

  it('Reads a claim as a plain claim: every field, in order, in a copy and in JSON', () => {
    const { claims } = analyse(ARGUED, { format: 'plain' });
    assert.ok(claims.length >= 3);
    for (const claim of claims) {
      assert.deepEqual(Object.keys(claim), FIELDS);
      const plain: Record<string, unknown> = {};
      for (const f of FIELDS) plain[f] = (claim as unknown as Record<string, unknown>)[f];
      assert.equal(JSON.stringify(claim), JSON.stringify(plain));
      assert.deepEqual({ ...claim }, plain);
    }
    // The argument is read into the claims: some claim is linked or marked unsupported, and says why.
    assert.ok(claims.some((c: Claim) => c.supports.length || c.supportedBy.length || c.qualifiedBy.length || c.unsupported));
    assert.ok(claims.some((c: Claim) => c.why.some((r) => r.rule.startsWith('support:'))));
  });

  it('Reads the packed links claim by claim as they were packed', () => {
    const claims = [
      { supports: [], supportedBy: [2, 3], qualifiedBy: [], unsupported: false },
      { supports: [0], supportedBy: [], qualifiedBy: [4], unsupported: false },
      { supports: [], supportedBy: [], qualifiedBy: [], unsupported: true },
    ] as unknown as Claim[];
    const next = linkReader(packLinks(claims));
    for (const c of claims) {
      const got = next();
      assert.deepEqual([...got.supports], c.supports);
      assert.deepEqual([...got.supportedBy], c.supportedBy);
      assert.deepEqual([...got.qualifiedBy], c.qualifiedBy);
      assert.equal(got.unsupported, c.unsupported);
    }
  });

  it('Keeps markdown pieces as columns, their texts and keys sliced from the document', () => {
    const text = 'First part.\n\nSecond part.\n\nThird.';
    const starts = [0, 13, 27];
    const pieces = new PieceList(text, starts, (piece, start) => ({ guard: null, stubs: start === 13 ? '[^1]: x' : '', marks: piece.length }));
    assert.equal(pieces.length, 3);
    assert.deepEqual([0, 1, 2].map((i) => pieces.text(i)), ['First part.\n\n', 'Second part.\n\n', 'Third.']);
    assert.deepEqual([0, 1, 2].map((i) => pieces.size(i)), [13, 14, 6]);
    assert.equal(pieces.key(0), 'First part.\n\n');
    assert.equal(pieces.key(1), '[^1]: x\u0000Second part.\n\n');
    assert.equal(pieces.stubs(2), '');
    assert.equal(pieces.marks(2), 6);
    assert.equal(pieces.guard(1), null);
  });
});
