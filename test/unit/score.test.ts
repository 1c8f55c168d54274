import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { scoreGold, variants, type Gold } from '../../bench/score';
import { scoreRoles, type GoldRoles } from '../../bench/roles';
import { formatTally, tallyRules } from '../../bench/tally';
import { scorePrecision } from '../../bench/precision';
import { NO_ARGUMENT, type Analysis, type Reason } from '../../src/core/model/model';

/** The measures `npm run eval` reports, on a short text annotated here. */
describe('Scoring against a hand annotation', () => {
  const text = 'The distances involved are telling.\n\nTroops and tanks moved to the border in 2024.';
  const gold = (acceptable: string[]): Gold => ({
    doc: 'x.txt',
    sections: [],
    sentences: [
      { text: 'The distances involved are telling.', primary: acceptable[0], acceptable },
      { text: 'Troops and tanks moved to the border in 2024.', primary: 'military', acceptable: ['military'] },
      { text: 'A sentence the text does not have.', primary: 'none', acceptable: ['none'] },
    ],
    entities: [],
    figures: [{ text: '2024', kind: 'date', year: 2024 }],
  });

  it('Takes a title off a form, with or without its full stop ("Mr Thornbury" is a form of Thornbury)', () => {
    for (const form of ['Mr Thornbury', 'Mr. Thornbury', 'Dr Thornbury', 'Commissioner Thornbury']) assert.ok(variants(form).includes('thornbury'), form);
    assert.ok(!variants('Mrsa Thornbury').includes('thornbury'));
  });

  it('Counts an unclassified claim right where the annotation accepts "none", and a sentence not read as a claim never', () => {
    const analysis = analyse(text, { format: 'plain' });
    assert.equal(analysis.claims[0].primary, null);
    assert.deepEqual(scoreGold(analysis, gold(['military', 'none'])).claims, { right: 2, total: 3 });
    assert.deepEqual(scoreGold(analysis, gold(['military'])).claims, { right: 1, total: 3 });
  });
});

