import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { toJson } from '../../src/core/model/contract';
import type { Claim } from '../../src/core/model/model';
import { sureLabel, unsureNote } from '../../src/vscode/present/lenses';

/** Claims of a plain text, each with its text. */
const claimsOf = (text: string) => {
  const analysis = analyse(text, { format: 'plain' });
  return analysis.claims.map((c) => ({ ...c, text: text.slice(c.start, c.end) }));
};
const one = (text: string) => claimsOf(text)[0];
const rules = (claim: Claim, about = 'category') => claim.why.filter((r) => r.about === about).map((r) => r.rule);
/** Asserts that `claim` is `category` but unsure, and that `rule` says why. */
const unsureFor = (claim: Claim, category: string, rule: string) => {
  assert.equal(claim.primary, category);
  assert.ok(claim.confidence! < 0.7, `confidence ${claim.confidence}`);
  assert.ok(rules(claim, 'confidence').includes(rule));
};

describe('Claims read in context (frames)', () => {
  it('Reads talks about a war as diplomacy, not as the fighting they name', () => {
    const claim = one('The talks in Geneva on a ceasefire between the two armies stalled over the pace of troop withdrawals.');
    assert.equal(claim.primary, 'geopolitical');
    assert.ok(rules(claim).includes('claim:frame-diplomacy'));
  });

  it('Reads arms control, sanctions relief, mediation and recognition as diplomacy', () => {
    const claims = claimsOf(
      'Sanctions relief would follow only once the arms control accord on missiles and warheads is verified.\n\n' +
        'Mediators proposed that the ceasefire terms include a buffer zone watched by monitors instead of soldiers.\n\n' +
        'Negotiations over the recognition of the breakaway province stopped when the offensive began.',
    );
    assert.deepEqual(claims.map((c) => c.primary), ['geopolitical', 'geopolitical', 'geopolitical']);
  });

  it('Leaves fighting without talks military', () => {
    const claim = one('The two armies shelled each other across the river, and troops dug in along the front.');
    assert.equal(claim.primary, 'military');
    assert.ok(!rules(claim).includes('claim:frame-diplomacy'));
  });

  it('Reads the cost of a deployment as military, with an economic label', () => {
    const claim = one('The deployment of the two brigades to the border will cost $1.2 billion a year.');
    assert.equal(claim.primary, 'military');
    assert.equal(claim.secondary, 'economic');
    assert.ok(rules(claim).includes('claim:frame-cost-of-force'));
  });

  it('Keeps a cost with no force in it economic', () => {
    assert.equal(one('The new port terminal will cost $1.2 billion, paid by the state bank.').primary, 'economic');
  });

  it('Gives background — size, population, institutions, procedure, greetings — no category, even inside a military paragraph', () => {
    const claims = claimsOf(
      'The army massed troops, tanks and artillery on the frontier. ' +
        'The republic covers 84,000 square kilometres and has a population of 4.1 million. ' +
        'Its assembly has 120 deputies elected for four-year terms. ' +
        'The general staff ordered two more divisions forward.\n\n' +
        'Thank you, Madam Chair, and members of the committee, for inviting me.\n\n' +
        'This section sets out how the rest of the report is organised.',
    );
    assert.deepEqual(claims.map((c) => c.primary), ['military', null, null, 'military', null, null]);
    assert.ok(rules(claims[1]).includes('claim:frame-background'));
    // Its paragraph lends it nothing: no context rule among its reasons.
    assert.ok(!rules(claims[1]).some((r) => r.startsWith('claim:paragraph-')));
  });
});

describe('How the document itself uses a word', () => {
  const civil =
    'Satellites now crowd the low orbits.\n\nEach year more satellites are launched by private firms.\n\n' +
    'Old satellites rarely leave orbit on their own.\n\nA collision between two satellites leaves thousands of fragments.\n\n' +
    'Astronomers say the satellites spoil their images.\n\nRegulators licensed 300 new satellites last year.';
  it('Reads a weak word written all through the text with no other word of its category as the subject, not the category', () => {
    const claims = claimsOf(civil);
    const last = claims[claims.length - 1];
    assert.notEqual(last.primary, 'military');
    const reason = last.why.find((r) => r.rule === 'claim:word-out-of-company');
    assert.ok(reason && reason.words === 'satellites', JSON.stringify(last.why));
  });

  it('Keeps the word’s category in a text that writes it among other words of that category', () => {
    const military =
      'Military satellites warn of missile launches.\n\nThe army relies on satellites for its drones.\n\n' +
      'Jamming of satellites is a weapon of war.\n\nThe navy tracks warships with satellites.\n\n' +
      'Anti-satellite missiles threaten the satellites of every force.\n\nRegulators licensed 300 new satellites last year.';
    const claims = claimsOf(military);
    const last = claims[claims.length - 1];
    assert.equal(last.primary, 'military');
    assert.ok(!rules(last).includes('claim:word-out-of-company'));
  });
});

