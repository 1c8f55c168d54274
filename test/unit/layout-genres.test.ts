import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../src/core/analyse';
import { shownText } from '../../src/core/model/shown';

/**
 * The layout of new genres (test/fixtures/layout-*): PDF text with page
 * furniture, fact sheets with bold run-in heads, testimony with greetings.
 * Each `expected.json` is written by hand from what a reader of the document
 * expects; every field given is asserted.
 */

interface Expected {
  readonly sections?: string[];
  readonly sectionsInclude?: string[];
  readonly sectionsNot?: string[];
  readonly claims?: string[];
  readonly claimSections?: string[];
  readonly uncategorised?: string[];
  readonly categorised?: string[];
  readonly notices?: [string, string][];
}

const ROOT = join(process.cwd(), 'test', 'fixtures');
const CASES = readdirSync(ROOT).filter((d) => d.startsWith('layout-'));

describe('Layout of new genres (fixtures)', () => {
  it('Has layout fixtures to compare', () => assert.ok(CASES.length >= 3));
  for (const name of CASES) {
    const dir = join(ROOT, name);
    const input = readdirSync(dir).find((f) => f.startsWith('input.'))!;
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
    const a = analyse(readFileSync(join(dir, input), 'utf8'), { hint: input });
    const titles = a.sections.map((s) => s.title);
    const claims = a.claims.map((c) => shownText(a.text, a.masked, c));
    const primary = new Map(a.claims.map((c, i) => [claims[i], c.primary]));

    if (expected.sections || expected.sectionsInclude || expected.sectionsNot) {
      it(`Outlines ${name} as a reader would`, () => {
        if (expected.sections) assert.deepEqual(titles, expected.sections);
        for (const t of expected.sectionsInclude ?? []) assert.ok(titles.includes(t), `"${t}" is a section: ${titles.join(' | ')}`);
        for (const t of expected.sectionsNot ?? []) assert.ok(!titles.includes(t), `"${t}" is no section`);
      });
    }
    if (expected.claims) {
      it(`Reads the sentences of ${name} whole, across page breaks and line ends, each in its section`, () => {
        assert.deepEqual(claims, expected.claims);
        if (!expected.claimSections) return;
        const sectionOf = a.claims.map((c) => (c.section === null ? null : a.sections[c.section].title));
        assert.deepEqual(sectionOf, expected.claimSections);
      });
    }
    if (expected.uncategorised || expected.categorised) {
      it(`Gives the courtesies of ${name} no category and its argument one`, () => {
        for (const c of expected.uncategorised ?? []) {
          assert.ok(primary.has(c), `"${c}" is a claim`);
          assert.equal(primary.get(c), null, `"${c}" has no category`);
        }
        for (const c of expected.categorised ?? []) assert.ok(primary.get(c), `"${c}" has a category`);
      });
    }
    if (expected.notices) {
      it(`Lists the furniture of ${name} as notices, with the rule that decided each`, () => {
        const found = (a.notices ?? []).map((n) => [n.rule, a.text.slice(n.start, n.end).trim()]);
        assert.deepEqual(found, expected.notices);
      });
    }
  }
});

