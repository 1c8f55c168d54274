import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../src/core/analyse';

/**
 * Session 19's claim classes (issue #13): a procedure or background word as the
 * one whose view is reported ("the rapporteur regards …", "members of the
 * committee argued that …"; the `unless` of claim:frame-procedure and
 * claim:frame-background; fixture test/fixtures/categories-reported-views),
 * a roundtable summary's session turning to its next subject
 * (claim:frame-session-turn), an oil spill as an accident at sea
 * (claim:oil-spill), a lead-in saying that a statement follows
 * (claim:frame-statement-follows; fixture test/fixtures/categories-statement-follows),
 * staff as a cost or a payee
 * (claim:frame-organisation narrowed; fixture test/fixtures/categories-staff-as-cost),
 * and the lexicon's "surface combatant" and "apprentice"
 * (fixture test/fixtures/categories-roundtable-sessions).
 */

const fixture = (name: string) => {
  const text = readFileSync(join(__dirname, `../../../test/fixtures/${name}/input.md`), 'utf8');
  const claims = analyse(text, { format: 'markdown' }).claims;
  const starting = (start: string) => {
    const claim = claims.find((c) => text.slice(c.start, c.end).startsWith(start));
    assert.ok(claim, `no claim starts "${start}"`);
    return claim;
  };
  const names = (start: string, rule: string) => starting(start).why.some((r) => r.rule === rule);
  return { starting, names };
};

describe('A procedure or background word whose view is reported frames nothing (claim:frame-procedure, claim:frame-background unless)', () => {
  const { starting, names } = fixture('categories-reported-views');
  it("Reads the rapporteur's view of the convention by its own words, not as procedure", () => {
    assert.equal(starting('The rapporteur regards').primary, 'geopolitical');
    assert.ok(!names('The rapporteur regards', 'claim:frame-procedure'));
  });
  it('Reads what members of the committee argued by its own words, not as background', () => {
    assert.equal(starting('Several members of the committee').primary, 'military');
    assert.ok(!names('Several members of the committee', 'claim:frame-background'));
  });
  it("Keeps the rapporteur's recommendation to approve and a chaired working group as procedure (near misses)", () => {
    assert.equal(starting('The rapporteur recommends').primary, null);
    assert.ok(names('The rapporteur recommends', 'claim:frame-procedure'));
    assert.equal(starting('The working group').primary, null);
  });
});

/** A rule the fixture's sentence shows (with the category it then takes), and a near miss that keeps its own words and never names it. */
const ruleCases = [
  {
    title: "A roundtable session turning to its next subject is the meeting's order",
    rule: 'claim:frame-session-turn', fixture: 'categories-roundtable-sessions',
    hit: { start: 'The second session turned', primary: null, says: 'a session turning to a subject with no category word' },
    near: { start: 'The session then turned', primary: 'military', says: 'a session turning to drone attacks' },
  },
  {
    title: 'An oil spill is an accident at sea, not the oil trade',
    rule: 'claim:oil-spill', fixture: 'categories-roundtable-sessions',
    hit: { start: 'A standing channel', primary: 'military', says: "two coast guards' channel for search and rescue and oil-spill response" },
    near: { start: 'Oil exports', primary: 'economic', says: 'oil exports' },
  },
  {
    title: 'A lead-in that says a statement follows is no claim, though it ends with a full stop',
    rule: 'claim:frame-statement-follows', fixture: 'categories-statement-follows',
    hit: { start: 'Meeting in Bodø', primary: null, says: '"the ministers adopted the following statement."' },
    near: { start: 'The ministers also adopted', primary: 'geopolitical', says: 'a statement on sanctions' },
  },
] as const;

for (const { title, rule, fixture: name, hit, near } of ruleCases) {
  describe(`${title} (${rule}; fixture test/fixtures/${name})`, () => {
    const { starting, names } = fixture(name);
    it(`Reads ${hit.says} as ${hit.primary ?? 'no category'}, naming the rule`, () => {
      assert.equal(starting(hit.start).primary, hit.primary);
      assert.ok(names(hit.start, rule));
    });
    it(`Keeps ${near.says} ${near.primary} by its own words (near miss)`, () => {
      assert.equal(starting(near.start).primary, near.primary);
      assert.ok(!names(near.start, rule));
    });
  });
}

describe('Warships built and apprentices trained (categories.json: "surface combatant*" military, "apprentice*" economic)', () => {
  const { starting } = fixture('categories-roundtable-sessions');
  it('Reads a yard delivering a surface combatant as military', () => {
    assert.equal(starting('The yard delivered').primary, 'military');
  });
  it('Reads a college training apprentices as economic', () => {
    assert.equal(starting('The college trained').primary, 'economic');
  });
});

describe('Staff as a cost or a payee is no organisation frame (claim:frame-organisation without "staffing" and "staff will"; fixture test/fixtures/categories-staff-as-cost)', () => {
  const { starting, names } = fixture('categories-staff-as-cost');
  it('Reads savings on staffing and a grant to employers whose staff will train as economic', () => {
    assert.equal(starting('The camera towers').primary, 'economic');
    assert.equal(starting('Employers whose staff').primary, 'economic');
    assert.ok(!names('Employers whose staff', 'claim:frame-organisation'));
  });
  it('Keeps liaison officers seconded from a ministry as how the work is organised (near miss)', () => {
    assert.equal(starting('Each district').primary, null);
    assert.ok(names('Each district', 'claim:frame-organisation'));
  });
});
