import { strict as assert } from 'node:assert';
import { linksIn, roleIn } from './roles-helpers';
import { analyse } from '../../src/core/analyse';

/**
 * Roles by the classes of the guidelines (../shared/eval/GUIDELINES.md, roles):
 * each case is a short text a reader would label the same way, and the rule
 * that should say so.
 */


describe('Roles by the classes a reader uses', () => {
  const cases: [string, string, string, string][] = [
    // [rule, text, sentence, role]: reason against evidence
    ['role:body-reasoning', 'The port matters to Poland. Ships from Riga unload in Gdansk. Without the port, Poland would depend on Hamburg. Ships wait.', 'would depend', 'reason'],
    ['role:paragraph-body', 'The port matters to Poland. Ships from Riga unloaded in Gdansk. The navy in Gdansk built a new pier. Ships wait.', 'built a new pier', 'evidence'],
    ['role:paragraph-body', 'The port matters to Poland. The navy of Poland is building a pier in Gdansk. Ships wait.', 'is building', 'evidence'],
    ['role:reason-opening', 'The port matters to Poland. If the pier in Gdansk closed, grain from Riga would rot. Ships wait.', 'If the pier', 'reason'],
    ['role:reported-speech', 'The fleet is old. The admiral in Gdansk has argued that Poland should buy four frigates.', 'has argued', 'evidence'],
    ['role:recommendation', 'The fleet is old. Poland should buy four frigates for Gdansk.', 'should buy', 'thesis'],
    ['role:reported-speech', 'The fleet is old. The mayor of Gdansk welcomed the decision to keep the yard open. Ships wait.', 'welcomed', 'evidence'],
    ['role:reported-speech', 'The fleet is old. Inspectors in Riga found that the hulls were rusting. Ships wait.', 'found that', 'evidence'],
    // unmarked conclusions, and forecasts
    ['role:conclusion-opening', 'The fleet is old. Ships from Riga wait in Gdansk. All this leaves Poland exposed.', 'All this', 'conclusion'],
    ['role:document-end', 'The fleet is old. Ships from Riga wait in Gdansk. The navy of Poland was not ready for a long war.', 'not ready', 'conclusion'],
    ['role:dated-forecast', 'The fleet is old. The new frigates for Gdansk will probably be ready by 2031. Ships wait.', 'will probably', 'thesis'],
    ['role:dated-event', 'The fleet is old. The first frigate for Gdansk was launched in 2021. Ships wait.', 'was launched', 'evidence'],
    // background: a section that opens by telling of a dated event, and the rest of its paragraph
    ['role:background-opening', 'In 2019 Poland opened a new pier in Gdansk. Ships from Riga unloaded there. The crews were Latvian.', 'In 2019', 'statement'],
    ['role:background-paragraph', 'In 2019 Poland opened a new pier in Gdansk. Ships from Riga unloaded there. The crews were Latvian.', 'unloaded there', 'statement'],
    ['role:dated-event', 'In 2019 Poland opened a new pier in Gdansk. Ships from Riga unloaded there in 2020. The crews were Latvian.', 'there in 2020', 'evidence'],
    // background: a section that opens in the past, with no date of its own
    ['role:past-opening', 'Ten years ago the port of Gdansk was the busiest on the coast. Ships from Riga unloaded there. The crews were Latvian.', 'Ten years ago', 'statement'],
    ['role:background-paragraph', 'Ten years ago the port of Gdansk was the busiest on the coast. Ships from Riga unloaded there. The crews were Latvian.', 'unloaded there', 'statement'],
    ['role:paragraph-body', 'The port of Gdansk is the busiest on the coast. Ships from Riga unloaded there. The crews were Latvian.', 'unloaded there', 'evidence'],
    // concession: a point granted and answered in one sentence
    ['role:concession-turn', 'The fleet is old. That risk is real, but it is smaller than it looks. Ships wait.', 'That risk', 'concession'],
    ['role:judgement', 'The fleet is old. Ships from Riga wait in Gdansk. That risk is real and it is growing. Ships wait.', 'That risk', 'thesis'],
    // meta-text: a short sentence announcing how many points follow, with no modal verb
    ['role:announces-items', 'The fleet is old. Its decline can be read as two questions. Ships from Riga wait in Gdansk.', 'two questions', 'statement'],
    // a measured figure reported (one weighed with 'would', naming no one, is a reason: role:judged-figure, roles-round4)
    ['role:measured-figure', 'The fleet is old. Repairs cost the navy €2 billion last year. Ships from Riga wait in Gdansk.', 'Repairs cost', 'evidence'],
    ['role:judged-figure', 'The fleet is old. Three new frigates would make a real difference. Ships from Riga wait in Gdansk.', 'Three new frigates', 'reason'],
    // views others hold, reported: evidence even where they say what should be done
    ['role:reported-view', 'The fleet is old. Some Members advocate for a larger navy in Gdansk. Ships wait.', 'Some Members', 'evidence'],
    ['role:other-view', 'The fleet is old. Others argue that Poland should buy frigates. Ships wait.', 'Others argue', 'contrast'],
    ['role:reported-view-inside', 'The fleet is old. In Gdansk, critics argue that the yard is too small. Ships wait.', 'critics argue', 'evidence'],
    // quotations: evidence, even where the quoted words recommend or count
    ['role:quotation', 'The fleet is old. "We should never have let the yard in Gdansk close," the admiral told reporters. Ships wait.', 'We should never', 'evidence'],
    ['role:quotation', 'The fleet is old. "Our crews sailed through four storms," Nowak said. Ships wait.', 'four storms', 'evidence'],
    ['role:quotation', 'The fleet is old. The plan calls for "a navy second to none in the Baltic" by the end of the decade. Ships wait.', 'second to none', 'evidence'],
    ['role:judgement', 'The fleet is old. Ships from Riga wait in Gdansk. The so-called "special relationship" is over. Ships wait.', 'special relationship', 'thesis'],
    ['role:quotation', 'The fleet is old. “We cannot guard every cable. What we can do is watch the ships near Gdansk.” Ships wait.', 'What we can do', 'evidence'],
    // a point granted against the author's own proposal, and views reported with 'argue that'
    ['role:concession-opening', 'The fleet is old. The navy should buy ships. None of this will stop a determined saboteur. Ships wait.', 'None of this', 'concession'],
    ['role:reported-view-inside', 'The fleet is old. Governments in the south argue that the money is needed elsewhere. Ships wait.', 'argue that', 'evidence'],
    ['role:body-reasoning', 'The fleet is old. Sensors in Gdansk detect; they do not deter. Ships wait.', 'do not deter', 'reason'],
    // numbered points of an argument, and the answer to a question just asked
    ['role:enumerated-point', 'The fleet is old. Two changes would help. First, Poland needs a yard of its own in Gdansk. Ships wait.', 'First, Poland', 'thesis'],
    ['role:answer', 'The fleet is old. Why has Poland waited? The navy in Gdansk has spent its money on tanks. Ships wait.', 'has spent its money', 'thesis'],
    ['role:paragraph-body', 'The fleet is old. Poland has waited. The navy in Gdansk has spent its money on tanks. Ships wait.', 'has spent its money', 'evidence'],
    ['role:concession-turn', 'The fleet is old. Is the risk real? That risk is real, but it is smaller than it looks. Ships wait.', 'That risk', 'concession'],
    // a turn that opens a paragraph opens the line the paragraph argues
    ['role:turning-paragraph', 'The port of Gdansk grew fast.\n\nYet the gains have been narrow. Ships from Riga still wait for days.', 'Yet the gains', 'thesis'],
    ['role:turning-paragraph-inside', 'The port of Gdansk grew fast.\n\nDownstream, by contrast, the arithmetic looks different. Ships from Riga still wait for days.', 'by contrast', 'thesis'],
    ['role:contrast-opening', 'The port of Gdansk grew fast. Ships from Riga came. Yet the gains of Gdansk have been narrow.', 'Yet the gains', 'contrast'],
    // the author's line held to inside a sentence after what was granted; a sentence opening with it still turns
    ['role:reasserts', 'The fleet is old. War is unlikely. Water has nonetheless become a risk in Gdansk. Ships wait.', 'nonetheless', 'thesis'],
    ['role:contrast-opening', 'The fleet is old. War is unlikely. Nevertheless, the crews in Gdansk are tired. Ships wait.', 'Nevertheless', 'contrast'],
    // a question named as one to watch, in a paragraph of its own
    ['role:open-question', 'The fleet is old.\n\nWhether the yard in Gdansk delivers the frigates on time.\n\nShips wait.', 'Whether the yard', 'statement'],
    // contrast marked inside the sentence
    ['role:contrast', 'The port of Gdansk grew fast. The port of Riga, by contrast, lost trade to Klaipeda. Ships wait.', 'by contrast', 'contrast'],
  ];
  for (const [rule, text, sentence, role] of cases) {
    it(`Reads "${sentence}" as ${role} by ${rule}`, () => {
      assert.deepEqual(roleIn(text, sentence), { role, rule });
    });
  }

  it('Reads "the need to" as a noun, not as a recommendation, and "need to" after its subject as one', () => {
    assert.notEqual(roleIn('The fleet is old. The crews in Gdansk feel the need to train more. Ships wait.', 'feel the need').rule, 'role:recommendation');
    assert.notEqual(roleIn('The fleet is old. There is no need to move the crews from Gdansk. Ships wait.', 'no need').rule, 'role:recommendation');
    assert.deepEqual(roleIn('The fleet is old. The crews in Gdansk need to train more. Ships wait.', 'need to train'), { role: 'thesis', rule: 'role:recommendation' });
  });

  it('Reads reported speech in a relative clause as describing someone, not as the sentence reporting', () => {
    const text = 'The fleet is old. The port of Gdansk, which the admiral once described as vital, would not survive a long war. Ships wait.';
    assert.deepEqual(roleIn(text, 'which the admiral'), { role: 'reason', rule: 'role:body-reasoning' });
    assert.deepEqual(roleIn('The fleet is old. The admiral in Gdansk described the port as vital. Ships wait.', 'described the port'), { role: 'evidence', rule: 'role:reported-speech' });
  });

  it('Reads "should" in what someone a relative clause names insisted on as theirs, not the author\'s recommendation', () => {
    const text = 'The fleet is old. Yet this would anger the admiral, who always insisted that Poland should keep its frigates in Gdansk. Ships wait.';
    assert.notEqual(roleIn(text, 'who always insisted').rule, 'role:recommendation');
    assert.deepEqual(roleIn('The fleet is old. Poland needs a plan for Gdansk, which should include frigates. Ships wait.', 'which should'), { role: 'thesis', rule: 'role:recommendation' });
  });

  it('Reads a date or a concession in a relative clause as describing what the clause names, not the sentence', () => {
    const dated = 'The fleet is old.\n\nPoland has grounds to doubt the treaty, which was signed in 2019 and has lasted since. Ships from Riga wait in Gdansk.';
    assert.deepEqual(roleIn(dated, 'has grounds'), { role: 'thesis', rule: 'role:paragraph-opening' });
    assert.deepEqual(roleIn(dated.replace(', which was signed in 2019 and has lasted since', ' signed in 2019'), 'has grounds'), { role: 'evidence', rule: 'role:dated-event' });
    const conceded = 'The fleet is old. A coalition has formed that ranges from the crews, who despite their pay stayed in Gdansk, to the officers of Riga. Ships wait.';
    assert.notEqual(roleIn(conceded, 'A coalition').role, 'concession');
  });

  it('Reads the items of a list that continue a lead-in reporting evidence as evidence, and those after a recommending lead-in as theses', () => {
    const roleInMarkdown = (text: string, sentence: string) => {
      const claim = analyse(text, { format: 'markdown' }).claims.find((c) => text.slice(c.start, c.end).includes(sentence));
      assert.ok(claim, `no claim holds "${sentence}"`);
      return { role: claim.role, rule: claim.why.find((r) => r.about === 'role')?.rule };
    };
    const reported = 'The fleet is old.\n\nAccording to the minister, the navy in Gdansk asked for ships including\n\n- four frigates for the coast;\n- two tankers for Riga.\n';
    assert.deepEqual(roleInMarkdown(reported, 'two tankers'), { role: 'evidence', rule: 'role:list-evidence' });
    const recommended = 'The fleet is old.\n\nThe ministry should:\n\n- buy four frigates for Gdansk;\n- lease two tankers in Riga.\n';
    assert.deepEqual(roleInMarkdown(recommended, 'lease two tankers'), { role: 'thesis', rule: 'role:list-recommendation' });
  });

  it('Reads an ordinal without a comma ("First Deputy Minister") as no numbered point', () => {
    assert.notEqual(roleIn('The fleet is old. Two changes would help. First Deputy Minister Nowak visited Gdansk. Ships wait.', 'First Deputy').rule, 'role:enumerated-point');
  });

  it('Does not read a "however" inside a sentence as a contrast by the word alone', () => {
    assert.notEqual(roleIn('The port of Gdansk grew fast. Ships came. Climate change, however, is narrowing the room for delay. Ships wait.', 'however').role, 'contrast');
    assert.equal(roleIn('The port of Gdansk grew fast. Ships came. However, the crews in Riga left. Ships wait.', 'However').role, 'contrast');
  });

  it('Reads a cue phrase across a hard line wrap as the same phrase', () => {
    const text = 'The fleet is old and its crews\nare thin. To be\nfair, the crews in Gdansk are well trained.';
    assert.deepEqual(roleIn(text, 'fair, the crews'), { role: 'concession', rule: 'role:concession-opening' });
  });
});

