import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { noticeRows } from '../../src/vscode/present/notices';
import { claimTexts, BODY } from './furniture-helpers';

describe('Notices: page furniture and boilerplate', () => {
  it('Shows a claim’s words without markup or link targets', () => {
    const text = `# Ports\n\nUnder [Section 9 of the Ports Act](https://example.org/act) the **ministry** may refuse a _berth_.\n`;
    assert.deepEqual(claimTexts(text, 'a.md'), ['Under Section 9 of the Ports Act the ministry may refuse a berth.']);
  });

  it('Shows unpaired emphasis marks as nothing: a space where they stand between words, none where they split one', () => {
    const text = [
      '# Orbits',
      '',
      '_**In **_**o****rbit****.** The****Relay** Network** carries signals for the fleet.',
      '',
      'The office****is****buying satellites (**t****e****xt box**) for the S__trategic relay; a snake_case name and 3 * 4 stay as written.',
      '',
    ].join('\n');
    assert.deepEqual(claimTexts(text, 'a.md'), [
      'In orbit.',
      'The Relay Network carries signals for the fleet.',
      'The office is buying satellites (text box) for the Strategic relay; a snake_case name and 3 * 4 stay as written.',
    ]);
  });
});

describe('The outline’s "Front matter / notices" rows', () => {
  it('Lists every notice with its first words and the reason in a reader’s words', () => {
    const text = ['Ports and Power', 'Jane Okafor, Senior Fellow, Maritime Policy Programme', '', BODY.join('\n'), '', 'Page 1 of 1'].join('\n');
    const rows = noticeRows(analyse(text, { hint: 'a.txt' }));
    assert.deepEqual(
      rows.map((r) => [r.label, r.says]),
      [
        ['Jane Okafor, Senior Fellow, Maritime Policy Programme', 'an author line under the title, or under a label naming the authors: a personal name, then a title or affiliation'],
        ['Page 1 of 1', 'a page number alone on a line'],
      ],
    );
  });
});
