import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { compileFrame, findFrameWords, type FrameRule } from '../../src/core/lexicon/claim-rules';
import { analyse } from '../../src/core/analyse';

/** A frame row for the tests: only its words matter to the pattern. */
const row = (words: string[]): FrameRule => ({ id: 'claim:frame-test', words, category: null, damps: [], factor: 1, weight: 1, says: 'a test frame' });

/** The frame pattern as it was first written: a lookbehind for the word start. */
function withLookbehind(words: string[]): RegExp {
  const { pattern } = compileFrame(row(words));
  return new RegExp(`(?<![\\p{L}\\p{N}])${pattern.source}`, 'iu');
}

describe('Frame words found where a word starts', () => {
  const frame = compileFrame(row(['talks', 'negotiat*', 'cost of']));

  it('Finds a frame word only where no letter or digit comes before it', () => {
    assert.equal(findFrameWords(frame, 'Talks resumed.'), 'Talks');
    assert.equal(findFrameWords(frame, 'The stalks fell, then talks began.'), 'talks');
    assert.equal(findFrameWords(frame, 'Renegotiation failed; re-negotiation did not.'), 'negotiation');
    assert.equal(findFrameWords(frame, 'Item 4talks and 𝐀talks (a bold letter) are no words.'), null);
    assert.equal(findFrameWords(frame, 'The cost\n  of it'), 'cost\n  of');
  });

  it('Finds the same words as the pattern with a lookbehind, on any text', () => {
    const words = ['talks', 'negotiat*', 'cost of', 'sq km', 'km²'];
    const reference = withLookbehind(words);
    const compiled = compileFrame(row(words));
    const pieces = fc.constantFrom('talks', 'Talks', 'negotiated', 'cost', 'of', 'sq', 'km', 'km²', 'a', '4', '𝐀', '-', ' ', '\n', 'é', 'ſ', '\u0345', '\u{1F600}');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        assert.equal(findFrameWords(compiled, text), reference.exec(text)?.[0] ?? null, JSON.stringify(text));
      }),
      { numRuns: 2000 },
    );
  });
});

/** The claims of a plain text, found by how they start, and the rule ids of their `why`. */
function readPlain(text: string) {
  const claims = analyse(text, { format: 'plain' }).claims;
  const claim = (start: string) => claims.find((c) => text.slice(c.start, c.end).startsWith(start))!;
  const rules = (start: string) => claim(start).why.map((r) => r.rule);
  /** Asserts the claim starting with `start` is read as `primary`, its hover naming `names` and not `not`. */
  const readAs = (start: string, primary: string | null, names: string, not?: string) => {
    assert.equal(claim(start).primary, primary);
    assert.ok(rules(start).includes(names), `${start}: ${rules(start).join(', ')}`);
    if (not) assert.ok(!rules(start).includes(not));
  };
  return { claim, rules, readAs };
}

describe('Method sentences and sources named in an opening clause', () => {
  const text =
    'Harbour grants\n\nThe grant pays for patrol boats and cameras at commercial ports, and its budget doubled in 2024. ' +
    'We interviewed officials from the Navy and the Finance Ministry about it. ' +
    'According to the ministry\'s annual report, grant payments rose by 40 percent while port revenue fell.\n';
  const { readAs } = readPlain(text);

  it('Reads how the authors gathered evidence as method: no category, and the hover names the method frame', () => {
    readAs('We interviewed', null, 'claim:frame-method');
  });

  it('Reads a fact whose source is named in its opening clause by its main clause, and says why the report frames nothing', () => {
    readAs('According to', 'economic', 'claim:frame-in-opening-clause', 'claim:frame-procedure');
  });
});

