import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { divisionLabel } from '../../src/core/parse/divisions';

/** Numbered divisions of treaties and statutes set on two lines (headings.json, `heading:division-label`). */
describe('Division labels over their captions (rules)', () => {
  const sections = (text: string) => analyse(text, { format: 'plain' }).sections.map((s) => s.title);
  const prose = 'The Parties shall cooperate in the surveillance of the waters of the Agreed Area and shall\nshare the information each of them holds on vessels fishing there without a licence.';

  it('heading:division-label — reads a run of article labels, each over its caption, as one heading apiece', () => {
    const text = ['Agreement on Joint Fisheries Patrols', '', prose, '', 'Article 1', 'Definitions', '', prose, '', 'Article 2', 'Objective', '', prose, '', 'Article 3', 'Joint Patrols', '', prose, ''].join('\n');
    assert.deepEqual(sections(text).slice(-3), ['Article 1 Definitions', 'Article 2 Objective', 'Article 3 Joint Patrols']);
  });

  it('heading:division-label — reads roman numerals and capitals as the labels of a run', () => {
    const text = ['Agreement on Joint Fisheries Patrols', '', prose, '', 'ARTICLE IV', 'Hot Pursuit', '', prose, '', 'ARTICLE V', 'Settlement of Disputes', '', prose, ''].join('\n');
    assert.deepEqual(sections(text).slice(-2), ['ARTICLE IV Hot Pursuit', 'ARTICLE V Settlement of Disputes']);
  });

  it('heading:division-label — leaves a single chapter label over a title to the title rules, and a short heading alone a section', () => {
    const chapter = ['Defence White Paper 2026', '', 'Chapter 3', 'Reserves, Mobilisation and Critical Infrastructure', '', 'Objective', '', prose, '', 'Background', '', prose, ''].join('\n');
    const got = sections(chapter);
    assert.ok(!got.some((t) => t.startsWith('Chapter 3 ')), got.join(' | '));
    assert.ok(got.includes('Objective') && got.includes('Background'), got.join(' | '));
  });

  it('heading:division-label — knows a label line only by a division word and a number alone', () => {
    assert.deepEqual(divisionLabel('Article 10'), { word: 'article', values: [10] });
    assert.deepEqual(divisionLabel('PART IV'), { word: 'part', values: [4] });
    assert.equal(divisionLabel('Article 10 of the Convention'), null);
    assert.equal(divisionLabel('article 10'), null);
  });
});

/** A title in capitals over two lines, and the front matter of a news story (headings.json, furniture.json). */
describe('Wrapped titles in capitals and news front matter (rules)', () => {
  const read = (text: string) => analyse(text, { format: 'plain' });
  const sections = (text: string) => read(text).sections.map((s) => s.title);
  const prose = 'Philippine coast guard vessels abandoned an attempt to resupply a marine detachment on the\ndisputed reef on Wednesday after a seven-hour standoff with Chinese coast guard ships.';

  it('heading:wrapped-capitals — joins a title in capitals run on over two lines into one heading', () => {
    const text = ['MANILA PROTESTS AS COAST GUARD BLOCKS REEF RESUPPLY; WAR-RISK', 'PREMIUMS CLIMB', '', prose, '', 'What happened next', '', prose, ''].join('\n');
    assert.equal(sections(text)[0], 'MANILA PROTESTS AS COAST GUARD BLOCKS REEF RESUPPLY; WAR-RISK PREMIUMS CLIMB');
  });

  it('heading:wrapped-capitals — leaves short capitals lines stacked over each other, and a hearing line with its wrapped rest, apart', () => {
    const text = ['SUBCOMMITTEE ON ENERGY', 'UNITED STATES SENATE', '', 'HEARING TO EXAMINE THE SUPPLY CHAIN FOR LARGE POWER TRANSFORMERS', 'AND OTHER CRITICAL GRID EQUIPMENT', '', prose, ''].join('\n');
    const got = sections(text);
    assert.ok(!got.some((t) => t.includes('SENATE') || t.includes('EQUIPMENT')), got.join(' | '));
  });

  it('notice:byline, notice:wire-slug — reads a story\'s byline and its agency slug as front matter, not sections', () => {
    const text = ['PHILIPPINES-CHINA/REEF (UPDATE 2)', '', 'MANILA PROTESTS AS COAST GUARD BLOCKS REEF RESUPPLY; WAR-RISK', 'PREMIUMS CLIMB', '', 'By Andrea Villaluz and Liang Wen', '', prose, ''].join('\n');
    const a = read(text);
    const rules = (a.notices ?? []).map((n) => n.rule);
    assert.ok(rules.includes('notice:byline') && rules.includes('notice:wire-slug'), rules.join(' | '));
    assert.deepEqual(a.sections.map((s) => s.title), ['MANILA PROTESTS AS COAST GUARD BLOCKS REEF RESUPPLY; WAR-RISK PREMIUMS CLIMB']);
  });

  it('heading:front-matter-under — a headline keeps its section over its agency note and byline; two navigation lines still drop one', () => {
    const story = ['HARBOUR NEWS SERVICE -- EUROPE GENERAL NEWS', '', 'PORT STRIKE SPREADS AS DOCKERS REJECT PAY OFFER; SHIPPING RATES', 'CLIMB AGAIN', '', '(Adds union statement in paragraphs 4-5)', '', 'By Jane Roe', '', prose, ''].join('\n');
    assert.ok(sections(story).includes('PORT STRIKE SPREADS AS DOCKERS REJECT PAY OFFER; SHIPPING RATES CLIMB AGAIN'), sections(story).join(' | '));
    const page = ['# Port funding review', '', prose, '', '## Background', '', '[Home](/) | [Reports](/reports)', '', '[Print](/print) | [Share](/share)', '', prose, ''].join('\n');
    const titles = analyse(page, { format: 'markdown' }).sections.map((s) => s.title);
    assert.ok(!titles.includes('Background'), titles.join(' | '));
  });

  it('heading:marked-over-notices — a marked heading over a contact block alone is a section; an unmarked line over it is not', () => {
    const marked = ['# Port throughput, 2025', '', '## 1. Main points', '', prose, '', '## 2. Contact details', '', 'Email: ports@stats.example', 'Telephone: +44 20 7946 0000', ''].join('\n');
    assert.deepEqual(analyse(marked, { format: 'markdown' }).sections.map((s) => s.title), ['Port throughput, 2025', '1. Main points', '2. Contact details']);
    const plain = ['Port throughput, 2025', '', prose, '', 'Contact details', '', 'Email: ports@stats.example', 'Telephone: +44 20 7946 0000', ''].join('\n');
    assert.ok(!sections(plain).includes('Contact details'), sections(plain).join(' | '));
  });

  it('notice:wire-slug — a slug is in capitals: a title-case heading of its shape stays a section', () => {
    const text = ['Port funding review', '', prose, '', 'Input/Output (Corrected)', '', prose, ''].join('\n');
    assert.ok(sections(text).includes('Input/Output (Corrected)'), sections(text).join(' | '));
  });

  it('notice:byline — leaves a heading that opens with "By" and no names a heading', () => {
    const text = ['Port funding review', '', prose, '', 'By Air Power Alone', '', prose, '', 'By the numbers', '', prose, ''].join('\n');
    const got = sections(text);
    assert.ok(got.includes('By Air Power Alone') && got.includes('By the numbers'), got.join(' | '));
  });
});
