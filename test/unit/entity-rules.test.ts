import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TextUnit } from '../../src/core/parse/units';
import { entityRuleSays, findEntities } from '../../src/core/entities';
import type { RuleRow } from '../../src/core/entities/compile';
import { BUILT_IN, compileEntityLexicon } from '../../src/core/entities/lexicon';
import { splitSentences } from '../../src/core/parse/sentences';
import { analyse } from '../../src/core/analyse';
import { shared } from './helpers';

function sentences(text: string): TextUnit[] {
  return splitSentences(text, 0, text.length).map((s) => ({ ...s, block: 0, body: true }));
}

/** `type name` of every entity of a one-paragraph text, read with the built-in lexicon or `lexicon`. */
function typed(text: string, lexicon = compileEntityLexicon()): string[] {
  return findEntities(text, sentences(text), undefined, { lexicon }).map((e) => `${e.type} ${e.name}`);
}

/** The entity named `name` in a one-paragraph text. */
function entity(text: string, name: string) {
  const found = findEntities(text, sentences(text)).find((e) => e.name === name);
  assert.ok(found, `no entity "${name}"`);
  return found;
}

describe('Entity rules as data', () => {
  it('Types a name differently when a context word is added to the data, with no code change', () => {
    const text = 'The delegation travelled beyond Zarvostan last week. Zarvostan stayed quiet.';
    assert.deepEqual(typed(text), ['other Zarvostan']);
    const cues = { ...BUILT_IN.cues, placeBefore: { ...BUILT_IN.cues.placeBefore, beyond: 2 } };
    assert.deepEqual(typed(text, compileEntityLexicon({ ...BUILT_IN, cues })), ['place Zarvostan']);
  });

  it('Types a name by a new pattern row added to the rules, and names the row in why', () => {
    const text = 'A spokesman for Velkaria denied it.';
    assert.deepEqual(typed(text), ['other Velkaria']);
    const row: RuleRow = {
      id: 'entity:spokesman-for',
      type: 'organization',
      weight: 3,
      says: "after 'a spokesman for'",
      pattern: [{ word: 'spokesman' }, { word: 'for' }, { name: true, kinds: ['unknown'] }],
    };
    const lexicon = compileEntityLexicon({ ...BUILT_IN, rules: { rules: [...BUILT_IN.rules.rules, row] } });
    const [velkaria] = findEntities(text, sentences(text), undefined, { lexicon });
    assert.equal(velkaria.type, 'organization');
    assert.deepEqual(velkaria.why[0], { rule: 'entity:spokesman-for', weight: 3, about: 'organization', words: 'spokesman for' });
  });

  it('Says why a person is a person: the title before the name, the words after a mention, and the surname that joined', () => {
    const lukashenko = entity('Talks went on. President Aleksandr Lukashenko met them. Lukashenko said no.', 'Aleksandr Lukashenko');
    assert.equal(lukashenko.type, 'person');
    assert.deepEqual(lukashenko.why, [
      { rule: 'entity:title-before-name', weight: 6, about: 'person', words: 'President' },
      { rule: 'entity:person-after', weight: 1, about: 'person', words: 'said' },
      { rule: 'entity:surname', weight: 1 },
    ]);
  });

  it('Sums a rule over the mentions of a name, strongest rule first', () => {
    const text = 'Trade passed through Kyzylbek. Farmers in Kyzylbek and near Kyzylbek agreed, as in Kyzylbek.';
    const kyzylbek = entity(text, 'Kyzylbek');
    assert.equal(kyzylbek.type, 'place');
    assert.deepEqual(kyzylbek.why, [{ rule: 'entity:place-before', weight: 6.2, about: 'place', words: 'through, in, near' }]);
  });

  it('Lists a gazetteer name by its listing, and an acronym defined in parentheses by the merge', () => {
    assert.deepEqual(entity('Belarus borders Poland.', 'Belarus').why, [{ rule: 'entity:listed', weight: 10, about: 'place' }]);
    const text = 'The Nordic Defence Cooperation (NORDEFCO) met. NORDEFCO agreed.';
    const nordefco = findEntities(text, sentences(text)).find((e) => e.aliases.includes('NORDEFCO'));
    assert.ok(nordefco?.why.some((r) => r.rule === 'entity:acronym-defined'));
  });

  it('Has one row for every rule the code names, each with a reader’s phrase', () => {
    const rows = new Map(BUILT_IN.rules.rules.map((r) => [r.id, r]));
    assert.equal(rows.size, BUILT_IN.rules.rules.length, 'rule ids are unique');
    for (const row of rows.values()) {
      assert.match(row.id, /^entity:[a-z]+(?:-[a-z]+)*$/);
      assert.ok(row.says.length > 5, `${row.id} says what it means`);
    }
    const dir = 'src/core/entities';
    for (const file of readdirSync(dir)) {
      for (const [id] of readFileSync(join(dir, file), 'utf8').matchAll(/'entity:[a-z-]+'/g)) {
        assert.ok(rows.has(id.slice(1, -1)), `${file} names ${id}, which has no row`);
      }
    }
  });

  it('Says why every entity of every sample has its type, with rules that argue for that type', () => {
    for (const path of ['samples/belarus-dilemma.txt', 'samples/crs/us-space-force.md', 'samples/crs/copper-tariffs.md', 'samples/crs/china-five-year-plan.md']) {
      const { entities } = analyse(shared(path), { format: path.endsWith('.md') ? 'markdown' : 'plain' });
      for (const e of entities) {
        assert.ok(e.why.length > 0 && e.why[0].about === e.type, `${path}: ${e.type} ${e.name} says ${JSON.stringify(e.why)}`);
        for (const r of e.why) assert.ok(entityRuleSays(r.rule), `${r.rule} has a row`);
      }
    }
  });

  it('Explains each rule of why in words a reader understands', () => {
    const [astrakhan] = findEntities('Talks were held near Astrakhan.', sentences('Talks were held near Astrakhan.'));
    assert.equal(entityRuleSays(astrakhan.why[0].rule), "after a word such as 'in' or 'near'");
    assert.equal(entityRuleSays('entity:no-such-rule'), undefined);
  });

  it('Rejects a rule row of an unknown type with a message naming it', () => {
    const bad = { id: 'entity:bad', type: 'country', weight: 1, says: 'x' };
    assert.throws(() => compileEntityLexicon({ ...BUILT_IN, rules: { rules: [...BUILT_IN.rules.rules, bad] } }), /"entity:bad".*"country"/);
  });
});

