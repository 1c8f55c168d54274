import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { roleIn } from './roles-helpers';

/**
 * The register (roles.json `register`): a document where few sentences argue
 * is read as descriptive. A meeting summary argues through its participants
 * ('Several participants felt that …', 'Most participants felt that …'):
 * those views count as arguing sentences, as 'we argue' does, so a summary
 * with a few such views and a short list of takeaways is an argued text, and
 * its takeaways are its theses. The fixture is our own roundtable summary.
 */
const SUMMARY = readFileSync(join(process.cwd(), 'test', 'fixtures', 'roles-register', 'uplands-water-roundtable.md'), 'utf8');

describe("The register counts a meeting summary's participant views as arguing (session 19)", () => {
  it("Reads a summary's takeaway that opens its section ('Storage, licences and leakage are one problem, not three.') as a thesis when its participants argue, not as a described statement", () => {
    assert.deepEqual(roleIn(SUMMARY, 'Storage, licences and leakage', 'markdown'), { role: 'thesis', rule: 'role:section-opening' });
    assert.equal(roleIn(SUMMARY, 'Several participants felt', 'markdown').role, 'thesis');
  });
});