describe('Bold headings and courtesies (rules)', () => {
  const sections = (md: string) => analyse(md, { format: 'markdown' }).sections.map((s) => s.title);
  const body = 'The agency will publish the list of suppliers every quarter from next year.';

  it('heading:run-in — reads a bold phrase ending in a stop or a colon, opening a paragraph of prose, as a section', () => {
    assert.deepEqual(sections(`# Ports\n\n**Supply chains.** ${body}\n\n**The next step**: ${body}\n`), ['Ports', 'Supply chains', 'The next step']);
  });

  it('heading:end-matter — keeps a marked "Notes" or "About the Authors" heading in the outline though nothing under it is argued', () => {
    const md = `# Ports\n\n## Findings\n\n${body}[^1]\n\n## Notes\n\n[^1]: Harbour Office, annual survey, 2025.\n`;
    assert.deepEqual(sections(md), ['Ports', 'Findings', 'Notes']);
    // In text without markup, a line naming the end matter set like the other headings is one, not a label.
    const plain = ['Ports', '', 'Findings', '', `${body} ${body}`, '', 'About the Authors', '', 'Ida Moreau is a fellow of the Harbour Institute and writes on ports and trade.'].join('\n');
    assert.ok(analyse(plain, { hint: 'a.txt' }).sections.some((s) => s.title === 'About the Authors'));
    // A section of another name with nothing argued under it stays out.
    assert.deepEqual(sections(`# Ports\n\n## Findings\n\n${body}\n\n## Sharing\n\n[^1]: Harbour Office, annual survey, 2025.\n`), ['Ports', 'Findings']);
  });

  it('heading:cover-stack — a cover page of stacked short lines over the opening prose is no section; a title over the first heading stays', () => {
    const plain = (lines: string[]) => analyse(lines.join('\n'), { hint: 'a.txt' }).sections.map((s) => s.title);
    const prose = `${body} The ministry has not said how much the change will cost the ports.`;
    const cover = ['HARBOUR POLICY INSTITUTE', '', 'DREDGING THE GULF PORTS', 'Who Pays for Deeper Berths', '', 'Ida Moreau and Karel Novak', '', 'March 2026', '', prose, '', 'Why the Berth Matters', '', prose];
    assert.deepEqual(plain(cover), ['(introduction)', 'Why the Berth Matters']);
    // The same lines over a heading of the opening prose: the first line is the title, the heading heads its prose.
    const titled = ['Dredging the Gulf Ports: Who Pays for Deeper Berths', '', 'Summary', '', prose, '', 'Why the Berth Matters', '', prose];
    assert.deepEqual(plain(titled), ['Dredging the Gulf Ports: Who Pays for Deeper Berths', 'Summary', 'Why the Berth Matters']);
  });

  it('heading:run-in — keeps a bold lead-in with no stop, or a key and a short value, out of the outline', () => {
    assert.deepEqual(sections(`# Ports\n\n**Russia** now holds the largest fleet of icebreakers in the world, and it keeps building.\n\n**Contact:** Press Office\n\n${body}\n`), ['Ports']);
  });

  it('heading:run-in — reads a head holding an abbreviation\'s dots, and one whose prose leads into a list with a colon, as sections', () => {
    const md = `# Ports\n\n**Effect on U.S. shippers.** ${body}\n\n**What the rule does.** ${body} Together, the new rules:\n\n- ${body}\n`;
    assert.deepEqual(sections(md), ['Ports', 'Effect on U.S. shippers', 'What the rule does']);
    // A stop after a word inside the bold phrase ends a sentence there: no head.
    assert.deepEqual(sections(`# Ports\n\n**The port is full. Ships wait.** ${body}\n`), ['Ports']);
  });

  it('heading:run-in-point — reads run-in labels as points, not sections, under a sub-heading whose section opens with prose of its own', () => {
    const points = `# Ports\n\n${body}\n\n## The plan\n\nThe plan sets out work in two areas.\n\n**Berths.** ${body}\n\n**Cranes.** ${body}\n`;
    assert.deepEqual(sections(points), ['Ports', 'The plan']);
    const claims = analyse(points, { format: 'markdown' }).claims;
    assert.ok(!claims.some((c) => /Berths|Cranes/.test(points.slice(c.start, c.end))), 'a point\'s label is no part of its sentence');
    // Directly under the sub-heading, or under the title alone, the labels head sections.
    assert.deepEqual(sections(`# Ports\n\n${body}\n\n## The plan\n\n**Berths.** ${body}\n\n**Cranes.** ${body}\n`), ['Ports', 'The plan', 'Berths', 'Cranes']);
    assert.deepEqual(sections(`# Ports\n\n${body}\n\n**Berths.** ${body}\n\n**Cranes.** ${body}\n`), ['Ports', 'Berths', 'Cranes']);
  });

  it('heading:box-label — reads the bold label of a summary box set off as a quotation as neither a section nor a claim; the box\'s points stay claims', () => {
    const md = `# Ports\n\n${body}\n\n> **At a glance**\n>\n> - The port handles a third of the trade of the country.\n\n## The plan\n\n${body}\n`;
    const a = analyse(md, { format: 'markdown' });
    assert.deepEqual(a.sections.map((s) => s.title), ['Ports', 'The plan']);
    const claims = a.claims.map((c) => md.slice(c.start, c.end));
    assert.ok(!claims.some((c) => c.includes('At a glance')), claims.join(' | '));
    assert.ok(claims.some((c) => c.startsWith('The port handles a third')), claims.join(' | '));
  });

  it('heading:place-dateline — reads a place and a date on a line of their own as a dateline, not a section, and still finds the place', () => {
    const md = `# Remarks at the Harbour Forum\n\n*Apia, Samoa — 4 March 2026*\n\n${body}\n`;
    const a = analyse(md, { format: 'markdown' });
    assert.deepEqual(a.sections.map((s) => s.title), ['Remarks at the Harbour Forum']);
    assert.ok(a.entities.some((e) => e.name === 'Apia'), a.entities.map((e) => e.name).join(' | '));
    const txt = ['Ports and Power in the Gulf', '', 'Muscat, 2 June 2025', '', 'Why the Berth Matters', '', body].join('\n');
    assert.deepEqual(analyse(txt, { format: 'plain' }).sections.map((s) => s.title), ['Ports and Power in the Gulf', 'Why the Berth Matters']);
  });

  it('heading:bold-line — reads a bold line in sentence case as a section (its lead-in colon left out), and a bold sentence not', () => {
    assert.deepEqual(
      sections(`# Ports\n\n**How the reserve will work**\n\n${body}\n\n**This is the most important step.**\n\n${body}\n\n**Key actions for this year:**\n\n- ${body}\n`),
      ['Ports', 'How the reserve will work', 'Key actions for this year'],
    );
  });

  it('heading:list-label — inside a "##" section, takes a bold line over a list as the list\'s label, not a section; under the title alone it heads', () => {
    const text = `# Ports\n\n## The new terminal\n\n${body}\n\n**Figures at a glance**\n\n- The terminal handles two million boxes a year.\n- It employs 1,400 people.\n\n**What the port authority says**\n\n${body}\n`;
    assert.deepEqual(sections(text), ['Ports', 'The new terminal', 'What the port authority says']);
    const flat = `# Ports\n\n${body}\n\n**Figures at a glance**\n\n- The terminal handles two million boxes a year.\n- It employs 1,400 people.\n`;
    assert.deepEqual(sections(flat), ['Ports', 'Figures at a glance']);
  });

  it('claim:frame-courtesy — gives "I look forward to your questions" no category, and says why', () => {
    const a = analyse(`The navy has moved two frigates to the strait. I look forward to your questions.`, { format: 'plain' });
    const last = a.claims[a.claims.length - 1];
    assert.equal(last.primary, null);
    assert.ok(last.why.some((r) => r.rule === 'claim:frame-courtesy'));
    assert.equal(a.claims[0].primary, 'military');
  });
});

