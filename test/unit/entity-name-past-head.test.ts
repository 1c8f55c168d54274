import { strict as assert } from 'node:assert';
import { read, summary } from './entities-helpers';

/**
 * A head word inside a run of capitals does not end the name when plain capitalised words go on to the
 * run's end inside a sentence (entity:name-past-head, issue #13): the reader sees one name, not a body and a stray word.
 */
describe('Entity boundaries — a name that goes on past a head inside it', () => {
  it('entity:name-past-head — "Coastal Fleet Auxiliary", "Energy Advice Helpline" are whole names, their head word inside', () => {
    const text = 'Crews from the Coastal Fleet Auxiliary joined the drill. Households may call the Energy Advice Helpline before winter.';
    const found = read(text);
    const fleet = found.find((e) => e.name === 'Coastal Fleet Auxiliary');
    assert.equal(fleet?.type, 'organization', summary(text, found).join('\n'));
    assert.ok(fleet.why.some((r) => r.rule === 'entity:name-past-head'), JSON.stringify(fleet.why));
    assert.ok(found.some((e) => e.name === 'Energy Advice Helpline'), summary(text, found).join('\n'));
    assert.ok(!found.some((e) => ['Coastal Fleet', 'Auxiliary', 'Helpline'].includes(e.name)), summary(text, found).join('\n'));
  });

  it('no name goes past its head after "for" or a label\'s colon, before a plural, or where a head closes the run after "and"', () => {
    const text =
      'Next week. Panel: Energy Security in Nordic Europe at noon. She is Deputy Secretary for Energy Security at the ministry. In March the Energy Suppliers raised prices. ' +
      'The Energy Security and Net Zero Committee met.';
    const found = read(text);
    for (const name of ['Energy Security', 'Energy Suppliers']) assert.ok(!found.some((e) => e.name === name), `${name}\n${summary(text, found).join('\n')}`);
  });

  it('a name listed after "and" still goes past its head ("Halvex Systems and Network Rail")', () => {
    const text = 'Firms such as Halvex Systems and Network Rail agreed to the terms.';
    const found = read(text);
    assert.equal(found.find((e) => e.name === 'Network Rail')?.type, 'organization', summary(text, found).join('\n'));
    assert.ok(!found.some((e) => e.name === 'Rail'), summary(text, found).join('\n'));
  });
});
