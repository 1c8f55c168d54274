import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';

/**
 * Roles in the genres the role fixtures (test/fixtures/roles-genres) brought
 * in: views put up to be answered, first-person commitments, and the
 * justification a recommendation gets right after it or in the paragraph under
 * a numbered one. Each case is a short text a reader would label the same way,
 * the rule that should say so, and a neighbour that must not.
 */

/** The role of the claim holding `sentence` in `text` (plain, or markdown where it has headings), and the rule that gave it. */
function roleIn(text: string, sentence: string): { role: string; rule: string | undefined } {
  const analysis = analyse(text, { format: text.startsWith('#') ? 'markdown' : 'plain' });
  const claim = analysis.claims.find((c) => text.slice(c.start, c.end).includes(sentence));
  assert.ok(claim, `no claim holds "${sentence}"`);
  return { role: claim.role, rule: claim.why.find((r) => r.about === 'role')?.rule };
}

/** A short document that describes (few of its sentences argue), with one plan in it. */
const KESSBY =
  'The port of Kessby lies on the northern shore of the bay. It handles ferries, tankers and fishing boats. The harbour master reports to the town council. ' +
  'Pilots guide every tanker through the channel. The northern quay serves the ferries to the islands. The southern quay serves the tankers. ' +
  'A rail line links the port to the inland depots. Most cargo leaves the port by road. The fishing fleet lands its catch at the old pier. ' +
  'The council owns the land under both quays. The pilots train at a school beside the lighthouse. ' +
  'The port authority will publish a new tariff for ferry operators. The tariff covers berths, pilots and waste.';

/** Two more sentences of the same kind, one of them qualified ('although'): few enough to leave a long description descriptive. */
const TUGS = ' Foreign tugs may not work in the harbour, although the harbour master may admit one in a storm. Two tugs are based at the southern quay.';