describe('What supports what, by the classes a reader uses', () => {
  it('Links the evidence after a contrast that carries the author’s line to that contrast', () => {
    const { claims, at, rule } = linksIn('The port of Gdansk grew fast. Yet the port of Riga shrank. Riga lost 20% of its cargo in 2022. Ships wait.');
    assert.equal(claims[at('Yet the port')].role, 'contrast');
    assert.deepEqual(claims[at('lost 20%')].supports, [at('Yet the port')]);
    assert.equal(rule(at('lost 20%')), 'support:backs-claim-before');
  });

  it('Links the numbered points of a paragraph to the thesis it opens with, not each to the point before it', () => {
    const { claims, at, rule } = linksIn('The fleet is old.\n\nThree changes would make a real difference. First, Poland should build a yard in Gdansk. Second, Latvia must train crews in Riga.');
    assert.equal(claims[at('Three changes')].role, 'thesis');
    assert.deepEqual(claims[at('First, Poland')].supports, [at('Three changes')]);
    assert.deepEqual(claims[at('Second, Latvia')].supports, [at('Three changes')]);
    assert.equal(rule(at('Second, Latvia')), 'support:part-of-paragraph-thesis');
    assert.deepEqual(claims[at('Three changes')].supports, []);
  });

  it('Links the facts of a paragraph that opens with background to that opening, and a thesis before them first', () => {
    const { claims, at, rule } = linksIn('Ten years ago the port of Gdansk was the busiest on the coast. Poland spent 2% of its budget there in 2015. Riga lost 20% of its cargo in 2016.');
    assert.equal(claims[at('Ten years ago')].role, 'statement');
    assert.deepEqual(claims[at('Riga lost')].supports, [at('Ten years ago')]);
    assert.equal(rule(at('Riga lost')), 'support:details-opening');
    const argued = linksIn('The port of Gdansk must grow. Poland spent 2% of its budget there in 2015. Riga lost 20% of its cargo in 2016.');
    assert.equal(argued.rule(argued.at('Riga lost')), 'support:backs-claim-before');
  });

  it('Links a paragraph of evidence with no claim of its own to the recommendation its section opens with, and not to another section’s', () => {
    const text = '# Ports\n\nPoland should expand the port of Gdansk.\n\nTraffic in Gdansk rose by 12% in 2023. Ships from Riga queued for 40 hours.\n\n# Crews\n\nCrews in Riga earned 8% more in 2022.\n';
    const { claims } = analyse(text, { format: 'markdown' });
    const at = (words: string) => claims.findIndex((c) => text.slice(c.start, c.end).includes(words));
    assert.deepEqual(claims[at('rose by 12%')].supports, [at('should expand')]);
    assert.equal(claims[at('rose by 12%')].why.find((r) => r.about === 'support')?.rule, 'support:backs-section-recommendation');
    assert.equal(claims[at('should expand')].unsupported, false);
    assert.deepEqual(claims[at('earned 8%')].supports, []);
  });
});


