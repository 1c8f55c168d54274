import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../src/core/analyse';
import { SHARED } from './helpers';
import { FIGURE_KINDS } from '../../src/core/model/columns';
import { RULE_SOURCES, RULE_TEXTS, RuleTexts, cueRule, describeReason, humaniseRule } from '../../src/core/lexicon/rules';

/** Rows as the analysers' data files write them: some with a domain in the id, some from a file that gives it. */
const texts = new RuleTexts([
  {
    rows: [
      { id: 'entity:place-after-port-of', says: "named after 'the port of'" },
      { id: 'figure:unit-after-number', says: "a number before '{words}'" },
    ],
  },
  { domain: 'entity', rows: [{ id: 'in-countries', says: 'in the list of countries' }, { id: 'no-text' }] },
  { domain: 'figure', rows: [{ id: 'figure:unit-after-number', says: 'a number before a unit' }] },
]);

describe('Rule texts (what a reason means to a reader)', () => {
  it('Describes a reason by the phrase of its rule’s row', () => {
    assert.equal(describeReason({ rule: 'entity:place-after-port-of', weight: 2 }, texts), "named after 'the port of'");
    // A row written without its domain is found under it.
    assert.equal(describeReason({ rule: 'entity:in-countries', weight: 3, about: 'type' }, texts), 'in the list of countries');
  });

  it('Puts the words a rule matched where its phrase asks for them, and leaves the quote out when none were recorded', () => {
    assert.equal(describeReason({ rule: 'figure:unit-after-number', weight: 1, words: 'troops' }, texts), "a number before 'troops'");
    assert.equal(describeReason({ rule: 'figure:unit-after-number', weight: 1 }, texts), 'a number before');
  });

  it('Reads an unknown rule as its id in words, with the words it matched', () => {
    assert.equal(humaniseRule('entity:place-after-port-of'), 'place after port of');
    assert.equal(describeReason({ rule: 'entity:no-text', weight: 1 }, texts), 'no text');
    assert.equal(describeReason({ rule: 'claim:strong_modal', weight: 1, words: 'must  not' }, texts), "strong modal 'must not'");
  });

  it('Keeps the first row of an id given twice, and names it', () => {
    assert.equal(texts.says('figure:unit-after-number'), "a number before '{words}'");
    assert.deepEqual(texts.duplicates, ['figure:unit-after-number']);
  });

  it('Has a phrase for every rule a claim cue stands for, and no id twice in the built-in rows', () => {
    assert.equal(cueRule('troops'), undefined);
    assert.equal(cueRule('figure:money'), 'claim:figure-money');
    for (const term of ['figure:money', 'figure:percent', 'figure:forces', 'entities:places']) {
      assert.ok(RULE_TEXTS.says(cueRule(term)!), term);
    }
    assert.deepEqual(RULE_TEXTS.duplicates, []);
    assert.ok(RULE_SOURCES.length > 0);
  });

  it('Has a phrase for the evidence cue of every kind of figure (a figure makes a claim evidence by its kind)', () => {
    for (const kind of FIGURE_KINDS) assert.ok(RULE_TEXTS.says(cueRule(`figure:${kind}`)!), kind);
  });

  it('Knows the phrase of every rule row with one in the lexicon data (a data file of rules is listed as a source)', () => {
    const folder = 'src/core/lexicon/data';
    const rows: { file: string; id: string }[] = [];
    const walk = (file: string, value: unknown): void => {
      if (Array.isArray(value)) value.forEach((v) => walk(file, v));
      else if (value && typeof value === 'object') {
        const row = value as { id?: unknown; says?: unknown };
        if (typeof row.id === 'string' && typeof row.says === 'string') rows.push({ file, id: row.id });
        else Object.values(value).forEach((v) => walk(file, v));
      }
    };
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.json'))) walk(file, JSON.parse(readFileSync(join(folder, file), 'utf8')));
    assert.ok(rows.length > 0);
    const known = (id: string) => ['', 'entity:', 'figure:', 'claim:', 'role:', 'guard:', 'policy:'].some((domain) => RULE_TEXTS.says(domain + id) !== undefined);
    assert.deepEqual(rows.filter((r) => !known(r.id)).map((r) => `${r.file}: ${r.id}`), []);
  });

  it('Has a reader’s phrase for every rule the analysers name on the sample documents', () => {
    const unknown = new Set<string>();
    for (const name of ['belarus-dilemma.txt', 'crs/us-space-force.md', 'crs/copper-tariffs.md']) {
      const path = join(SHARED, 'samples', name);
      const analysis = analyse(readFileSync(path, 'utf8'), { hint: path });
      for (const part of [...analysis.claims, ...analysis.entities, ...analysis.figures]) {
        for (const reason of part.why) if (RULE_TEXTS.says(reason.rule) === undefined) unknown.add(reason.rule);
      }
    }
    assert.deepEqual([...unknown].sort(), []);
  });
});
