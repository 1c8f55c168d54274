import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';

/**
 * The rarer roles (reason, concession, contrast, conclusion) and the support
 * links between claims, as a careful reader would give them: each case is a
 * short text, the rule that should decide, and a neighbour it must leave alone.
 */

/** The claims of `text` (plain, or markdown where it has headings) with their own words. */
function claimsIn(text: string) {
  const analysis = analyse(text, { format: text.startsWith('#') ? 'markdown' : 'plain' });
  return analysis.claims.map((c) => ({ ...c, text: text.slice(c.start, c.end) }));
}

/** The index of the claim holding `words`. */
function at(claims: readonly { text: string }[], words: string): number {
  const i = claims.findIndex((c) => c.text.includes(words));
  assert.ok(i >= 0, `no claim holds "${words}"`);
  return i;
}

/** The role of the claim holding `sentence`, and the rule that gave it. */
function roleIn(text: string, sentence: string): { role: string; rule: string | undefined } {
  const claims = claimsIn(text);
  const claim = claims[at(claims, sentence)];
  return { role: claim.role, rule: claim.why.find((r) => r.about === 'role')?.rule };
}

/** The support row that linked the claim holding `sentence`, if any. */
const linkRule = (claim: { why: readonly { rule: string; about?: string }[] }) => claim.why.find((r) => r.about === 'support' && r.rule !== 'support:unsupported')?.rule;

/** A short document that describes (few of its sentences argue). */
const LIGHTHOUSE =
  'The lighthouse at Kessby stands on the northern cape. It was built of granite. The keeper lives in the cottage beside it. ' +
  'A lamp of two thousand candles turns in the lantern room. The tower has one hundred and twelve steps. Supply boats call at the jetty below. ' +
  'The harbour board owns the tower and the cottage. A telegraph line links the cape to the town. The lamp is lit at dusk. ' +
  'A replacement lamp would cost about €40,000 in the current budget. The keeper logs every ship that passes. The log is kept in the town archive.';

describe('Rarer roles a careful reader names', () => {
  const cases: [string, string, string, string][] = [
    // [rule, text, sentence, role]: a hypothetical case argued from with a figure is a premise; the same figure told as fact is a datum
    // told in the present and naming no one, the same premise is weighed first by role:judged-figure: the role is the same
    ['role:judged-figure', 'The navy should build a second quay. Ships wait in the outer harbour for days. A second quay would cut the wait by 40% within a year.', 'would cut the wait', 'reason'],
    ['role:hypothetical-case', 'The navy should build a second quay. Ships wait in the outer harbour for days. Every tanker diverted to the old berth would add $2 million to the fuel bill.', 'would add', 'reason'],
    ['role:measured-figure', 'The navy should build a second quay. Ships wait in the outer harbour for days. The first quay cut the wait by 40% within a year.', 'cut the wait', 'evidence'],
    // in a document that describes, a cost told with 'would' is a datum of the description, not a premise
    ['role:measured-figure', LIGHTHOUSE, 'would cost about', 'evidence'],
    // a paragraph's closing sentence that adds up what it listed is what the paragraph comes to, figure or not
    ['role:summing-close', 'The navy should buy four frigates. The yard at Gdansk can build two hulls a year. The yard at Riga can build one. Together they add 30% to the fleet within a decade.', 'Together they add', 'conclusion'],
    // a judgement that the next sentence of its paragraph turns against is a point granted
    // others dissenting from the view just set out are the other side; the writer's own dissent is their thesis
    ['role:dissent', 'The port authority wants a second quay at the harbour. The ferry lines disagree. They expect fewer sailings next year.', 'ferry lines disagree', 'contrast'],
    ['role:dissent', 'The navy should buy four frigates. Some admirals are more skeptical. Frigates need crews the navy lacks.', 'more skeptical', 'contrast'],
    ['role:speaker-view', 'The port authority wants a second quay at the harbour. We disagree. The old quay is long enough.', 'We disagree', 'thesis'],
    ['role:other-view', 'Some pilots want a second quay at the harbour. Others say that the old quay can be lengthened instead. The board will decide.', 'Others say', 'contrast'],
    ['role:granted-before-turn', 'The navy should buy four frigates. Frigates are expensive to crew. But the convoys lose more every winter without them.', 'expensive to crew', 'concession'],
    ['role:granted-before-turn', 'The navy should buy four frigates.\n\nThe old corvettes are fine ships for the coast. Yet none of them can sail in winter ice.', 'fine ships', 'concession'],
  ];
  for (const [rule, text, sentence, role] of cases) {
    it(`Reads "${sentence}" as ${role} by ${rule}`, () => {
      assert.deepEqual(roleIn(text, sentence), { role, rule });
    });
  }
});

