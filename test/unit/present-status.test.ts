import { strict as assert } from 'node:assert';
import { CATEGORIES } from '../../src/core/model/model';
import { explainClaim } from '../../src/vscode/present/explain';
import { COMMANDS, commandLink } from '../../src/vscode/present/ids';
import { DEFAULT_SETTINGS, normaliseSettings, visibleCategory } from '../../src/vscode/present/settings';
import { statusText, statusTooltip, tooLargeMessage } from '../../src/vscode/present/status';
import { ANALYSIS } from './present-fixture';

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

  it('Should list a claim’s cues with their category, weight and words', () => {
    const { title, items } = explainClaim(ANALYSIS, 0);
    assert.equal(title, 'Economic · evidence (also geopolitical): 2 cues');
    assert.deepEqual(items[0], { label: 'pay', description: 'economic · +1', detail: '“pays”', span: items[0].span });
    assert.equal(items[1].label, 'figure:money');
    assert.equal(items[1].detail, '“US$ 500 million”');
    assert.equal(explainClaim(ANALYSIS, 5).title, 'Unclassified · statement: 0 cues');
  });

  it('Should fall back to the defaults for settings of the wrong shape', () => {
    assert.deepEqual(normaliseSettings({}), DEFAULT_SETTINGS);
    assert.deepEqual(
      normaliseSettings({ languages: 'markdown', codeLensMode: 'sometimes', categories: 3, maxDocumentSize: -1, gutter: 'yes' }),
      DEFAULT_SETTINGS,
    );
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
