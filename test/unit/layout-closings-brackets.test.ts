import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { notices, claimTexts, BODY } from './furniture-helpers';

/**
 * Lines a reader reads past, not as claims: the closing of a letter and the signatures under it
 * (notice:valediction, notice:signed), an insertion in square brackets alone on its line
 * (notice:bracketed-line); and a sentence that cites a table by its number, which is no caption
 * (layout:caption-cited).
 */
describe('Closings, signatures, bracketed insertions and sentences citing a table', () => {
  it('Reads a letter’s closing and the name and post blocks under it as notices, and still names the signers', () => {
    const text = `# Harbour Levy\n\nDear Minister,\n\n${BODY.join(' ')}\n\nWe would welcome a meeting before the levy is set.\n\nYours sincerely,\n\nOlwen Barraclough  \nChief Executive, Coastal Freight Council\n\nPiotr Wasilewski  \nHead of Policy, Coastal Freight Council\n`;
    const found = notices(text, 'a.md');
    assert.ok(found.some(([r, w]) => r === 'notice:valediction' && w === 'Yours sincerely,'), JSON.stringify(found));
    assert.equal(found.filter(([r]) => r === 'notice:signed').length, 2, JSON.stringify(found));
    const claims = claimTexts(text, 'a.md');
    assert.ok(claims.includes('We would welcome a meeting before the levy is set.'), 'the last sentence of the letter stays a claim');
    assert.ok(!claims.some((c) => /sincerely|Barraclough|Wasilewski/.test(c)), JSON.stringify(claims));
    const a = analyse(text, { hint: 'a.md' });
    assert.ok(a.entities.some((e) => e.type === 'person' && /Barraclough/.test(e.name)), 'a signer is still a person the letter names');
    assert.ok(!a.sections.some((s) => /Barraclough|Wasilewski/.test(s.title)), 'a signer is no heading');
  });

  it('Stops reading signatures at the first block that ends a sentence', () => {
    const text = `# Harbour Levy\n\n${BODY.join(' ')}\n\nKind regards,\n\nOlwen Barraclough\n\nThe council will send its figures to the committee by the end of May.\n`;
    assert.ok(notices(text, 'a.md').some(([r, w]) => r === 'notice:signed' && w === 'Olwen Barraclough'));
    assert.ok(claimTexts(text, 'a.md').includes('The council will send its figures to the committee by the end of May.'));
  });

  it('Reads an insertion in square brackets alone on its line as a notice, not a claim', () => {
    const text = ['Harbour Dredging', '', BODY[0], '', '[Sitting suspended at 4.15pm]', '', BODY[1], '', '[WITHHELD - s.43]', 'Head of Port Policy', '', BODY[2], ''].join('\n');
    const found = notices(text, 'a.txt');
    assert.ok(found.some(([r, w]) => r === 'notice:bracketed-line' && w === '[Sitting suspended at 4.15pm]'), JSON.stringify(found));
    assert.ok(found.some(([r, w]) => r === 'notice:bracketed-line' && w === '[WITHHELD - s.43]'), JSON.stringify(found));
    const claims = claimTexts(text, 'a.txt');
    assert.ok(!claims.some((c) => c.includes('Sitting suspended') || c.includes('WITHHELD')), JSON.stringify(claims));
    assert.ok(claims.includes(BODY[1]) && claims.includes(BODY[2]));
  });

  it('Leaves a sentence that opens with a bracketed word, and a markdown link alone, as they were', () => {
    const text = `# Harbour Dredging\n\n[The board] has asked the ministry to pay for half of the dredging this year.\n\n${BODY[0]}\n`;
    assert.ok(claimTexts(text, 'a.md').includes('[The board] has asked the ministry to pay for half of the dredging this year.'));
    assert.ok(!notices(text, 'a.md').some(([r]) => r === 'notice:bracketed-line'));
  });

  it('Reads a sentence that cites a table by its number as a claim, and the table’s caption as none', () => {
    const plain = ['Harbour Dredging', '', BODY[0], '', 'Table 2 sets out the cost of each option.', '', 'Table 2 – Dredging options and their cost', '', 'Option      Depth    Cost', 'A           12 m     £40m', 'B           14 m     £65m', 'C           16 m     £90m', '', BODY[1], ''].join('\n');
    const claims = claimTexts(plain, 'a.txt');
    assert.ok(claims.includes('Table 2 sets out the cost of each option.'), JSON.stringify(claims));
    assert.ok(!claims.some((c) => c.includes('Dredging options and their cost')));
    const md = `# Harbour Dredging\n\n${BODY[0]}\n\nFigure 3 shows how the channel has silted since 2019.\n\n**Figure 3. Depth of the channel, 2019–2025**\n\n${BODY[1]}\n`;
    const mdClaims = claimTexts(md, 'a.md');
    assert.ok(mdClaims.includes('Figure 3 shows how the channel has silted since 2019.'), JSON.stringify(mdClaims));
    assert.ok(!mdClaims.some((c) => c.includes('Depth of the channel')));
    // A source line stays a caption, whatever follows its label.
    assert.ok(!claimTexts(`# Harbour Dredging\n\n${BODY[0]}\n\nSource: 2025 survey data from the harbour board.\n`, 'a.md').some((c) => c.startsWith('Source')));
  });

  it('Reads a printer’s note on a cover or last page as a notice, not a claim', () => {
    const text = ['Harbour Dredging', '', BODY[0], '', BODY[1], '', 'This report has been printed on recycled paper.', '', 'Please recycle', ''].join('\n');
    const found = notices(text, 'a.txt');
    assert.ok(found.some(([r, w]) => r === 'notice:print-note' && w === 'This report has been printed on recycled paper.'), JSON.stringify(found));
    assert.ok(found.some(([r, w]) => r === 'notice:print-note' && w === 'Please recycle'), JSON.stringify(found));
    const claims = claimTexts(text, 'a.txt');
    assert.ok(!claims.some((c) => /recycle/.test(c)), JSON.stringify(claims));
    assert.ok(claims.includes(BODY[0]) && claims.includes(BODY[1]));
  });

  it('Leaves a sentence of the text about recycled paper as a claim', () => {
    const text = ['Harbour Dredging', '', BODY[0], '', 'The ministry has printed every leaflet on recycled paper since 2019.', ''].join('\n');
    assert.ok(!notices(text, 'a.txt').some(([r]) => r === 'notice:print-note'));
    assert.ok(claimTexts(text, 'a.txt').includes('The ministry has printed every leaflet on recycled paper since 2019.'));
  });
});
