import { strict as assert } from 'node:assert';
import { CATEGORIES, type Analysis } from '../../src/core/model/model';
import { ArgumentOutline, claimLabel, type ArgumentNode } from '../../src/vscode/present/outline';
import { ANALYSIS } from './present-fixture';

const ids = (nodes: readonly ArgumentNode[]) => nodes.map((node) => node.id);

describe('present/outline', () => {
  it('Should nest sections and put each claim in its section, in text order', () => {
    const outline = new ArgumentOutline(ANALYSIS, { filter: null, categories: CATEGORIES });
    assert.deepEqual(ids(outline.roots), ['s0']);
    assert.deepEqual(ids(outline.children(outline.roots[0])), ['c0', 'c1', 'c2', 'c3', 's1']);
    assert.deepEqual(ids(outline.children(outline.children(outline.roots[0])[4])), ['c4', 'c5', 'c6']);
    assert.equal(outline.claimCount(0), 7);
    assert.equal(outline.claimCount(1), 3);
  });

  it('Should give each node a parent up to the root, so reveal can find it', () => {
    const outline = new ArgumentOutline(ANALYSIS, { filter: null, categories: CATEGORIES });
    const claim = outline.claimNode(5)!;
    assert.equal(claim, outline.claimNode(5), 'the same node object every time');
    const section = outline.parent(claim)!;
    assert.equal(section.id, 's1');
    assert.equal(outline.parent(section)?.id, 's0');
    assert.equal(outline.parent(outline.parent(section)!), undefined);
    assert.ok(outline.children(section).includes(claim));
  });

  it('Should keep only the claims of the filter category, and the sections holding them', () => {
    const economic = new ArgumentOutline(ANALYSIS, { filter: 'economic', categories: CATEGORIES });
    assert.deepEqual(ids(economic.children(economic.roots[0])), ['c0', 'c2', 'c3']);
    assert.equal(economic.claimNode(1), undefined);
    const military = new ArgumentOutline(ANALYSIS, { filter: 'military', categories: CATEGORIES });
    assert.deepEqual(ids(military.children(military.roots[0])), ['c1', 'c3', 's1']);
    assert.equal(military.claimCount(0), 3);
  });

  it('Should put claims before the first section at the root', () => {
    const early: Analysis = { ...ANALYSIS, claims: ANALYSIS.claims.map((c, i) => (i === 0 ? { ...c, section: null } : c)) };
    const outline = new ArgumentOutline(early, { filter: null, categories: CATEGORIES });
    assert.deepEqual(ids(outline.roots), ['s0', 'c0']);
    assert.equal(outline.parent(outline.claimNode(0)!), undefined);
  });

  it('Should label a claim with the first words of its sentence', () => {
    assert.equal(claimLabel(ANALYSIS, 0), 'Russia pays Belarus US$ 500 million a year.');
    const long: Analysis = { ...ANALYSIS, claims: [{ ...ANALYSIS.claims[0], end: ANALYSIS.claims[1].end }] };
    assert.equal(claimLabel(long, 0), 'Russia pays Belarus US$ 500 million a year.…');
  });
});
