import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../src/core/analyse';

/**
 * Session 21's claim classes (issue #13), read on test/fixtures/classes-s21: the sites of the
 * armed forces named as such (barracks, the Royal Air Force: categories.json; bare 'RAF',
 * 'training area', 'service families' were dropped after review);
 * a statute's final provisions (claim:frame-final-provisions); a call's eligibility rules
 * (claim:frame-eligibility); and the text itself, "this plan" (claim:frame-text-itself) and
 * "this briefing explains" (claim:frame-background); a lead-in to "two broad groups" (claim:frame-lead-in).
 */
const read = (name: string, format: 'markdown' | 'plain') => {
  const text = readFileSync(join(__dirname, '../../../test/fixtures/classes-s21', name), 'utf8');
  const claims = analyse(text, { format }).claims;
  const starting = (start: string) => {
    const claim = claims.find((c) => text.slice(c.start, c.end).replace(/^\(\d+\)\s*/, '').startsWith(start));
    assert.ok(claim, `no claim starts "${start}"`);
    return claim;
  };
  const words = (start: string, rule: string) =>
    starting(start).why.filter((r) => r.rule === rule && r.about === 'category').map((r) => r.words ?? '').join('; ');
  return { starting, words };
};

describe('The sites of the armed forces are military words (categories.json)', () => {
  const { starting, words } = read('estate.md', 'markdown');
  it('Reads barracks closing as military', () => {
    assert.equal(starting('Fenwick Barracks').primary, 'military');
    assert.equal(words('Fenwick Barracks', 'claim:military-word'), 'Barracks');
  });
  it('Reads the Royal Air Force named in full as military', () => {
    assert.equal(starting('The Royal Air Force will hand back').primary, 'military');
    assert.match(words('The Royal Air Force will hand back', 'claim:military-word'), /Royal Air Force/);
  });
  it('Leaves a man named Raf, civilian training areas and public service families alone (near miss)', () => {
    assert.equal(starting('Raf Keller').primary, null);
    assert.notEqual(starting('The college will open two new training areas').primary, 'military');
    assert.equal(starting('Public service families').primary, null);
  });
  it('Reads a barracks turned into flats as military only weakly (near miss)', () => {
    assert.ok((starting('The old mill barracks').confidence ?? 1) < 0.5);
  });
  it('Leaves families who rent, and trails that reopen, alone (near miss)', () => {
    assert.equal(starting('Most families in the town').primary, 'economic');
    assert.equal(starting('The walking trails').primary, null);
  });
});

describe("A statute's final provisions are procedure (claim:frame-final-provisions)", () => {
  const { starting, words } = read('bill.txt', 'plain');
  it('Reads the extent, though it names places, as no category', () => {
    assert.equal(starting('This Act extends to').primary, null);
    assert.equal(words('This Act extends to', 'claim:frame-final-provisions'), 'This Act extends to');
  });
  it('Reads the commencement, though "force" is a military word, as no category', () => {
    assert.equal(starting('Sections 1 and 2 come into force').primary, null);
    assert.match(words('Sections 1 and 2 come into force', 'claim:frame-final-provisions'), /come into force/);
  });
  it('Reads secondary legislation coming into force as no category', () => {
    assert.equal(starting('These Regulations come into force').primary, null);
    assert.equal(words('These Regulations come into force', 'claim:frame-final-provisions'), 'These Regulations come into force');
  });
  it('Reads the short title as no category', () => {
    assert.equal(starting('This Act may be cited as').primary, null);
  });
  it('Keeps a sentence about what the levy raises economic, whenever the Bill comes into force (near miss)', () => {
    assert.equal(starting('The levy is expected').primary, 'economic');
    assert.equal(words('The levy is expected', 'claim:frame-final-provisions'), '');
  });
  it('Keeps prose about other provisions coming into force by its words (near miss)', () => {
    assert.equal(words('New export provisions come into force', 'claim:frame-final-provisions'), '');
    assert.equal(words('Section 1 comes into force only once', 'claim:frame-final-provisions'), '');
    assert.equal(starting('Section 1 comes into force only once').confidence, 1);
  });
});

describe("A call's eligibility rules are procedure (claim:frame-eligibility)", () => {
  const { starting, words } = read('call.md', 'markdown');
  it('Reads who may lead a proposal as no category, whatever its paragraph is about', () => {
    assert.equal(starting('The principal investigator must').primary, null);
    assert.equal(words('The principal investigator must', 'claim:frame-eligibility'), 'principal investigator');
    assert.equal(starting('Each lead applicant').primary, null);
  });
  it('Keeps a rule that names money by its words (near miss)', () => {
    assert.equal(starting('Co-investigators may be based').primary, 'economic');
    assert.equal(words('Co-investigators may be based', 'claim:frame-eligibility'), '');
  });
  it('Leaves a scheme\'s bare "eligible to apply" to its words (near miss)', () => {
    assert.equal(starting('Staff who served with the navy').primary, 'military');
    assert.equal(words('Staff who served with the navy', 'claim:frame-eligibility'), '');
    assert.equal(words('Their relatives who arrived', 'claim:frame-eligibility'), '');
  });
});

describe('The text speaking of itself is meta-text (claim:frame-text-itself, claim:frame-background)', () => {
  const { starting, words } = read('call.md', 'markdown');
  it('Reads "this plan sets out" with no words of its own as no category', () => {
    assert.equal(starting('This plan sets out how we will').primary, null);
    assert.equal(words('This plan sets out how we will', 'claim:frame-text-itself'), 'This plan sets out');
  });
  it('Keeps a plan that names its subject by its words (near miss)', () => {
    assert.equal(starting('This plan sets out how the ministry').primary, 'economic');
  });
  it('Reads "this briefing explains" as background, though it names allies', () => {
    assert.equal(starting('This briefing explains').primary, null);
    assert.equal(words('This briefing explains', 'claim:frame-background'), 'This briefing explains');
  });
  it('Keeps a briefing that argues by its words (near miss)', () => {
    assert.equal(starting('This briefing argues').primary, 'geopolitical');
  });
  it('Keeps a paper that explains why by its words (near miss)', () => {
    assert.equal(starting('This paper explains why').primary, 'geopolitical');
    assert.equal(words('This paper explains why', 'claim:frame-background'), '');
  });
  it('Leaves someone else\'s plan or strategy, not described by the text, to its words (near miss)', () => {
    assert.equal(words('The other side rejected this plan', 'claim:frame-text-itself'), '');
    assert.equal(starting('This strategy failed twice').primary, 'military');
  });
});

describe('A lead-in to the groups that follow is meta-text (claim:frame-lead-in)', () => {
  const { starting, words } = read('call.md', 'markdown');
  it('Reads "fall into two broad groups" as no category, whatever its paragraph is about', () => {
    assert.equal(starting('Past reviews of the scheme').primary, null);
    assert.equal(words('Past reviews of the scheme', 'claim:frame-lead-in'), 'two broad groups');
  });
  it('Reads the groups named after a colon by their words (near miss)', () => {
    assert.equal(starting('Reviews fall into two broad groups:').primary, 'economic');
  });
  it('Keeps camps and main groups split over a topic by their words (near miss)', () => {
    assert.equal(starting('The allies have split into two camps').primary, 'geopolitical');
    assert.equal(words('The allies have split into two camps', 'claim:frame-lead-in'), '');
    assert.equal(starting('Member states fall into two main groups').primary, 'geopolitical');
  });
});
