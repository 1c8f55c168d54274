import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { lexiconCues } from '../../src/core/claims';
import { SURE } from '../../src/vscode/present/lenses';

/**
 * Classes of category errors found on documents nobody tuned for (descriptive
 * government reports, parliamentary briefings, ministry papers, think-tank
 * reports), each fixed by a named row of claims.json or categories.json:
 * institutional procedure is background, the name of an institution says who
 * acts and not what the sentence is about, sanctions are foreign policy, money
 * spent on forces is military with an economic label.
 */

const claimsOf = (text: string, format: 'plain' | 'markdown' = 'plain') => {
  const analysis = analyse(text, { format });
  return analysis.claims.map((c) => ({ ...c, text: text.slice(c.start, c.end) }));
};
const rules = (why: readonly { rule: string }[]) => why.map((r) => r.rule);
const cuesOf = (text: string) =>
  lexiconCues(text, { start: 0, end: text.length }).map((c) => `${c.category}:${text.slice(c.start, c.end).toLowerCase()}`);

describe('How an institution works and how a law is made is background (claim:frame-procedure)', () => {
  const procedure = [
    'The committee on trade is chaired by a senator from Ohio.',
    'The defence programme is administered by a small office in the capital.',
    'The sanctions bill is subject to the ordinary legislative procedure.',
    'The rapporteur on the arms export file will present a draft report in May.',
    'The authority to transfer funds for the navy expires on September 30.',
    'She is a senior fellow in the foreign policy programme.',
    'The cost figures were prepared by Fleet Headquarters with the Army Logistics Command.',
    'These notes are prepared by the staff of the defence committee.',
  ];
  for (const sentence of procedure) {
    it(`Reads "${sentence}" as no category, whatever its words name`, () => {
      const [claim] = claimsOf(sentence);
      assert.equal(claim.primary, null);
      assert.ok(rules(claim.why).includes('claim:frame-procedure'), rules(claim.why).join(', '));
    });
  }

  it('Lends a procedural sentence nothing from its paragraph', () => {
    const [, claim] = claimsOf('Troops and tanks crossed the border at dawn. The inquiry into the attack is chaired by a retired judge.');
    assert.equal(claim.primary, null);
  });

  it('Leaves the same words about the world to their categories', () => {
    assert.equal(claimsOf('The navy sank two ships, and the army is headed north.')[0].primary, 'military');
    assert.equal(claimsOf('Tariffs on steel rose by a fifth.')[0].primary, 'economic');
  });

  it('Lets no other frame give a background sentence a category (trilogue negotiations are procedure, not diplomacy)', () => {
    const [claim] = claimsOf('Trilogue negotiations could then start under the next presidency.');
    assert.equal(claim.primary, null);
    assert.ok(rules(claim.why).includes('claim:frame-diplomacy'));
  });

  it('Reads what a report says it sets out to do as background (claim:frame-background)', () => {
    const [claim] = claimsOf('This report asks whether the allies should impose new tariffs.');
    assert.equal(claim.primary, null);
  });
});

describe('The name of an institution says who acts, not what about (claim:institution-name)', () => {
  it('Counts the category words inside a ministry’s or a department’s name at a tenth, and names the institution', () => {
    const [claim] = claimsOf('Its members include officials of the Departments of State, Defense and Commerce.');
    assert.equal(claim.primary, null);
    const named = claim.why.find((r) => r.rule === 'claim:institution-name');
    assert.equal(named?.words, 'Departments of State, Defense and Commerce');
  });

  it('Reads a name that ends with its kind ("… Program") the same way', () => {
    const [claim] = claimsOf('He leads the Technology and Security Program at the institute.');
    assert.equal(claim.primary, null);
    assert.ok(rules(claim.why).includes('claim:institution-name'));
  });

  it('Reads the title of a minister’s office and a company’s name the same way', () => {
    const [minister] = claimsOf('The Minister of Ports and Shipping defended the compromise in an interview.');
    assert.equal(minister.primary, null);
    assert.equal(minister.why.find((r) => r.rule === 'claim:institution-name')?.words, 'Minister of Ports and Shipping');
    const [company] = claimsOf('One of the vessels is chartered by Nordic Submarine Networks.');
    assert.equal(company.why.find((r) => r.rule === 'claim:institution-name')?.words, 'Nordic Submarine Networks');
    assert.notEqual(company.primary, 'military');
  });

  it('Reads the name of a law or a bill ("… Act 2015", "… Bill") the same way', () => {
    const [act] = claimsOf('Applicants must not have been excluded under the International Protection Act 2015.');
    assert.equal(act.primary, null);
    assert.equal(act.why.find((r) => r.rule === 'claim:institution-name')?.words, 'International Protection Act');
    const [bill] = claimsOf('The Space Operations Bill is now before the committee.');
    assert.notEqual(bill.primary, 'military');
  });

  it('Reads the whole name of an office that opens a sentence, not "The Office" alone', () => {
    const [claim] = claimsOf('The Office of Budget Review will publish its guidance in June.');
    assert.equal(claim.why.find((r) => r.rule === 'claim:institution-name')?.words, 'Office of Budget Review');
    assert.notEqual(claim.primary, 'economic');
    const [ministry] = claimsOf('The Ministry of Defence will open a regional office next spring.');
    assert.equal(ministry.why.find((r) => r.rule === 'claim:institution-name')?.words, 'Ministry of Defence');
    const [tail] = claimsOf('The Maritime Security Agency briefed the press on Monday.');
    assert.equal(tail.why.find((r) => r.rule === 'claim:institution-name')?.words, 'Maritime Security Agency');
  });

  it('Reads a research laboratory’s name ("… Laboratory") the same way', () => {
    const [claim] = claimsOf('The Naval Weapons Laboratory says the price of wire has doubled.');
    assert.equal(claim.primary, 'economic');
    assert.match(claim.why.find((r) => r.rule === 'claim:institution-name')?.words ?? '', /Naval Weapons Laboratory$/);
  });

  it('Damps a word once where an opening clause holds the name, so no category scores below nothing', () => {
    const [claim] = claimsOf('Although the Department of Commerce objected, the navy sent two destroyers to the strait.');
    assert.equal(claim.primary, 'military');
    assert.ok(rules(claim.why).includes('claim:leading-clause'));
    // "Commerce" counts half (the opening clause), not half and then a tenth of its whole weight less again.
    assert.ok(!rules(claim.why).includes('claim:institution-name'), rules(claim.why).join(', '));
    for (const share of Object.values(claim.categories)) assert.ok(share >= 0, JSON.stringify(claim.categories));
  });

  it('Leaves the same words outside a name, or an institution named with them, to the sentence', () => {
    assert.equal(claimsOf('Defense spending and commerce both grew.')[0].primary !== null, true);
    const [claim] = claimsOf('The Department of Defense deployed two missile batteries and 400 troops to the island.');
    assert.equal(claim.primary, 'military');
  });
});