describe('Headings of hard-wrapped text', () => {
  it('notice:contents — a contents page with leader dots and page numbers is a notice, and the heading at the top of the next page heads its page', () => {
    // The last contents line ends no sentence: the page break under it must not run it on into the heading the next page opens with.
    const prose = 'The harbour board has raised its fees twice since 2023, and the shipping lines\nnow pass the cost on to importers, who in turn pass it on to the shops and their\ncustomers across the region.';
    const head = '\fSharing the Harbour                                  Harbour Review 3/2026';
    const text = ['SHARING THE HARBOUR', '', 'Contents', '', 'Summary .................................................................... 2', '1. Findings ................................................................ 2', '2. What Hosts Can Do ....................................................... 3', 'About the Authors .......................................................... 3', '', '                1', head, '', 'Summary', '', prose, '', '1. Findings', '', prose, '', '                2', head, '', '2. What Hosts Can Do', '', prose, '', '                3', head, '', 'About the Authors', '', 'Ida Moreau is a fellow of the Harbour Institute and writes on ports and the trade that passes through them.', ''].join('\n');
    const a = analyse(text, { hint: 'a.txt' });
    assert.deepEqual(a.sections.map((s) => s.title), ['SHARING THE HARBOUR', 'Summary', '1. Findings', '2. What Hosts Can Do', 'About the Authors']);
    assert.ok(!a.claims.some((c) => text.slice(c.start, c.end).includes('....')), 'no contents line is a claim');
  });

  const para = [
    'The ministry argues that the new port will double the trade of the region within a',
    'decade, and critics answer that the loans behind it leave the treasury exposed to',
    'a single creditor that has lent to few other ports of the region on such terms.',
  ];
  const titles = (lines: string[]) => analyse(lines.join('\n'), { format: 'plain' }).sections.map((s) => s.title);

  it('Keeps a long heading that ends well before the wrap width, whatever the first word after it', () => {
    const heading = 'Why the Berth Matters to the Navy and to the Treasury';
    assert.ok(titles(['Ports and Power', ...para, heading, 'Notwithstanding the loans, the navy has asked for a berth at the port for its', 'frigates, which the ministry has so far refused on grounds of cost.']).includes(heading));
  });

  it('Reads a capitalised line that runs to the wrap width, and that the next word could not have joined, as prose', () => {
    const full = 'According to the Gulf Maritime Authority, in 2025, Aden, Sohar, Salalah and Duqm';
    const got = titles(['Ports and Power', ...para, full, 'Handled more containers than in any year before the war began in the north.']);
    assert.ok(!got.includes(full), got.join(' | '));
  });
});

