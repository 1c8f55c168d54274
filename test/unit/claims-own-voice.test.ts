import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';

/**
 * Three classes of the second wave on claim categories, each a named row of
 * claims.json: a union's own names in its own texts (claim:union-own-name),
 * sections that say what the document itself is (claim:section-about-document)
 * and how work is staffed and organised (claim:frame-organisation).
 */

const claimsOf = (text: string, format: 'plain' | 'markdown' = 'plain') =>
  analyse(text, { format }).claims.map((c) => ({ ...c, text: text.slice(c.start, c.end) }));
const rules = (why: readonly { rule: string }[]) => why.map((r) => r.rule);
const find = (claims: ReturnType<typeof claimsOf>, start: string) => {
  const claim = claims.find((c) => c.text.startsWith(start));
  assert.ok(claim, `no claim starting "${start}"`);
  return claim;
};

describe("A union's own names in its own texts say who acts (claim:union-own-name)", () => {
  it('Reads a war on the Union\'s border as military in a text that speaks of Member States', () => {
    const claims = claimsOf('Member States met in Brussels.\n\nThe war on the Union\'s border has emptied the arsenals of its armies.');
    const claim = find(claims, 'The war');
    assert.equal(claim.primary, 'military');
    assert.ok(rules(claim.why).includes('claim:union-own-name'), rules(claim.why).join(', '));
  });

  it('Keeps "the Union" whole where a text about another union never says "Member States"', () => {
    const [claim] = claimsOf('The war on the Union\'s border has emptied the arsenals of its armies.');
    assert.ok(!rules(claim.why).includes('claim:union-own-name'), rules(claim.why).join(', '));
    assert.ok(claim.categories.geopolitical > 0);
  });
});

describe('Sections that say what the document itself is have no category (claim:section-about-document)', () => {
  const sentence = 'We counted the tariffs on steel that each country paid.';
  it('Reads a sentence under "Methodology" as none, and the same sentence under "Findings" as economic', () => {
    const under = (heading: string) => find(claimsOf(`# Report\n\n## ${heading}\n\n${sentence}\n`, 'markdown'), 'We counted');
    const method = under('3. Methodology');
    assert.equal(method.primary, null);
    assert.ok(rules(method.why).includes('claim:section-about-document'), rules(method.why).join(', '));
    assert.equal(under('Findings').primary, 'economic');
  });

  it('Reads only a heading that is the whole title: "Methodology of sanctions relief" is a subject, not a section about the document', () => {
    const claim = find(claimsOf(`# Report\n\n## Methodology of sanctions relief\n\n${sentence}\n`, 'markdown'), 'We counted');
    assert.ok(!rules(claim.why).includes('claim:section-about-document'));
  });
});

describe('How work is staffed and organised has no category (claim:frame-organisation)', () => {
  it('Reads desk officers seconded for each region as none, though "region" and "defence" are category words', () => {
    const [claim] = claimsOf('Each region will have two desk officers seconded from the defence ministry.');
    assert.equal(claim.primary, null);
    assert.ok(rules(claim.why).includes('claim:frame-organisation'), rules(claim.why).join(', '));
  });
});
