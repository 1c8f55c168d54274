import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';

/**
 * How a printed report says where its headings are (issue #13: sections as
 * today): its table of contents, the way it writes chapter numbers against
 * paragraph numbers, and stacks of short lines that are lists, not headings.
 * Every text here is written for the test.
 */

const titles = (lines: string[]) => analyse(lines.join('\n'), { hint: 'a.txt' }).sections.map((s) => s.title);
const claimTexts = (lines: string[]) => {
  const text = lines.join('\n');
  return analyse(text, { hint: 'a.txt' }).claims.map((c) => text.slice(c.start, c.end).replace(/\s+/g, ' '));
};

// Two numbered paragraphs of a harbour inquiry, each wrapped so that its number runs on into a lower-case line.
const para = (n: number) => [
  `${n}.  The harbour board told the inquiry that the new berths would be ready by the`,
  'spring, but the contractor has since asked for another year and a larger budget.',
];

describe('Numbered paragraphs against numbered chapters (heading:numbered-runs-on)', () => {
  it('keeps chapter lines numbered "2 …" as sections when the paragraphs are numbered "2. …"', () => {
    const got = titles(['Berths for the Gulf Ports', '', '1 Why we held an inquiry', '', ...para(1), '', ...para(2), '', '2 What the board has done', '', ...para(3), '', ...para(4), '']);
    assert.deepEqual(got, ['Berths for the Gulf Ports', '1 Why we held an inquiry', '2 What the board has done']);
  });

  it('still reads numbered lines written the same way as the paragraphs as paragraph openings', () => {
    const got = titles(['Berths for the Gulf Ports', '', 'Why We Held an Inquiry', '', ...para(1), '', ...para(2), '', ...para(3), '']);
    assert.deepEqual(got, ['Berths for the Gulf Ports', 'Why We Held an Inquiry']);
  });

  it('reads a chapter number opening a new page, under the page\'s running header, as a heading', () => {
    const header = '\fBerths for the Gulf Ports                                                 ';
    const got = titles(['Berths for the Gulf Ports', '', '1 Why we held an inquiry', '', ...para(1), '', ...para(2), '', `${header}4`, '', '2 What the board has done', '', ...para(3), '', ...para(4), '', `${header}5`, '', '3 What should change', '', ...para(5), '', ...para(6), '']);
    assert.deepEqual(got, ['Berths for the Gulf Ports', '1 Why we held an inquiry', '2 What the board has done', '3 What should change']);
  });
});

describe('Stacks of short lines (heading:stacked-lines)', () => {
  it('reads a list of members, one to a line, as no headings', () => {
    const lines = ['Berths for the Gulf Ports', '', 'Why we held an inquiry', '', ...para(1), '', 'Members present', '', 'Ida Moreau, in the Chair', 'Karel Novak', 'Salma Haddou', 'Tomas Ferreira', 'The draft report was read a second time and agreed to.'];
    const got = titles(lines);
    for (const name of ['Karel Novak', 'Salma Haddou', 'Tomas Ferreira', 'Ida Moreau, in the Chair']) assert.ok(!got.includes(name), `${name} is no section: ${got.join(' | ')}`);
  });

  it('still reads a lone short line over prose as a heading', () => {
    const got = titles(['Berths for the Gulf Ports', '', 'Why We Held An Inquiry', ...para(1).map((l) => l.replace(/^1\.\s+/, '')), '']);
    assert.ok(got.includes('Why We Held An Inquiry'), got.join(' | '));
  });
});

