import { strict as assert } from 'node:assert';
import { CATEGORIES, type Analysis } from '../../src/core/model/model';
import { ArgumentOutline, claimLabel, type ArgumentNode } from '../../src/vscode/present/outline';
import { ANALYSIS } from './present-fixture';

const ids = (nodes: readonly ArgumentNode[]) => nodes.map((node) => node.id);

describe('present/outline', () => {
  it('Should nest sections and put each argued claim in its section, statements in a group of their own', () => {
    const outline = new ArgumentOutline(ANALYSIS, { filter: null, categories: CATEGORIES });
    assert.deepEqual(ids(outline.roots), ['s0']);
    assert.deepEqual(ids(outline.children(outline.roots[0])), ['c0', 'c1', 'c2', 't0', 's1']);
    assert.deepEqual(ids(outline.children(outline.children(outline.roots[0])[3])), ['c3']);
    assert.deepEqual(ids(outline.children(outline.children(outline.roots[0])[4])), ['c4', 'c6', 't1']);
    assert.equal(outline.claimCount(0), 7);
    assert.equal(outline.claimCount(1), 3);
  });

  it('Should give each node a parent up to the root, so reveal can find it', () => {
    const outline = new ArgumentOutline(ANALYSIS, { filter: null, categories: CATEGORIES });
    const claim = outline.claimNode(5)!;
    assert.equal(claim, outline.claimNode(5), 'the same node object every time');
    const group = outline.parent(claim)!;
    assert.equal(group.id, 't1', 'a statement lives in its section\'s statements group');
    const section = outline.parent(group)!;
    assert.equal(section.id, 's1');
    assert.equal(outline.parent(section)?.id, 's0');
    assert.equal(outline.parent(outline.parent(section)!), undefined);
    assert.ok(outline.children(group).includes(claim));
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

/** The fixture with the links an argument reader would give: the thesis of "Outlook" supported and qualified. */
function linked(): Analysis {
  const claims = ANALYSIS.claims.map((c) => ({ ...c }));
  const set = (i: number, fields: object) => (claims[i] = { ...claims[i], ...fields });
  // Section 0: "Moscow keeps troops" is a thesis the two figures support; the second also supports the evidence before it.
  set(1, { role: 'thesis', supportedBy: [0, 2], qualifiedBy: [] });
  set(0, { supports: [1] });
  set(2, { supports: [1] });
  set(3, { role: 'evidence', supports: [2] });
  // Section 1: "Lukashenko wants more" is a thesis; "It is unclear" qualifies it; the radar count supports nothing.
  set(4, { supportedBy: [], qualifiedBy: [5], unsupported: true });
  set(5, { role: 'concession' });
  return { ...ANALYSIS, claims };
}

describe('present/outline: the argument', () => {
  it('Should hold under a thesis what supports it, and under a piece of evidence what supports that', () => {
    const outline = new ArgumentOutline(linked(), { filter: null, categories: CATEGORIES });
    const s0 = outline.roots[0];
    assert.deepEqual(ids(outline.children(s0)), ['c1', 's1']);
    assert.deepEqual(ids(outline.children(outline.claimNode(1))), ['c0', 'c2']);
    assert.deepEqual(ids(outline.children(outline.claimNode(2))), ['c3']);
    assert.equal(outline.parent(outline.claimNode(3)!), outline.claimNode(2), 'reveal climbs evidence → thesis → section');
    assert.equal(outline.parent(outline.claimNode(2)!), outline.claimNode(1));
    assert.equal(outline.parent(outline.claimNode(1)!), s0);
  });

  it('Should put a concession under the thesis it qualifies, and leave a claim tied to nothing at the section level', () => {
    const outline = new ArgumentOutline(linked(), { filter: null, categories: CATEGORIES });
    const s1 = outline.children(outline.roots[0])[1];
    assert.deepEqual(ids(outline.children(s1)), ['c4', 'c6']);
    assert.deepEqual(ids(outline.children(outline.claimNode(4))), ['c5']);
  });

  it('Should show a claim that supports two heads once in its place and once as a link', () => {
    const model = linked();
    const claims = model.claims.map((c) => ({ ...c }));
    claims[0] = { ...claims[0], role: 'conclusion', supports: [], supportedBy: [2] };
    claims[2] = { ...claims[2], supports: [1, 0] };
    const outline = new ArgumentOutline({ ...model, claims }, { filter: null, categories: CATEGORIES });
    outline.children(outline.roots[0]);
    assert.deepEqual(ids(outline.children(outline.claimNode(1))), ['c2']);
    assert.deepEqual(ids(outline.children(outline.claimNode(0))), ['l0:2']);
    const link = outline.children(outline.claimNode(0))[0];
    assert.equal(outline.parent(link), outline.claimNode(0));
    assert.deepEqual(outline.children(link), [], 'a link is not opened again (no endless tree)');
  });

  it('Should narrow to the claims without support, flat, with the filter "unsupported"', () => {
    const outline = new ArgumentOutline(linked(), { filter: 'unsupported', categories: CATEGORIES });
    assert.deepEqual(ids(outline.roots), ['s0']);
    assert.deepEqual(ids(outline.children(outline.roots[0])), ['s1']);
    assert.deepEqual(ids(outline.children(outline.children(outline.roots[0])[0])), ['c4']);
    assert.equal(outline.claimNode(1), undefined);
  });

  it('Should reach every claim of the essay-sized model from the roots, each once as a claim row', () => {
    const outline = new ArgumentOutline(linked(), { filter: null, categories: CATEGORIES });
    const seen: string[] = [];
    const walk = (nodes: readonly ArgumentNode[]) => nodes.forEach((n) => (n.kind === 'claim' && seen.push(n.id), walk(outline.children(n))));
    walk(outline.roots);
    assert.deepEqual(seen.sort(), ANALYSIS.claims.map((_, i) => `c${i}`).sort());
  });
});
