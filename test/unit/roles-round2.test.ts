import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';

/**
 * Role classes shared by documents of different writers (the second round on
 * the six newest development documents): a judgement right after its
 * paragraph's thesis argues for it, a proposal of legislators is an option put
 * forward, and what critics hold in a text that argues is the other side.
 */

/** The role of the claim holding `sentence` in plain `text`, and the rule that gave it. */
function roleIn(text: string, sentence: string): { role: string; rule: string | undefined } {
  const analysis = analyse(text, { format: 'plain' });
  const claim = analysis.claims.find((c) => text.slice(c.start, c.end).includes(sentence));
  assert.ok(claim, `no claim holds "${sentence}"`);
  return { role: claim.role, rule: claim.why.find((r) => r.about === 'role')?.rule };
}

/** A report that describes (few of its sentences argue), ending with a paragraph the cases replace. */
const REPORT = [
  'The harbour authority runs four tugboats. Each tugboat has a crew of five. The tugboats were built in the 1990s.',
  'The authority publishes a yearly report. The report lists every tow and its length. Most tows take under an hour.',
  'Pilots board ships at the outer buoy. A pilot boat carries them out. The pilot boat was refitted last year.',
  'The harbour has two basins. The inner basin takes ferries. The outer basin takes tankers and bulk carriers.',
  'LAST',
].join('\n\n');

describe('Roles the newest development documents share with the older ones', () => {
  it('Reads a judgement right after the thesis of its paragraph as a reason for it', () => {
    const text = 'The harbour needs a second tug. A single tug cannot cover both basins in a storm. Crews train.';
    assert.deepEqual(roleIn(text, 'cannot cover'), { role: 'reason', rule: 'role:judgement-after-thesis' });
  });
  it('Keeps the same judgement a thesis where the sentence before it tells a fact, not a claim', () => {
    const text = 'The harbour needs a second tug. Ships from Riga waited in Gdansk for two days. A single tug cannot cover both basins in a storm. Crews train.';
    assert.deepEqual(roleIn(text, 'cannot cover'), { role: 'thesis', rule: 'role:judgement' });
  });
  it('Reads what legislators have proposed as an option put forward, in a report and in an argued text', () => {
    const report = REPORT.replace('LAST', 'Some Members have proposed funding a fifth tugboat. Others caution that the crews are too few.');
    assert.deepEqual(roleIn(report, 'Some Members have proposed'), { role: 'thesis', rule: 'role:members-propose' });
    const argued = 'The harbour needs a second tug. Lawmakers have proposed paying for it from port fees. Crews train.';
    assert.deepEqual(roleIn(argued, 'Lawmakers have proposed'), { role: 'thesis', rule: 'role:members-propose' });
  });
  it('Reads what critics hold, where the text argues its own line, as the other side', () => {
    const text = 'The harbour should buy a second tug. Critics will say that leasing one would cost less. The harbour should buy it all the same.';
    assert.deepEqual(roleIn(text, 'Critics will say'), { role: 'contrast', rule: 'role:opposing-view-opening' });
    const argued = 'The harbour should buy a second tug. Its crews are ready. Some have argued that the old tug will last another decade.';
    assert.deepEqual(roleIn(argued, 'Some have argued'), { role: 'contrast', rule: 'role:opposing-view-opening' });
  });
  it('Keeps what critics hold as reported evidence in a report that describes', () => {
    const report = REPORT.replace('LAST', 'Critics say that the tugboats are too old. The authority plans a survey.');
    assert.deepEqual(roleIn(report, 'Critics say'), { role: 'evidence', rule: 'role:reported-view' });
  });
  it('Keeps what supporters hold as reported evidence, not the other side', () => {
    const text = 'The harbour should buy a second tug. Supporters say that a new tug pays for itself. Crews train.';
    assert.deepEqual(roleIn(text, 'Supporters say'), { role: 'evidence', rule: 'role:reported-view' });
  });
  it('Reads a speaker saying what comes next as a signpost, not a claim', () => {
    const text = 'Thank you for coming. Let me give you one case from the harbour. A tanker waited four days for a tug.';
    assert.deepEqual(roleIn(text, 'Let me give you'), { role: 'statement', rule: 'role:speaker-announces' });
    const speech = 'Ports matter. I want to begin with a story from the night shift. The crane stopped at midnight.';
    assert.deepEqual(roleIn(speech, 'I want to begin with'), { role: 'statement', rule: 'role:speaker-announces' });
  });
  it('Reads what the speaker wants or proposes, even with a figure in it, as a thesis', () => {
    const text = 'Ports matter. I want half of the tugs in the harbour running on electricity by 2030. Crews train.';
    assert.deepEqual(roleIn(text, 'I want half'), { role: 'thesis', rule: 'role:commitment' });
    const cost = 'Ports matter. The fund I propose would cost about €40 million a year. Crews train.';
    assert.deepEqual(roleIn(cost, 'I propose'), { role: 'thesis', rule: 'role:commitment' });
  });
});
