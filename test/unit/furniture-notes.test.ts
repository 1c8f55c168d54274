import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { toJson } from '../../src/core/model/contract';

/**
 * Notes and labelled notices (furniture.json, `notice:page-note`,
 * `notice:under-label`): footnotes printed at a page's foot in text taken from
 * a PDF, endnotes under 'Notes', and the paragraph a 'Disclaimer' label names
 * are the publisher's or the apparatus's, not the argument. The texts are
 * written for these tests.
 */

function read(text: string, hint: string) {
  const a = analyse(text, { hint });
  return {
    notices: (a.notices ?? []).map((n) => [n.rule, a.text.slice(n.start, n.end).replace(/\s+/g, ' ').trim()] as [string, string]),
    claims: toJson(a).claims.map((c) => c.text),
  };
}

const PAGE_ONE = [
  'Ferry Subsidies in the Northern Isles',
  '',
  'The islands depend on three ferry routes, and the council has paid for them',
  'since the operator withdrew in 2019.1 The subsidy has since doubled, and',
  'the council now spends more on ferries than on its roads.2',
  '',
  '1 Council accounts, annual statement for 2019-20.',
  '2 Island transport review, March 2024.',
  '',
  '                                   3',
  '',
  'The council argues that the routes keep the smaller islands inhabited, and',
  'it has asked the government to share the cost from next year onwards.',
  '',
];

describe('Notes and labelled notices (rules)', () => {
  it('notice:page-note — takes footnotes at a page’s foot, whose numbers the text marks, out of the argument', () => {
    const { notices, claims } = read(PAGE_ONE.join('\n'), 'a.txt');
    assert.deepEqual(
      notices.filter(([r]) => r === 'notice:page-note').map(([, w]) => w),
      ['Council accounts, annual statement for 2019-20.', 'Island transport review, March 2024.'],
    );
    assert.ok(!claims.some((c) => c.startsWith('Council accounts') || c.startsWith('Island transport review')), claims.join(' | '));
    assert.ok(claims.some((c) => c.startsWith('The council argues')), 'the prose after the page break is still argument');
  });

  it('notice:page-note — keeps a numbered list inside the argument, and one in markdown outside a Notes section, as claims', () => {
    const inside = [
      ...PAGE_ONE.slice(0, 6),
      '1 The council should publish what each route costs per passenger.',
      '2 The government should decide on the cost sharing before the summer.',
      '',
      'Both steps would let the islanders see where the money goes and why.',
      '',
    ].join('\n');
    assert.ok(!read(inside, 'a.txt').notices.some(([r]) => r === 'notice:page-note'));
    const md = '# Ferries\n\nThe subsidy has doubled since 2019.[1] It now exceeds the roads budget.[2]\n\n## What we recommend\n\n1. Publish the cost of each route per passenger.\n2. Decide on cost sharing before the summer.\n\n## Outlook\n\nThe routes will need new vessels by 2030.\n';
    assert.ok(!read(md, 'a.md').notices.some(([r]) => r === 'notice:page-note'));
    const notes = md.replace('## Outlook', '## Notes\n\n1. Council accounts, 2019-20.\n2. Island transport review, 2024.\n\n## Outlook');
    assert.deepEqual(read(notes, 'a.md').notices.filter(([r]) => r === 'notice:page-note').map(([, w]) => w.replace(/^\d\.\s*/, '')), ['Council accounts, 2019-20.', 'Island transport review, 2024.']);
  });

  it('notice:legal-short — takes a short copyright line with a disclaimer of views at the end out of the argument, and keeps a short paragraph with one such word', () => {
    const body = ['# Ferries', '', 'The subsidy has doubled since 2019, and the council now spends more on ferries than on its roads.', '', 'The council argues that the routes keep the smaller islands inhabited.', '', 'It has asked the government to share the cost from next year onwards.', ''];
    const notice = '© 2026 Island Policy Forum. The views expressed here are the author’s own.';
    const { notices, claims } = read([...body, notice, ''].join('\n'), 'a.md');
    assert.ok(notices.some(([r, w]) => r === 'notice:legal-short' && w === notice), JSON.stringify(notices));
    assert.ok(!claims.some((c) => c.includes('Island Policy Forum')), claims.join(' | '));
    const one = read([...body, 'The operator gave the council permission to publish its fares.', ''].join('\n'), 'a.md');
    assert.ok(one.claims.includes('The operator gave the council permission to publish its fares.'), one.claims.join(' | '));
  });

  it('notice:under-label — reads the paragraph under a Disclaimer label, or opening with one, as that notice', () => {
    const body = '# Ferries\n\nThe subsidy has doubled since 2019, and the council now spends more on ferries than on its roads.\n\n';
    const text = 'This brief was written by the council’s research office for its members. It serves the members of every party alike.';
    for (const label of ['**Disclaimer**\n\n', '*Disclaimer:* ']) {
      const { notices, claims } = read(`${body}${label}${text}\n`, 'a.md');
      assert.ok(notices.some(([r, w]) => r === 'notice:under-label' && w.endsWith('every party alike.')), JSON.stringify(notices));
      assert.ok(!claims.some((c) => c.includes('research office')), claims.join(' | '));
    }
    const plain = read(`${body}In the end, the council decided to keep all three routes open.\n`, 'a.md');
    assert.ok(!plain.notices.some(([r]) => r === 'notice:under-label'), 'a paragraph under argued text stays a claim');
  });
});

describe('A web page’s last-changed date and its controls (rules)', () => {
  const page = (tail: string) => `# Ferries\n\nThe subsidy has doubled since 2019, and the council now spends more on ferries than on its roads.\n\n${tail}\n`;

  it('notice:dateline — reads a page’s last-changed line, with a written or a numeric date, as a notice', () => {
    for (const line of ['Date modified: 2026-03-04', 'Last updated: 14 October 2025']) {
      const { notices, claims } = read(page(line), 'a.md');
      assert.ok(notices.some(([r, w]) => r === 'notice:dateline' && w === line), JSON.stringify(notices));
      assert.ok(!claims.some((c) => c.includes(line)), claims.join(' | '));
    }
  });

  it('notice:page-widget — reads "Report a problem on this page" as the page’s control, not a claim', () => {
    const { notices } = read(page('Report a problem on this page'), 'a.md');
    assert.ok(notices.some(([r, w]) => r === 'notice:page-widget' && w === 'Report a problem on this page'), JSON.stringify(notices));
  });
});