/** `npm run eval -- --rules`: per rule, the judged decisions it took part in, on a model built by hand. */
describe('Tallying rules on right and wrong answers', () => {
  const text = 'Anna Berg visited the port of Riga. Exports rose by 5% in 2020.';
  const at = (needle: string) => ({ start: text.indexOf(needle), end: text.indexOf(needle) + needle.length });
  const scores = { geopolitical: 0, military: 0, economic: 1 };
  // As the recogniser writes it: an entity's reason names the type it argues for.
  const portOf: Reason = { rule: 'entity:place-after-port-of', weight: 2, about: 'place', words: 'the port of' };
  const analysis: Analysis = {
    text,
    format: 'plain',
    bomRemoved: false,
    sections: [],
    blocks: [{ kind: 'paragraph', ...at(text), section: null }],
    claims: [
      {
        ...at('Anna Berg visited the port of Riga.'),
        section: null,
        block: 0,
        categories: scores,
        primary: 'economic',
        secondary: null,
        role: 'thesis',
        cues: [],
        figures: [],
        entities: ['place:anna-berg', 'place:riga'],
        ...NO_ARGUMENT,
        why: [
          { rule: 'claim:lexicon-term', weight: 1, about: 'category', words: 'port' },
          { rule: 'role:first-in-section', weight: 1, about: 'role' },
        ],
      },
      {
        ...at('Exports rose by 5% in 2020.'),
        section: null,
        block: 0,
        categories: scores,
        primary: 'economic',
        secondary: null,
        role: 'statement',
        cues: [],
        figures: [0],
        entities: [],
        ...NO_ARGUMENT,
        // A reason about nothing in particular judges the claim's category (its rule is no role rule).
        why: [{ rule: 'claim:figure-percent', weight: 0.5 }],
      },
    ],
    entities: [
      // "Anna Berg" read as a place by the same rule that rightly made Riga one: the rule fires once right, once wrong.
      { id: 'place:anna-berg', name: 'Anna Berg', type: 'place', aliases: [], mentions: [{ ...at('Anna Berg'), entity: 'place:anna-berg' }], why: [portOf, portOf] },
      {
        id: 'place:riga',
        name: 'Riga',
        type: 'place',
        aliases: [],
        mentions: [{ ...at('Riga'), entity: 'place:riga' }],
        why: [portOf, { rule: 'entity:merge-same-name', weight: 1, about: 'merge' }],
      },
    ],
    figures: [
      {
        ...at('5%'),
        kind: 'percent',
        value: 5,
        high: null,
        unit: '%',
        year: 2020,
        period: null,
        about: null,
        claim: 1,
        why: [
          { rule: 'figure:percent-sign', weight: 1, about: 'kind', words: '%' },
          { rule: 'figure:year-same-clause', weight: 1, about: 'year', words: '2020' },
        ],
      },
    ],
    warnings: [],
  };
  const gold: Gold = {
    doc: 'x.txt',
    sections: [],
    sentences: [
      { text: 'Anna Berg visited the port of Riga.', primary: 'economic', acceptable: ['economic', 'geopolitical'] },
      { text: 'Exports rose by 5% in 2020.', primary: 'military', acceptable: ['military'] },
    ],
    entities: [
      { canonical: 'Riga', type: 'place', mentions: ['Riga'] },
      { canonical: 'Anna Berg', type: 'person', mentions: ['Anna Berg'] },
      // Not found at all: no rule is judged by it.
      { canonical: 'Oslo', type: 'place', mentions: ['Oslo'] },
    ],
    figures: [{ text: '5%', kind: 'percent', year: 2019 }],
  };
  const roles: GoldRoles = {
    doc: 'x.txt',
    roles: [
      { text: 'Anna Berg visited the port of Riga.', role: 'thesis', acceptable: ['thesis'] },
      { text: 'Exports rose by 5% in 2020.', role: 'evidence', acceptable: ['evidence'] },
    ],
  };

  it('Counts each rule once per judged decision it took part in, by what it decided, mostly-wrong rules first', () => {
    const judged = [...scoreGold(analysis, gold).judged, ...scoreRoles(analysis, roles).judged];
    const table = tallyRules(judged).map((c) => [c.rule, c.decision, c.right, c.wrong]);
    assert.deepEqual(table, [
      ['claim:figure-percent', 'claim category', 0, 1],
      ['figure:year-same-clause', 'figure year', 0, 1],
      ['entity:place-after-port-of', 'entity type', 1, 1],
      ['claim:lexicon-term', 'claim category', 1, 0],
      ['figure:percent-sign', 'figure kind', 1, 0],
      ['role:first-in-section', 'claim role', 1, 0],
    ]);
  });

  it('Judges roles where an annotation has them: right when the claim’s role is acceptable', () => {
    const score = scoreRoles(analysis, roles);
    assert.deepEqual(score.accepted, { right: 1, total: 2 });
    assert.deepEqual(score.strict, { right: 1, total: 2 });
  });

  it('Scores roles strictly and by what is acceptable, macro-F1 over roles, and support links both ways', () => {
    const lenient: GoldRoles = {
      doc: 'x.txt',
      roles: [
        { text: 'Anna Berg visited the port of Riga.', role: 'evidence', acceptable: ['evidence', 'thesis'], supports: [1] },
        { text: 'Exports rose by 5% in 2020.', role: 'thesis', acceptable: ['thesis'], supports: [] },
      ],
    };
    const linked = { ...analysis, claims: analysis.claims.map((c, i) => ({ ...c, supports: i === 0 ? [] : [0] })) };
    const score = scoreRoles(linked, lenient);
    assert.deepEqual(score.strict, { right: 0, total: 2 });
    assert.deepEqual(score.accepted, { right: 1, total: 2 });
    // thesis: read once, right never; evidence: read once, right never: F1 0 for every role.
    assert.equal(score.macroF1, 0);
    // The reading links 1 → 0, the annotator 0 → 1.
    assert.deepEqual(score.links, { right: 0, read: 1, gold: 1 });
  });

  it('Prints one line per rule with its counts and share of wrong answers, or says no rule was named', () => {
    const [row] = formatTally([{ rule: 'claim:x', decision: 'claim category', right: 1, wrong: 3 }]);
    assert.match(row, /^ {2}claim:x {2}claim category {2}right {4}1 {2}wrong {4}3 {2}\(75% wrong\)$/);
    assert.match(formatTally(tallyRules(scoreGold({ ...analysis, claims: [], entities: [], figures: [] }, gold).judged))[0], /No decision names a rule/);
  });
});

/** `npm run eval` counts what the analyser invents: found parts the annotation does not name. */
describe('Scoring precision against a hand annotation', () => {
  const text = 'ATTENTION. Anna Berg visited Riga in 2020, and Oskar Lind met her.\n\nExports rose by 5% there.';
  const gold = {
    doc: 'x.txt',
    sections: [],
    sentences: [],
    entities: [
      { canonical: 'Anna Berg', type: 'person', mentions: ['Anna Berg'] },
      { canonical: 'Riga', type: 'place', mentions: ['Riga'] },
    ],
    figures: [{ text: '5%', kind: 'percent', year: null }],
    non_entities: ['Oskar Lind'],
  };

  it('Counts an entity the annotation does not name as invented, and one it lists as a non-entity as certainly wrong', () => {
    const analysis = analyse(text, { format: 'plain' });
    const names = analysis.entities.map((e) => e.name);
    assert.ok(names.includes('Oskar Lind') && names.includes('Anna Berg'), names.join(', '));
    const { entities } = scorePrecision(analysis, gold);
    assert.equal(entities.found, analysis.entities.length);
    assert.equal(entities.right, analysis.entities.filter((e) => ['Anna Berg', 'Riga'].includes(e.name)).length);
    assert.equal(entities.certainlyWrong, 1);
    assert.ok(entities.invented.some((m) => m.includes('Oskar Lind')));
  });

  it('Counts a figure the annotation does not name as invented', () => {
    const analysis = analyse(text, { format: 'plain' });
    const { figures } = scorePrecision(analysis, gold);
    assert.ok(figures.found >= 2, `found ${figures.found}`);
    assert.equal(figures.right, 1);
    assert.ok(figures.invented.some((m) => m.includes('2020')));
  });
});
