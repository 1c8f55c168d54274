import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { analyse } from '../../src/core/analyse';
import { scoreClaims, lexiconCues } from '../../src/core/claims';
import { sentenceColumns } from '../../src/core/parse/units';
import { DEFAULT_LEXICON, type Lexicon } from '../../src/core/lexicon';
import { compileRoles, ROLE_DATA, type RoleData } from '../../src/core/lexicon/roles';
import { SUPPORT_DATA } from '../../src/core/lexicon/support';
import { CLAIM_DATA, CLAIM_ROWS, compileClaimRules } from '../../src/core/lexicon/claim-rules';
import type { Entity, Reason } from '../../src/core/model/model';
import { shared } from './helpers';

const claimsOf = (text: string, lexicon?: Lexicon) => {
  const analysis = analyse(text, { format: 'plain', lexicon });
  return analysis.claims.map((c) => ({ ...c, text: text.slice(c.start, c.end) }));
};
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const about = (why: readonly Reason[], what: string) => why.filter((r) => r.about === what);

describe('Claim rules as data', () => {
  for (const name of ['claims', 'roles']) {
    it(`Keeps ${name}.json to its schema, and the schema refuses a rule without words for a reader`, () => {
      const validate = new Ajv({ allErrors: true }).compile(readJson(`schemas/data/${name}.schema.json`));
      const data = readJson(`src/core/lexicon/data/${name}.json`);
      assert.ok(validate(data), JSON.stringify(validate.errors));
      const broken = structuredClone(data) as { terms: object[]; rules: object[] };
      const rows = name === 'claims' ? broken.terms : broken.rules;
      delete (rows[0] as { says?: string }).says;
      assert.equal(validate(broken), false);
    });
  }

  it('Gives a sentence a new role when a role rule is added to the data, with no change of code', () => {
    const text = 'Trade with them grew. We suggest closer ties with the port. Its cranes are old.';
    const data: RoleData = {
      cues: { ...ROLE_DATA.cues, proposal: { start: ['we suggest'] } },
      rules: [
        { id: 'role:proposal', role: 'thesis', cue: 'proposal', at: 'start', weight: 1, says: 'opens with a proposal' },
        ...ROLE_DATA.rules,
      ],
    };
    const before = claimsOf(text)[1];
    const after = claimsOf(text, { ...DEFAULT_LEXICON, roles: compileRoles(data) })[1];
    assert.notEqual(before.role, 'thesis');
    assert.equal(after.role, 'thesis');
    assert.deepEqual(about(after.why, 'role'), [{ rule: 'role:proposal', weight: 1, about: 'role', words: 'we suggest' }]);
  });

  it('Reads a phrase added to a cue list as a cue', () => {
    const text = 'Trade with them grew. Alas, the port of Riga is small. Its cranes are old.';
    const data: RoleData = { ...ROLE_DATA, cues: { ...ROLE_DATA.cues, contrast: { ...ROLE_DATA.cues.contrast, start: ['alas'] } } };
    assert.notEqual(claimsOf(text)[1].role, 'contrast');
    assert.equal(claimsOf(text, { ...DEFAULT_LEXICON, roles: compileRoles(data) })[1].role, 'contrast');
  });

  it('Leaves a sentence unclassified when the data raise the bar for a primary category', () => {
    const text = 'Their ports matter.';
    const strict = compileClaimRules({ ...CLAIM_DATA, decision: { ...CLAIM_DATA.decision, primary: { ...CLAIM_DATA.decision.primary, minimum: 5 } } });
    assert.equal(claimsOf(text)[0].primary, 'economic');
    const [claim] = claimsOf(text, { ...DEFAULT_LEXICON, claims: strict });
    assert.equal(claim.primary, null);
    assert.equal(claim.why[0].rule, 'claim:no-category');
  });

  it('Names a rule list that a role rule points at but the data lack', () => {
    assert.throws(() => compileRoles({ cues: {}, rules: [{ id: 'role:x', role: 'thesis', cue: 'nowhere', weight: 1, says: 'x' }] }), /role:x.*"nowhere"/);
  });
});

