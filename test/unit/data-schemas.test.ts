import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';

const DATA = 'src/core/lexicon/data';
const SCHEMAS = 'schemas/data';

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const names = readdirSync(DATA)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.slice(0, -'.json'.length));

/** A validator for one data file's schema, with every error listed. */
function validator(name: string) {
  const ajv = new Ajv({ allErrors: true, strict: true });
  return ajv.compile(read(join(SCHEMAS, `${name}.schema.json`)) as object);
}

function problems(name: string, data: unknown): string[] {
  const validate = validator(name);
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

describe('Data files and their schemas', () => {
  it('Has data files to check', () => assert.ok(names.length >= 10));

  it('Gives every data file a schema, and every schema a data file', () => {
    assert.deepEqual(
      names.filter((name) => !existsSync(join(SCHEMAS, `${name}.schema.json`))),
      [],
      'data files without a schema in schemas/data/',
    );
    const orphans = readdirSync(SCHEMAS)
      .filter((file) => file.endsWith('.schema.json'))
      .map((file) => file.slice(0, -'.schema.json'.length))
      .filter((name) => !names.includes(name));
    assert.deepEqual(orphans, [], 'schemas with no data file');
  });

  for (const name of names) {
    it(`Validates ${name}.json against its schema`, function () {
      if (!existsSync(join(SCHEMAS, `${name}.schema.json`))) this.skip();
      assert.deepEqual(problems(name, read(join(DATA, `${name}.json`))), []);
    });
  }

  // The schemas are precise: a misspelt key or a wrong type is caught, not ignored.
  it('Rejects a category file with an unknown category or a weight that is no number', () => {
    const data = read(join(DATA, 'categories.json')) as Record<string, Record<string, unknown>>;
    assert.ok(problems('categories', { ...data, economics: { trade: 1 } }).length > 0, 'unknown category');
    assert.ok(problems('categories', { ...data, military: { army: 'high' } }).length > 0, 'weight as text');
    const { military: _military, ...missing } = data;
    assert.ok(problems('categories', missing).length > 0, 'a missing category');
  });

  it('Rejects a role file whose cue list is misnamed', () => {
    const data = read(join(DATA, 'roles.json')) as Record<string, unknown>;
    assert.ok(problems('roles', { ...data, contrast: { begin: ['but'], anywhere: [] } }).length > 0);
  });

  it('Rejects an abbreviation written with its dot or in capitals, and lists each in one place only', () => {
    const data = read(join(DATA, 'abbreviations.json')) as { keepDot: string[]; other: string[] };
    assert.ok(problems('abbreviations', { ...data, other: [...data.other, 'gen.'] }).length > 0, 'with its dot');
    assert.ok(problems('abbreviations', { ...data, other: [...data.other, 'Gen'] }).length > 0, 'in capitals');
    assert.deepEqual(data.keepDot.filter((word) => data.other.includes(word)), [], 'in both lists');
  });
});
