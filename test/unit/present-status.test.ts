import { strict as assert } from 'node:assert';
import { RuleTexts } from '../../src/core/lexicon/rules';
import { CATEGORIES } from '../../src/core/model/model';
import { explainClaim } from '../../src/vscode/present/explain';
import { COMMANDS, commandLink } from '../../src/vscode/present/ids';
import { annotatesDocument, DEFAULT_SETTINGS, normaliseSettings, visibleCategory } from '../../src/vscode/present/settings';
import { statusText, statusTooltip, tooLargeMessage } from '../../src/vscode/present/status';
import { ANALYSIS, find } from './present-fixture';

describe('present/status, explain and settings', () => {
  it('Should count claims by primary category in the status bar', () => {
    assert.equal(statusText(ANALYSIS, CATEGORIES), '7 claims · 1 geopolitical · 2 military · 3 economic');
    assert.equal(statusText(ANALYSIS, ['economic']), '7 claims · 3 economic');
    assert.equal(statusText({ ...ANALYSIS, claims: [ANALYSIS.claims[0]] }, []), '1 claim');
    assert.equal(statusTooltip(ANALYSIS), 'Policy Lens: 2 sections, 4 entities, 4 figures. Click to show the argument.');
  });

  it('Should say why a large document shows its outline only', () => {
    assert.equal(
      tooLargeMessage('big.md', 3_210_000, 2_000_000),
      'Policy Lens: big.md is 3.2 MB, above policyLens.maxDocumentSize (2 MB), so only its outline (sections) is shown: no hovers, CodeLens, entities or figures.',
    );
  });

  it('Should list a claim’s cues in a reader’s words, with what they argue for, their weight and words', () => {
    const { title, items } = explainClaim(ANALYSIS, 0);
    assert.equal(title, 'Economic · evidence (also geopolitical): 2 cues');
    assert.deepEqual(items[0], { label: "'pay' (+1)", description: 'economic', detail: '“pays”', span: find('pays') });
    assert.deepEqual(items[1], { label: 'a sum of money (+1.5)', description: 'economic', detail: '“US$ 500 million”', span: find('US$ 500 million') });
    assert.equal(explainClaim(ANALYSIS, 5).title, 'Unclassified · statement: 0 cues');
    assert.deepEqual(explainClaim(ANALYSIS, 5).items, []);
  });

  it('Should name a role cue by the role it gives: a word, or a figure by its kind', () => {
    const evidence = { ...ANALYSIS.claims[2], cues: [{ ...find('36.3%'), category: null, term: 'figure:percent', weight: 1 }] };
    const thesis = { ...ANALYSIS.claims[4], why: [], cues: [{ ...find('wants'), category: null, term: 'wants', weight: 1 }] };
    const analysis = { ...ANALYSIS, claims: ANALYSIS.claims.map((c, i) => (i === 2 ? evidence : i === 4 ? thesis : c)) };
    assert.deepEqual(explainClaim(analysis, 2).items.map((item) => [item.label, item.description]), [['a percentage — evidence', 'role']]);
    assert.deepEqual(explainClaim(analysis, 4).items.map((item) => [item.label, item.description]), [["'wants' — a thesis", 'role']]);
  });

  it('Should add the rules of a claim’s why that no cue shows, pointing at the whole sentence', () => {
    const reason = explainClaim(ANALYSIS, 1);
    // "troops" is a cue already: its rule is not listed again.
    assert.equal(reason.title, 'Military · reason: 1 cue, 1 rule');
    assert.deepEqual(reason.items.map((item) => [item.label, item.description]), [
      ["'troops' (+2)", 'military'],
      ['follows evidence — a reason', 'role'],
    ]);
    assert.deepEqual(reason.items[1].span, find('Moscow keeps troops in Belarus.'));
    const texts = new RuleTexts([{ domain: 'role', rows: [{ id: 'first-in-section', says: 'the first claim of its section' }] }]);
    assert.deepEqual(explainClaim(ANALYSIS, 4, texts).items.map((item) => item.label), ['the first claim of its section — a thesis']);
    assert.equal(explainClaim(ANALYSIS, 4, texts).title, 'Geopolitical · thesis: 0 cues, 1 rule');
  });

  it('Should fall back to the defaults for settings of the wrong shape', () => {
    assert.deepEqual(normaliseSettings({}), DEFAULT_SETTINGS);
    assert.deepEqual(
      normaliseSettings({ languages: 'markdown', codeLensMode: 'sometimes', categories: 3, maxDocumentSize: -1, gutter: 'yes' }),
      DEFAULT_SETTINGS,
    );
  });

  it('Should never annotate the box a comment is typed in, though its language is one Policy Lens reads', () => {
    // A note typed through the Comments UI is a plain-text document to the extension (scheme "comment"):
    // read as a policy document, it took over the Argument view and the status bar while the reader typed.
    assert.equal(annotatesDocument(DEFAULT_SETTINGS, 'comment', 'plaintext'), false);
    assert.equal(annotatesDocument(DEFAULT_SETTINGS, 'vscode-scm', 'markdown'), false);
    assert.equal(annotatesDocument(DEFAULT_SETTINGS, 'file', 'plaintext'), true);
    assert.equal(annotatesDocument(DEFAULT_SETTINGS, 'untitled', 'markdown'), true);
    assert.equal(annotatesDocument(DEFAULT_SETTINGS, 'file', 'json'), false);
  });

  it('Should keep known categories in display order', () => {
    const settings = normaliseSettings({ categories: ['economic', 'bogus', 'geopolitical'], codeLensMode: 'paragraph', languages: ['markdown', 1] });
    assert.deepEqual(settings.categories, ['geopolitical', 'economic']);
    assert.equal(settings.codeLensMode, 'paragraph');
    assert.deepEqual(settings.languages, ['markdown']);
  });

  it('Should show a claim under its secondary category when the primary is hidden', () => {
    assert.equal(visibleCategory(ANALYSIS.claims[0], CATEGORIES), 'economic');
    assert.equal(visibleCategory(ANALYSIS.claims[0], ['geopolitical']), 'geopolitical');
    assert.equal(visibleCategory(ANALYSIS.claims[0], ['military']), null);
  });

  it('Should encode command arguments as JSON in a command link', () => {
    const link = commandLink(COMMANDS.revealRange, ['file:///a b.md', 1, 2]);
    assert.equal(link, `command:policyLens.revealRange?${encodeURIComponent('["file:///a b.md",1,2]')}`);
  });
});