describe('Lead-ins that announce what follows, and procedure words in a later clause', () => {
  const text =
    'Ferry fares\n\nThe ferry company raised its fares twice this winter, and freight prices followed. The harbour master then issued the following statement:\n\n' +
    '"Fuel now costs a third more than a year ago," said Mira Holm, a senior fellow at the Baltic Transport Institute. ' +
    'The Harbour Board, chaired by the mayor, meets every month.\n';
  const { readAs } = readPlain(text);

  it('Reads a bare lead-in ending in a colon as announcing what follows: no category from its economic paragraph, and the hover says why', () => {
    readAs('The harbour master', null, 'claim:frame-announces');
  });

  it('Reads a quotation by its own words when who said it comes after them, and names the frame it set aside', () => {
    readAs('"Fuel now', 'economic', 'claim:frame-in-later-clause', 'claim:frame-procedure');
  });

  it('Still reads a body and who chairs it as procedure, though the body\'s name comes before', () => {
    readAs('The Harbour Board', null, 'claim:frame-procedure');
  });

  it('Reads a quotation by what it says, not by the words of who said it, and names the attribution', () => {
    const quoted = readPlain('Straits\n\n"The strait is now a question of foreign policy," said Ivo Lind, a trade economist at the Commerce Institute.\n');
    quoted.readAs('"The strait', 'geopolitical', 'claim:quote-attribution');
  });
});

describe('Sentences that speak of the text itself', () => {
  const text =
    'Ferry fares\n\nThe ferry company raised its fares twice this winter, and freight prices followed. This note sets out what we were told. ' +
    'This paper argues that the fares should be capped by the port. Fuel is a third of the company\'s costs.\n';
  const { claim, rules, readAs } = readPlain(text);

  it('Reads a sentence with no category word that says what the text does as none, and names the frame', () => {
    readAs('This note', null, 'claim:frame-text-itself');
  });

  it('Reads the text stating its own thesis ("argues that") by its paragraph, not as the text speaking of itself', () => {
    assert.equal(claim('This paper argues').primary, 'economic');
    assert.ok(!rules('This paper argues').includes('claim:frame-text-itself'));
  });
});

describe('How the reader reaches the authors (claim:frame-contact)', () => {
  const text =
    'Grid charges\n\nThe regulator will cut network charges for small firms by a tenth from April, and energy suppliers must pass the cut on. ' +
    'Suppliers that fail to do so face fines. Firms with questions should contact the Energy Tariff Helpline, and comments may be sent by email to the pricing team. ' +
    'The regulator\'s chief economist will hold a press conference on Friday.\n\n' +
    'Rebel troops shelled the northern garrison with artillery, the minister told a press conference.\n\n' +
    'The forward battalion lost contact the night the enemy artillery shelled its trenches. Saboteurs attacked the naval base after a message by email reached the guards.\n';
  const { claim, readAs } = readPlain(text);

  it('Reads where to write or whom to call as logistics: no category from the trade words in a helpline\'s name or its paragraph, and the hover says why', () => {
    readAs('Firms with questions', null, 'claim:frame-contact');
    readAs('The regulator\'s chief economist', null, 'claim:frame-contact');
  });

  it('Keeps the sentences about the charges economic', () => {
    assert.equal(claim('The regulator will cut').primary, 'economic');
  });

  it('Leaves a report of what was said at a press conference to what was said', () => {
    const said = claim('Rebel troops');
    assert.equal(said.primary, 'military');
    assert.ok(!said.why.some((r) => r.rule === 'claim:frame-contact'));
  });

  it('Leaves a unit that lost contact, and an attack told of with "by email", to their military words', () => {
    for (const start of ['The forward battalion', 'Saboteurs attacked']) {
      const c = claim(start);
      assert.equal(c.primary, 'military', start);
      assert.ok(!c.why.some((r) => r.rule === 'claim:frame-contact'), start);
    }
  });
});