describe('Entities in linear time', () => {
  const given = ['Anna', 'Boris', 'Carla', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hiro'];
  const surname = (i: number) => `Z${(i * 7919).toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)])}ov`;
  /** Steps of work for `n` names made by `name`, joined by `separator`, read as one sentence. */
  function steps(n: number, name: (i: number) => string, separator: string): number {
    const text = `${Array.from({ length: n }, (_, i) => name(i)).join(separator)}.`;
    const work = { steps: 0 };
    findEntities(text, [{ start: 0, end: text.length, block: 0, body: true }], undefined, { work });
    return work.steps;
  }
  const lists: [string, (i: number) => string, string][] = [
    ['names and commas', (i) => `${given[i % 8]} ${surname(i)}`, ', '],
    ['names, one a line', (i) => `${given[i % 8]} ${surname(i)}`, '\n'],
    ['titled names, one a line', (i) => `President ${given[i % 8]} ${surname(i)}`, '\n'],
    ['ministries, one a line', (i) => `${surname(i)} Ministry`, '\n'],
    ['unknown names and "and"', (i) => surname(i), ' and '],
  ];
  for (const [what, name, separator] of lists) {
    it(`Does twice the work for twice as many ${what}, not four times`, () => {
      const small = steps(5000, name, separator);
      const large = steps(10000, name, separator);
      assert.ok(large / small < 2.2, `${small} steps for 5,000, ${large} for 10,000`);
    });
  }
});
