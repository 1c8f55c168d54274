import { strict as assert } from 'node:assert';
import { read, summary } from './entities-helpers';

/**
 * A name whose complement is a list is one name, not fragments (issue #13, session 12's boundary classes):
 * the tail after "and" or a comma is no name of its own; after a bracketed acronym or "and the" a new name begins.
 */
describe('Entity boundaries — lists inside names', () => {
  it('entity:complement-list — a list with a comma before "and" is read whole, to where its capitals end', () => {
    const text = 'The Committee on Shipping, Fisheries, and Inland Waterways in Rotterdam met on Monday.';
    const found = read(text);
    const committee = found.find((e) => e.name === 'Committee on Shipping, Fisheries, and Inland Waterways');
    assert.equal(committee?.type, 'organization', summary(text, found).join('\n'));
    assert.ok(committee.why.some((r) => r.rule === 'entity:complement-list'), JSON.stringify(committee.why));
    assert.ok(!found.some((e) => e.name === 'Inland Waterways' || e.name === 'Fisheries'), summary(text, found).join('\n'));
  });

  it('a head word alone closing the list names nothing on its own ("… Tourism and Energy"); a listed name still ends the list', () => {
    const text = 'She wrote to the Committee on Fisheries, Tourism and Energy (FITE) about quotas. FITE replied. The Ministry of Ports, Poland and NATO agreed.';
    const found = read(text);
    const names = found.map((e) => e.name);
    assert.ok(names.includes('Committee on Fisheries, Tourism and Energy'), summary(text, found).join('\n'));
    assert.ok(!names.includes('Tourism and Energy') && !names.includes('Committee on Fisheries'), summary(text, found).join('\n'));
    assert.ok(names.includes('Ministry of Ports') && names.includes('NATO'), summary(text, found).join('\n'));
  });

  it('entity:office-list — an office whose complement closes with "and" and a last item is read whole; a title after "and" is not', () => {
    const text =
      'He wrote to the Secretary of State for Rivers and Hydrology last week. ' +
      'The Minister for Energy Security and Net Zero replied. The Secretary of Defense and General Amara Obi spoke.';
    const found = read(text);
    const names = found.map((e) => e.name);
    for (const tail of ['Hydrology', 'Net Zero']) assert.ok(!names.includes(tail), summary(text, found).join('\n'));
    assert.equal(found.find((e) => e.name.endsWith('Amara Obi'))?.type, 'person', summary(text, found).join('\n'));
  });

  it('a bracketed acronym ends its name: after "and" comes another one, and so after "and the"', () => {
    const text =
      'Funding went to the Harbour Research Laboratory (HRL) and Kestrel National Laboratories last year. ' +
      'Cargo is screened at the Port of Harwich and the Felton terminal.';
    const found = read(text);
    const names = found.map((e) => e.name);
    assert.ok(names.includes('Harbour Research Laboratory') && names.includes('Kestrel National Laboratories'), summary(text, found).join('\n'));
    assert.equal(found.find((e) => e.name === 'Harbour Research Laboratory')?.aliases.includes('HRL'), true);
    assert.ok(names.includes('Port of Harwich'), summary(text, found).join('\n'));
    assert.ok(!names.some((n) => / and (the )?[A-Z]/.test(n)), summary(text, found).join('\n'));
  });
});
