import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { readFixture } from './furniture-helpers';

/**
 * Furniture read as argument in session 18's genres (issue #13, session 19): a roundtable's note on the
 * Chatham House Rule, a funder's thanks, the text under a heading that names a disclaimer, a record's
 * procedural lines, a resolution's opening and its citations, a paper's order to print. The fixtures
 * (test/fixtures/furniture-s19) are written for these tests, near misses included.
 */

const ROOT = join(process.cwd(), 'test', 'fixtures', 'furniture-s19');

const read = (name: string) => readFixture(ROOT, name);
const ruled = (name: string, rule: string) => read(name).notices.filter(([r]) => r === rule).map(([, w]) => w.replace(/[*>]/g, '').trim());

describe('Furniture read as argument in roundtables, resolutions and evidence transcripts (session 19)', () => {
  it('Reads a roundtable’s note on the Chatham House Rule aside, whole, and keeps an argument about the Rule (notice:chatham-house)', () => {
    const notes = ruled('glacier-roundtable.md', 'notice:chatham-house');
    assert.equal(notes.length, 1);
    assert.ok(notes[0].startsWith('A note on the Chatham House Rule.') && notes[0].endsWith('attributed to any participant.'), notes[0]);
    const { claims } = read('glacier-roundtable.md');
    assert.ok(!claims.some((c) => /^(?:A note on|This workshop was held|Speakers may be quoted|The account below)/.test(c)), JSON.stringify(claims));
    assert.ok(claims.some((c) => c.startsWith('One participant argued that the Chatham House Rule should be dropped')), JSON.stringify(claims));
  });

  it('Reads a publisher’s thanks to its funder aside, the funder still named, and keeps a speaker’s thanks to allies (notice:funder-note)', () => {
    assert.deepEqual(ruled('glacier-roundtable.md', 'notice:funder-note'), ['The Centre is grateful to the Tromsdal Maritime Foundation for its support of this workshop.']);
    const { claims, entities, sections } = read('glacier-roundtable.md');
    assert.ok(entities.includes('Tromsdal Maritime Foundation'), JSON.stringify(entities));
    assert.ok(claims.some((c) => c.startsWith('Norway is grateful to its allies for their support at sea')), JSON.stringify(claims));
    assert.ok(sections.includes('Acknowledgements'), JSON.stringify(sections));
  });

  it('Reads the prose under a heading naming a disclaimer or a transcript’s use aside, and keeps the heading (notice:under-notice-heading)', () => {
    assert.deepEqual(ruled('glacier-roundtable.md', 'notice:under-notice-heading'), ['The Fjordline Policy Centre is a charity and takes no side in elections. The views recorded here belong to the participants.']);
    assert.ok(read('glacier-roundtable.md').sections.includes('Disclaimer'));
    const evidence = read('harbour-evidence.txt');
    assert.ok(evidence.notices.some(([r, w]) => r === 'notice:under-notice-heading' && /^(?:2\. )?Neither Members nor witnesses/.test(w)), JSON.stringify(evidence.notices));
    assert.ok(!evidence.claims.some((c) => /^(?:\d\. )?(?:This is an uncorrected|Neither Members)/.test(c)), JSON.stringify(evidence.claims));
    assert.ok(evidence.sections.includes('USE OF THE TRANSCRIPT'), JSON.stringify(evidence.sections));
  });

  it('Sets a record’s procedural lines aside, and keeps a sentence that goes on past one (notice:record-procedure)', () => {
    assert.deepEqual(ruled('harbour-evidence.txt', 'notice:record-procedure'), ['Sitting suspended for a Division in the House.', 'On resuming—']);
    assert.deepEqual(ruled('harbour-council-resolution.txt', 'notice:record-procedure'), ['The meeting rose at 4.05 p.m.']);
    const { claims } = read('harbour-evidence.txt');
    assert.ok(!claims.some((c) => /^(?:Sitting suspended|On resuming)/.test(c)), JSON.stringify(claims));
    assert.ok(claims.some((c) => c.startsWith('The sitting was suspended at 3.10 pm and resumed at 3.25 pm, when')), JSON.stringify(claims));
  });

  it('Reads the body that opens a resolution aside, its name still read, and keeps the headings over it (notice:resolution-opening)', () => {
    assert.deepEqual(ruled('river-resolution.md', 'notice:resolution-opening'), ['The Assembly,']);
    const council = read('harbour-council-resolution.txt');
    assert.deepEqual(ruled('harbour-council-resolution.txt', 'notice:resolution-opening'), ['The Harbour Council,']);
    assert.ok(council.entities.includes('Harbour Council'), JSON.stringify(council.entities));
    assert.ok(council.sections.includes('Resolution 12 (2026)'), JSON.stringify(council.sections));
    // A council's preambular clauses argue: they stay claims.
    assert.ok(council.claims.some((c) => c.startsWith('Recalling its decision of 2024')) && council.claims.some((c) => c.startsWith('Concerned that silt')), JSON.stringify(council.claims));
  });

  it('Reads a resolution’s citations aside, their names and dates still read, and keeps its recitals (notice:citation-clause)', () => {
    const citations = ruled('river-resolution.md', 'notice:citation-clause');
    assert.equal(citations.length, 3, JSON.stringify(citations));
    const { claims, figures, entities } = read('river-resolution.md');
    assert.ok(!claims.some((c) => /having regard to/.test(c)), JSON.stringify(claims));
    assert.ok(claims.some((c) => c.startsWith('A. whereas the river carries')), JSON.stringify(claims));
    assert.ok(figures.includes('12 January 2026'), JSON.stringify(figures));
    assert.ok(entities.includes('Varnholm'), JSON.stringify(entities));
  });

  it('Reads a provisional edition’s note aside with the sentences that follow it (notice:status-note)', () => {
    const notes = ruled('river-resolution.md', 'notice:status-note');
    assert.equal(notes.length, 1);
    assert.ok(notes[0].startsWith('This is a provisional edition.') && notes[0].endsWith('for information only.'), notes[0]);
  });

  it('Reads a paper’s order to print aside, its date still read, and the members present (notice:printing-order, notice:attendance)', () => {
    const { notices, claims, figures, entities } = read('harbour-evidence.txt');
    assert.ok(notices.some(([r, w]) => r === 'notice:printing-order' && w.startsWith('Ordered by the House of Commons')), JSON.stringify(notices));
    assert.ok(notices.some(([r, w]) => r === 'notice:attendance' && w.startsWith('Members present:')), JSON.stringify(notices));
    assert.ok(!claims.some((c) => /^(?:Ordered by|Members present)/.test(c)), JSON.stringify(claims));
    assert.ok(figures.includes('3 June 2026'), JSON.stringify(figures));
    for (const name of ['Ann Reyes', 'Mira Odell']) assert.ok(entities.includes(name), `${name}: ${JSON.stringify(entities)}`);
  });

  it('Reads the list under an issue’s contents heading aside, its figures still read, and keeps the heading and the stories’ heads (notice:contents-list)', () => {
    assert.deepEqual(ruled('ferry-newsletter.md', 'notice:contents-list'), ['1. Winter timetable cut to four sailings', '2. Harbour dues up 6 per cent', '3. Our view: buy the third ship'].map((w) => w.replace(/^\d\. /, '')));
    const { claims, sections, figures } = read('ferry-newsletter.md');
    assert.ok(!claims.some((c) => /^(?:Winter timetable cut|Harbour dues up|Our view: buy)/.test(c)), JSON.stringify(claims));
    for (const title of ['In this issue', 'Our view: buy the third ship']) assert.ok(sections.includes(title), `${title}: ${JSON.stringify(sections)}`);
    assert.equal(figures.filter((f) => f === '6 per cent').length, 2, JSON.stringify(figures));
    // A list of short items under another heading is no contents.
    assert.ok(claims.includes('Who pays for the dry dock'), JSON.stringify(claims));
  });

  it('Reads an e-mail newsletter’s “Forwarded this email?” line as its promotion (notice:promo)', () => {
    const { notices, claims } = read('ferry-newsletter.md');
    assert.ok(notices.some(([r, w]) => r === 'notice:promo' && w.replace(/\*/g, '').startsWith('Forwarded this email?')), JSON.stringify(notices));
    assert.ok(!claims.some((c) => c.startsWith('Forwarded')), JSON.stringify(claims));
  });

  it('Reads a note that its views belong to staff and should not be read as the board’s as a disclaimer, and keeps the words in an argument (notice:views-disclaimer)', () => {
    const { notices, claims } = read('mission-statement.md');
    assert.ok(notices.some(([r, w]) => r === 'notice:views-disclaimer' && w.replace(/\*/g, '').startsWith('This statement gives the preliminary views')), JSON.stringify(notices));
    assert.ok(!claims.some((c) => /^(?:This statement gives|The views below belong)/.test(c)), JSON.stringify(claims));
    assert.ok(claims.some((c) => c.startsWith('Some officials argued that the views of exporters should not be read as those of')), JSON.stringify(claims));
  });
});