describe('Places named together', () => {
  it('Read a town and the state it lies in as one place, and a list of capitals as several', () => {
    const claims = claimsOf(
      'Last winter the ice storm left a hospital in Tulsa, Oklahoma without power for four days.\n\n' +
        'The minister flew to Paris, Berlin and Rome to argue the case.',
    );
    assert.equal(claims[0].primary, null);
    assert.ok(!rules(claims[0]).includes('claim:places-together'));
    assert.equal(claims[1].primary, 'geopolitical');
    assert.ok(rules(claims[1]).includes('claim:places-together'));
  });

  it('Count no member’s seat as a place: the seat says who speaks, the sentence what about', () => {
    const claims = claimsOf(
      'Helen Marsh (Swindon) (Lab): The depot at Didcot has kept forty drivers on short hours since the spring.\n\n' +
        'I thank the hon. Member for Reading for raising the matter of Didcot so early in the evening.\n\n' +
        'Helen Marsh: Talks between Egypt and Ethiopia have stalled again.',
    );
    assert.ok(!rules(claims[0]).includes('claim:places-together'));
    assert.ok(!rules(claims[1]).includes('claim:places-together'));
    assert.equal(claims[2].primary, 'geopolitical');
    assert.ok(rules(claims[2]).includes('claim:places-together'));
  });

  it('Count no places named only as where something happens, and say why; states that act on one another still count', () => {
    const claims = claimsOf(
      'The mill laid off sixty workers at its sites in Tartu and Pärnu over the winter.\n\n' +
        'The Kovno plant and the Vilna plant cut one shift each.\n\n' +
        'Estonia and Latvia recalled their ambassadors from Minsk after the vote.',
    );
    for (const claim of claims.slice(0, 2)) {
      assert.notEqual(claim.primary, 'geopolitical', claim.text);
      assert.ok(!rules(claim).includes('claim:places-together'), claim.text);
      assert.ok(rules(claim).includes('claim:places-as-setting'), claim.text);
    }
    assert.equal(claims[0].why.find((r) => r.rule === 'claim:places-as-setting')?.words, 'Tartu, Pärnu');
    assert.equal(claims[2].primary, 'geopolitical');
    assert.ok(rules(claims[2]).includes('claim:places-together'));
    assert.ok(!rules(claims[2]).includes('claim:places-as-setting'));
  });
});

describe('Claims with no words of their own', () => {
  it('Take their paragraph’s category when it leans one way', () => {
    const claims = claimsOf('The army moved two brigades, tanks and artillery to the frontier. The navy sent frigates and submarines after them. Nobody expected it.');
    assert.equal(claims[2].primary, 'military');
    assert.ok(!rules(claims[2]).includes('claim:context-split'));
  });

  it('Take nothing from a longer paragraph whose category is one later sentence’s alone, and say why', () => {
    const one = claimsOf('The villagers stayed indoors that week. Troops, tanks and artillery crossed the border at dawn. Nobody expected it.');
    assert.equal(one[2].primary, null);
    const why = one[2].why.find((r) => r.rule === 'claim:context-one-voice');
    assert.equal(why?.words, 'military');
    // The paragraph's opening sentence says what it is about; so do two sentences of it.
    const opened = claimsOf('Troops, tanks and artillery crossed the border at dawn. The villagers stayed indoors that week. Nobody expected it.');
    assert.equal(opened[2].primary, 'military');
    const two = claimsOf('The villagers stayed indoors that week. Troops and tanks crossed the border at dawn. Artillery and missiles followed them. Nobody expected it.');
    assert.equal(two[3].primary, 'military');
    assert.ok(!rules(two[3]).includes('claim:context-one-voice'));
  });

  it('Take none when their paragraph leans two ways, and say why', () => {
    const claims = claimsOf(
      'Troops and tanks crossed the border. Tariffs and taxes were raised. Nobody expected it.',
    );
    assert.equal(claims[2].primary, null);
    assert.equal(rules(claims[2])[0], 'claim:context-split');
  });

  it('Take their paragraph’s first category where it leans two ways but they name a place or a figure, and say why', () => {
    const claims = claimsOf(
      'Troops, tanks and artillery crossed the border. Tariffs, taxes and prices were raised. Nobody in Warsaw expected it. Nobody expected it.',
    );
    assert.equal(claims[2].primary, 'military');
    assert.deepEqual(rules(claims[2]).slice(0, 2), ['claim:primary', 'claim:context-named']);
    assert.ok(claims[2].confidence! < 0.7, `confidence ${claims[2].confidence}`);
    // The same sentence naming nothing stays torn.
    assert.equal(claims[3].primary, null);
    assert.equal(rules(claims[3])[0], 'claim:context-split');
  });
});