describe('Sanctions imposed are foreign policy (claim:frame-sanctions)', () => {
  it('Reads sanctions on firms that supply a military as geopolitical, with the military it names damped', () => {
    const [claim] = claimsOf('The allies should impose sanctions on companies that supply the Chinese military.');
    assert.equal(claim.primary, 'geopolitical');
    assert.ok(rules(claim.why).includes('claim:frame-sanctions'));
  });

  it('Leaves the cost that sanctions put on trade economic', () => {
    const [claim] = claimsOf('Sanctions on the southern route made every tonne shipped through it more expensive to insure, and freight prices doubled.');
    assert.equal(claim.primary, 'economic');
  });
});

describe('Money spent on forces is military with an economic label (claim:frame-cost-of-force)', () => {
  it('Reads defence spending and a defence budget as military, with an economic label', () => {
    for (const sentence of ['Since 2022 Poland has doubled its defence spending.', 'Sweden raised funding for seabed monitoring by 40% in its latest defence budget.']) {
      const [claim] = claimsOf(sentence);
      assert.equal(claim.primary, 'military', sentence);
      assert.equal(claim.secondary, 'economic', sentence);
    }
  });

  it('Keeps a budget with no force in it economic', () => {
    assert.equal(claimsOf('The budget deficit widened as tax revenue fell.')[0].primary, 'economic');
  });
});

describe('A legislature is domestic procedure, not relations between states', () => {
  it('Gives "Congress", "congressional" and "legislative" no geopolitical cue, and leaves a sentence about a legislature’s calendar to none', () => {
    assert.deepEqual(cuesOf('Congress and the legislative committees'), []);
    assert.equal(claimsOf('The authority lapses in March unless Congress renews it.')[0].primary, null);
  });
});

describe('Words the lexicon lacked, by family', () => {
  it('Reads coastguards, piracy, raiders and ammunition as military; development aid as economic; taking sides and alignment as geopolitical', () => {
    assert.deepEqual(cuesOf('coastguards stop piracy'), ['military:coastguards', 'military:piracy']);
    assert.deepEqual(cuesOf('armed raiders and ammunition'), ['military:raiders', 'military:ammunition']);
    assert.deepEqual(cuesOf('development aid'), ['economic:development aid']);
    assert.deepEqual(cuesOf('asked to choose sides'), ['geopolitical:choose sides']);
    assert.deepEqual(cuesOf('states aligned with Moscow'), ['geopolitical:aligned with']);
  });
});

describe('Confidence of no category read from silence (claim:confidence-none-unframed)', () => {
  it('Is not sure of "none" where no word of the sentence is known and nothing says it is background', () => {
    const [, claim] = claimsOf('Tariffs rose again in March.\n\nSuch tools work only when the makers act together.');
    assert.equal(claim.primary, null);
    assert.ok(claim.confidence! < SURE);
    assert.ok(rules(claim.why).includes('claim:confidence-none-unframed'));
  });

  it('Is sure of "none" where nothing around it is about anything either', () => {
    const [claim] = claimsOf('It rained all week in the capital.');
    assert.equal(claim.primary, null);
    assert.ok(claim.confidence! >= SURE);
  });

  it('Is sure of "none" where a frame says the sentence is background', () => {
    const [claim] = claimsOf('The census of 2022 counted a population of 3.4 million.');
    assert.equal(claim.primary, null);
    assert.ok(claim.confidence! >= SURE);
  });
});
