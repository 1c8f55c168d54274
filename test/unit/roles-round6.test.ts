import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { roleIn } from './roles-helpers';

/**
 * Role classes of session 13, read first on session 12's six blind documents
 * and counted on the fourteen before them: a lettered item that puts an action
 * forward is a recommendation (its letter is the layout's label, see
 * layout-letters-rules.test.ts), not the article 'a' that opens a named item; a verb of saying
 * right after an article or a preposition is an adjective ('the proposed
 * rule', 'in proposed supplement 8'), not a report; and a paragraph or item
 * that opens with 'Whether …' names a question even where it holds a figure
 * or a date.
 */

describe('Roles of session 13 (the six newest documents first)', () => {
  const items = 'The harbour board should:\n\na)  dredge the channel to twelve metres before the winter;\n\nb)  the tolls and dues charged at the quay;\n\n(c) publish the pilots\' roster every month.\n\nShips wait.';
  it('Reads a lettered item that puts an action forward as a recommendation, in markdown as in text without markup', () => {
    // The layout reads the letter as a label outside the item (headings.json paragraph:letter-item): the role reads the item alone.
    const analysis = analyse(items, { format: 'markdown' });
    const claim = analysis.claims.find((c) => items.slice(c.start, c.end).includes('dredge the channel'));
    assert.ok(claim);
    assert.equal(claim.role, 'thesis');
    assert.deepEqual(claim.why.filter((r) => r.about === 'role').map((r) => r.rule), ['role:list-recommendation']);
    assert.deepEqual(roleIn(items, 'publish the pilots'), { role: 'thesis', rule: 'role:list-recommendation' });
  });
  it('Still reads a lettered item that names a thing as a named item', () => {
    assert.deepEqual(roleIn(items, 'the tolls and dues'), { role: 'statement', rule: 'role:list-named-item' });
  });
  it('Reads "proposed" after an article or a preposition as no report', () => {
    const text = 'The harbour is full.\n\nThe proposed quay would take ships of every size. Under the proposed rule, pilots board at the outer buoy. Ships wait.';
    assert.notEqual(roleIn(text, 'The proposed quay').rule, 'role:reported-speech');
    assert.notEqual(roleIn(text, 'Under the proposed rule').rule, 'role:reported-speech');
  });
  it('Still reads a named speaker who proposed something as reported speech', () => {
    const text = 'The harbour is full.\n\nThe port authority of Gdansk has proposed a second quay. Ships wait.';
    assert.deepEqual(roleIn(text, 'has proposed a second quay'), { role: 'evidence', rule: 'role:reported-speech' });
  });
  it('Reads a paragraph opening with "Whether" as a question named, with a figure or a date in it', () => {
    const text = 'Two questions will decide the harbour\'s future:\n\nWhether a toll of 5 percent would drive the ferries to Riga.\n\nWhether the port applies the rules it drafted in 2024 to every ship.\n\nShips wait.';
    assert.deepEqual(roleIn(text, 'toll of 5 percent'), { role: 'statement', rule: 'role:open-question-measured' });
    assert.deepEqual(roleIn(text, 'drafted in 2024'), { role: 'statement', rule: 'role:open-question-dated' });
  });
});
