import { strict as assert } from 'node:assert';
import { EntityTree, FigureTree, type EntityNode } from '../../src/vscode/present/groups';
import { ANALYSIS } from './present-fixture';

const names = (nodes: readonly EntityNode[]) =>
  nodes.map((node) => (node.kind === 'type' ? node.type : node.kind === 'entity' ? node.entity.name : node.mention));

describe('present/groups', () => {
  it('Should group entities by type, most mentioned first', () => {
    const tree = new EntityTree(ANALYSIS);
    assert.deepEqual(names(tree.roots), ['person', 'place']);
    assert.deepEqual(names(tree.children(tree.roots[1])), ['Belarus', 'Moscow', 'Russia']);
  });

  it('Should expand an entity to its mentions, each with a parent', () => {
    const tree = new EntityTree(ANALYSIS);
    const belarus = tree.entityNode('place:belarus')!;
    const mentions = tree.children(belarus);
    assert.deepEqual(names(mentions), [0, 1, 2, 3]);
    assert.equal(tree.parent(mentions[2]), belarus);
    assert.equal(tree.parent(belarus), tree.roots[1]);
    assert.equal(tree.children(belarus), mentions, 'made once');
  });

  it('Should find the parent of a mention row before its entity was expanded', () => {
    const tree = new EntityTree(ANALYSIS);
    const entity = ANALYSIS.entities[2];
    const parent = tree.parent({ kind: 'mention', entity, mention: 1, id: `m:${entity.id}:1` });
    assert.equal(parent, tree.entityNode(entity.id));
  });

  it('Should group figures by kind, in text order', () => {
    const tree = new FigureTree(ANALYSIS);
    assert.deepEqual(
      tree.roots.map((node) => (node.kind === 'group' ? `${node.figureKind} ${node.count}` : '')),
      ['percent 2', 'money 1', 'count 1'],
    );
    const percent = tree.children(tree.roots[0]);
    assert.deepEqual(percent.map((node) => node.id), ['f1', 'f2']);
    assert.equal(tree.parent(percent[1]), tree.roots[0]);
  });
});