describe('Claim confidence', () => {
  it('Is high, and names nothing weak, where a sentence’s own words decide clearly', () => {
    const claim = one('The army moved two brigades, tanks and new air defense missiles to the border.');
    assert.ok(claim.confidence! >= 0.7, `confidence ${claim.confidence}`);
    assert.deepEqual(rules(claim, 'confidence'), []);
  });

  it('Is low, and says so, where only the paragraph decides', () => {
    const claims = claimsOf('The army moved two brigades, tanks and missiles to the border. Nobody expected it.');
    unsureFor(claims[1], 'military', 'claim:confidence-context-only');
  });

  it('Is not lifted by a paragraph that agrees only by repeating the sentence’s own word', () => {
    const echo = claimsOf('The stockpile holds vaccines and masks. Congress created the stockpile in 1999. Nurses restock the stockpile every spring.');
    unsureFor(echo[1], 'economic', 'claim:confidence-paragraph-echo');
    // The same sentence in a paragraph that is about the economy in other words is sure.
    const agreed = claimsOf('Tariffs, taxes and prices rose in the spring. Wages, rents and interest rates followed. Congress created the stockpile in 1999.');
    assert.equal(agreed[2].primary, 'economic');
    assert.ok(agreed[2].confidence! >= 0.7, `confidence ${agreed[2].confidence}`);
    assert.ok(!rules(agreed[2], 'confidence').includes('claim:confidence-paragraph-echo'));
  });

  it('Is low where two categories run close, naming the runner-up', () => {
    const claim = one('The army moved its tanks to protect the gas pipeline and its trade.');
    assert.ok(claim.confidence! < 0.7, `confidence ${claim.confidence}`);
    const margin = claim.why.find((r) => r.rule === 'claim:confidence-margin');
    assert.ok(margin && margin.words && ['military', 'economic'].includes(margin.words));
  });

  it('Is high for no category where no word comes near one, low where words came close', () => {
    const claims = claimsOf('It rained all week in the capital.\n\nIts parliament has 110 deputies elected for four-year terms.');
    assert.deepEqual(claims.map((c) => c.primary), [null, null]);
    assert.ok(claims[0].confidence! >= 0.7, `confidence ${claims[0].confidence}`);
    assert.ok(claims[1].confidence! < 0.7, `confidence ${claims[1].confidence}`);
    const near = claims[1].why.find((r) => r.rule === 'claim:confidence-near-threshold');
    assert.ok(near && near.words?.includes('parliament'));
  });

  it('Is low where one weak word of its category decides alone', () => {
    const claim = one('Their influence matters.');
    assert.equal(claim.primary, 'geopolitical');
    assert.ok(claim.confidence! < 0.7, `confidence ${claim.confidence}`);
    assert.ok(rules(claim, 'confidence').includes('claim:confidence-few-cues'));
  });

  it('Is high where one word of its category is joined by the other sentences of its paragraph, and names them', () => {
    const claims = claimsOf('The navy sent frigates and submarines to the strait. Its destroyers escorted the tankers. Their patrols went on.');
    const last = claims[2];
    assert.equal(last.primary, 'military');
    assert.ok(last.confidence! >= 0.7, `confidence ${last.confidence}`);
    assert.ok(rules(last, 'confidence').includes('claim:confidence-paragraph-agrees'));
  });

  it('Is low where the same word stands against a paragraph about something else', () => {
    const claims = claimsOf('Tariffs rose. Exports fell. Their patrols went on.');
    unsureFor(claims[2], 'military', 'claim:confidence-few-cues');
    assert.ok(!rules(claims[2], 'confidence').includes('claim:confidence-paragraph-agrees'));
  });

  it('Is low where a frame of the sentence names another category than the one decided', () => {
    const claim = one('Negotiations stalled while exports, tariffs and the trade credits of both economies collapsed.');
    unsureFor(claim, 'economic', 'claim:confidence-frame-against');
    const against = claim.why.find((r) => r.rule === 'claim:confidence-frame-against');
    assert.equal(against?.words, 'Negotiations');
  });

  it('Is in the JSON of every claim, between 0 and 1', () => {
    const json = toJson(analyse('The army moved tanks to the border. Trade fell by 4% in 2023. It rained.', { format: 'plain' }));
    for (const claim of json.claims) assert.ok(typeof claim.confidence === 'number' && claim.confidence >= 0 && claim.confidence <= 1);
  });

  it('Puts a question mark on an unsure lens, and its hover names the weak cues', () => {
    const claims = claimsOf('The army moved two brigades, tanks and missiles to the border. Nobody expected it.');
    assert.equal(sureLabel(claims[0], 'military'), 'Military');
    assert.equal(sureLabel(claims[1], 'military'), 'Military?');
    assert.equal(unsureNote(claims[0]), '');
    assert.match(unsureNote(claims[1]), /^Unsure \(0\.\d+\): .*paragraph and section only/);
  });
});
