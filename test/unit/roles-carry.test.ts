import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';

/**
 * Role and support rules tightened so they read the evidence a reader uses,
 * not a sentence's place alone: one datum does not back another, a section's
 * close that narrates an event is a datum, not a conclusion, and so on. Each
 * case is a short text a reader would read the same way, with a neighbour
 * that the rule must leave alone.
 */

function read(text: string) {
  const analysis = analyse(text, { format: text.startsWith('#') ? 'markdown' : 'plain' });
  const at = (words: string) => {
    const i = analysis.claims.findIndex((c) => text.slice(c.start, c.end).includes(words));
    assert.ok(i >= 0, `no claim holds "${words}"`);
    return i;
  };
  return { claims: analysis.claims, at };
}

/** The role of the claim holding `sentence`, and the rule that gave it. */
function roleIn(text: string, sentence: string): { role: string; rule: string | undefined } {
  const { claims, at } = read(text);
  const claim = claims[at(sentence)];
  return { role: claim.role, rule: claim.why.find((r) => r.about === 'role')?.rule };
}

describe('Support: one datum does not back another', () => {
  const text =
    'For decades the navy of Poland ran the port. The yard in Gdansk built the hulls in 2019.\n\n' +
    'The navy spent €2 billion on ships in Gdansk. The yard in Riga built the tugs in 2019.\n\n' +
    'The admirals in Gdansk told reporters that the yard is too small. The yard in Szczecin built the barges in 2019.\n\n' +
    'The yard in Gdynia launched a ferry in 2018. The yard in Gdynia built the dredgers in 2019.';

  it('Links the facts of a paragraph to the background sentence it opens with', () => {
    const { claims, at } = read(text);
    assert.deepEqual(claims[at('built the hulls')].supports, [at('For decades')]);
    assert.ok(claims[at('built the hulls')].why.some((r) => r.rule === 'support:details-opening'));
  });

  it('Leaves a fact unlinked where its paragraph opens with a figure, a reported statement or a dated event of its own', () => {
    const { claims, at } = read(text);
    assert.deepEqual(claims[at('built the tugs')].supports, []);
    assert.deepEqual(claims[at('built the barges')].supports, []);
    assert.equal(claims[at('launched a ferry')].role, 'evidence');
    assert.deepEqual(claims[at('built the dredgers')].supports, []);
  });
});

describe('Support: a paragraph after a list backs no single item of it', () => {
  it('Leaves the paragraph under a list of recommendations unlinked to the list\'s last item, and links the one under a numbered recommendation', () => {
    const listed = read('The harbour is old. The Port Authority should:\n\n- open a school for pilots;\n- hire nine tug crews.\n\nThe harbour lost 12% of its traffic in 2024.');
    assert.equal(listed.claims[listed.at('hire nine')].role, 'thesis');
    assert.ok(!listed.claims[listed.at('lost 12%')].supports.includes(listed.at('hire nine')));
    const numbered = read('The harbour is old.\n\n1. The Port Authority should hire nine tug crews.\n\nThe harbour lost 12% of its traffic in 2024.\n\n2. The pilots should train in winter.');
    assert.deepEqual(numbered.claims[numbered.at('lost 12%')].supports, [numbered.at('should hire')]);
  });
});

