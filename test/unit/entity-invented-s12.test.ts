import { strict as assert } from 'node:assert';
import { read, summary } from './entities-helpers';

/**
 * What the recogniser listed as names that a reader would not (issue #13, session 12's precision classes):
 * each rule on sentences written here.
 */
describe('Entity precision — session 12 classes', () => {
  it('legal forms in capitals ("SARL", "JSC") end a company name; they are no acronym of their own', () => {
    const text =
      'The committee may list Tembe River Exports SARL and the Oruzu Cooperative. ' +
      'Auditors met Khongor Coal Holdings JSC and the central bank, and Tembe River Exports SARL replied.';
    const found = read(text);
    const names = found.map((e) => e.name);
    assert.ok(names.includes('Tembe River Exports SARL') && names.includes('Khongor Coal Holdings JSC'), summary(text, found).join('\n'));
    assert.ok(!names.includes('SARL') && !names.includes('JSC') && !names.includes('Tembe River Exports'), summary(text, found).join('\n'));
    assert.equal(found.find((e) => e.name === 'Tembe River Exports SARL')?.type, 'organization');
  });

  it('entity:machine-name — a model before a kind of vehicle or craft is no name; a group also named in a longer name stays', () => {
    const text =
      'Two Corvane T7 fighters landed at the base in Ostrava, and the old Marten and Gliss vehicles will be retired. ' +
      'A Velkor missile struck a tanker; the Velkor movement claimed the attack. The Tarnow Institute said so.';
    const found = read(text);
    const names = found.map((e) => e.name);
    for (const model of ['Corvane', 'Marten', 'Gliss']) assert.ok(!names.includes(model), summary(text, found).join('\n'));
    assert.ok(names.includes('Ostrava') && names.includes('Tarnow Institute'), summary(text, found).join('\n'));
    assert.ok(names.includes('Velkor'), summary(text, found).join('\n'));
  });

  it('a name stops before "on" and a month or a weekday (the calendar words of words.json are never name words)', () => {
    const text = 'The director told the Senate Subcommittee on Harbour Works on March 4 that the Dorvak Assembly on Friday approved the plan.';
    const found = read(text);
    const names = found.map((e) => e.name);
    assert.ok(names.includes('Senate Subcommittee on Harbour Works'), summary(text, found).join('\n'));
    assert.ok(!names.some((n) => / on (March|Friday)$/.test(n)), summary(text, found).join('\n'));
  });
});
