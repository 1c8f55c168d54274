import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { holder, readDocument, summary } from './entities-helpers';
import { analyse } from '../../src/core/analyse';
import { SURNAME_FIRST } from '../../src/core/parse/designations';

/**
 * Speakers that records and transcripts name in their labels only (issue #13, session 18): an oral
 * question's member, a post or role with the speaker's name in brackets, a journalist's outlet. The
 * fixtures (test/fixtures/speaker-labels) are written here, in new words.
 */
const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'speaker-labels');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
/** A fixture's entities, with its source as the text: a speaker's label is masked in the text the claims read, its offsets kept. */
function readFixture(name: string, format: 'markdown' | 'plain') {
  const source = fixture(name);
  return { text: source, entities: readDocument(source, format).entities };
}
const ruled = (why: readonly { rule: string }[] | undefined, id: string) => !!why?.some((r) => r.rule === id);

describe('Speakers named in labels (issue #13, session 18)', () => {
  describe('entity:member-question — an oral question: number, member, seat, party, reference number', () => {
    const { text, entities } = readFixture('oral-answers.md', 'markdown');
    const shown = summary(text, entities).join('\n');

    it('reads the member who tables each question as a person, with the rule in its why', () => {
      for (const said of ['Morwenna Tregothnan', 'Oonagh Faircloth']) {
        const e = holder(text, entities, said);
        assert.ok(e && e.type === 'person' && ruled(e.why, 'entity:member-question'), `${said}\n${shown}`);
      }
    });

    it('reads the seat as one place ("and the" inside it) and the party as an organisation', () => {
      for (const [said, type] of [['Carrick and the Fal Estuary', 'place'], ['Brackwater Vale', 'place'], ['LD', 'organization'], ['Lab', 'organization']]) {
        assert.equal(holder(text, entities, said)?.type, type, `${said}\n${shown}`);
      }
    });
  });

  describe('entity:post-speaker — a post or role, then the speaker in brackets, before a colon', () => {
    it('reads a minister and a deputy speaker named after their posts', () => {
      const { text, entities } = readFixture('oral-answers.md', 'markdown');
      const shown = summary(text, entities).join('\n');
      for (const said of ['Idris Pellow', 'Hester Quarrie']) {
        const e = holder(text, entities, said);
        assert.ok(e && e.type === 'person' && ruled(e.why, 'entity:post-speaker'), `${said}\n${shown}`);
      }
    });

    it('reads the moderator and each reporter of a press briefing, a surname alone joining the full name', () => {
      const { text, entities } = readFixture('press-briefing.txt', 'plain');
      const shown = summary(text, entities).join('\n');
      for (const said of ['SOLVEIG ARNTZEN', 'TORVALD EKBERG', 'MAJA LINDQVIST']) {
        const e = holder(text, entities, said);
        assert.ok(e && e.type === 'person' && ruled(e.why, 'entity:post-speaker'), `${said}\n${shown}`);
      }
      assert.equal(holder(text, entities, 'EKBERG'), holder(text, entities, 'TORVALD EKBERG'), shown);
    });

    it('entity:speaker-outlet — reads a reporter\'s outlet as an organisation, and leaves a post after the comma alone', () => {
      const { text, entities } = readFixture('press-briefing.txt', 'plain');
      const shown = summary(text, entities).join('\n');
      for (const said of ['COASTAL RADIO NORTH', 'FJORD POST']) {
        const e = holder(text, entities, said);
        assert.ok(e && e.type === 'organization' && ruled(e.why, 'entity:speaker-outlet'), `${said}\n${shown}`);
      }
      assert.ok(!entities.some((e) => /PRESS OFFICER/i.test(e.name)), shown);
    });

    it('reads no speaker where the label holds no post or role, or the bracket holds an acronym, a title or lower case', () => {
      const { text, entities } = readFixture('near-labels.txt', 'plain');
      const shown = summary(text, entities).join('\n');
      assert.ok(!entities.some((e) => ruled(e.why, 'entity:post-speaker') || ruled(e.why, 'entity:speaker-outlet') || ruled(e.why, 'entity:member-question')), shown);
      assert.ok(!entities.some((e) => e.type === 'person'), shown);
    });
  });
});

describe('One surname-first pattern for the notice reader and the entity reader (parse/designations.ts SURNAME_FIRST)', () => {
  it('reads the same lines of a list of designated persons as entries and as persons, a surname of two words or more included', () => {
    const source = fixture('two-word-surnames.md');
    const analysis = analyse(source, { format: 'markdown' });
    const entries = (analysis.notices ?? []).filter((n) => n.rule === 'notice:designation-entry').map((n) => source.slice(n.start, n.end).trim());
    const people = analysis.entities.filter((e) => e.type === 'person' && ruled(e.why, 'entity:surname-first'));
    for (const line of ['DE LA CRUZ, Marisol Ana', 'OKAFOR-BELL, Tunde']) {
      assert.ok(entries.includes(line), `${line} in ${entries.join(' | ')}`);
      assert.ok(people.some((e) => e.mentions.some((m) => source.slice(m.start, m.end) === line)), `${line}: ${people.map((e) => e.name).join(', ')}`);
    }
    assert.ok(new RegExp(`^${SURNAME_FIRST}$`, 'u').test('DE LA CRUZ, Marisol Ana'));
  });
});

describe('Contact lines (issue #13, session 18)', () => {
  const CONTACTS = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'contact-lines');
  const contact = (name: string, format: 'markdown' | 'plain') => {
    const source = readFileSync(join(CONTACTS, name), 'utf8');
    return { text: source, entities: readDocument(source, format).entities };
  };

  it('entity:contact-line — a name, a comma and a post, then a dash or a bar and the contact\'s details, is a person', () => {
    const { text, entities } = contact('situation-update.md', 'markdown');
    const shown = summary(text, entities).join('\n');
    for (const said of ['Ilona Varga-Steen', 'Bartek Nowicz']) {
      const e = holder(text, entities, said);
      assert.ok(e && e.type === 'person' && ruled(e.why, 'entity:contact-line'), `${said}\n${shown}`);
    }
  });

  it('entity:labelled-post — a procurement notice\'s "Contact person:" label, a name and a post (words.json postLabels "person")', () => {
    const { text, entities } = contact('tender-notice.txt', 'plain');
    const shown = summary(text, entities).join('\n');
    const e = holder(text, entities, 'Oskari Lehtinen');
    assert.ok(e && e.type === 'person' && ruled(e.why, 'entity:labelled-post'), shown);
  });

  it('reads no person where the words before the details hold no title, or the label names no one', () => {
    const { text, entities } = contact('near-contacts.txt', 'plain');
    const shown = summary(text, entities).join('\n');
    assert.ok(!entities.some((e) => e.type === 'person'), shown);
  });
});
