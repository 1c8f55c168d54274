import { strict as assert } from 'node:assert';
import { roleIn } from './roles-helpers';

/**
 * Role classes of session 15 (issue #12), read first on the six newest
 * development documents: an operative provision in the drafting 'shall' of an
 * agreement, a resolution or a bill is what the instrument lays down (a
 * thesis), whatever date, figure or condition it holds; an article's roadmap
 * paragraph and what 'this article' says it does are meta-text (statements).
 */
describe('Roles of session 15 (the six newest documents first)', () => {
  it("Reads a provision in the drafting 'shall' as what the instrument lays down, figures and all (role:operative-provision)", () => {
    const text = 'Article 7. Each Party shall designate its officers. The Parties shall conduct joint patrols for not fewer than 120 sea days in each calendar year. Decisions are recorded.';
    assert.deepEqual(roleIn(text, 'for not fewer than 120 sea days'), { role: 'thesis', rule: 'role:operative-provision' });
    const bill = 'The Act sets targets. Not later than 90 days after each conference, the Comptroller General shall brief the appropriate committees on 3 matters. Reports follow.';
    assert.deepEqual(roleIn(bill, 'shall brief'), { role: 'thesis', rule: 'role:operative-provision' });
  });
  it("Leaves a 'shall' that another text quotes as a quotation, and a sentence without one to the other rules (near-miss of role:operative-provision)", () => {
    const quoted = 'The statute is short. According to Title 10, "The Space Force shall be organized, trained, and equipped to provide freedom of operation." It was amended later.';
    assert.notEqual(roleIn(quoted, 'According to Title 10').rule, 'role:operative-provision');
    const plain = 'Article 7. The Parties conducted joint patrols for 120 sea days in 2025. Decisions are recorded.';
    assert.notEqual(roleIn(plain, 'for 120 sea days').rule, 'role:operative-provision');
  });
  it("Reads an article's roadmap paragraph as meta-text (role:roadmap)", () => {
    const text = 'Sanctions have costs. The rest of the article proceeds as follows. Section 2 reviews work on evasion, Section 3 describes our data, and Section 4 concludes.';
    assert.deepEqual(roleIn(text, 'proceeds as follows'), { role: 'statement', rule: 'role:roadmap' });
    assert.deepEqual(roleIn(text, 'Section 2 reviews'), { role: 'statement', rule: 'role:roadmap' });
  });
  it('Does not read a section of a law that provides something as a roadmap (near-miss of role:roadmap)', () => {
    const text = 'The bill is short. Section 2 requires the Secretary to report each year. Section 3 authorizes $2 billion.';
    assert.notEqual(roleIn(text, 'Section 2 requires').rule, 'role:roadmap');
  });
  it("Reads what 'this article' says it does as meta-text (role:about-document), but not an article of a treaty", () => {
    const text = 'Trade fell in 2022. This article asks how much of it came back by way of third countries. Most of it did.';
    assert.deepEqual(roleIn(text, 'This article asks'), { role: 'statement', rule: 'role:about-document' });
    const treaty = 'The Parties met in 2022. This article applies to vessels of either Party. Fees are shared.';
    assert.notEqual(roleIn(treaty, 'This article applies').rule, 'role:about-document');
  });
});
