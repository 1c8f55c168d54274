import { strict as assert } from 'node:assert';
import furniture from '../../src/core/lexicon/data/furniture.json';
import { analyse } from '../../src/core/analyse';
import { shownText } from '../../src/core/model/shown';
import { RULE_TEXTS } from '../../src/core/lexicon/rules';
import { notices, claimTexts, BODY, FORM_RULES } from './furniture-helpers';

/** Every fixture below names the rule it shows; the last test checks that none is left without one. */
const SHOWN = new Set<string>();
function expectNotice(text: string, hint: string, rule: string, words: string): void {
  SHOWN.add(rule);
  assert.ok(
    notices(text, hint).some(([r, w]) => r === rule && w === words),
    `${rule} should cover "${words}"; found ${JSON.stringify(notices(text, hint))}`,
  );
  assert.ok(!claimTexts(text, hint).some((c) => c.includes(words)), `"${words}" must not be a claim`);
}

describe('Notices: page furniture and boilerplate', () => {
  it('Takes a legal notice at the end of a document out of the argument, even when it trails the last list item', () => {
    const legal =
      'This paper may be reproduced without permission for public use. The views expressed are the authors’ own; the publisher accepts no liability for them. Copyright 2025.';
    const text = `# Ports and Power\n\n${BODY.join(' ')}\n\n- The ministry should publish the loan terms.\n- The navy should state its needs.\n                 Disclaimer:\n ${legal}\n`;
    expectNotice(text, 'a.md', 'notice:legal', `Disclaimer: ${legal}`);
    assert.ok(claimTexts(text, 'a.md').includes('The navy should state its needs.'), 'the list item before it stays a claim');
  });

  it('Reads a notice label alone on a line as a notice', () => {
    expectNotice(`Ports and Power\n\n${BODY.join('\n')}\n\nAbout the Author:\n\n${BODY[2]}\n`, 'a.txt', 'notice:label', 'About the Author:');
  });

  it('Joins a sentence broken by a page break (footer, page number, running header) and keeps its offsets', () => {
    const lines = [
      'Ports and Power in the Gulf',
      'The ministry argues that the new port will double the trade of the region within a decade,',
      'and critics answer that the loans behind it leave the treasury exposed to one creditor.',
      'The navy has asked for a berth at the port, which the ministry has so far refused, and the',
      'Ports and Power in the Gulf',
      'Page 2 of 3',
      '',
      'Ports and Power in the Gulf',
      'question will return when the next budget is written and the loans fall due for payment.',
      'Ports and Power in the Gulf',
      'Page 3 of 3',
    ];
    const text = lines.join('\n');
    SHOWN.add('notice:running-line');
    SHOWN.add('notice:page-number');
    const found = notices(text, 'a.txt');
    assert.ok(found.some(([r, w]) => r === 'notice:page-number' && w === 'Page 2 of 3'));
    assert.ok(found.filter(([r]) => r === 'notice:running-line').length >= 3);
    const analysis = analyse(text, { hint: 'a.txt' });
    const broken = analysis.claims.find((c) => analysis.text.slice(c.start, c.end).startsWith('The navy'))!;
    assert.ok(broken, 'the broken sentence is a claim');
    assert.ok(analysis.text.slice(broken.start, broken.end).endsWith('payment.'), 'it runs on past the page break');
    assert.equal(
      shownText(analysis.text, analysis.masked, broken),
      'The navy has asked for a berth at the port, which the ministry has so far refused, and the question will return when the next budget is written and the loans fall due for payment.',
    );
    assert.ok(!analysis.sections.some((s) => s.title === 'Page 2 of 3'));
  });

  it('Reads a short footer line that ends with its page number as furniture, even in a paper of two pages', () => {
    const text = ['Ports and Power', ...BODY.slice(0, 2), 'Gulf Research Unit          Page 1 of 2', '', BODY[2], 'Gulf Research Unit          Page 2 of 2'].join('\n');
    expectNotice(text, 'a.txt', 'notice:running-page-line', 'Gulf Research Unit Page 1 of 2');
    assert.ok(!claimTexts(text, 'a.txt').some((c) => c.includes('Page 2 of 2')));
  });

  it('Reads a two-line page header whose second line ends with the page number as furniture: its date is no figure', () => {
    const head = (n: number) => ['GULF FREIGHT MONITOR                         April 2025', `Regional Shipping Series                     Page ${n}`, ''];
    const text = [...head(1), BODY[0], 'The navy has asked for a berth at the port, which the', '', ...head(2), 'ministry has so far refused.', BODY[1]].join('\n');
    expectNotice(text, 'a.txt', 'notice:running-page-line', 'Regional Shipping Series Page 1');
    expectNotice(text, 'a.txt', 'notice:page-head', 'GULF FREIGHT MONITOR April 2025');
    const analysis = analyse(text, { hint: 'a.txt' });
    assert.deepEqual(analysis.figures.filter((f) => f.kind === 'date').map((f) => analysis.text.slice(f.start, f.end)), []);
    assert.ok(claimTexts(text, 'a.txt').includes('The navy has asked for a berth at the port, which the ministry has so far refused.'));
  });

  it('Reads a short line printed beside a page number as that page’s header, not a section', () => {
    const text = ['Ports and Power', ...BODY.slice(0, 2), '7', 'The Gulf Ports Review', BODY[2], 'Why the Berth Matters', BODY[0]].join('\n');
    expectNotice(text, 'a.txt', 'notice:page-head', 'The Gulf Ports Review');
    assert.ok(!analyse(text, { hint: 'a.txt' }).sections.some((s) => s.title === 'The Gulf Ports Review'));
    assert.ok(analyse(text, { hint: 'a.txt' }).sections.some((s) => s.title === 'Why the Berth Matters'), 'a real heading stays');
  });

  it('Reads a web address alone on a line as a notice', () => {
    expectNotice(`# Ports\n\n${BODY[0]}\n\nhttps://example.org/ports/report.pdf\n\n${BODY[1]}\n`, 'a.md', 'notice:url', 'https://example.org/ports/report.pdf');
  });

  it('Reads the end mark of a press release as a notice', () => {
    expectNotice(`Ports and Power\n\n${BODY.join(' ')}\n\n-30-\n`, 'a.txt', 'notice:end-mark', '-30-');
  });

  it('notice:breadcrumb — a web page\'s breadcrumb trail, copied as text or kept in markdown, is furniture', () => {
    expectNotice(`Home > Defence > Policy papers\n\nPorts and Power\n\n${BODY.join(' ')}\n`, 'a.txt', 'notice:breadcrumb', 'Home > Defence > Policy papers');
    expectNotice(`[Home](https://example.org/) > [Reports](https://example.org/r) > R123\n\n# Ports\n\n${BODY.join(' ')}\n`, 'a.md', 'notice:breadcrumb', '[Home](https://example.org/) > [Reports](https://example.org/r) > R123');
    // A sentence comparing with ">" is no trail.
    assert.ok(!notices(`Ports and Power\n\nExports > imports > zero in most years of the decade, the ministry says.\n`, 'a.txt').length);
  });

  it('notice:contents — a contents list whose lines repeat the document\'s headings is furniture, with its label; a list of other lines is not', () => {
    const prose = 'The ministry argues that the new port will double the trade of the region within a decade, and critics answer that the loans behind it leave the treasury exposed.';
    const text = `Ports and Power\n\nContents\n\nWhy the port matters\nWhat the loans cost\n\nWhy the port matters\n\n${prose}\n\nWhat the loans cost\n\n${prose}\n`;
    expectNotice(text, 'a.txt', 'notice:contents', 'Why the port matters What the loans cost');
    expectNotice(text, 'a.txt', 'notice:contents', 'Contents');
    const titles = analyse(text, { hint: 'a.txt' }).sections.map((s) => s.title);
    assert.deepEqual(titles.slice(-2), ['Why the port matters', 'What the loans cost']);
    assert.ok(!titles.includes('Contents'));
    const notContents = `Ports and Power\n\nContents\n\nWhy the port matters\nWhat the navy wants\n\nWhy the port matters\n\n${prose}\n\nWhat the loans cost\n\n${prose}\n`;
    assert.ok(!notices(notContents, 'a.txt').some(([r]) => r === 'notice:contents'));
  });

  it('notice:document-kind — the label of the document\'s kind under its title is furniture, not a claim', () => {
    expectNotice(`Home > Defence > Policy papers\n\nPolicy paper\n\nPorts and Power\n\n${BODY.join(' ')}\n`, 'a.txt', 'notice:document-kind', 'Policy paper');
    expectNotice(`# Ports and Power\n\nPress release\n\n${BODY.join(' ')}\n`, 'a.md', 'notice:document-kind', 'Press release');
  });

  it('notice:document-kind — a kind label that carries its series number or its date is furniture too, not a section', () => {
    const md = `# Ports and Power\n\n_Issue Brief No. 7_\n\n${BODY.join(' ')}\n\n## Why the Berth Matters\n\n${BODY[0]}\n`;
    expectNotice(md, 'a.md', 'notice:document-kind', '_Issue Brief No. 7_');
    const txt = ['Ports and Power', '', 'Analysis, 2 June 2025', '', BODY.join(' '), '', 'Why the Berth Matters', '', BODY[0]].join('\n');
    expectNotice(txt, 'a.txt', 'notice:document-kind', 'Analysis, 2 June 2025');
    for (const [text, hint] of [[md, 'a.md'], [txt, 'a.txt']]) assert.deepEqual(analyse(text, { hint }).sections.map((s) => s.title), ['Ports and Power', 'Why the Berth Matters']);
  });

  it('notice:meta-strip — a line of short parts set off by middle dots under the title is furniture; the same line as a real heading is not', () => {
    const md = `# Ports and Power\n\n*Gulf Desk · Ministry of Transport*\n\n${BODY.join(' ')}\n\n## Why the Berth Matters\n\n${BODY[0]}\n`;
    expectNotice(md, 'a.md', 'notice:meta-strip', '*Gulf Desk · Ministry of Transport*');
    assert.deepEqual(analyse(md, { hint: 'a.md' }).sections.map((s) => s.title), ['Ports and Power', 'Why the Berth Matters']);
    const heading = `# Ports and Power\n\n## Ports · Power\n\n${BODY.join(' ')}\n`;
    assert.ok(analyse(heading, { hint: 'a.md' }).sections.some((s) => s.title === 'Ports · Power'));
  });

  it('notice:affiliation-line — the institution printed on the line under an author line is furniture, not a section', () => {
    const text = ['Ports and Power', '', 'By Lena Varga, Senior Fellow', 'Institute for Gulf Shipping (IGS), Muscat', '', BODY.join(' '), '', 'Why the Berth Matters', '', BODY[0]].join('\n');
    expectNotice(text, 'a.txt', 'notice:affiliation-line', 'Institute for Gulf Shipping (IGS), Muscat');
    assert.deepEqual(analyse(text, { hint: 'a.txt' }).sections.map((s) => s.title), ['Ports and Power', 'Why the Berth Matters']);
    // After a blank line the next line is not the author's: a heading stays a heading.
    const apart = ['Ports and Power', '', 'By Lena Varga, Senior Fellow', '', 'Why the Berth Matters', '', BODY.join(' ')].join('\n');
    assert.ok(!notices(apart, 'a.txt').some(([r]) => r === 'notice:affiliation-line'), JSON.stringify(notices(apart, 'a.txt')));
  });

  it('notice:wrapped-line — the rest of a hearing line wrapped onto the next line is furniture too, not the heading of the opening', () => {
    const cover = ['HEARING ON HARBOUR DREDGING IN THE GULF PORTS', 'AND ITS COST TO SHIPPERS', '', 'MAY 2, 2026', '', BODY.join(' '), '', 'Why the Berth Matters', '', BODY[0]];
    expectNotice(cover.join('\n'), 'a.txt', 'notice:wrapped-line', 'AND ITS COST TO SHIPPERS');
    assert.deepEqual(analyse(cover.join('\n'), { hint: 'a.txt' }).sections.map((s) => s.title), ['(introduction)', 'Why the Berth Matters']);
    // After a blank line, or opening with no joining word, the line is not the hearing line's rest.
    const apart = ['HEARING ON HARBOUR DREDGING IN THE GULF PORTS', '', 'AND ITS COST TO SHIPPERS', '', BODY.join(' ')].join('\n');
    assert.ok(!notices(apart, 'a.txt').some(([r]) => r === 'notice:wrapped-line'), JSON.stringify(notices(apart, 'a.txt')));
    const unjoined = ['HEARING ON HARBOUR DREDGING IN THE GULF PORTS', 'COST TO SHIPPERS', '', BODY.join(' ')].join('\n');
    assert.ok(!notices(unjoined, 'a.txt').some(([r]) => r === 'notice:wrapped-line'), JSON.stringify(notices(unjoined, 'a.txt')));
  });

  it('notice:contact-details — a short block of a telephone number or an e-mail address with no sentence is furniture, and heads no section', () => {
    const md = `# Ports and Power\n\n${BODY.join(' ')}\n\n### Press office\n\nHarbour Board Press Office\n+44 20 7946 0321\npress@harbour-board.example\n`;
    expectNotice(md, 'a.md', 'notice:contact-details', 'Harbour Board Press Office +44 20 7946 0321 press@harbour-board.example');
    assert.deepEqual(analyse(md, { hint: 'a.md' }).sections.map((s) => s.title), ['Ports and Power']);
    // A sentence that gives a number is prose, and a date is no telephone number.
    const prose = `# Ports and Power\n\nThe board answered 2,400 calls on 020 7946 0321 last year.\n\nUpdated: 2026-03-04\n`;
    assert.ok(!notices(prose, 'a.md').some(([r]) => r === 'notice:contact-details'), JSON.stringify(notices(prose, 'a.md')));
  });

  it('notice:report-number — a press office reference alone under the title is furniture, not a section', () => {
    const md = `# Ports and Power\n\nIP/26/118\n\n${BODY.join(' ')}\n`;
    expectNotice(md, 'a.md', 'notice:report-number', 'IP/26/118');
    assert.deepEqual(analyse(md, { hint: 'a.md' }).sections.map((s) => s.title), ['Ports and Power']);
  });

  it('notice:author-line — the name line under a label naming the authors is furniture wherever the label stands; a heading marked like the others stays a section', () => {
    const md = `# Ports\n\n## The Loans\n\n${BODY.join(' ')}\n\n**Author Information**\n\nMaria T. Lindqvist, Analyst in Maritime Affairs\n`;
    expectNotice(md, 'a.md', 'notice:label', '**Author Information**');
    expectNotice(md, 'a.md', 'notice:author-line', 'Maria T. Lindqvist, Analyst in Maritime Affairs');
    assert.deepEqual(analyse(md, { hint: 'a.md' }).sections.map((s) => s.title), ['Ports', 'The Loans']);
    const marked = `# Ports\n\n## The Loans\n\n${BODY.join(' ')}\n\n## About the Authors\n\nMaria Lindqvist writes on ports and navies for the institute.\n`;
    assert.deepEqual(analyse(marked, { hint: 'a.md' }).sections.map((s) => s.title), ['Ports', 'The Loans', 'About the Authors']);
  });

  it('notice:hearing — a committee line opening with its chamber ("House Committee on …") is a hearing line, not the title', () => {
    const text = ['Statement of Dr. Lena Varga', '', 'Before the Subcommittee on Trade', 'Senate Committee on Finance', '', 'Ports and Power in the Gulf', '', BODY.join(' '), '', 'Why the Berth Matters', '', BODY[0]].join('\n');
    expectNotice(text, 'a.txt', 'notice:hearing', 'Senate Committee on Finance');
    assert.deepEqual(analyse(text, { hint: 'a.txt' }).sections.map((s) => s.title), ['Ports and Power in the Gulf', 'Why the Berth Matters']);
  });

  it('notice:page-widget — a page\'s feedback and print buttons copied with its text are furniture, not claims or sections', () => {
    const text = `Ports and Power\n\n${BODY.join(' ')}\n\nIs this page useful?\nYes\nNo\n\nPrint this page\n`;
    for (const words of ['Is this page useful?', 'Yes', 'No', 'Print this page']) expectNotice(text, 'a.txt', 'notice:page-widget', words);
    assert.ok(!analyse(text, { hint: 'a.txt' }).sections.some((s) => s.title === 'Yes'));
  });

  it('Reads a contact line as a notice', () => {
    const contact = 'For media inquiries, contact the press office at the ministry.';
    expectNotice(`# Ports\n\n${BODY.join(' ')}\n\n${contact}\n`, 'a.md', 'notice:contact', contact);
  });

  it('Reads a cross-reference as a notice', () => {
    const see = 'See also: the ministry’s annual report on ports.';
    expectNotice(`# Ports\n\n${BODY[0]}\n\n${see}\n\n${BODY[1]}\n`, 'a.md', 'notice:see-also', see);
  });

  it('Reads a report number or version line as a notice', () => {
    const line = '[May 2, 2025 (RX1234 - Version: 2)](https://example.org/rx1234.pdf)';
    expectNotice(`# Ports\n\n- ${line}\n\n${BODY.join(' ')}\n`, 'a.md', 'notice:report-number', line);
  });

  it('Reads a dateline and an author line under the title as notices, not sections', () => {
    const text = ['Ports and Power in the Gulf', 'Jane Okafor, Senior Fellow, Maritime Policy Programme', 'March 3, 2025', '', BODY.join('\n'), '', 'Why the Berth Matters', BODY[0]].join('\n');
    expectNotice(text, 'a.txt', 'notice:author-line', 'Jane Okafor, Senior Fellow, Maritime Policy Programme');
    expectNotice(text, 'a.txt', 'notice:dateline', 'March 3, 2025');
    const titles = analyse(text, { hint: 'a.txt' }).sections.map((s) => s.title);
    assert.ok(!titles.includes('March 3, 2025') && !titles.some((t) => t.startsWith('Jane')), titles.join(' | '));
  });

  it('Reads a dated line printed on two pages as a running dateline, not a section nor a part of the sentence it cuts', () => {
    const text = ['Ports and Power', BODY[0], 'The navy has asked for a berth at the port, which the', 'Page 1', '', 'Gulf Ports Review · May 2025', 'ministry has so far refused.', BODY[1], 'Page 2', '', 'Gulf Ports Review · May 2025', BODY[2], 'Page 3'].join('\n');
    expectNotice(text, 'a.txt', 'notice:running-dateline', 'Gulf Ports Review · May 2025');
    assert.ok(claimTexts(text, 'a.txt').includes('The navy has asked for a berth at the port, which the ministry has so far refused.'));
    assert.ok(!analyse(text, { hint: 'a.txt' }).sections.some((s) => s.title.startsWith('Gulf Ports Review')));
  });

  it('Reads a dated line over a line that carries the page number as a running dateline: the pair recurs, its page number changes', () => {
    const page = (n: number) => ['Gulf Ports Review · May 2025', `Ports and Power                                   ${n}`, ''];
    const text = ['Ports and Power', '', BODY[0], '', ...page(1), BODY[1], '', ...page(2), BODY[2], ''].join('\n');
    const found = notices(text, 'a.txt').filter(([r]) => r === 'notice:running-dateline');
    assert.equal(found.length, 2, JSON.stringify(notices(text, 'a.txt')));
    // A passage the document repeats with the same line after it each time is no running line.
    const quoted = ['Ports and Power', '', 'Gulf Ports Review · May 2025', BODY[0], '', BODY[1], '', 'Gulf Ports Review · May 2025', BODY[0], ''].join('\n');
    assert.ok(!notices(quoted, 'a.txt').some(([r]) => r === 'notice:running-dateline'), JSON.stringify(notices(quoted, 'a.txt')));
  });

  it('Reads the salutation of testimony as a notice, not a section', () => {
    const text = ['Ports and Power', '', 'Chairman Reyes, Ranking Member Hale, and members of the committee:', '', BODY.join(' '), '', 'Why the Berth Matters', BODY[0]].join('\n');
    expectNotice(text, 'a.txt', 'notice:salutation', 'Chairman Reyes, Ranking Member Hale, and members of the committee:');
    assert.ok(!analyse(text, { hint: 'a.txt' }).sections.some((s) => s.title.startsWith('Chairman')));
  });

  it('Reads the hearing lines under the title of testimony as notices, not sections', () => {
    const text = ['Ports and Power', 'Before the Committee on Foreign Affairs', 'United States Senate', '', BODY.join(' '), '', 'Why the Berth Matters', BODY[0]].join('\n');
    expectNotice(text, 'a.txt', 'notice:hearing', 'Before the Committee on Foreign Affairs');
    expectNotice(text, 'a.txt', 'notice:hearing', 'United States Senate');
    assert.deepEqual(analyse(text, { hint: 'a.txt' }).sections.map((s) => s.title), ['Ports and Power', 'Why the Berth Matters']);
  });

  it('Reads an author line whose first name is unknown by the position after its comma, and keeps a page’s last line of prose beside its page number', () => {
    const text = ['Ports and Power', 'Tawia Mensah-Boateng, Research Associate', '', BODY[0], 'The navy has asked for a berth at the port, which the ministry', '3', 'has so far refused.', '', 'Why the Berth Matters', BODY[1]].join('\n');
    expectNotice(text, 'a.txt', 'notice:author-line', 'Tawia Mensah-Boateng, Research Associate');
    assert.ok(claimTexts(text, 'a.txt').includes('The navy has asked for a berth at the port, which the ministry has so far refused.'));
  });

  it('Reads a parliamentary paper number on a report\'s cover as a notice, not a section', () => {
    const text = ['The Gulf Berths Programme', '', 'HC 2231   SESSION 2026–27   3 MARCH 2027', '', 'Summary', '', BODY.join(' '), '', 'Why the Berth Matters', '', BODY[0]].join('\n');
    expectNotice(text, 'a.txt', 'notice:paper-number', 'HC 2231 SESSION 2026–27 3 MARCH 2027');
    assert.ok(!analyse(text, { hint: 'a.txt' }).sections.some((s) => s.title.startsWith('HC 2231')));
    // Below the cover (the first blocks, before the prose), such a line is the text's own.
    const inside = ['Ports and Power', '', BODY.join(' '), '', 'Why the Berth Matters', '', BODY[0], '', BODY[1], '', BODY[2], '', BODY.join(' '), '', 'COP 28', '', BODY[1]].join('\n');
    assert.ok(!notices(inside, 'a.txt').some(([r]) => r === 'notice:paper-number'));
  });

  it('Reads the publisher\'s lines over a markdown title marked with # as its masthead: no section, no claim', () => {
    const stacked = `**Ministry of Ports**\n**Harbour Works Directorate**\n**Budget Estimates 2027**\n\n---\n\n# Harbour Dredging\n\n## Programme Description\n\n${BODY.join(' ')}\n`;
    expectNotice(stacked, 'a.md', 'notice:masthead', 'Ministry of Ports');
    assert.ok(notices(stacked, 'a.md').some(([r, w]) => r === 'notice:masthead' && w.includes('Budget Estimates 2027')), JSON.stringify(notices(stacked, 'a.md')));
    assert.ok(!claimTexts(stacked, 'a.md').some((c) => c.includes('Budget Estimates')));
    assert.deepEqual(analyse(stacked, { hint: 'a.md' }).sections.map((s) => s.title), ['Harbour Dredging', 'Programme Description']);
    const bare = `Audit Highlights\n\nHighlights of report 26-14, a report to the harbour board\n\n# PORTS: The Board Should Track Its Berths\n\n## What We Found\n\n${BODY.join(' ')}\n`;
    expectNotice(bare, 'a.md', 'notice:masthead', 'Audit Highlights');
    expectNotice(bare, 'a.md', 'notice:masthead', 'Highlights of report 26-14, a report to the harbour board');
    assert.deepEqual(analyse(bare, { hint: 'a.md' }).sections.map((s) => s.title), ['PORTS: The Board Should Track Its Berths', 'What We Found']);
  });

  it('Leaves a sentence above a markdown title, and any line of a document with no # title, as it was', () => {
    const note = `This briefing was first published by the harbour board in May.\n\n# Harbour Dredging\n\n${BODY.join(' ')}\n`;
    assert.ok(claimTexts(note, 'a.md').includes('This briefing was first published by the harbour board in May.'));
    const untitled = `**Harbour Dredging**\n\n${BODY.join(' ')}\n\n## Who Pays\n\n${BODY[0]}\n`;
    assert.ok(!notices(untitled, 'a.md').some(([r]) => r === 'notice:masthead'));
    assert.ok(analyse(untitled, { hint: 'a.md' }).sections.some((s) => s.title === 'Harbour Dredging'));
  });

  it('Has a fixture and a reader’s phrase for every furniture rule', () => {
    // Notes and labelled notices have their fixtures in furniture-notes.test.ts; front matter in layout-report-outline.test.ts;
    // page lines known by their numbers and transcripts' furniture in layout-unseen.test.ts and layout-speaker-turns.test.ts; a record's field lines in layout-field-lines.test.ts; rule lines and security markings in layout-letters-rules.test.ts; a letter's closing and signatures and bracketed insertions in layout-closings-brackets.test.ts; an agreement's signatories, copyright lines, wire notes, references, page dates and hatnotes in layout-end-furniture.test.ts; a news story's byline and slug in layout-divisions.test.ts; a form's fields, key figures, table rows, attributions, identifiers and bracketed tails in furniture-forms.test.ts.
    for (const id of ['notice:field-line', 'notice:page-note', 'notice:under-label', 'notice:legal-short', 'notice:front-matter', 'notice:rising-page-line', 'notice:column-header', 'notice:speaker-label', 'notice:speaker-role', 'notice:speaker-resumed', 'notice:views-disclaimer', 'notice:promo', 'notice:pull-quote', 'notice:signature', 'notice:rule-line', 'notice:classification', 'notice:valediction', 'notice:signed', 'notice:bracketed-line', 'notice:print-note', 'notice:signatory', 'notice:copyright-line', 'notice:wire-note', 'notice:reference-entry', 'notice:page-dated', 'notice:hatnote', 'notice:byline', 'notice:wire-slug', ...FORM_RULES]) SHOWN.add(id);
    // Session 16's genres (minutes, a court's press summary, a book review, a bulletin, a chronology) in furniture-s16.test.ts.
    for (const id of ['notice:field-block', 'notice:glossary-entry', 'notice:signature-blank', 'notice:blank-field', 'notice:record-approval', 'notice:page-footer', 'notice:attendance', 'notice:author-bio', 'notice:book-imprint', 'notice:contents-part', 'notice:production-credit', 'notice:contact-tail', 'notice:case-citation', 'notice:case-title']) SHOWN.add(id);
    // Session 17's genres (a slide pack's and an annual report's contents, a podcast's chapters) in furniture-s17.test.ts.
    for (const id of ['notice:contents-leader', 'notice:chapter-list']) SHOWN.add(id);
    // An official journal's standard form, an annex's reference line and dateline, a list of designated persons in furniture-s17b.test.ts.
    for (const id of ['notice:form-item', 'notice:reference-line', 'notice:place-dateline', 'notice:designation-entry']) SHOWN.add(id);
    // Session 18: a parliamentary record's clock times, column marks and question lines, a document's status note, a speech's delivery mark in furniture-s18.test.ts.
    for (const id of ['notice:clock-time', 'notice:column-number', 'notice:question-member', 'notice:status-note', 'notice:delivery-mark']) SHOWN.add(id);
    // Session 19: a roundtable's Chatham House note and funder's thanks, text under a notice's heading, a record's procedural lines, a resolution's opening and citations, a paper's order to print, an issue's contents in furniture-s19.test.ts.
    for (const id of ['notice:chatham-house', 'notice:funder-note', 'notice:under-notice-heading', 'notice:record-procedure', 'notice:resolution-opening', 'notice:citation-clause', 'notice:printing-order', 'notice:contents-list']) SHOWN.add(id);
    // Session 20: a transcript's turn-taking in furniture-s20.test.ts.
    for (const id of ['notice:turn-talk']) SHOWN.add(id);
    // Session 21 (furnB21): an 'Enquiries:' line and a publisher's 'About …' box in furniture-b-s21.test.ts.
    for (const id of ['notice:enquiries', 'notice:about-label']) SHOWN.add(id);
    for (const row of furniture.rules) {
      assert.ok(SHOWN.has(row.id), `${row.id} has no fixture`);
      assert.ok(RULE_TEXTS.says(row.id), `${row.id} has no phrase`);
    }
  });
});
