import { strict as assert } from 'node:assert';
import { roleIn } from './roles-helpers';
import { analyse } from '../../src/core/analyse';

/**
 * Role classes shared by documents of different writers (the second round on
 * the six newest development documents): a judgement right after its
 * paragraph's thesis argues for it, a proposal of legislators is an option put
 * forward, and what critics hold in a text that argues is the other side.
 * The third round (session 10, the five newest first): the authors telling how
 * they did their own study is method, a plain "But" naming no one in an argued
 * text is the author's answer, and a report that describes a debate sets
 * critics on the other side and what analysts argue as a position put forward.
 */


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
  it('Reads what critics hold as the other side in a report that describes too (the debate it sets out)', () => {
    const report = REPORT.replace('LAST', 'Critics say that the tugboats are too old. The authority plans a survey.');
    assert.deepEqual(roleIn(report, 'Critics say'), { role: 'contrast', rule: 'role:described-opposing-view' });
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

/** A report on a canal that describes (few of its sentences argue); LAST is replaced by each case's paragraph. */
const CANAL = [
  'The canal authority keeps nine locks. Each lock is staffed by two keepers. The locks were rebuilt in the 1980s.',
  'Barges pay a toll at the first lock. The toll depends on the barge length. Most barges carry grain or gravel.',
  'Dredgers clear the channel every spring. A survey boat measures the depth. The survey boat is twenty years old.',
  'The canal has a towpath. Cyclists use it in summer. The towpath floods in wet winters.',
  'LAST',
].join('\n\n');

describe('Roles the five newest development documents share with the nine before them', () => {
  it('Reads the authors telling how they did their study as method, not evidence, even with a date or a count in it', () => {
    const text = 'The canal needs new gates. We interviewed 14 lock keepers and reviewed the repair logs of 2019 to 2024. The gates leak at every lock.';
    assert.deepEqual(roleIn(text, 'We interviewed'), { role: 'statement', rule: 'role:own-method' });
    const opening = 'The canal needs new gates.\n\nTo address these objectives, we analyzed toll data for 2023. Barges paid €4 million in tolls.';
    assert.deepEqual(roleIn(opening, 'we analyzed'), { role: 'statement', rule: 'role:own-method' });
  });
  it('Keeps a figure the authors found as evidence where they only mention their review in passing', () => {
    const text = 'The canal needs new gates. Of the 40 repairs we reviewed, 31 concerned the gates. The gates leak at every lock.';
    assert.equal(roleIn(text, 'Of the 40 repairs').role, 'evidence');
  });
  it('Reads a plain "But" that answers a point granted in an argued text as the author\'s answer', () => {
    const text = 'The canal should replace its gates. Repairs are cheaper this year, and I accept that. But patched gates fail again within a decade. The keepers agree.';
    assert.deepEqual(roleIn(text, 'But patched gates'), { role: 'thesis', rule: 'role:answering-turn' });
  });
  it('Keeps a "However" or "By contrast" opening in the body of an argued text as the other side', () => {
    const text = 'The canal should replace its gates. Repairs are cheaper this year. However, the keepers say the old gates still hold. The keepers agree.';
    assert.deepEqual(roleIn(text, 'However, the keepers'), { role: 'contrast', rule: 'role:contrast-opening' });
  });
  it('Reads critics and opponents in a report that describes as the other side of the debate it sets out', () => {
    const report = CANAL.replace('LAST', 'Supporters describe the tolls as fair. Opponents counter that the tolls drive freight onto lorries.');
    assert.deepEqual(roleIn(report, 'Opponents counter'), { role: 'contrast', rule: 'role:described-opposing-view' });
    assert.deepEqual(roleIn(report, 'Supporters describe'), { role: 'evidence', rule: 'role:reported-view' });
  });
  it('Reads what analysts argue in a report that describes as a position put forward', () => {
    const report = CANAL.replace('LAST', 'Some analysts argue that the toll is too low to pay for the dredging. The authority reviews the toll each year.');
    assert.deepEqual(roleIn(report, 'Some analysts argue'), { role: 'thesis', rule: 'role:described-argued-view' });
  });
  it('Reads what the parties of a joint statement do in their own name as what it puts forward', () => {
    const text = 'The ministers of Estonia and Finland met in Tallinn. The ministers welcomed the new ferry link between the two capitals. They called on the European Commission to fund a second icebreaker. Ice closed the port for 40 days in 2024.';
    assert.deepEqual(roleIn(text, 'ministers welcomed'), { role: 'thesis', rule: 'role:parties-act' });
    assert.deepEqual(roleIn(text, 'They called on'), { role: 'thesis', rule: 'role:parties-act' });
  });
  it('Keeps what a named official or another body welcomed as a report of what they said', () => {
    const text = 'The ministers of Estonia and Finland met in Tallinn. The harbour master of Tallinn welcomed the new ferry link between the two capitals. Ice closed the port for 40 days in 2024.';
    assert.deepEqual(roleIn(text, 'harbour master'), { role: 'evidence', rule: 'role:reported-speech' });
    // the parties open the sentence, but what is welcomed is another's act, in a later clause
    const later = 'The ministers of Estonia and Finland met in Tallinn. The ministers also discussed the ferry timetable, and the mayor of Tallinn welcomed the new link. Ice closed the port for 40 days in 2024.';
    assert.notEqual(roleIn(later, 'also discussed').rule, 'role:parties-act');
  });
  it('Reads the writer granting a point in the first person, or judging the other side right, as a concession', () => {
    const text = 'The canal should replace its gates. I take the point that new gates cost more. Opponents are right that the work will close the canal for a month. Patched gates fail within a decade.';
    assert.deepEqual(roleIn(text, 'I take the point'), { role: 'concession', rule: 'role:speaker-grants' });
    assert.deepEqual(roleIn(text, 'Opponents are right'), { role: 'concession', rule: 'role:speaker-grants' });
  });
  it('Keeps the writer agreeing with a named source inside a claim of their own out of the concessions', () => {
    const text = 'The canal should replace its gates. Patched gates fail within a decade, and the engineer Ana Lind is right that repairs only delay the cost. The keepers agree.';
    assert.notEqual(roleIn(text, 'Patched gates fail').role, 'concession');
  });
  it('Reads an objection the writer names as the other side they go on to answer', () => {
    const text = 'The canal should replace its gates. The strongest objection is that the work would close the canal for a month. A closure in winter would cost little.';
    assert.deepEqual(roleIn(text, 'strongest objection'), { role: 'contrast', rule: 'role:objection' });
  });
  it('Reads what a named body must do, in a report that describes, as a rule in force, not a recommendation', () => {
    const report = CANAL.replace('LAST', 'Under the Waterways Act, the Canal Authority must publish its tolls each January. The tolls rose in 2024. Most barge owners pay by card.');
    assert.deepEqual(roleIn(report, 'must publish'), { role: 'statement', rule: 'role:described-obligation' });
    const argued = 'The canal is old. The Canal Authority must publish its tolls each January. The keepers agree.';
    assert.deepEqual(roleIn(argued, 'must publish'), { role: 'thesis', rule: 'role:recommendation' });
  });
  it('Reads a sentence naming nothing, in the section whose heading says it concludes, as what the document comes to', () => {
    const text = '# Gates\n\nThe canal should replace its gates. Patched gates fail within a decade.\n\n# Conclusions and recommendations\n\nThe patching has run its course. New gates would pay for themselves.';
    const analysis = analyse(text, { format: 'markdown' });
    const claim = (words: string) => analysis.claims.find((c) => text.slice(c.start, c.end).includes(words))!;
    assert.equal(claim('run its course').role, 'conclusion');
    assert.ok(claim('run its course').why.some((r) => r.rule === 'role:concluding-section'));
    // the same sentence under a heading that does not conclude is read as its section's opening
    const plain = analyse(text.replace('Conclusions and recommendations', 'Costs'), { format: 'markdown' });
    const same = plain.claims.find((c) => text.replace('Conclusions and recommendations', 'Costs').slice(c.start, c.end).includes('run its course'))!;
    assert.notEqual(same.role, 'conclusion');
  });
});