describe('Roles: what a sentence does, not only where it stands', () => {
  const cases: [string, string, string, string][] = [
    // [rule, text, sentence, role]: a section's close sums up with a judgement; an event told at the close is a datum
    ['role:narrated-close', '# The fleet\n\nThe fleet should grow. The crews are tired. The navy of Poland bought tugs from Riga.\n\n# The yard\n\nThe yard is small. Ships wait.', 'bought tugs', 'evidence'],
    ['role:narrated-close', '# The fleet\n\nThe fleet is too small. The crews are tired. Most shippers have paid in delays rather than in lost cargo.\n\n# The yard\n\nThe yard is small. Ships wait.', 'have paid', 'evidence'],
    ['role:judged-close', '# The fleet\n\nThe fleet should grow. The crews are tired. The navy of Poland bought too few tugs from Riga.\n\n# The yard\n\nThe yard is small. Ships wait.', 'too few tugs', 'conclusion'],
    ['role:section-close', '# The fleet\n\nThe fleet should grow. The navy of Poland bought tugs from Riga. A fleet without tugs stays in port.\n\n# The yard\n\nThe yard is small. Ships wait.', 'stays in port', 'conclusion'],
    // a sentence about the document itself is meta-text, even where it names the options to come
    ['role:about-document', 'The navy of Poland runs four ships. This report describes the fleet and options that Congress may consider. Ships wait in Gdansk.', 'This report describes', 'statement'],
    ['role:option', 'The navy of Poland runs four ships. Congress may consider buying two more. Ships wait in Gdansk.', 'Congress may consider', 'thesis'],
    // how to respond is procedure, not a recommendation
    ['role:procedure', 'The navy should buy four frigates. Responses should be sent to the fleet office in Gdansk.', 'Responses should be sent', 'statement'],
    ['role:recommendation', 'The navy should buy four frigates. The frigates should be sent to Gdansk.', 'frigates should be sent', 'thesis'],
    // a turn inside a sentence of an argued text carries the author's line; without it, how things are is a premise
    ['role:turn-inside', 'The fleet is old. Sensors on the seabed detect. Partners still hold leverage, however: money and ports. Ships wait.', 'still hold leverage', 'thesis'],
    ['role:general-body', 'The fleet is old. Sensors on the seabed detect. Partners still hold leverage: money and ports. Ships wait.', 'still hold leverage', 'reason'],
    // a risk named against what was put forward is a caveat granted
    ['role:risk', 'The navy should buy four frigates. There is a risk that the yard in Gdansk will be late.', 'There is a risk', 'concession'],
  ];
  for (const [rule, text, sentence, role] of cases) {
    it(`Reads "${sentence}" as ${role} by ${rule}`, () => {
      assert.deepEqual(roleIn(text, sentence), { role, rule });
    });
  }

  it('Reads a reason given after an option in a paragraph that opens with background as a reason for that option', () => {
    const text = 'The navy of Poland runs four ships in Gdansk.\n\nThe navy has several options. Congress may consider buying two more ships. Such a purchase would help, because the yard is idle.';
    const { claims, at } = read(text);
    assert.equal(claims[at('Such a purchase')].role, 'reason');
    assert.deepEqual(claims[at('Such a purchase')].supports, [at('Congress may consider')]);
  });
});

describe('Support: reasons argue for theses, conclusions already drawn are not backed', () => {
  it('Links each reason after a recommendation to the recommendation, not to the reason before it', () => {
    const text = 'The fleet is old. The navy should buy four frigates. Old hulls cannot be armed in time. New hulls would also be faster.';
    const { claims, at } = read(text);
    assert.deepEqual(claims[at('Old hulls')].supports, [at('should buy')]);
    assert.deepEqual(claims[at('New hulls')].supports, [at('should buy')]);
    assert.ok(claims[at('New hulls')].why.some((r) => r.rule === 'support:reason-for-claim-before'));
  });

  it('Leaves a conclusion marked "therefore" unlinked to the paragraph opening, and links a datum after it to the thesis, not to it', () => {
    const text = 'The fleet of Poland is too small. Ships from Riga waited in Gdansk in 2018. Therefore the navy is weak. The yard in Gdansk built a frigate in 2019.\n\nThe port is busy.';
    const { claims, at } = read(text);
    assert.equal(claims[at('Therefore')].role, 'conclusion');
    assert.deepEqual(claims[at('Therefore')].supports, []);
    assert.deepEqual(claims[at('built a frigate')].supports, [at('too small')]);
  });
});