describe('Roles in press releases, numbered recommendations, policy papers, speeches and testimony', () => {
  const cases: [string, string, string, string][] = [
    // [rule, text, sentence, role]: a view of unnamed others that the next sentence answers with a turn is granted, then answered
    ['role:answered-view', 'The fleet is old. Critics argue that the navy could simply rent ships. But rented ships cannot be armed in time.', 'could simply rent', 'concession'],
    ['role:answered-view', 'The fleet is old. Some will argue that the money belongs to the army. However, a frigate costs less than it seems.', 'Some will argue', 'concession'],
    ['role:reported-view', 'The fleet is old. Supporters argue that the navy could simply rent ships. Rented ships are cheap.', 'could simply rent', 'evidence'],
    ['role:reported-view-inside', 'The fleet is old. Some will argue that Poland needs 40 frigates in Gdansk. But the yard is small.', 'Some will argue', 'evidence'],
    // a release's lede announces what its issuer did today; the same words later report it
    ['role:lede', 'The Navy of Poland today announced a plan to buy frigates for the Baltic fleet. The frigates will cost €2 billion. Ships wait.', 'today announced', 'thesis'],
    ['role:reported-speech', 'The fleet is old. The Navy of Poland today announced a plan to buy frigates for the Baltic fleet. Ships wait.', 'today announced', 'evidence'],
    // the writer's own commitment, and the same words quoted
    ['role:commitment', 'The fleet is old. By 2030 we will build four frigates in Gdansk. Ships wait.', 'we will build', 'thesis'],
    ['role:commitment', 'The fleet is old. We will also publish the cost of every ship. Ships wait.', 'We will also', 'thesis'],
    ['role:quotation', 'The fleet is old. “We will build four frigates in Gdansk,” the minister said. Ships wait.', 'We will build', 'evidence'],
    // what follows a recommendation, with only reasons between, is a reason for it
    ['role:justification', 'The fleet is old. The navy should buy four frigates. A larger fleet would deter raids on the convoys. Ships wait.', 'would deter', 'reason'],
    ['role:justification', 'The fleet is old. The navy should buy four frigates. Old hulls cannot be armed. Escorts would also be faster.', 'Escorts would', 'reason'],
    // (an indefinite case, 'A larger fleet would deter raids', is a premise argued from: role:hypothetical-judgement, roles-round18.test.ts)
    ['role:judgement', 'The fleet is old. The navy should buy four frigates. The last ones were sold in 2019. Four more frigates would deter raids. Ships wait.', 'would deter', 'thesis'],
    // the paragraph under a numbered recommendation justifies it; under a paragraph that reports first, under an item continuing a lead-in,
    // or where the paragraph puts forward a recommendation of its own ('Pay the yard on delivery. The navy should …'), it does not
    ['role:justification', 'The fleet is old.\n\n1. The navy should buy four frigates.\n\nA larger fleet would deter raids on the convoys.\n\n2. The crews should train more.', 'would deter', 'reason'],
    // (a paragraph that opens with a command is read as one: role:imperative-item)
    ['role:imperative-item', 'The fleet is old.\n\n1. The navy should buy four frigates.\n\nPay the yard on delivery. The navy should hold back a fifth of the price.\n\n2. The crews should train more.', 'Pay the yard', 'thesis'],
    ['role:paragraph-opening', 'The navy may consider several options:\n\n- buying four frigates;\n- leasing two tankers.\n\nEach option has costs.', 'Each option', 'thesis'],
    ['role:paragraph-opening', 'The last frigates were sold in 2019. The navy should buy four more.\n\nA larger fleet would deter raids on the convoys.', 'would deter', 'thesis'],
    // the close of a section in an argued text draws what it comes to, unless it adds one more item
    ['role:judged-close', '# The fleet\n\nThe fleet should grow. The navy of Poland bought tugs from Riga. The purchase did little for the crews.\n\n# The yard\n\nThe yard is small. Ships wait.', 'did little', 'conclusion'],
    ['role:dated-event', '# The fleet\n\nThe fleet should grow. The purchase did little for the crews. The navy of Poland bought tugs from Riga in 2019.\n\n# The yard\n\nThe yard is small. Ships wait.', 'in 2019', 'evidence'],
    ['role:additive-body', '# The fleet\n\nThe fleet should grow. The navy of Poland bought tugs from Riga. Also, the crews trained in Gdansk.\n\n# The yard\n\nThe yard is small. Ships wait.', 'Also, the crews', 'evidence'],
    ['role:additive-body-inside', '# The fleet\n\nThe fleet should grow. The navy of Poland bought tugs from Riga. The yard in Gdansk, for its part, built barges for the navy.\n\n# The yard\n\nThe yard is small. Ships wait.', 'for its part', 'evidence'],
    // a reply answers the view before it: the other side of the exchange, not a datum (role:reply); what a named body said, without replying, is reported speech
    ['role:reply', 'The fleet is old. The admirals in Gdansk reply that the yard is too small. Ships wait.', 'reply that', 'contrast'],
    ['role:reported-speech', 'The fleet is old. The admirals in Gdansk warned that the yard is too small. Ships wait.', 'warned that', 'evidence'],
    // a section that opens from a measured figure opens from a datum; without one, its opening is its claim
    ['role:figure-opening', '# The fleet\n\nThe fleet should grow.\n\n# Costs\n\nFour frigates would cost an estimated €2 billion. The yard is small. Ships wait.', '€2 billion', 'evidence'],
    ['role:section-opening', '# The fleet\n\nThe fleet should grow.\n\n# Costs\n\nFrigates would cost more than the yard can raise. The yard is small. Ships wait.', 'cost more', 'thesis'],
    // in an argued paragraph's body, how things are now is a premise; what happened is a datum
    ['role:general-body', 'The fleet is old. Sensors on the seabed detect; they do not deter. Ships wait.', 'do not deter', 'reason'],
    ['role:general-body', 'The fleet is old. Moscow gains leverage and loses almost nothing. Ships wait.', 'gains leverage', 'reason'],
    ['role:paragraph-body', 'The fleet is old. Moscow gained leverage and lost almost nothing. Ships wait.', 'gained leverage', 'evidence'],
    ['role:paragraph-body', 'The fleet is old. Moscow has taken the port and the yard. Ships wait.', 'has taken', 'evidence'],
    ['role:paragraph-body', 'The fleet is old. The navy of Poland now guards the port. Ships wait.', 'now guards', 'evidence'],
    // findings reported in the present tense
    ['role:evidence', 'The fleet is old. Crews report that the radars fail in fog. Ships wait.', 'Crews report', 'evidence'],
    ['role:evidence', 'The fleet is old. Exit surveys show that most sailors leave for better pay. Ships wait.', 'Exit surveys', 'evidence'],
    // (classes the development documents showed, each in documents by different writers)
    // what someone will do by a date is a plan put forward
    ['role:dated-plan', 'The harbour is old. The Port Authority will dredge the northern channel by March 2027. Ships wait.', 'will dredge', 'thesis'],
    ['role:dated-plan', 'The harbour is old. The ministry will publish its tender rules in the spring of 2026. Ships wait.', 'will publish', 'thesis'],
    // … but what was done by a date is an event, and a plan told in the past is one too
    ['role:dated-event', 'The harbour is old. The Port Authority dredged the northern channel in March 2021. Ships wait.', 'dredged', 'evidence'],
    ['role:dated-event', 'The harbour is old. In 2019 the Port Authority agreed that the channel will stay open. Ships wait.', 'will stay', 'evidence'],
    // "since" opening a sentence with a date or a measure is time, not a reason
    ['role:since-dated', 'The harbour is old. Since the storm of January 2022, the ferries have sailed from the southern quay. Ships wait.', 'Since the storm', 'evidence'],
    ['role:since-measured', 'The harbour is old. Since the quay reopened, traffic has grown by 40 percent. Ships wait.', 'Since the quay', 'evidence'],
    ['role:since-scene', '# The port\n\nThe port should grow.\n\n# The quay\n\nSince the storm of January 2022 closed the quay, the ferries have sailed elsewhere. The quay is small. Ships wait.', 'Since the storm', 'statement'],
    ['role:reason-opening', 'The harbour is old. Since the quay is too short for tankers, the fuel comes by road. Ships wait.', 'Since the quay', 'reason'],
    // a list item that names a thing, or records what was done, is not an action put forward; a bare verb still is
    ['role:list-named-item', 'The harbour is old. Two funds help it:\n\n- the Quay Renewal Fund, which lends up to €40 million;\n- a grant for pilot training.\n\nShips wait.', 'the Quay Renewal', 'statement'],
    ['role:list-record', 'The harbour is old. This year the Port Authority has:\n\n- opened a school for pilots;\n- hired nine tug crews; and\n- published its tariffs online.\n\nShips wait.', 'hired nine', 'statement'],
    ['role:list-recommendation', 'The harbour is old. The Port Authority should:\n\n- open a school for pilots;\n- hire nine tug crews; and\n- publish its tariffs online.\n\nShips wait.', 'hire nine', 'thesis'],
    // how a thing is commonly framed is what the text sets out to examine, not a source's report; a recommendation someone made is reported
    ['role:common-framing', 'The harbour is old. The northern quay is often described as the busiest in the Baltic. Ships wait.', 'often described', 'statement'],
    ['role:reported-speech', 'The harbour is old. Harbour master Ilse Varga described the northern quay as the busiest in the Baltic. Ships wait.', 'Varga described', 'evidence'],
    ['role:reported-speech', 'The harbour is old. In its review, the National Audit Office recommended that the Port Authority publish its tariffs. Ships wait.', 'recommended that', 'evidence'],
    ['role:authorial-stance', 'The harbour is old. We recommend that the Port Authority publish its tariffs. Ships wait.', 'We recommend', 'thesis'],
    // a turn carried by a figure or a date offers the datum; a turn without one that names someone sets the other side (one naming no one answers: role:answering-turn)
    ['role:measured-contrast-opening', 'Ports need tugs. Ships wait at the quay. Yet only 12% of the tugs in the Baltic are younger than ten years. Crews train.', 'Yet only 12%', 'evidence'],
    ['role:measured-contrast', 'Ports need tugs. Ships wait at the quay. Finnish ports, by contrast, have bought 14 new tugs. Crews train.', 'by contrast', 'evidence'],
    ['role:dated-contrast', 'Ports need tugs. Ships wait at the quay. Tallinn signed its contract in March 2024, whereas Riga is still waiting. Crews train.', 'whereas Riga', 'evidence'],
    ['role:contrast-opening', 'Ports need tugs. Ships wait at the quay. Yet the crews in Tallinn are younger than anywhere else. Crews train.', 'Yet the crews', 'contrast'],
    // a paragraph that closes on what will decide the question draws its conclusion; the same words opening a paragraph do not
    ['role:decisive-close', 'Ports need tugs. Ships wait at the quay. The next two winters will decide whether the Baltic ports can stay open.\n\nCrews train.', 'will decide whether', 'conclusion'],
    ['role:judgement', 'Ports need tugs. Ships from Riga wait in Gdansk. The next two winters will decide whether the Baltic ports can stay open. Crews train.', 'will decide whether', 'thesis'],
    // a release's lede may announce what its issuers agreed, signed or issued today, not only what they announced
    ['role:lede', 'The ministers of Finland and Estonia today signed an agreement to share two icebreakers. The ships will sail from Tallinn. Crews train.', 'today signed', 'thesis'],
    // a release's notices to its readers (comment periods, the official journal, webinars, how to apply) are procedure, not plans put forward
    ['role:procedure', 'The harbour rules change. Shipping lines may submit comments on the draft until 30 April 2026. Ships wait.', 'submit comments', 'statement'],
    ['role:procedure', 'The harbour rules change. The Port Authority will hold two webinars on the new tariffs in May 2026. Ships wait.', 'webinars', 'statement'],
    ['role:procedure', 'The harbour rules change. The new tariffs will appear in the Official Journal on 2 May 2026. Ships wait.', 'Official Journal', 'statement'],
    ['role:dated-plan', 'The harbour rules change. The Port Authority will cut its tariffs for ferries in May 2026. Ships wait.', 'will cut', 'thesis'],
    // in an argued text, a paragraph that opens with what others argue sets the other side; the same view inside a paragraph is reported
    ['role:opposing-view', 'The quay must be rebuilt. Ships wait.\n\nSome in the capital argue that the ferries could simply use another port. That port is too shallow.', 'Some in the capital', 'contrast'],
    ['role:reported-view-inside', 'The quay must be rebuilt. Ships wait. The harbour is old, and some in the capital argue that the ferries could simply use another port.', 'some in the capital', 'evidence'],
    // a sentence that points to a table or a chart is meta-text, not the data
    ['role:table-reference', 'The quay must be rebuilt. Ships wait. Table 2 shows the tonnage of every quay since 2015. The harbour is old.', 'Table 2 shows', 'statement'],
    // 'at the same time' turns only where it opens the sentence; at its end it is time
    ['role:contrast-opening', 'The port matters. Ships wait at the quay. At the same time, the port has lost its pilots. Crews train.', 'At the same time', 'contrast'],
    ['role:judgement', 'The port matters. Ships wait at the quay. The new quay can serve tankers and ferries at the same time. Crews train.', 'at the same time', 'thesis'],
    // a dated event that went ahead despite something is a datum; the same 'despite' in a present judgement grants a point
    ['role:dated-concession', 'The port matters. Ships wait at the quay. The new quay opened in March 2019 despite protests from the fishermen. Crews train.', 'despite protests', 'evidence'],
    ['role:concession', 'The port matters. Ships wait at the quay. The new quay stays open despite protests from the fishermen. Crews train.', 'despite protests', 'concession'],
    // in a document that describes, what someone will do is what it puts forward; the description around it stays a statement
    ['role:described-plan', KESSBY, 'will publish a new tariff', 'thesis'],
    ['role:background-paragraph', KESSBY, 'The tariff covers', 'statement'],
    // the speaker grants a point in the first person before answering it
    ['role:speaker-grants', 'The port matters. Ships wait at the quay. We recognise that the new tariff will cost the ferry lines money. But the quay cannot be rebuilt for free.', 'We recognise', 'concession'],
    ['role:speaker-grants', 'The port matters. Ships wait at the quay.\n\nI do not pretend that the new tariff is popular. The quay cannot be rebuilt for free.', 'I do not pretend', 'concession'],
    // an argued section that closes on a judgement of how things are closes on its conclusion; a judgement told in the past stays a thesis
    ['role:judged-section-end', '# The quay\n\nThe port matters. Ships wait at the quay. A new quay would be worth far less than the ships it serves.\n\n# The crews\n\nCrews train in winter. The pilots are young.', 'worth far less', 'conclusion'],
    ['role:judgement', '# The quay\n\nThe port matters. Ships wait at the quay. The old quay was worth far less than the ships it served.\n\n# The crews\n\nCrews train in winter. The pilots are young.', 'worth far less', 'thesis'],
    // an 'although' inside a sentence of a document that describes qualifies the description; in an argued text it grants a point
    ['role:described-concession', KESSBY + TUGS, 'although the harbour master', 'statement'],
    ['role:concession', 'The port matters. Ships wait at the quay.' + TUGS + ' Crews train.', 'although the harbour master', 'concession'],
    // the speaker's own judgement, in the first person
    ['role:speaker-view', 'The harbour is old. I do not believe the ferries will leave the port. Ships wait.', 'I do not believe', 'thesis'],
    ['role:speaker-view', 'The harbour is old. Some say the port is finished. I respectfully disagree. Ships wait.', 'disagree', 'thesis'],
    ['role:speaker-view', 'The harbour is old. We expect the operators to share the cost of the new quay. Ships wait.', 'We expect', 'thesis'],
    // courtesies of a speaker: thanks, names, disclaimers, the closing offer to take questions
    ['role:courtesy', 'Madam Chair, members of the panel, thank you for the chance to speak today. The harbour is old. Ships wait.', 'thank you for', 'statement'],
    ['role:courtesy', 'Good evening. My name is Ilse Varga, and I run the pilots\' school at the port. The harbour is old. Ships wait.', 'My name is', 'statement'],
    ['role:courtesy', 'The harbour is old. Ships wait. The opinions in this statement are my own and not those of the school.', 'are my own', 'statement'],
    ['role:courtesy', 'The harbour is old. Ships wait. The quay must be rebuilt. I would be glad to answer your questions.', 'glad to answer', 'statement'],
  ];
  for (const [rule, text, sentence, role] of cases) {
    it(`Reads "${sentence}" as ${role} by ${rule}`, () => {
      assert.deepEqual(roleIn(text, sentence), { role, rule });
    });
  }

  it('Links the paragraph under a numbered recommendation to that recommendation, not to the section\'s opening', () => {
    const text = 'We recommend two steps.\n\n1. The navy should buy frigates.\n\nEach frigate costs €400 million, less than the convoys lose in a year. Old hulls cannot be armed.\n\n2. The crews should train in winter.';
    const analysis = analyse(text, { format: 'plain' });
    const at = (words: string) => analysis.claims.findIndex((c) => text.slice(c.start, c.end).includes(words));
    const cost = analysis.claims[at('Each frigate')];
    assert.deepEqual(cost.supports, [at('should buy')]);
    assert.ok(cost.why.some((r) => r.rule === 'support:backs-claim-above'));
    assert.ok(analysis.claims[at('should buy')].supportedBy.includes(at('Old hulls')));
  });

  it('Links a conclusion closing a section to the thesis its paragraph opens with', () => {
    const text = '# The fleet\n\nThe fleet matters too. The navy of Poland lost its tugs off Riga in 2019. The episode exposed the limits of the fleet.\n\n# The yard\n\nThe yard is small. Ships wait.';
    const analysis = analyse(text, { format: 'markdown' });
    const at = (words: string) => analysis.claims.findIndex((c) => text.slice(c.start, c.end).includes(words));
    const close = analysis.claims[at('The episode')];
    assert.equal(close.role, 'conclusion');
    assert.deepEqual(close.supports, [at('matters too')]);
    assert.ok(close.why.some((r) => r.rule === 'support:closes-paragraph-thesis'));
  });
});
