import { strict as assert } from 'node:assert';
import { ModelIndex } from '../../src/core/model/lookup';
import { CATEGORIES } from '../../src/core/model/model';
import { entityHover, figureHover, relatedFigures, type HoverInput } from '../../src/vscode/present/hover';
import { ANALYSIS, find, lineOf } from './present-fixture';
import { RuleTexts } from '../../src/core/lexicon/rules';

/** Rule rows as the analysers' data files give them, for the reasons the fixture carries. */
const rules = new RuleTexts([
  { domain: 'entity', rows: [{ id: 'in-countries', says: 'in the list of countries' }, { id: 'place-after-in', says: "named after '{words}'" }] },
  { domain: 'figure', rows: [{ id: 'percent-sign', says: "a number before '{words}'" }, { id: 'year-same-clause', says: 'from the same clause' }] },
]);

/** The "Why" line of a card, as a reader sees it (markdown escapes removed), or undefined. */
function whyLine(markdown: string): string | undefined {
  return markdown
    .split('\n\n')
    .find((line) => line.startsWith('*Why:* '))
    ?.replace(/\\(.)/g, '$1');
}

const index = new ModelIndex(ANALYSIS);
const input: HoverInput = { index, uri: 'file:///brief.md', lineOf, categories: CATEGORIES };

/** The arguments of every `command:` link of a command in the markdown. */
function links(markdown: string, command: string): unknown[][] {
  const pattern = new RegExp(`\\(command:${command.replace('.', '\\.')}\\?([^)]*)\\)`, 'g');
  return [...markdown.matchAll(pattern)].map((m) => JSON.parse(decodeURIComponent(m[1])) as unknown[]);
}

function hoverAt(needle: string, nth = 0, over = input): string {
  const hit = index.hitAt(find(needle, nth).start);
  assert.ok(hit, `nothing at ${needle}`);
  return hit.kind === 'entity' ? entityHover(over, hit.entity, hit.mention) : figureHover(over, hit.index);
}

describe('present/hover', () => {
  it('Should show an entity’s name, type, mentions and first mention', () => {
    const md = hoverAt('Belarus', 2);
    assert.match(md, /^\*\*Belarus\*\* · place/);
    assert.match(md, /4 mentions, first on line 1: “\\# Why \*\*Belarus\*\* Matters”/);
  });

  it('Should link each line with a mention to the first mention on it', () => {
    const md = hoverAt('Belarus', 2);
    const [m0, m1, , m3] = ANALYSIS.entities[1].mentions;
    const lineLinks = links(md.split('\n\n').find((line) => line.startsWith('Lines')) ?? '', 'policyLens.revealRange');
    assert.deepEqual(lineLinks, [m0, m1, m3].map((m) => ['file:///brief.md', m.start, m.end]));
    assert.match(md, /Lines \[1\]\(command:[^)]*\), \[3\]\(command:[^)]*\), \[11\]/);
  });

  it('Should link the next mention after the one hovered, and all mentions', () => {
    const md = hoverAt('Belarus', 2);
    assert.ok(md.includes(`[Next mention](command:policyLens.revealRange?${encodeURIComponent(JSON.stringify(['file:///brief.md', find('Belarus', 3).start, find('Belarus', 3).end]))})`));
    assert.deepEqual(links(md, 'policyLens.showEntityMentions'), [['file:///brief.md', 'place:belarus']]);
  });

  it('Should list entities named in the same claims, and the categories of those claims', () => {
    const md = hoverAt('Belarus', 2);
    assert.match(md, /\*With:\* Moscow \(1\), Russia \(1\)/);
    assert.match(md, /\*In claims:\* Military 2 · Economic 1/);
  });

  it('Should list aliases and leave out hidden categories', () => {
    const md = hoverAt('Belarus', 2, { ...input, categories: ['geopolitical'] });
    // Claim 0 is economic with a geopolitical secondary: shown as geopolitical.
    assert.match(md, /\*In claims:\* Geopolitical 1$/m);
    assert.match(hoverAt('Lukashenko'), /\*Also:\* Lukashenko/);
  });

  it('Should show a figure’s value, what it measures, when, and its sentence', () => {
    const md = hoverAt('36.3%');
    assert.match(md, /^\*\*36\\.3 %\*\* · percentage/);
    assert.match(md, /\*Written:\* “36\\.3%”/);
    assert.match(md, /\*Measures:\* fall in trade/);
    assert.match(md, /\*When:\* 1998/);
    assert.match(md, /^> Trade fell by \*\*36\\.3%\*\* in 1998\\.$/m);
    assert.match(md, /\*Claim:\* Economic · evidence · \[Why\?\]\(command:policyLens\.explainClaim\?/);
  });

  it('Should relate figures of the same paragraph first', () => {
    assert.deepEqual(relatedFigures(index, 1), [2]);
    assert.deepEqual(relatedFigures(index, 3), []);
    assert.match(hoverAt('36.3%'), /\*Related:\* \[40 %\]\(command:policyLens\.revealRange\?[^)]*\) share of barter \(line 5\)/);
  });

  it('Should show money in words and a secondary category', () => {
    const md = hoverAt('US$ 500 million');
    assert.match(md, /^\*\*US\$ 500 million\*\* · money/);
    assert.match(md, /Economic · evidence \(also geopolitical\)/);
  });

  it('Should not write the surface text when it is the value', () => {
    const md = hoverAt('2 radar stations');
    assert.match(md, /^\*\*2 radar stations\*\* · count/);
    assert.doesNotMatch(md, /Written/);
  });
});

describe('present/hover links', () => {
  it('Should link only to the commands a hover is trusted to run', async () => {
    const { HOVER_COMMANDS } = await import('../../src/vscode/present/ids');
    const all = ANALYSIS.entities.flatMap((e) => e.mentions.map((m) => entityHover(input, e, m)));
    all.push(...ANALYSIS.figures.map((_, i) => figureHover(input, i)));
    const used = new Set(all.flatMap((md) => [...md.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1])));
    assert.ok(used.size > 0, 'hovers carry links');
    for (const command of used) assert.ok(HOVER_COMMANDS.includes(command), `${command} is not trusted`);
  });

  it('Should say why an entity has its type, in the words of its rules, strongest first with their weights', () => {
    const md = hoverAt('Belarus', 2, { ...input, rules });
    assert.equal(whyLine(md), "*Why:* A place: in the list of countries (+3); named after 'in' (+1.5).");
    // After the name and before the mentions.
    assert.match(md.split('\n\n')[1], /^\*Why:\*/);
  });

  it('Should read a rule with no text as its name, and say apart what merged an entity’s forms', () => {
    assert.equal(
      whyLine(hoverAt('Lukashenko', 0, { ...input, rules })),
      "*Why:* A person: surname of person (+2). One entity: merge surname 'Lukashenko' (+1).",
    );
  });

  it('Should say what decided a figure’s kind and its year, without weights when every rule decides alone', () => {
    const md = hoverAt('36.3%', 0, { ...input, rules });
    assert.equal(whyLine(md), "*Why:* A percentage: a number before '%'. Year 1998: from the same clause.");
    assert.ok(md.indexOf('*When:*') < md.indexOf('*Why:*') && md.indexOf('*Why:*') < md.indexOf('> Trade fell'));
  });

  it('Should show no Why line for an entity or a figure with no recorded reasons', () => {
    assert.equal(whyLine(hoverAt('Moscow', 0, { ...input, rules })), undefined);
    assert.equal(whyLine(hoverAt('US$ 500 million', 0, { ...input, rules })), undefined);
  });
});
