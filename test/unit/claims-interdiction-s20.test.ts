import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../src/core/analyse';

/**
 * Session 20's claim classes (issue #13), read on test/fixtures/categories-maritime-interdiction:
 * a cargo boarded, inspected, seized or screened (claim:cargo-interdicted), the lexicon's
 * "boarding", "interdiction", "interceptor" (military) and "shadow fleet" (economic), and a
 * search that must rest on a legal basis (claim:frame-procedure's `unless`), and a threat
 * denied (claim:threat-denied); narrowed by issue #13: a boarding ashore (claim:boarding-ashore),
 * a cargo searched only beside a navy, a team or an embargo, a threat asserted ("not only a threat"),
 * the shadow fleet beside sabotage (claim:shadow-fleet-sabotage), a regime that rests on a legal basis.
 */
const text = readFileSync(join(__dirname, '../../../test/fixtures/categories-maritime-interdiction/input.md'), 'utf8');
const claims = analyse(text, { format: 'markdown' }).claims;
const starting = (start: string) => {
  const claim = claims.find((c) => text.slice(c.start, c.end).startsWith(start));
  assert.ok(claim, `no claim starts "${start}"`);
  return claim;
};
const named = (start: string, rule: string) => starting(start).why.filter((r) => r.rule === rule && r.about === 'category');
const words = (start: string, rule: string) => named(start, rule).map((r) => r.words ?? '').join('; ');

describe('A cargo that is searched is what an interdiction stops, not goods traded (claim:cargo-interdicted)', () => {
  it('Reads a cargo a team inspects as military, naming the rule', () => {
    assert.equal(starting('The team gained control').primary, 'military');
    assert.match(words('The team gained control', 'claim:cargo-interdicted'), /cargo beside 'inspected'/);
  });
  it("Keeps a terminal's cargo economic, without the rule (near miss)", () => {
    assert.equal(starting('The terminal handled').primary, 'economic');
    assert.equal(named('The terminal handled', 'claim:cargo-interdicted').length, 0);
  });
  it('Keeps a cargo inspected by quarantine staff economic: a search verb with no navy, warship, team or embargo is no interdiction (near miss)', () => {
    assert.equal(starting('Quarantine staff inspected').primary, 'economic');
    assert.equal(named('Quarantine staff inspected', 'claim:cargo-interdicted').length, 0);
  });
});

describe('Boarding, interdiction and interceptors are military words; the shadow fleet is an economic one (categories.json)', () => {
  it('Reads a boarding as force used at sea', () => {
    assert.equal(starting('Each boarding took').primary, 'military');
    assert.equal(words('Each boarding took', 'claim:military-word'), 'boarding');
    assert.equal(named('Each boarding took', 'claim:boarding-ashore').length, 0);
  });
  it('Counts nothing for passengers boarding at a gate or a boarding school, with no vessel, navy, team or search (claim:boarding-ashore, near miss)', () => {
    assert.equal(starting('Ticket holders queue').primary, null);
    assert.equal(words('Ticket holders queue', 'claim:boarding-ashore'), 'boarding');
    assert.equal(starting('Fees at the boarding school').primary, 'economic');
    assert.equal(words('Fees at the boarding school', 'claim:boarding-ashore'), 'boarding');
  });
  it('Reads interdiction as force used at sea', () => {
    assert.equal(starting('Interdiction works').primary, 'military');
    assert.equal(words('Interdiction works', 'claim:military-word'), 'Interdiction');
  });
  it('Reads the shadow fleet as merchant shipping, not a navy', () => {
    assert.equal(starting('Most of the shadow fleet').primary, 'economic');
    assert.equal(words('Most of the shadow fleet', 'claim:economic-word'), 'shadow fleet');
    assert.equal(named('Most of the shadow fleet', 'claim:military-word').length, 0);
    assert.equal(named('Most of the shadow fleet', 'claim:shadow-fleet-sabotage').length, 0);
  });
  it('Reads the shadow fleet beside cut cables as a tool of attack (claim:shadow-fleet-sabotage, near miss)', () => {
    assert.equal(starting('Tankers of the shadow fleet').primary, 'military');
    assert.match(words('Tankers of the shadow fleet', 'claim:shadow-fleet-sabotage'), /shadow fleet beside 'cables'/);
  });
  it("Keeps a navy's fleet military (near miss)", () => {
    assert.equal(starting("The navy's fleet").primary, 'military');
  });
  it('Weighs interceptors as weapons, above the words of their production', () => {
    assert.equal(starting('Suppliers will double').primary, 'military');
    const cue = named('Suppliers will double', 'claim:military-word').find((r) => r.words === 'interceptors');
    assert.equal(cue?.weight, 3);
  });
});

describe("A search that must rest on a legal basis is argued by its own words (claim:frame-procedure's unless)", () => {
  it('Reads the requirement by its words, not as procedure', () => {
    assert.equal(starting('Every search of a foreign vessel').primary, 'geopolitical');
    assert.equal(named('Every search of a foreign vessel', 'claim:frame-procedure').length, 0);
  });
  it("Keeps a licence scheme's legal basis as procedure (near miss)", () => {
    assert.equal(starting('The legal basis of the fishing').primary, null);
    assert.equal(named('The legal basis of the fishing', 'claim:frame-procedure').length, 1);
  });
  it("Keeps a regime that rests on a legal basis as procedure: only a basis a search must, should or cannot rest on is argued (near miss)", () => {
    assert.equal(starting('The quota regime rests').primary, null);
    assert.equal(named('The quota regime rests', 'claim:frame-procedure').length, 1);
  });
});

describe('A threat denied names no danger (claim:threat-denied)', () => {
  it('Reads "is not a threat" with no category, naming the rule', () => {
    assert.equal(starting('That offer is not a threat').primary, null);
    assert.equal(words('That offer is not a threat', 'claim:threat-denied'), 'is not a threat');
  });
  it('Keeps armed drones that are a threat military (near miss)', () => {
    assert.equal(starting('The armed drones').primary, 'military');
    assert.equal(named('The armed drones', 'claim:threat-denied').length, 0);
  });
  it('Keeps a threat asserted ("not only a threat", "not a threat … can ignore") military, without the rule (near miss)', () => {
    assert.equal(starting('Piracy is not only').primary, 'military');
    assert.equal(named('Piracy is not only', 'claim:threat-denied').length, 0);
    assert.equal(starting('A missile strike on the port').primary, 'military');
    assert.equal(named('A missile strike on the port', 'claim:threat-denied').length, 0);
  });
  it('Reads a denial whose object runs to several words ("does not consider the new tariff schedule a threat")', () => {
    assert.equal(starting('The board does not consider').primary, 'economic');
    assert.match(words('The board does not consider', 'claim:threat-denied'), /not consider the new tariff schedule a threat/);
  });
});