describe('Near misses of session 19’s furniture: a note read aside by its sentences, never a sentence that argues (issue #13)', () => {
  it('Reads the Chatham House note aside by its sentences, and keeps the sentence after it, a sentence that goes on past it and a section about the Rule (notice:chatham-house)', () => {
    assert.deepEqual(ruled('wetlands-roundtable.md', 'notice:chatham-house'), ['This workshop was held under the Chatham House Rule. Speakers may be quoted, but not named.']);
    const { claims, sections } = read('wetlands-roundtable.md');
    for (const start of ['Even so, the discussion showed that the estuary boards must', 'The session was held under the Chatham House Rule, which let', 'Many members think the Rule now hides more'])
      assert.ok(claims.some((c) => c.startsWith(start)), `${start}: ${JSON.stringify(claims)}`);
    assert.ok(sections.includes('A note on the Chatham House Rule'), JSON.stringify(sections));
  });

  it('Reads only a thanks to a funder aside, its sentence alone, and keeps a concession, a thanks that goes on and the sentence after it (notice:funder-note)', () => {
    assert.deepEqual(ruled('wetlands-roundtable.md', 'notice:funder-note'), ['The authors thank the Marram Foundation for its support.']);
    const { claims } = read('wetlands-roundtable.md');
    for (const start of ['The Forum acknowledges that the funding for tidal gates', 'The Estuary Trust thanks the regional boards', 'The Forum is grateful to the Marram Foundation for its support, and we believe', 'We conclude that no restoration scheme'])
      assert.ok(claims.some((c) => c.startsWith(start)), `${start}: ${JSON.stringify(claims)}`);
  });

  it('Reads aside only the list right under a contents heading, when its items are titles, and keeps bullets after prose and a list of key points (notice:contents-list)', () => {
    assert.deepEqual(ruled('tariff-watch.md', 'notice:contents-list'), ['Steel quotas extended to 2028', 'Port fees under review']);
    const { claims, sections } = read('tariff-watch.md');
    for (const item of ['Mills expect prices to rise', 'Buyers face longer waits', 'Tariffs on steel have risen three times since 2020', 'The quota system mostly shelters the largest mills', 'Ministers should let the quotas lapse in 2028'])
      assert.ok(claims.includes(item), `${item}: ${JSON.stringify(claims)}`);
    assert.ok(sections.includes('In this issue') && sections.includes('In this briefing'), JSON.stringify(sections));
  });

  it('Reads the prose under a disclaimer’s heading aside only while it is a note, up to the first block that argues, and keeps an argued section headed by the words (notice:under-notice-heading)', () => {
    assert.deepEqual(ruled('tariff-watch.md', 'notice:under-notice-heading'), ['This briefing is based on public data and has not been checked by the trade department.']);
    const { claims, sections } = read('tariff-watch.md');
    for (const start of ['Exporters write their own terms of use', 'In our view the regulator should', 'Only one buyer in ten', 'Port fees rose by 9 per cent', 'The fees fall hardest'])
      assert.ok(claims.some((c) => c.startsWith(start)), `${start}: ${JSON.stringify(claims)}`);
    assert.ok(sections.includes('Terms of use') && sections.includes('Disclaimer'), JSON.stringify(sections));
  });

  it('Reads a views disclaimer aside only when its sentence is the disclaimer alone, and keeps one that goes on or argues, its section still in the outline (notice:views-disclaimer)', () => {
    assert.deepEqual(ruled('export-inquiry.md', 'notice:views-disclaimer'), []);
    const { claims, sections } = read('export-inquiry.md');
    for (const start of ['The views set out here are those of the Committee, which finds', 'The views of the largest exporters should not be taken', 'Official statements should not be read as the position'])
      assert.ok(claims.some((c) => c.startsWith(start)), `${start}: ${JSON.stringify(claims)}`);
    assert.ok(sections.includes('Conclusion'), JSON.stringify(sections));
  });

  it('Reads a citation aside, and keeps a clause that opens like one and goes on to a verb that argues (notice:citation-clause)', () => {
    assert.equal(ruled('export-inquiry.md', 'notice:citation-clause').length, 2);
    const { claims, sections } = read('export-inquiry.md');
    for (const start of ['Having regard to the delays, calls on the Government', 'having regard to the evidence, the Department should'])
      assert.ok(claims.some((c) => c.startsWith(start)), `${start}: ${JSON.stringify(claims)}`);
    // heading:marked-over-notices `own`: the citations under '## Motion' are its text, not navigation that drops the heading.
    assert.ok(sections.includes('Motion'), JSON.stringify(sections));
  });
});
