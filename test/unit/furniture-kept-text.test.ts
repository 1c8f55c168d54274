import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { shownText } from '../../src/core/model/shown';
import { notices, claimTexts, BODY } from './furniture-helpers';

describe('Notices: page furniture and boilerplate', () => {
  it('Keeps a passage the document repeats as argument: it recurs with the same next line, as no running header does', () => {
    const passage = 'Trade between the two states fell sharply after the border closed\nin the spring, and exporters turned to longer routes through the north.\n';
    const text = Array.from({ length: 4 }, () => passage).join('\n');
    const analysis = analyse(text, { format: 'plain' });
    assert.equal(analysis.claims.length, 4);
    assert.deepEqual(analysis.notices ?? [], []);
  });

  it('Keeps a body paragraph that mentions copyright once as argument', () => {
    const text = `# Ideas\n\n${BODY[0]} Copyright law in the region is weak, and investors know it.\n\n${BODY[1]}\n`;
    assert.equal(notices(text, 'a.md').length, 0);
    assert.ok(claimTexts(text, 'a.md').some((c) => c.startsWith('Copyright law')));
  });
});

describe('Unmarked text: bullets and titles', () => {
  it('Reads a line opening with a bullet as a list item of its own, even after a line that ends no sentence', () => {
    const text = ['Ports and Power', 'The ministry recommended a range of actions including', '• a tariff on imported cranes;', '• a review of the port loans.'].join('\n');
    const claims = claimTexts(text, 'a.txt');
    assert.ok(claims.includes('• a tariff on imported cranes;') || claims.some((c) => c.startsWith('• a tariff') && !c.includes('review')), claims.join(' | '));
  });

  it('Keeps the first line as the title when every page repeats it as its header', () => {
    const page = (n: number) => [`Page ${n}`, 'Ports and Power in the Gulf'];
    const text = ['Ports and Power in the Gulf', '', BODY[0], ...page(1), BODY[1], ...page(2), BODY[2], 'Page 3'].join('\n');
    assert.equal(analyse(text, { hint: 'a.txt' }).sections[0]?.title, 'Ports and Power in the Gulf');
  });
});

describe('Words split at a line end', () => {
  it('Reads a word hyphenated across a line end as one word when the document writes it whole, and keeps a compound', () => {
    const text = [
      'Ports and Power',
      'The ministry says the new port will raise grain exports and that the navy will guard the ex-',
      'ports of the region, and a well-',
      'known lender will pay for the berth. Grain exports rose again, and a well-known bank agreed.',
    ].join('\n');
    const a = analyse(text, { hint: 'a.txt' });
    assert.equal(a.masked!.length, a.text.length);
    const first = shownText(a.text, a.masked, a.claims[0]);
    assert.ok(first.includes('guard the exports of the region'), first);
    assert.ok(first.includes('a well- known lender'), 'a compound written with its hyphen elsewhere keeps it');
  });
});

describe('Words cut at a line end', () => {
  it('Joins a word cut into two halves that are no words of the document, and keeps a compound of two words', () => {
    const text = [
      'Ports and Power',
      'The ministry says the secu-',
      'rity of the new port depends on a long-',
      'term loan, and the navy agrees that a long delay would hurt.',
    ].join('\n');
    const a = analyse(text, { hint: 'a.txt' });
    const first = shownText(a.text, a.masked, a.claims[0]);
    assert.ok(first.includes('the security of the new port'), first);
    assert.ok(!first.includes('longterm'), 'halves that are words of the document stay apart');
  });
});
