import { strict as assert } from 'node:assert';
import { notices, claimTexts, BODY } from './furniture-helpers';

/**
 * Furniture a reader reads past, not as argument (issue #13, claim precision): a party's line over a
 * signature in an agreement (notice:signatory, with notice:signed under it), a copyright line
 * (notice:copyright-line), a news agency's notes in round brackets (notice:wire-note), an entry of a
 * list of references (notice:reference-entry), a web page's last-changed line (notice:page-dated), an
 * encyclopedia's tagline and hatnote (notice:hatnote) and a wire story's related coverage (notice:see-also).
 * Each with a near-miss: a sentence of the text that looks like one and stays a claim.
 */
describe('Signatories, copyright lines, wire notes, references, page dates and hatnotes', () => {
  it('Reads a party’s line in an agreement and the signer’s name and post under it as notices, past a bracketed [Signed]', () => {
    const text = ['AGREEMENT ON HARBOUR PATROLS', '', BODY[0], '', 'For the purposes of this Agreement: the Parties shall share the cost of the patrols.', '', BODY[1], '', 'For the Government of the Republic of Arvenia:', '', '[Signed]', 'ANNA REYES', 'Minister of Ports', ''].join('\n');
    const found = notices(text, 'a.txt');
    assert.ok(found.some(([r, w]) => r === 'notice:signatory' && w === 'For the Government of the Republic of Arvenia:'), JSON.stringify(found));
    assert.ok(found.some(([r, w]) => r === 'notice:signed' && w === 'ANNA REYES'), JSON.stringify(found));
    assert.ok(found.some(([r, w]) => r === 'notice:signed' && w === 'Minister of Ports'), JSON.stringify(found));
    const claims = claimTexts(text, 'a.txt');
    assert.ok(!claims.some((c) => /Arvenia|REYES|Minister of Ports/.test(c)), JSON.stringify(claims));
    assert.ok(claims.some((c) => c.startsWith('For the purposes of this Agreement')), 'a definition clause opening with “For the” stays a claim');
  });

  it('Keeps a party’s line over recommendations, with no signature below it (notice:signatory, notice:signed)', () => {
    const text = ['PORT SECURITY FUNDING', '', BODY[0], '', BODY[1], '', 'For the Government of Kestria:', '', '- Fund the coastguard', '- Publish inspection data', '', 'For the Council of the Region:', '', 'Adopt the common patrol plan before the 2027 season.', ''].join('\n');
    const found = notices(text, 'a.txt');
    assert.ok(!found.some(([r]) => r === 'notice:signatory' || r === 'notice:signed'), JSON.stringify(found));
  });

  it('Reads a copyright line as a notice wherever it stands, and keeps a sentence about copyright', () => {
    const md = `# Harbour Levy\n\n${BODY.join('\n\n')}\n\n© Harbour Council 2026 · [Privacy](https://example.org/privacy)\n`;
    assert.ok(notices(md, 'a.md').some(([r]) => r === 'notice:copyright-line'), JSON.stringify(notices(md, 'a.md')));
    const plain = ['Harbour Levy', '', BODY[0], '', BODY[1], '', '(c) 2026 Harbour News Service. All rights reserved. Republication', 'is prohibited without consent.', ''].join('\n');
    assert.ok(notices(plain, 'a.txt').some(([r, w]) => r === 'notice:copyright-line' && w.startsWith('(c) 2026')), JSON.stringify(notices(plain, 'a.txt')));
    assert.ok(!claimTexts(plain, 'a.txt').some((c) => /rights reserved|Republication/.test(c)));
    const near = `# Harbour Levy\n\n${BODY[0]}\n\nCopyright law lets the council charge for its charts, and it will do so from May.\n\n${BODY[1]}\n`;
    assert.ok(claimTexts(near, 'a.md').some((c) => c.startsWith('Copyright law lets the council')));
  });

  it('Reads a news agency’s notes in round brackets as notices, and keeps a sentence in brackets that argues', () => {
    const text = ['PORT-LEVY (UPDATE 1)', '', '(Adds minister’s comment in paragraphs 5-6)', '', BODY[0], '', BODY[1], '', '(Aside from the levy, the council also raised berth fees last year.)', '', '($1 = 57.60 pesos)', '', '(Reporting by Ana Reyes in Manila; Editing by Hugh Lawton)', ''].join('\n');
    const found = notices(text, 'a.txt');
    for (const opening of ['(Adds', '($1 =', '(Reporting by']) assert.ok(found.some(([r, w]) => r === 'notice:wire-note' && w.startsWith(opening)), `${opening} ${JSON.stringify(found)}`);
    const claims = claimTexts(text, 'a.txt');
    assert.ok(!claims.some((c) => /Reporting by|57\.60|Adds minister/.test(c)), JSON.stringify(claims));
    assert.ok(claims.some((c) => c.includes('Aside from the levy')), JSON.stringify(claims));
  });

  it('Reads the entries of a list of references as notices, and keeps a sentence that cites a work', () => {
    const text = `# Trade Diversion\n\n${BODY[0]}\n\nOstrander (2019) argues that the effect of a sanctions regime depends on its members.\n\nLater work agrees (Smith 2020).\n\n## References\n\nOstrander, M. (2019) 'Leaky coalitions', *Review of International Political Economy*, 26(5), pp. 889–912.\n\nPark, S., Reyes, C. and Duarte, F. (2023) *Following the Goods*. Cambridge: Cambridge University Press.\n`;
    const found = notices(text, 'a.md');
    assert.equal(found.filter(([r]) => r === 'notice:reference-entry').length, 2, JSON.stringify(found));
    const claims = claimTexts(text, 'a.md');
    assert.ok(!claims.some((c) => /Leaky|University Press|Following the Goods/.test(c)), JSON.stringify(claims));
    assert.ok(claims.some((c) => c.startsWith('Ostrander (2019) argues')) && claims.some((c) => c.includes('(Smith 2020)')), JSON.stringify(claims));
  });

  it('Keeps a paragraph that opens with an author, initials and year and goes on with a verb (notice:reference-entry wants the title’s form)', () => {
    const text = `# Port Security Funding\n\n${BODY[0]}\n\nSmith, J. (2020) remains the most cited estimate, but its assumptions on fleet size no longer hold.\n\nOkafor, C. and Mills, R. (2021) showed that inspection rates fell by half in the northern ports.\n\n${BODY[1]}\n`;
    assert.ok(!notices(text, 'a.md').some(([r]) => r === 'notice:reference-entry'), JSON.stringify(notices(text, 'a.md')));
    const claims = claimTexts(text, 'a.md');
    assert.ok(claims.some((c) => c.startsWith('Smith, J. (2020) remains')) && claims.some((c) => c.startsWith('Okafor, C. and Mills, R. (2021) showed')), JSON.stringify(claims));
  });

  it('Keeps a bracketed sentence that opens with a note word but is set as prose (notice:wire-note wants the wire’s form)', () => {
    const text = ['Port Security Funding', '', BODY[0], '', '(Updates to this guidance will be published each quarter on the ministry website.)', '', '(Changes to the inspection schedule were announced by the ministry on 3 May, and port operators protested.)', '', '(Reporting by the Commission’s own staff was incomplete; editing of the figures continued until March.)', '', BODY[1], ''].join('\n');
    assert.ok(!notices(text, 'a.txt').some(([r]) => r === 'notice:wire-note'), JSON.stringify(notices(text, 'a.txt')));
    const claims = claimTexts(text, 'a.txt');
    for (const opening of ['(Updates to this', '(Changes to the', '(Reporting by the Commission']) assert.ok(claims.some((c) => c.startsWith(opening)), `${opening} ${JSON.stringify(claims)}`);
  });

  it('Reads a page’s last-changed line and an encyclopedia’s tagline and hatnote as notices', () => {
    const text = `# Strait of Arven\n\n_From Orbis, the free encyclopedia_\n\n_This article is about the sea passage. For the town, see [Arven](/wiki/Arven)._\n\n${BODY.join('\n\n')}\n\n_This page was last edited on 2 April 2025._\n`;
    const found = notices(text, 'a.md');
    assert.equal(found.filter(([r]) => r === 'notice:hatnote').length, 2, JSON.stringify(found));
    assert.ok(found.some(([r]) => r === 'notice:page-dated'), JSON.stringify(found));
    assert.ok(notices(`# Export Evasion\n\n${BODY.join('\n\n')}\n\nPage last reviewed: 17 March 2026 · [Accessibility](/accessibility)\n`, 'a.md').some(([r]) => r === 'notice:page-dated'));
    assert.ok(!claimTexts(text, 'a.md').some((c) => /free encyclopedia|article is about|last edited/.test(c)));
    // A sentence of the text about a page, or an article, stays.
    const near = `# Strait of Arven\n\nThis article is about to change the law of the strait, and the navy knows it.\n\n${BODY[0]}\n\nThe page was last edited by the minister himself before the vote.\n`;
    const claims = claimTexts(near, 'a.md');
    assert.ok(claims.some((c) => c.startsWith('This article is about to change')) && claims.some((c) => c.startsWith('The page was last edited')), JSON.stringify(claims));
  });

  it('Reads a wire story’s related coverage as a cross-reference', () => {
    const text = ['Harbour Levy', '', BODY[0], '', BODY[1], '', 'Related coverage: Council sets berth fees | Navy asks for a berth', ''].join('\n');
    assert.ok(notices(text, 'a.txt').some(([r, w]) => r === 'notice:see-also' && w.startsWith('Related coverage')), JSON.stringify(notices(text, 'a.txt')));
  });
});