describe('A table of contents names the headings (heading:contents-entry, notice:front-matter)', () => {
  const cover = ['PORTS AUTHORITY OF THE GULF', 'Harbour Committee', '', 'Berths for the Gulf Ports', '', 'Second Report of the Year', '', 'Ordered to be printed on 3 March 2026', '', 'The Harbour Committee reviews the spending of the ports authority and its agencies.', ''];
  const contents = ['Contents', '', 'Summary                                          3', '1 Why we held an inquiry                         4', '2 What the board has done                        5', 'Recommendations                                  6', ''];
  const body = ['Summary', '', 'The berths are late and over budget, and the board has not said when they will open.', '', '1 Why we held an inquiry', '', ...para(1), '', '2 What the board has done', '', ...para(2), '', 'Recommendations', '', 'The board should publish a new timetable for the berths before the summer.', ''];

  it('outlines the report by its contents: the listed lines are sections, the cover is none', () => {
    assert.deepEqual(titles([...cover, ...contents, ...body]), ['Summary', '1 Why we held an inquiry', '2 What the board has done', 'Recommendations']);
  });

  it('reads nothing of the cover or the contents as a claim', () => {
    const claims = claimTexts([...cover, ...contents, ...body]);
    assert.ok(!claims.some((c) => /Ordered to be printed|reviews the spending|Second Report|What the board has done\s+5/.test(c)), claims.join(' | '));
    assert.ok(claims.some((c) => c.startsWith('The berths are late')), claims.join(' | '));
  });

  it('lists the cover as front matter notices, so the reader can still open it', () => {
    const text = [...cover, ...contents, ...body].join('\n');
    const rules = new Set((analyse(text, { hint: 'a.txt' }).notices ?? []).map((n) => n.rule));
    assert.ok(rules.has('notice:front-matter'), [...rules].join(' | '));
    assert.ok(rules.has('notice:contents'), [...rules].join(' | '));
  });

  it('does nothing when an entry of the contents never comes back as a line of its own', () => {
    const broken = [...cover, ...contents.map((l) => l.replace('Recommendations', 'Annex on berths')), ...body];
    const got = titles(broken);
    assert.ok(!got.includes('Annex on berths'), got.join(' | '));
    // Without a table it can trust, the report is read as before: the cover is not taken for front matter.
    assert.ok(!(analyse(broken.join('\n'), { hint: 'a.txt' }).notices ?? []).some((n) => n.rule === 'notice:front-matter'));
  });
});

describe('Bold run-in heads as the writer\'s habit (heading:run-in-habit)', () => {
  const sections = (md: string) => analyse(md, { format: 'markdown' }).sections.map((s) => s.title);
  const body = 'The port authority will publish the list of approved berths every quarter from next year.';

  it('reads run-ins spread under three or more sub-headings as paragraph labels, leaving the sub-headings as the outline', () => {
    const md = `# Gulf Ports Fact Sheet\n\n## What it does\n\n**Dredging.** ${body}\n\n**Pilots.** ${body}\n\n## How it is paid for\n\n**Harbour dues.** ${body}\n\n## What comes next\n\n**New berths.** ${body}\n\n**Reporting.** ${body}\n`;
    assert.deepEqual(sections(md), ['Gulf Ports Fact Sheet', 'What it does', 'How it is paid for', 'What comes next']);
    const a = analyse(md, { format: 'markdown' });
    assert.ok(!a.claims.some((c) => /Dredging|Harbour dues/.test(md.slice(c.start, c.end))), 'a label is no part of its sentence');
    assert.ok(a.claims.filter((c) => md.slice(c.start, c.end).startsWith('The port authority')).length === 5);
  });

  it('keeps run-ins gathered under one sub-heading as that section\'s subsections', () => {
    const md = `# Gulf Ports Fact Sheet\n\n## Why it matters\n\n${body}\n\n## What it does\n\n**Dredging.** ${body}\n\n**Pilots.** ${body}\n\n## What comes next\n\n${body}\n`;
    assert.deepEqual(sections(md), ['Gulf Ports Fact Sheet', 'Why it matters', 'What it does', 'Dredging', 'Pilots', 'What comes next']);
  });
});

