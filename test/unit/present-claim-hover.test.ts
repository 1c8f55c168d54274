import { strict as assert } from 'node:assert';
import { ModelIndex } from '../../src/core/model/lookup';
import { CATEGORIES, type Analysis } from '../../src/core/model/model';
import { claimHover } from '../../src/vscode/present/claimHover';
import { entityHover, figureHover, type HoverInput } from '../../src/vscode/present/hover';
import { ANALYSIS, lineOf } from './present-fixture';

/** The fixture's first section argued: "Moscow keeps troops" a thesis that the two figures of the section support, qualified by the barter sentence. */
function argued(): Analysis {
  const claims = ANALYSIS.claims.map((c) => ({ ...c }));
  claims[1] = {
    ...claims[1],
    role: 'thesis',
    supportedBy: [0, 2],
    qualifiedBy: [3],
    why: [
      { rule: 'role:opening-modal', weight: 1, about: 'role', words: 'should' },
      { rule: 'claim:lexicon-term', weight: 2, about: 'category', words: 'troops' },
    ],
  };
  claims[0] = { ...claims[0], supports: [1] };
  claims[2] = { ...claims[2], supports: [1] };
  claims[3] = { ...claims[3], role: 'concession' };
  claims[4] = { ...claims[4], unsupported: true, supportedBy: [] };
  return { ...ANALYSIS, claims };
}

const input = (analysis: Analysis): HoverInput => ({ index: new ModelIndex(analysis), uri: 'file:///brief.md', lineOf, categories: CATEGORIES });

describe('present/claimHover', () => {
  it('Should name the category and the role, and why, in plain words', () => {
    const card = claimHover(input(argued()), 1);
    assert.match(card.split('\n\n')[0], /^\*\*Military\*\* · a thesis$/);
    assert.match(card, /\*Why:\* A thesis: .+\. Military: .+troops/);
    assert.doesNotMatch(card, /role:|claim:/, 'no rule ids in the card');
  });

  it('Should say what supports it, counting figures and sentences, with their lines as links', () => {
    const card = claimHover(input(argued()), 1);
    const line = card.split('\n\n').find((l) => l.startsWith('*Supported by:*'))!;
    assert.match(line, /^\*Supported by:\* 2 figures, 2 evidence sentences — lines \[3\]\(command:policyLens\.revealRange\?.+\), \[5\]\(command:/);
  });

  it('Should say what qualifies it, and on a supporting claim what it supports', () => {
    const analysis = argued();
    assert.match(claimHover(input(analysis), 1), /\*Qualified by:\* 1 concession — line \[5\]/);
    assert.match(claimHover(input(analysis), 0), /\*Supports:\* 1 thesis — line \[3\]/);
  });

  it('Should say when nothing in its section supports an assertion', () => {
    assert.match(claimHover(input(argued()), 4), /Nothing in its section supports it/);
    assert.doesNotMatch(claimHover(input(argued()), 1), /Nothing in its section/);
  });

  it('Should show a model without links (no supports yet) with no support lines at all', () => {
    const card = claimHover(input(ANALYSIS), 1);
    assert.doesNotMatch(card, /Supported by|Qualified by|Supports:|Nothing in/);
  });

  it('Should mark a corrected claim "set by you" and show the first words of the reader\'s note', () => {
    const analysis = argued();
    const claims = analysis.claims.map((c, i) => (i === 6 ? { ...c, source: 'reader' } : c));
    const note = 'Two stations is old news: both were handed over to Russia on long leases in the nineties, so this is not new.';
    const card = claimHover(input({ ...analysis, claims }), 6, { notes: [note, 'second'] });
    assert.match(card.split('\n\n')[0], /✎ \*set by you\*/);
    assert.match(card, /\*Your note:\* “Two stations is old news: both were handed over to Russia on long leases…” \(and 1 more\)/);
    assert.doesNotMatch(claimHover(input(analysis), 6), /set by you|Your note/);
  });

  it('Should end with links to the cues and to correct the claim', () => {
    const last = claimHover(input(argued()), 1).split('\n\n').at(-1)!;
    assert.match(last, /^\[Cues\]\(command:policyLens\.explainClaim\?.+\) · \[Correct…\]\(command:policyLens\.correct\?/);
  });
});

describe('present/hover: the reader\'s corrections', () => {
  it('Should mark an entity or figure card "set by you" when the reader corrected it, and only then', () => {
    const entities = ANALYSIS.entities.map((e, i) => (i === 1 ? { ...e, type: 'organization' as const, source: 'reader' } : e));
    const figures = ANALYSIS.figures.map((f, i) => (i === 3 ? { ...f, source: 'reader' } : f));
    const analysis = { ...ANALYSIS, entities, figures };
    assert.match(entityHover(input(analysis), entities[1], entities[1].mentions[0]).split('\n\n')[0], /^\*\*Belarus\*\* · organization · ✎ \*set by you\*$/);
    assert.doesNotMatch(entityHover(input(analysis), entities[0], entities[0].mentions[0]), /set by you/);
    assert.match(figureHover(input(analysis), 3).split('\n\n')[0], /✎ \*set by you\*$/);
    assert.doesNotMatch(figureHover(input(analysis), 1), /set by you/);
  });
});
