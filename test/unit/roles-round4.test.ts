import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { roleIn } from './roles-helpers';

/**
 * Role classes of session 11, read first on the six newest development
 * documents and counted on the fourteen before them: a plan that a named body
 * will carry out, stated with its figures, is the plan set out (a statement),
 * not a datum offered in support of something else; a figure weighed with a
 * modal or a negation, naming no one, is a premise argued from it; a visiting
 * body's thanks for hospitality, its looking forward to more talks and a
 * speaker's 'it is a pleasure to follow' are courtesy, in the third person too;
 * what a law or a bill provides, naming whom it binds, is the provision
 * described; a 'must' or 'has to' that names who is bound and states a
 * measured figure tells how things stand; the items of a list whose lead-in
 * tells what was done record it; the paragraph under a thesis backs it only
 * where that thesis recommends (a numbered recommendation), not any thesis
 * that happens to close the paragraph above; a paragraph that opens by
 * granting someone else a point is a concession; who met or visited whom is
 * the scene a statement reports on; a sentence that defines a term it names
 * with its short form is background.
 */


describe('Roles of session 11 (the six newest documents first)', () => {
  it('Reads what a named body will do, with its figures, as the plan set out, not as evidence', () => {
    const text = 'Ferries are late every winter. The Harbour Board of Tallinn will hire 40 pilots over three years. Crews train in the spring.';
    assert.deepEqual(roleIn(text, 'will hire 40 pilots'), { role: 'statement', rule: 'role:measured-plan' });
  });
  it('Keeps a figure that names nobody who will act, or tells of what was done, as evidence', () => {
    const nobody = 'Ferries are late every winter. A second tug will cut waiting times by 40 percent. Crews train in the spring.';
    assert.notEqual(roleIn(nobody, 'cut waiting times').rule, 'role:measured-plan');
    const done = 'Ferries are late every winter. The Harbour Board of Tallinn hired 40 pilots last year at a cost of €2 million. Crews train in the spring.';
    assert.deepEqual(roleIn(done, 'hired 40 pilots').role, 'evidence');
  });
  it('Reads a figure weighed with a modal or a negation, naming no one, as a reason', () => {
    const would = 'Ferries are late every winter. A third tug would cut waiting times by 40 percent. Crews train in the spring.';
    assert.deepEqual(roleIn(would, 'would cut'), { role: 'reason', rule: 'role:judged-figure' });
    const not = 'Ferries are late every winter. Ten tonnes of fuel will not keep the ferries running. Crews train in the spring.';
    assert.deepEqual(roleIn(not, 'will not keep'), { role: 'reason', rule: 'role:judged-figure' });
  });
  it('Keeps the figure a datum where a named body would act on it, or where it is dated', () => {
    const named = 'Ferries are late every winter. The Harbour Board of Tallinn would pay 40 percent of the cost. Crews train in the spring.';
    assert.equal(roleIn(named, 'would pay').role, 'evidence');
    const dated = 'Ferries are late every winter. In 2019 a ferry could cross in 40 minutes. Crews train in the spring.';
    assert.equal(roleIn(dated, 'could cross').role, 'evidence');
  });
  it('Reads thanks and courtesy in the third person as courtesy, not as a claim', () => {
    const text = 'Ferries are late every winter. The delegation thanks the harbour master and his staff for their hospitality during the visit. A third tug would help. The inspectors look forward to continuing the talks with the Harbour Board of Tallinn.';
    assert.deepEqual(roleIn(text, 'thanks the harbour master'), { role: 'statement', rule: 'role:courtesy' });
    assert.deepEqual(roleIn(text, 'look forward to continuing'), { role: 'statement', rule: 'role:courtesy' });
    const debate = 'It is a pleasure to follow the Member for Tallinn North. Ferries are late every winter. A third tug would help.';
    assert.deepEqual(roleIn(debate, 'It is a pleasure'), { role: 'statement', rule: 'role:courtesy' });
  });
  it('Reads what a law provides, naming whom it binds, as the provision described, not as evidence', () => {
    const text = 'Ferries are late every winter. The Harbour Act of Estonia authorizes the Harbour Board of Tallinn to charge €40 per berth. Dredging requires a second tug. The Harbour Board of Tallinn should require a second tug. Crews train in the spring.';
    assert.deepEqual(roleIn(text, 'authorizes the Harbour Board'), { role: 'statement', rule: 'role:provision' });
    // Naming no one, 'requires' is a judgement; with 'should', a recommendation.
    assert.notEqual(roleIn(text, 'Dredging requires').rule, 'role:provision');
    assert.deepEqual(roleIn(text, 'should require'), { role: 'thesis', rule: 'role:recommendation' });
  });
  it('Does not link the facts told after a paragraph that opens with what a law provides to that provision, as it does after a description', () => {
    const links = (opening: string) => {
      const text = `${opening} In 2021 the Harbour Board collected €3 million in berth fees. Ships from Riga paid a third of the fees.`;
      const { claims } = analyse(text, { format: 'plain' });
      const at = (words: string) => claims.findIndex((c) => text.slice(c.start, c.end).includes(words));
      return { claims, first: at(opening.slice(0, 20)), fees: at('paid a third') };
    };
    const law = links('The Harbour Act of Estonia authorizes the Harbour Board of Tallinn to charge €40 per berth.');
    assert.equal(law.claims[law.first].why.find((r) => r.about === 'role')?.rule, 'role:provision');
    assert.deepEqual(law.claims[law.fees].supports, []);
    // After a paragraph that opens by describing the past, the same facts detail that opening.
    const past = links('Ten years ago the port of Tallinn was the busiest on the coast.');
    assert.deepEqual(past.claims[past.fees].supports, [past.first]);
  });
  it("Does not link a datum to the writer's own commitment or view, or the parties' act, that follows it, as it does to a recommendation", () => {
    const after = (claim: string) => {
      const text = `Ferries are late every winter.\n\nIn 2021 the Harbour Board of Tallinn collected €3 million in berth fees. ${claim}`;
      const { claims } = analyse(text, { format: 'plain' });
      const fees = claims.find((c) => text.slice(c.start, c.end).includes('collected €3 million'))!;
      const last = claims.findIndex((c) => text.slice(c.start, c.end).includes(claim.slice(0, 20)));
      return { backsIt: fees.supports.includes(last), rule: fees.why.find((r) => r.about === 'support')?.rule };
    };
    for (const claim of ['We will build a third pier at the port.', 'We expect the fees to pay for a third pier.', 'The ministers agreed to build a third pier at the port.']) {
      assert.equal(after(claim).backsIt, false, claim);
    }
    // A recommendation after the same datum is what the datum backs.
    assert.deepEqual(after('Tallinn should build a third pier at the port.'), { backsIt: true, rule: 'support:backs-claim-after' });
  });
  it("Reads what a named body or thing must do, with a measured figure, as a datum, and 'will have to' as no datum", () => {
    const text = 'Ferries are late every winter. Every ship entering the Port of Tallinn has to take two pilots on board. The Harbour Board of Tallinn will have to hire 40 pilots. Crews train in the spring.';
    assert.deepEqual(roleIn(text, 'has to take two pilots'), { role: 'evidence', rule: 'role:bound-figure' });
    assert.notEqual(roleIn(text, 'will have to hire').rule, 'role:bound-figure');
    // Without a figure, a named body's 'must' stays a recommendation (roles-classes: 'The crews in Gdansk need to train more').
    assert.deepEqual(roleIn('Ferries are late every winter. The Harbour Board of Tallinn must hire more pilots. Crews train in the spring.', 'must hire'), { role: 'thesis', rule: 'role:recommendation' });
  });
  it('Reads the items under a lead-in that tells what was done as a record, and those under a lead-in that puts forward as recommendations', () => {
    const text = [
      '# Storms', '', 'The harbour board acted quickly after the storm. Its measures have included the following:', '',
      '- closing the outer basin to tankers;', '- hiring two more pilots.', '',
      '# Next winter', '', 'The harbour board should act before the next storm. It should:', '',
      '- close the outer basin to tankers;', '- hire two more pilots.', '',
      '# Policy', '', 'Section 4 states that it is the policy of the United States to:', '', '- fund a third tug;', '- train more pilots.', '',
    ].join('\n');
    const claims = analyse(text, { format: 'markdown' }).claims;
    const item = (words: string, nth = 0) => claims.filter((c) => text.slice(c.start, c.end).startsWith(words))[nth];
    assert.equal(item('closing the outer basin').role, 'evidence');
    assert.ok(item('hiring two more pilots').why.some((r) => r.rule === 'role:list-evidence'));
    assert.equal(item('close the outer basin').role, 'thesis');
    // 'United' is a name, not a past form: the lead-in does not tell of the past.
    assert.equal(item('fund a third tug').role, 'thesis');
  });
  it('Links a paragraph of data to the thesis closing the paragraph above only where that thesis recommends', () => {
    const text = 'We looked at the harbour in spring.\n\nThe pilots are the weak point of the harbour.\n\nThe harbour lost 12% of its traffic in 2024. Ships from Riga waited four days.';
    const claims = analyse(text, { format: 'plain' }).claims;
    const at = (words: string) => claims.findIndex((c) => text.slice(c.start, c.end).includes(words));
    assert.ok(!claims[at('lost 12%')].supports.includes(at('weak point')));
    assert.ok(!claims[at('lost 12%')].why.some((r) => r.rule === 'support:backs-claim-above'));
  });
  it('Reads a paragraph that opens by granting someone else a point as a concession', () => {
    const text = 'The harbour should buy a second tug.\n\nThe harbour master is right that the quay is too short. But a longer quay would not help without a tug.';
    assert.deepEqual(roleIn(text, 'is right that'), { role: 'concession', rule: 'role:grants-source' });
    const inside = 'The harbour should buy a second tug. Patched hulls fail, and the harbour master is right that repairs only delay the cost. Crews train.';
    assert.notEqual(roleIn(inside, 'Patched hulls').rule, 'role:grants-source');
  });
  it('Reads who met or visited whom as the scene of the meeting, and a target not met as a datum', () => {
    const text = 'Ferries are late every winter. The delegation of the Harbour Board of Tallinn met the mayor of Riga on 4 May 2025. The port of Riga has not met its targets since 2019. Crews train in the spring.';
    assert.deepEqual(roleIn(text, 'met the mayor'), { role: 'statement', rule: 'role:meeting-scene' });
    assert.equal(roleIn(text, 'has not met').role, 'evidence');
  });
  it('Reads a sentence that defines a term with its short form as background, and a plain judgement as no definition', () => {
    const text = 'Ferries are late every winter. The Harbour Pilotage Service (HPS) is the body that trains and licenses the pilots of Tallinn. The bottleneck is the pilot school. Crews train in the spring.';
    assert.deepEqual(roleIn(text, 'is the body that'), { role: 'statement', rule: 'role:definition' });
    assert.notEqual(roleIn(text, 'The bottleneck is').rule, 'role:definition');
  });
});