describe('Duties to report to a legislature, and lead-ins that break off after their verb', () => {
  const text =
    'Bridge tolls\n\nTolls on the river bridge rose by a fifth in 2025, and the operator\'s revenue doubled. This pays for the repairs. The toll scheme includes:\n\n' +
    'Oversight\n\nBy the end of each year, and again after any change to the tariff, the minister must report to Parliament on the tolls collected. ' +
    'Toll revenue grew in two regions:\n\n' +
    'Failures\n\nThe operator\'s failure to report to Parliament on its toll revenue cost it a fine of £2 million in 2025. ' +
    'For the reasons set out in the review, the minister concludes that:\n\n' +
    'Tolls\n\nFor the reasons given above, the tolls and the operator\'s fees on the river bridge should be cut by a fifth.\n';
  const { readAs, rules } = readPlain(text);

  it('Reads a duty to report to Parliament as procedure, though money words come before it, and the hover names the rule', () => {
    readAs('By the end', null, 'claim:frame-report-duty');
  });

  it('Reads a lead-in that breaks off at a colon after its verb as none, not as its economic paragraph, and the hover says why', () => {
    readAs('The toll scheme', null, 'claim:frame-open-lead-in');
  });

  it('Reads a lead-in with category words of its own by them', () => {
    readAs('Toll revenue', 'economic', 'claim:primary', 'claim:frame-open-lead-in');
  });

  it('Reads a failure to report to Parliament by what it cost, not as a duty to report', () => {
    readAs('The operator\'s failure', 'economic', 'claim:primary', 'claim:frame-report-duty');
  });

  it('Reads a lead-in that gives its reasons as set out elsewhere, ending at a colon, as none', () => {
    readAs('For the reasons set out', null, 'claim:frame-reasons-lead-in');
  });

  it('Reads a sentence that opens with "for the reasons given" and says what should be done by its own words', () => {
    readAs('For the reasons given', 'economic', 'claim:primary', 'claim:frame-reasons-lead-in');
    assert.ok(!rules('For the reasons given').includes('claim:frame-lead-in'));
  });
});

describe('Meta-text of articles, reports and treaties: roadmaps, table pointers, disclaimers, definitions', () => {
  const { readAs } = readPlain(
    [
      'Sanctions and trade',
      "The sanctions cut the target's imports of machine tools by half, and trade through its neighbours rose. The rest of the article proceeds as follows. Table 1 summarises the raw pattern. Table 2 compares tariffs, export bans and trade with the neighbours.",
      'Status',
      'The export controls bind every firm that trades with the target. This advisory is guidance only, and it is not a substitute for legal advice. The sanctions regulations create new legal obligations for exporters. This note is provided for information only. Exporters relying on this note for information only purposes still face sanctions penalties of up to $1 million.',
      'Definitions',
      'The Parties share the patrols, the sanctions and the diplomatic talks. For the purposes of this Agreement:',
      'Costs',
      'For the purposes of this Agreement, the Parties shall share the sanctions costs of the talks equally.',
    ].join('\n\n') + '\n',
  );
  // [how the claim starts, its category, the rule its hover names, a rule it must not name]: each rule firing, then its near miss.
  const cases: [string, string | null, string, string?][] = [
    ['The rest of the article', null, 'claim:frame-roadmap'],
    ['Table 1 summarises', null, 'claim:frame-table-pointer'],
    ['Table 2 compares', 'economic', 'claim:primary', 'claim:frame-table-pointer'],
    ['This advisory is guidance', null, 'claim:frame-disclaimer'],
    ['The sanctions regulations', 'geopolitical', 'claim:primary', 'claim:frame-disclaimer'],
    ['This note is provided', null, 'claim:frame-disclaimer'],
    ['Exporters relying on this note', 'economic', 'claim:primary', 'claim:frame-disclaimer'],
    ['For the purposes of this Agreement:', null, 'claim:frame-definitions-lead-in'],
    ['For the purposes of this Agreement, the Parties', 'geopolitical', 'claim:primary', 'claim:frame-definitions-lead-in'],
  ];
  for (const [start, primary, names, not] of cases) {
    it(`Reads "${start} …" as ${primary ?? 'none'} (${not ? `not ${not}` : names})`, () => readAs(start, primary, names, not));
  }
});
