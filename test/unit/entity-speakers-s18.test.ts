import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertRuled, holder, readFixture, ruled } from './entities-helpers';
import { analyse } from '../../src/core/analyse';
import { SURNAME_FIRST } from '../../src/core/parse/designations';

/**
 * Names that records, transcripts and reports give in their labels and contact lines only (issue
 * #13, session 18): an oral question's member, a post or role with the speaker's name in brackets, a
 * journalist's outlet, a contact's name before a post and details. The fixtures
 * (test/fixtures/speaker-labels, test/fixtures/contact-lines) are written here, in new words.
 */
const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures');
const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');

/** Asserts that no entity of `path` is a person, or was found by one of `rules`. */
function assertNone(path: string, rules: readonly string[]): void {
  const { entities, shown } = readFixture(path);
  assert.ok(!entities.some((e) => e.type === 'person' || rules.some((r) => ruled(e.why, r))), shown);
}

describe('Speakers named in labels (issue #13, session 18)', () => {
  it('entity:member-question — reads the member who tables an oral question as a person', () => {
    assertRuled('speaker-labels/oral-answers.md', ['Morwenna Tregothnan', 'Oonagh Faircloth'], 'person', 'entity:member-question');
  });

  it('entity:member-question — reads the seat as one place ("and the" inside it) and the party as an organisation', () => {
    const { text, entities, shown } = readFixture('speaker-labels/oral-answers.md');
    for (const [said, type] of [['Carrick and the Fal Estuary', 'place'], ['Brackwater Vale', 'place'], ['LD', 'organization'], ['Lab', 'organization']]) {
      assert.equal(holder(text, entities, said)?.type, type, `${said}\n${shown}`);
    }
  });

  it('entity:member-seat — ends a seat after "Member for" before "and the" and a title, which joins a second person', () => {
    const { text, entities, shown } = readFixture('speaker-labels/seat-and-title.md');
    for (const said of ['Penhallow', 'Lundy Sound', 'Carrick and the Fal Estuary']) {
      const e = holder(text, entities, said);
      assert.ok(e && e.type === 'place' && e.name === said, `${said}\n${shown}`);
    }
    assert.ok(!entities.some((e) => e.type === 'place' && /Chancellor|Minister/u.test(e.name)), shown);
  });

  it('entity:post-speaker — reads a minister and a deputy speaker named after their posts', () => {
    assertRuled('speaker-labels/oral-answers.md', ['Idris Pellow', 'Hester Quarrie'], 'person', 'entity:post-speaker');
  });

  it('entity:post-speaker — reads the moderator and each reporter of a press briefing, a surname alone joining the full name', () => {
    assertRuled('speaker-labels/press-briefing.txt', ['SOLVEIG ARNTZEN', 'TORVALD EKBERG', 'MAJA LINDQVIST'], 'person', 'entity:post-speaker');
    const { text, entities, shown } = readFixture('speaker-labels/press-briefing.txt');
    assert.equal(holder(text, entities, 'EKBERG'), holder(text, entities, 'TORVALD EKBERG'), shown);
  });

  it('entity:speaker-outlet — reads a reporter\'s outlet as an organisation, and leaves a post after the comma alone', () => {
    assertRuled('speaker-labels/press-briefing.txt', ['COASTAL RADIO NORTH', 'FJORD POST'], 'organization', 'entity:speaker-outlet');
    const { entities, shown } = readFixture('speaker-labels/press-briefing.txt');
    assert.ok(!entities.some((e) => /PRESS OFFICER/i.test(e.name)), shown);
  });

  it('entity:post-speaker — reads no person where the bracket after a post holds a remit or a body, not a name', () => {
    assertNone('speaker-labels/remit-brackets.md', ['entity:post-speaker']);
    assertRuled('speaker-labels/bracket-names.md', ['Ysolde Brannock', 'Anwen Trevithick'], 'person', 'entity:post-speaker');
  });

  it('reads no speaker where the label holds no post or role, or the bracket holds an acronym, a title or lower case', () => {
    assertNone('speaker-labels/near-labels.txt', ['entity:post-speaker', 'entity:speaker-outlet', 'entity:member-question']);
  });
});

describe('One surname-first pattern for the notice reader and the entity reader (parse/designations.ts SURNAME_FIRST)', () => {
  it('reads the same lines of a list of designated persons as entries and as persons, a surname of two words or more included', () => {
    const source = fixture('speaker-labels/two-word-surnames.md');
    const analysis = analyse(source, { format: 'markdown' });
    const entries = (analysis.notices ?? []).filter((n) => n.rule === 'notice:designation-entry').map((n) => source.slice(n.start, n.end).trim());
    const people = analysis.entities.filter((e) => e.type === 'person' && ruled(e.why, 'entity:surname-first'));
    for (const line of ['DE LA CRUZ, Marisol Ana', 'OKAFOR-BELL, Tunde']) {
      assert.ok(entries.includes(line), `${line} in ${entries.join(' | ')}`);
      assert.ok(people.some((e) => e.mentions.some((m) => source.slice(m.start, m.end) === line)), `${line}: ${people.map((e) => e.name).join(', ')}`);
    }
    assert.ok(new RegExp(`^${SURNAME_FIRST}$`, 'u').test('DE LA CRUZ, Marisol Ana'));
  });

  it('reads no person where a capitals run of two words or more holds a common word or the head of a body or place (a region over its town, an agenda item over who leads it)', () => {
    const source = fixture('speaker-labels/capital-headings.md');
    const people = analyse(source, { format: 'markdown' }).entities.filter((e) => e.type === 'person');
    assert.deepEqual(people.map((e) => e.name).sort(), ['Eibhlin Mac An Tsaoi', 'Joaquim Luis Dos Santos']);
  });
});

describe('Contact lines (issue #13, session 18)', () => {
  it('entity:contact-line — a name, a comma and a post, then a dash or a bar and the contact\'s details, is a person ("Head of …": cues.json titleAfter)', () => {
    assertRuled('contact-lines/situation-update.md', ['Ilona Varga-Steen', 'Bartek Nowicz'], 'person', 'entity:contact-line');
  });

  it('entity:labelled-post — a procurement notice\'s "Contact person:" label, a name and a post (words.json postLabels "person")', () => {
    assertRuled('contact-lines/tender-notice.txt', ['Oskari Lehtinen'], 'person', 'entity:labelled-post');
  });

  it('reads no person where the words before the details hold no title, or the label names no one', () => {
    assertNone('contact-lines/near-contacts.txt', ['entity:contact-line', 'entity:labelled-post']);
  });
});