describe('The title on a report\'s cover (heading:cover-title)', () => {
  const prose = [
    'The harbour board approved the programme in 2022 and expected the new berths to open in',
    'the spring of 2026, but the contractor has since asked for another year and more money.',
  ];
  const page = (n: number, head: string) => ['', `\f${head}${' '.repeat(70 - head.length)}${n}`, ''];
  const report = (running: string) => [
    'HARBOUR AUDIT OFFICE', '', 'Report by the Harbour Auditor', '', 'The Gulf Berths Programme', '', 'HC 2231   SESSION 2026–27   3 MARCH 2027', '',
    ...prose, ...page(2, running), 'Summary', '', ...prose, ...page(3, running), 'Findings', '', ...prose, ...page(4, running), 'Recommendations', '', ...prose, '',
  ];

  it('keeps the cover line that every page\'s running header repeats as the title, and no other cover line', () => {
    const got = titles(report('The Gulf Berths Programme'));
    assert.ok(got.includes('The Gulf Berths Programme'), got.join(' | '));
    for (const cover of ['HARBOUR AUDIT OFFICE', 'Report by the Harbour Auditor']) assert.ok(!got.includes(cover), got.join(' | '));
    assert.ok(!got.some((t) => t.startsWith('HC 2231')), got.join(' | '));
  });

  it('keeps no cover line when the running header repeats none of them', () => {
    const got = titles(report('Harbour Audit Office annual series'));
    assert.ok(!got.includes('The Gulf Berths Programme'), got.join(' | '));
  });
  it('takes no publisher\'s name for the title, though the running header closes with it', () => {
    const got = titles(report('Testimony of Dr Ann Reyes, Harbour Audit Office'));
    assert.ok(!got.includes('HARBOUR AUDIT OFFICE'), got.join(' | '));
  });
});

describe('The title under a publisher\'s lines (heading:cover-title, heading:publisher-line)', () => {
  const prose = [
    'The harbour board approved the programme in 2022 and expected the new berths to open in',
    'the spring of 2026, but the contractor has since asked for another year and more money.',
  ];
  const page = (n: number, head: string) => ['', `RESTRICTED${' '.repeat(50)}${n}`, `\f${head}`, 'RESTRICTED', ''];
  const chapter = 'Harbour Review 2027 | Chapter 2: Berths and Dredging';

  it('takes the chapter title a page head closes with, under the book\'s, for the title: the lines above it are none', () => {
    const text = [
      'MINISTRY OF PORTS', '', 'Harbour Review 2027', '', 'Chapter 2', 'Berths and Dredging', '', 'Foreword', '', ...prose, '',
      ...page(2, chapter), 'Costs', '', ...prose, ...page(3, chapter), ...prose, ...page(4, chapter), 'Funding', '', ...prose, '',
    ];
    const got = titles(text);
    assert.equal(got[0], 'Berths and Dredging', got.join(' | '));
    for (const line of ['MINISTRY OF PORTS', 'Harbour Review 2027', 'Chapter 2']) assert.ok(!got.includes(line), got.join(' | '));
    assert.ok(got.includes('Foreword') && got.includes('Costs'), got.join(' | '));
  });

  it('takes the line a running header opens with the first words of for the title, not the house above it', () => {
    const text = [
      'HOUSE OF HARBOURS', '', 'OFFICIAL RECORD', '', 'Written Answers on the Ports', '', '                Monday 3 May 2027', '',
      '201W          Written Answers          3 MAY 2027          202W', '', 'TRANSPORT', '', 'Harbours: Dredging', '',
      'Asked by: Ann Reyes (Portside) (Lab)', '', ...prose, '', '203W          Written Answers          3 MAY 2027          204W', '', 'Ferries: Fares', '', ...prose, '',
      '205W          Written Answers          3 MAY 2027          206W', '', 'Pilots: Training', '', ...prose, '',
    ];
    const got = titles(text);
    assert.equal(got[0], 'Written Answers on the Ports', got.join(' | '));
    for (const line of ['HOUSE OF HARBOURS', 'OFFICIAL RECORD']) assert.ok(!got.includes(line), got.join(' | '));
  });

  it('takes the first line under an organisation\'s name and its document code for the title, with no running header', () => {
    const text = [
      'Harbour Council                                        HC/RES/41 (2027)', '', 'Ports Commission                                       Distr.: General', '',
      'Resolution 41 (2027)', '', 'Dredging of the Outer Harbour', '', ...prose, '', 'Funding', '', ...prose, '',
    ];
    const got = titles(text);
    assert.equal(got[0], 'Resolution 41 (2027)', got.join(' | '));
    assert.ok(!got.some((t) => t.startsWith('Harbour Council') || t.startsWith('Ports Commission')), got.join(' | '));
  });

  it('keeps a first line that names no organisation as the title', () => {
    const text = ['Harbour Dredging and the Outer Berths', '', 'Port Authority of the Gulf', '', 'Summary', '', ...prose, '', 'Funding', '', ...prose, ''];
    assert.equal(titles(text)[0], 'Harbour Dredging and the Outer Berths');
  });
});