describe('A document that describes rather than argues', () => {
  // A report of plain description: no sentence asks, recommends, concedes or concludes.
  const report =
    'The Coast Guard operates the polar icebreakers.\n\n' +
    'The fleet is based in Seattle. Its crews train in Alaska each summer. The older ship entered service in 1976. The newer ship carries a crew of 140. The ships break ice in the Arctic and the Antarctic.\n\n' +
    'The program office manages the contracts. A shipyard in Mississippi builds the hulls. The first hull was ordered in 2019. The contract is worth $1.9 billion. The design is based on a German ship. Engineers in Virginia review the drawings. The office reports to the Commandant.';
  it('Reads the opening of a section and of a paragraph as description (statement), not as a thesis', () => {
    assert.deepEqual(roleIn(report, 'operates the polar'), { role: 'statement', rule: 'role:described-section-opening' });
    assert.deepEqual(roleIn(report, 'manages the contracts'), { role: 'statement', rule: 'role:described-paragraph-opening' });
  });
  it('Keeps a sourced figure and a dated event as evidence', () => {
    assert.deepEqual(roleIn(report, 'worth $1.9 billion'), { role: 'evidence', rule: 'role:measured-figure' });
    assert.deepEqual(roleIn(report, 'ordered in 2019'), { role: 'evidence', rule: 'role:dated-event' });
  });
  it('Reads the same opening as a thesis where the document argues', () => {
    const argued = report.replace('The office reports to the Commandant.', 'The office should report to the Commandant. Congress may consider a third ship. However, the yard is slow. Therefore the fleet will shrink.');
    assert.deepEqual(roleIn(argued, 'manages the contracts'), { role: 'thesis', rule: 'role:paragraph-opening' });
  });
  it('Reads too short a text as argued: too little of it to tell', () => {
    assert.deepEqual(roleIn('The Coast Guard operates the polar icebreakers.\n\nThe program office manages the contracts. A shipyard in Mississippi builds the hulls.', 'manages the contracts'), { role: 'thesis', rule: 'role:paragraph-opening' });
  });
  it('Reads a dated section opening of a report as evidence, and the undated sentences after it as description', () => {
    const dated = report.replace('The Coast Guard operates the polar icebreakers.', 'In 2019 the Coast Guard ordered a new polar icebreaker. The yard builds it in Mississippi.');
    assert.deepEqual(roleIn(dated, 'ordered a new polar'), { role: 'evidence', rule: 'role:dated-event' });
    assert.deepEqual(roleIn(dated, 'The yard builds it'), { role: 'statement', rule: 'role:described-body' });
  });
  it('Reads the view others set against the one before as a contrast', () => {
    const views = report + '\n\nSome analysts argue that the fleet is too small. Other observers caution that new ships cost too much.';
    // what analysts argue is a position the report sets out (role:described-argued-view); others set against it are the other side
    assert.deepEqual(roleIn(views, 'Some analysts'), { role: 'thesis', rule: 'role:described-argued-view' });
    assert.deepEqual(roleIn(views, 'Other observers'), { role: 'contrast', rule: 'role:other-view' });
  });
  it('Reads the last sentence of a report that describes as description, not as a conclusion', () => {
    const last = report + '\n\nThe first hull was launched in 2024. The crew of the new ship trains in Washington.';
    assert.deepEqual(roleIn(last, 'trains in Washington'), { role: 'statement', rule: 'role:described-body' });
    const argued = 'The navy should buy ships. However, the yard is slow. Therefore the fleet will shrink.\n\nThe first hull was launched in 2024. The crew of the new ship trains in Washington.';
    assert.deepEqual(roleIn(argued, 'trains in Washington'), { role: 'conclusion', rule: 'role:document-end' });
  });
  it('Reads an option put to Congress as a thesis, and options do not make the report argue', () => {
    const options = report + '\n\nMembers may consider whether to fund a third ship. Congress could also require a report on the design.';
    assert.deepEqual(roleIn(options, 'Members may consider'), { role: 'thesis', rule: 'role:option' });
    assert.deepEqual(roleIn(options, 'Congress could also'), { role: 'thesis', rule: 'role:option' });
    assert.deepEqual(roleIn(options, 'manages the contracts'), { role: 'statement', rule: 'role:described-paragraph-opening' });
  });
  it('Reads "since the 1980s" and "since the creation of" as time, not as a reason', () => {
    assert.notEqual(roleIn('The fleet is old. Since the 1980s the navy in Gdansk has bought no ship. Ships wait.', 'Since the 1980s').rule, 'role:reason-opening');
    assert.notEqual(roleIn('The fleet is old. Since the creation of the coast guard, the navy in Gdansk has bought no ship. Ships wait.', 'Since the creation').rule, 'role:reason-opening');
  });
});