describe('Numbered headings of PDF text (rules)', () => {
  const sections = (text: string) => analyse(text, { format: 'plain' }).sections.map((s) => s.title);
  const prose = 'The ministry published its first report on the programme in the spring of that year.\nIt found that most of the money had gone to a handful of ports.\n';

  it('heading:numbered — reads sentence-case numbered lines as sections when the document continues their numbering', () => {
    const text = `A Review of Port Funding\n\n1. Background\n${prose}\n1.1 How the money was spent\n${prose}\n2. What the audit found\n${prose}`;
    assert.deepEqual(sections(text), ['A Review of Port Funding', '1. Background', '1.1 How the money was spent', '2. What the audit found']);
  });

  it('heading:numbered — leaves a lone numbered line, and a list of numbered items with nothing between them, out of the outline', () => {
    const lone = `A Review of Port Funding\n\n${prose}\n4. What the audit found in the northern ports\n${prose}`;
    assert.deepEqual(sections(lone), ['A Review of Port Funding']);
    const list = `A Review of Port Funding\n\n${prose}\nThe options are:\n1. A written question\n2. An evidence session\n3. A short inquiry\n${prose}`;
    assert.deepEqual(sections(list), ['A Review of Port Funding']);
  });

  it('heading:numbered-runs-on — reads numbered paragraphs whose first lines run on in lower case as paragraphs under their set-apart headings', () => {
    const text = [
      'Harbour Dredging Programme',
      '',
      'Progress so far',
      '',
      '1.  The authority began dredging the outer channel in',
      'the spring of 2024 and had cleared two of its five berths.',
      '',
      '2.  The second contractor took over the inner basin after the',
      'first one withdrew, and its price was a third higher.',
      '',
      'What remains to be done',
      '',
      '3.  The last three berths need deeper cuts than the plan allowed',
      'for, and the authority has not yet costed them.',
      '',
    ].join('\n');
    const a = analyse(text, { format: 'plain' });
    assert.deepEqual(a.sections.map((s) => s.title), ['Harbour Dredging Programme', 'Progress so far', 'What remains to be done']);
    const claims = a.claims.map((c) => shownText(a.text, a.masked, c));
    assert.ok(claims.some((c) => c.startsWith('The second contractor took over the inner basin after the first')), claims.join(' | '));
  });
});