describe('Rarer roles: neighbours left alone', () => {
  it('Keeps what the parts did together, or a sum in the middle of its paragraph, as a datum', () => {
    assert.deepEqual(roleIn('The navy should buy four frigates. The yard at Gdansk built two hulls. The yard at Riga built one. Together they sailed 30% more miles in 2019.', 'Together they sailed').role, 'evidence');
    assert.notEqual(roleIn('The navy should buy four frigates. The yard at Gdansk can build two hulls a year. Together they add 30% to the fleet. Crews are short.', 'Together they add').role, 'conclusion');
  });

  it('Does not grant a point the next sentence does not turn against', () => {
    assert.notEqual(roleIn('The navy should buy four frigates. Frigates are expensive to crew. The convoys lose more every winter without them.', 'expensive to crew').role, 'concession');
    // an event told in the past before a turn is a datum for the claim, not a point granted
    assert.notEqual(roleIn('The navy should buy four frigates. The old corvettes sank in the storm of 1998. But the convoys still sail unescorted.', 'corvettes sank').role, 'concession');
    // a turn in the next paragraph answers its own paragraph, not this sentence
    assert.notEqual(roleIn('The navy should buy four frigates. Frigates are expensive to crew.\n\nBut the convoys lose more every winter without them.', 'expensive to crew').role, 'concession');
  });
});

describe('Support links a careful reader draws', () => {
  it('Does not read a thesis that turns against its paragraph\'s opening ("But …") as arguing a part of it', () => {
    const claims = claimsIn('The navy should buy four frigates this decade. Ships from the yard wait for crews. But frigates alone cannot keep the sea lanes open.');
    const turn = claims[at(claims, 'But frigates')];
    assert.equal(turn.role, 'thesis');
    assert.deepEqual(turn.supports, []);
    // a thesis in the same place that does not turn still argues a part of the opening
    const part = claimsIn('The navy should buy four frigates this decade. Ships from the yard wait for crews. The crews should be trained before the hulls arrive.');
    assert.deepEqual(part[at(part, 'crews should be trained')].supports, [0]);
  });

  it('Leaves options side by side: an option after the option its paragraph opens with does not support it', () => {
    const claims = claimsIn('Congress may consider funding two more hulls for the fleet. Congress could also extend the lease of the old pier.');
    const second = claims[at(claims, 'could also extend')];
    assert.equal(second.role, 'thesis');
    assert.deepEqual(second.supports, []);
    assert.notEqual(linkRule(second), 'support:part-of-paragraph-thesis');
  });

  it('Links a paragraph to the claim closing the paragraph above only where that claim recommends, not where it is a judgement of its own', () => {
    const claims = claimsIn('The navy should buy frigates.\n\nThe harbour of Gdansk is crowded.\n\nEach frigate costs €400 million, less than the convoys lose in a year.');
    const judgement = at(claims, 'harbour of Gdansk');
    assert.equal(claims[judgement].role, 'thesis');
    const cost = claims[at(claims, 'Each frigate')];
    assert.notEqual(linkRule(cost), 'support:backs-claim-above');
    assert.ok(!cost.supports.includes(judgement));
  });

  it('Does not link the data of a later paragraph to a section opening with the writer\'s own commitment, as it does to a recommendation', () => {
    const later = '\n\nThe old quay handled 400 ships in 2019. Its cranes date from 1978.';
    const committed = claimsIn('We will build a second quay at Kessby.' + later);
    assert.equal(committed[0].role, 'thesis');
    assert.deepEqual(committed[at(committed, 'old quay handled')].supports, []);
    const recommended = claimsIn('The navy should build a second quay at Kessby.' + later);
    assert.equal(linkRule(recommended[at(recommended, 'old quay handled')]), 'support:backs-section-recommendation');
    assert.deepEqual(recommended[at(recommended, 'old quay handled')].supports, [0]);
  });
});
