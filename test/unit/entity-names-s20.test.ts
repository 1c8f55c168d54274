import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../src/core/analyse';
import type { EntityType } from '../../src/core/model/model';
import { assertRuled, readFixture, ruled } from './entities-helpers';

/**
 * Entity rules of session 20 (issue #13): people styled by the letters of a seat or an honour. The
 * fixtures (test/fixtures/names-s20) are written here, in new words, with given names no list holds.
 */

describe('People styled by letters after their name (issue #13, session 20)', () => {
  it('entity:post-nominal-person — a membership list\'s lines and a sentence name the people before "MP" and "MSP", whatever their given names', () => {
    assertRuled('names-s20/membership.md', ['Ewart Tallowmere', 'Oriel Vantongeren', 'Branoc Ytterdal'], 'person', 'entity:post-nominal-person');
  });

  it('entity:post-nominal-person — a title, a name and an honour over a post close a signature: the person', () => {
    assertRuled('names-s20/membership.md', ['Idwal Trevanion'], 'person', 'entity:post-nominal-person');
  });

  it('entity:post-nominal-person — near miss: letters after a party\'s name ("a Labour Party MP") name no person and no "MP"', () => {
    const { entities, shown } = readFixture('names-s20/membership.md');
    assert.ok(entities.some((e) => e.name === 'Labour Party' && e.type === 'organization' && !ruled(e.why, 'entity:post-nominal-person')), shown);
    assert.ok(!entities.some((e) => /\bMP\b/.test(e.name)), shown);
  });

  it('entity:post-nominal-person — near misses: a party\'s or a seat\'s name before the letters, letters with another meaning', () => {
    const { entities, shown } = readFixture('names-s20/seats-and-parties.md');
    // A name after the letters is the one they qualify ("<party> MP <name>"); a determiner before makes a seat or a
    // party a modifier ("The <seat> MP", "a <party> MP", "several <roll> MBE awards"); MS and PC without a person's
    // evidence are member states and computers.
    for (const name of ['Morvah Kernow', 'Carrick Vale', 'Baltic Rim', 'Tarrow Notebook', 'Coronation Roll']) {
      assert.ok(!entities.some((e) => e.name === name && (e.type === 'person' || ruled(e.why, 'entity:post-nominal-person'))), `${name}\n${shown}`);
    }
    assertRuled('names-s20/seats-and-parties.md', ['Ottilie Branscombe'], 'person', 'entity:post-nominal-person');
  });
});

/**
 * The whole reading of a fixture, as the command line and the editor read it: a call's
 * operator lines are read aside as turn-taking (notice:turn-talk) and their names are
 * still read, which the entity stage alone (`readFixture`) does not show.
 */
function assertReadWhole(path: string, names: readonly string[], type: EntityType, rule: string): void {
  const text = readFileSync(join(__dirname, '..', '..', '..', 'test', 'fixtures', path), 'utf8');
  const { entities } = analyse(text, { format: path.endsWith('.md') ? 'markdown' : 'plain' });
  const shown = entities.map((e) => `${e.type} ${e.name}: ${e.why.map((w) => w.rule).join(', ')}`).join('\n');
  for (const said of names) assert.ok(entities.some((e) => e.name === said && e.type === type && ruled(e.why, rule)), `${said}\n${shown}`);
}

describe('Analysts an earnings call\'s operator announces (issue #13, session 20)', () => {
  it('entity:call-questioner — the name after "question comes from", "is from" or "comes from the line of" is the asker, whatever the given name', () => {
    assertReadWhole('names-s20/results-call.txt', ['Sunniva Okafor-Brandt', 'Idris Vantreeck', 'Teodor Quillfeather'], 'person', 'entity:call-questioner');
  });

  it('entity:call-questioner-firm — the name after the asker\'s "of", "at" or "with" is the firm', () => {
    assertReadWhole('names-s20/results-call.txt', ['Morlaix Brokerage', 'Brannagh'], 'organization', 'entity:call-questioner-firm');
  });

  it('entity:call-questioner — near miss: a place of one word after "question comes from" is no asker', () => {
    const { entities, shown } = readFixture('names-s20/results-call.txt');
    assert.ok(!entities.some((e) => e.name === 'Tarvenholm' && (e.type === 'person' || ruled(e.why, 'entity:call-questioner'))), shown);
  });
});

describe('Companies named with their legal form outside sentences (issue #13, session 20)', () => {
  it('entity:legal-form-line — a cover\'s managers, each closed by "Limited" or "plc", are companies, whole', () => {
    assertRuled('names-s20/memorandum-cover.txt', ['Harwick Capital Markets Limited', 'Tollgate Securities plc'], 'organization', 'entity:legal-form-line');
    const { entities, shown } = readFixture('names-s20/memorandum-cover.txt');
    assert.ok(entities.some((e) => e.name === 'Tollgate Securities plc'), shown);
  });

  it('entity:legal-form-line — near miss: a cover line with no legal form ("Joint Bookrunners", the issuer in capitals) names no company by it', () => {
    const { entities, shown } = readFixture('names-s20/memorandum-cover.txt');
    assert.ok(!entities.some((e) => /Bookrunners|WESTERBY/i.test(e.name) && ruled(e.why, 'entity:legal-form-line')), shown);
  });

  it('entity:legal-form-line — near misses: "Limited" as an adjective in a heading, a legal phrase, two companies joined by "and"', () => {
    const { entities, shown } = readFixture('names-s20/structures-guide.txt');
    // A finding ("<words> Remain Limited") and a form ("Companies Limited by Guarantee") name no company.
    assert.ok(!entities.some((e) => /Remain|Guarantee|Companies|Societies/.test(e.name) && ruled(e.why, 'entity:legal-form-line')), shown);
    // "<name> Limited and <name> Limited" on one line: two companies.
    assertRuled('names-s20/structures-guide.txt', ['Quenby Orchard Limited', 'Fallowmere Advisory Limited'], 'organization', 'entity:legal-form-line');
  });
});