describe('Why a claim reads as it does', () => {
  it('Names the words that made a sentence military, each with its weight, after the decision and strongest first', () => {
    const [claim] = claimsOf('The troops and tanks moved to the border.');
    assert.equal(claim.primary, 'military');
    const category = about(claim.why, 'category');
    assert.equal(category[0].rule, 'claim:primary');
    const words = category.filter((r) => r.rule === 'claim:military-word').map((r) => r.words);
    assert.deepEqual(words.sort(), ['tanks', 'troops']);
    const weights = category.slice(1).map((r) => r.weight);
    assert.deepEqual(weights, [...weights].sort((a, b) => b - a));
  });

  it('Says a sentence without cues took the colour of its paragraph', () => {
    const claims = claimsOf('Oil exports, gas transit fees and energy prices all fell. This was expected.');
    const rules = claims[1].why.map((r) => r.rule);
    assert.equal(claims[1].primary, 'economic');
    assert.deepEqual(rules.slice(0, 2), ['claim:primary', 'claim:paragraph-economic']);
  });

  it('Names a figure that argues for a category, and the figure that makes a sentence evidence', () => {
    const claim = claimsOf('Trade matters to them. Imports rose by 12% in one year. Ports grew.')[1];
    assert.ok(claim.why.some((r) => r.rule === 'claim:percent-figure' && r.words === '12%'));
    assert.deepEqual(about(claim.why, 'role'), [{ rule: 'role:measured-figure', weight: 1, about: 'role', words: '12%' }]);
  });

  it('Says a thesis word in the opening sentence of a paragraph makes a thesis, and not in the middle of one', () => {
    const claims = claimsOf('The weather was fine. The key to it was Riga.\n\nThe key test is Riga.');
    assert.deepEqual(about(claims[2].why, 'role'), [{ rule: 'role:thesis-cue-opening', weight: 1, about: 'role', words: 'the key' }]);
    assert.equal(claims[1].role, 'evidence');
  });

  it('Says why a sentence has no category', () => {
    const [claim] = claimsOf('The weather was pleasant on Tuesday.');
    assert.deepEqual(about(claim.why, 'category'), [{ rule: 'claim:no-category', weight: 1, about: 'category' }]);
  });

  it('Uses only rules that are rows of the data, on a whole essay', () => {
    const ids = new Set<string>([...CLAIM_ROWS, ...ROLE_DATA.rules, ...SUPPORT_DATA.links, SUPPORT_DATA.unsupported].map((r) => r.id));
    const { claims } = analyse(shared('samples/belarus-dilemma.txt'), { format: 'plain' });
    const used = new Set(claims.flatMap((c) => c.why.map((r) => r.rule)));
    for (const rule of used) assert.ok(ids.has(rule), `${rule} is not a row of the data`);
    assert.ok(claims.every((c) => about(c.why, 'role').length === 1 && about(c.why, 'category').length >= 1));
  });
});

describe('Claims read the shared words', () => {
  it('Reads a capitalised compound whole, where the token stream ends a name before its lower-case part', () => {
    const text = 'Cross-border trade grew.';
    const terms = lexiconCues(text, { start: 0, end: text.length }).map((c) => [c.term, text.slice(c.start, c.end)]);
    assert.deepEqual(terms, [['cross-border', 'Cross-border'], ['trade', 'trade']]);
  });

  it('Reads a possessive as its noun, and a word glued to a web address as part of it', () => {
    const text = "The Space Force's budget is posted at defense.gov today.";
    const terms = lexiconCues(text, { start: 0, end: text.length }).map((c) => text.slice(c.start, c.end));
    assert.deepEqual(terms, ['Space Force', 'budget']);
  });
});

describe('Claims take linear work', () => {
  /** One sentence naming `n` places, each twice, as the entity recogniser would give them. */
  function listOf(n: number) {
    const names = Array.from({ length: n }, (_, i) => `Place${i}`);
    const text = `${[...names, ...names].join(', ')}.`;
    const entities: Entity[] = names.map((name, i) => {
      const first = text.indexOf(name + ',');
      const second = text.indexOf(name + ',', first + 1);
      const id = `place:${i}`;
      const at = (start: number) => ({ start, end: start + name.length, entity: id });
      return { id, name, type: 'place', aliases: [], mentions: [at(first), at(second >= 0 ? second : text.lastIndexOf(name))], why: [] };
    });
    return { text, entities };
  }

  it('Counts each mention once however many entities one sentence names', () => {
    const steps = (n: number) => {
      const { text, entities } = listOf(n);
      const work = { steps: 0 };
      const claims = scoreClaims({
        text,
        sentences: sentenceColumns([{ start: 0, end: text.length, block: 0 }]),
        blocks: [{ start: 0, end: text.length, kind: 'paragraph', section: null }],
        sections: [],
        figures: [],
        figureSentence: [],
        entities,
        work,
      });
      assert.equal(claims[0].entities.length, n);
      return work.steps;
    };
    const small = steps(1000);
    const large = steps(2000);
    assert.ok(large <= 2.1 * small, `work grew from ${small} to ${large} for twice the names`);
  });
});