describe('Headings set apart (rules)', () => {
  const read = (text: string) => analyse(text, { format: 'plain' });
  const sections = (text: string) => read(text).sections.map((s) => s.title);
  const prose = 'The ministry published its first report on the programme in the spring of that year, and it found that most of the money had gone to a handful of ports.';

  it('heading:set-apart — reads short sentence-case lines set apart above prose as sections when the document sets more than one so', () => {
    const text = `Port funding review\n\nWhy the review was needed\n\n${prose}\n\nWhat the audit found\n\n${prose}\n`;
    assert.deepEqual(sections(text).slice(-2), ['Why the review was needed', 'What the audit found']);
  });

  it('heading:part-over-heading — keeps a set-apart line over another heading as the heading of a part, with the headings after it below it', () => {
    const text = `Port funding review\n\nWhat we found\n\nHow the money was spent\n\n${prose}\n\nWho decided\n\n${prose}\n\nWhat should change\n\nThe grants\n\n${prose}\n`;
    const a = read(text);
    assert.deepEqual(a.sections.map((s) => s.title), ['Port funding review', 'What we found', 'How the money was spent', 'Who decided', 'What should change', 'The grants']);
    const parent = (t: string) => a.sections[a.sections.find((s) => s.title === t)!.parent!].title;
    assert.deepEqual(['How the money was spent', 'Who decided', 'The grants'].map(parent), ['What we found', 'What we found', 'What should change']);
  });

  it('heading:set-apart — leaves a lone set-apart line, a question, a lead-in and a signature out of the outline', () => {
    const lone = `${prose}\n\nWhy the review was needed\n\n${prose}\n`;
    assert.ok(!sections(lone).includes('Why the review was needed'));
    const others = `${prose}\n\nWhy was the review needed?\n\n${prose}\n\nThe options are:\n\n${prose}\n\nDana Whitcombe MP\nMinister for Regional Cooperation\n\n${prose}\n`;
    const got = sections(others);
    for (const t of ['Why was the review needed?', 'The options are:', 'The options are', 'Dana Whitcombe MP']) assert.ok(!got.includes(t), `${t}: ${got.join(' | ')}`);
  });

  it('heading:set-apart — never takes the first line of a hard-wrapped paragraph for a heading', () => {
    const wrapped = `1. Background\n\nThe three ministries signed the first agreement on port funding in September\n2023, and each of them published its own account of the money in the years after.\n\n2. Findings\n\nThe auditors found that most of the money had gone to a handful of large ports\nin the south, and that the smaller ports had waited longest for their share.\n`;
    const got = sections(wrapped);
    assert.ok(!got.some((t) => t.startsWith('The three ministries')), got.join(' | '));
    assert.ok(!got.some((t) => t.startsWith('The auditors')), got.join(' | '));
  });
});

describe('Numbered paragraphs and dash items of text without markup (rules)', () => {
  const claims = (text: string) => {
    const a = analyse(text, { format: 'plain' });
    return a.claims.map((c) => shownText(a.text, a.masked, c));
  };
  const one = 'The ministry published its first report on the programme in the spring.';
  const two = 'It found that most of the money had gone to a handful of ports.';

  it('paragraph:number-label — a paragraph number the document continues is a label, not a sentence', () => {
    assert.deepEqual(claims(`A Review of Port Funding\n\n11. ${one}\n\n12. ${two}\n`), [one, two]);
    // Wrapped without blank lines: a numbered paragraph opens after a line that ends a sentence.
    assert.deepEqual(claims(`A Review of Port Funding\n\n11. ${one}\n12. ${two}\n`), [one, two]);
  });

  it('paragraph:number-label — a lone number, or numbers that do not continue each other, stay in the text', () => {
    assert.deepEqual(claims(`A Review of Port Funding\n\n${one}\n\n7. ${two}\n`), [one, '7.', two]);
    assert.deepEqual(claims(`A Review of Port Funding\n\n3. ${one}\n\n9. ${two}\n`), ['3.', one, '9.', two]);
  });

  it('paragraph:label-line — lines opening with one word and an enumerator before a colon are entries; a lone label line in wrapped prose runs on', () => {
    assert.deepEqual(claims(`A Review of Port Funding\n\nScenario A: dues stay where they are\nScenario B: dues rise by a tenth in May\n`), [
      'Scenario A: dues stay where they are',
      'Scenario B: dues rise by a tenth in May',
    ]);
    assert.equal(claims(`A Review of Port Funding\n\nThe port agreed a loan with the Northern Investment\nBank (NIB): a credit line for the new quay walls.\n`).length, 1);
    assert.equal(claims(`A Review of Port Funding\n\nScenario A: dues stay where they are\nPhase 2: dues rise by a tenth in May\n`).length, 1);
  });

  it('paragraph:dash-item — lines opening with a dash, one beside another, are items read without the dash; a lone dash line is not', () => {
    assert.deepEqual(claims(`A Review of Port Funding\n\nThe plan has two parts:\n- new berths for the northern ports\n- dredging of the southern channel\n`), [
      'The plan has two parts:',
      'new berths for the northern ports',
      'dredging of the southern channel',
    ]);
    assert.deepEqual(claims(`A Review of Port Funding\n\n${one}\n- ${two}\n`).length, 2);
  });
});
