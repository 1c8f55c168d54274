import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import Ajv from 'ajv';

/** The data files the entity recogniser compiles its lexicon from. */
const ENTITY_DATA = ['words', 'heads', 'titles', 'cues', 'places', 'organizations', 'demonyms', 'first-names', 'entity-rules', 'legislation'];

describe('Entity data files', () => {
  for (const name of ENTITY_DATA) {
    it(`Validates ${name}.json against its schema`, () => {
      const schemaFile = `schemas/data/${name}.schema.json`;
      assert.ok(existsSync(schemaFile), `${schemaFile} is missing`);
      const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
      const data: unknown = JSON.parse(readFileSync(`src/core/lexicon/data/${name}.json`, 'utf8'));
      assert.ok(validate(data), JSON.stringify(validate.errors?.slice(0, 3)));
    });
  }

  it('Rejects a rule row that names no type and a list entry given twice', () => {
    const rules = new Ajv({ strict: false }).compile(JSON.parse(readFileSync('schemas/data/entity-rules.schema.json', 'utf8')));
    assert.equal(rules({ rules: [{ id: 'entity:no-type', weight: 1, says: 'no type given' }] }), false);
    const words = new Ajv({ strict: false }).compile(JSON.parse(readFileSync('schemas/data/demonyms.schema.json', 'utf8')));
    assert.equal(words({ national: ['Chinese', 'Chinese'], regional: [] }), false);
  });
});
