import { strict as assert } from 'node:assert';
import { figuresIn } from './figures-helpers';
import { BUILT_IN_FIGURES, type FigureData } from '../../src/core/figures/data';
import { compileFigures, FIGURE_LEXICON, type FigureLexicon } from '../../src/core/figures/lexicon';
import { explainFigure } from '../../src/core/figures/explain';
import words from '../../src/core/lexicon/data/words.json';
import phrasesData from '../../src/core/lexicon/data/figures-phrases.json';

/** The figure reader reads by its data: a row added to a data file changes what is read, with no change of code. */

const read = (text: string, lex: FigureLexicon = FIGURE_LEXICON) => figuresIn(text, lex);

function only(text: string, lex?: FigureLexicon) {
  const found = read(text, lex);
  assert.equal(found.length, 1, found.map((f) => f.text).join(' | '));
  return found[0];
}

/** The built-in data with one part changed. */
function withData(change: (data: FigureData) => Partial<FigureData>): FigureLexicon {
  return compileFigures({ ...BUILT_IN_FIGURES, ...change(BUILT_IN_FIGURES) });
}

function withLimit(id: string, value: number): FigureLexicon {
  return withData((d) => ({ rules: { ...d.rules, limits: d.rules.limits.map((l) => (l.id === id ? { ...l, value } : l)) } }));
}

describe('Figure lexicon as data', () => {
  it('Reads a new personnel noun as a strength once it is a row of the units data', () => {
    const text = 'The engineer brigade has 400 sappers.';
    const before = only(text);
    assert.deepEqual([before.kind, before.unit], ['count', 'sappers']);
    const lex = withData((d) => ({ units: { ...d.units, forces: [...d.units.forces, 'sappers'] } }));
    const after = only(text, lex);
    assert.deepEqual([after.kind, after.unit, after.why[0].rule], ['quantity', 'sappers', 'figure:personnel-noun']);
  });

  it('Reads the staff of an office as a head count and an armed force as a strength', () => {
    const found = read('The regulator employs 212 staff and 35 contractors, while the garrison holds 2,400 troops.');
    const kinds = found.map((f) => [f.text, f.kind]);
    assert.deepEqual(kinds, [['212 staff', 'count'], ['35 contractors', 'count'], ['2,400 troops', 'quantity']]);
    const lex = withData((d) => ({ units: { ...d.units, workforces: [...d.units.workforces, 'contractors'] } }));
    assert.equal(read('The regulator employs 35 contractors.', lex)[0].why[0].rule, 'figure:workforce-count');
  });

  it('Reads munitions and stockpiled goods in digits as a stock, and a few of them in words as a count', () => {
    const found = read('The plant filled 250,000 shells and 1.2 million doses, and two shells misfired.');
    assert.deepEqual(found.map((f) => [f.text, f.kind]), [['250,000 shells', 'quantity'], ['1.2 million doses', 'quantity']]);
    assert.equal(only('The yard launched 12 frigates.').kind, 'count');
  });

  it('Reads a new currency word as money once it is a row of the currencies data', () => {
    const text = 'The deal was worth 40 million dinars.';
    assert.deepEqual([only(text).kind, only(text).unit], ['count', 'dinars']);
    const lex = withData((d) => ({ currencies: { ...d.currencies, words: { ...d.currencies.words, dinars: 'KWD' } } }));
    const after = only(text, lex);
    assert.deepEqual([after.kind, after.value, after.unit, after.why[0].rule], ['money', 4e7, 'KWD', 'figure:currency-word']);
  });

  it('Reads a new currency sign, and starts a figure at it', () => {
    const text = 'The fee was ₦500 million.';
    assert.deepEqual([only(text).kind, only(text).unit, only(text).text], ['quantity', null, '500 million']);
    const lex = withData((d) => ({ currencies: { ...d.currencies, symbols: { ...d.currencies.symbols, '₦': 'NGN' } } }));
    assert.deepEqual([only(text, lex).kind, only(text, lex).unit, only(text, lex).text], ['money', 'NGN', '₦500 million']);
  });

  it('Ends a counted noun at every function word of the shared ordinary words, but for those the data removes ("31 such projects")', () => {
    const removed = new Set<string>(phrasesData.nounStops.remove);
    for (const w of words.function) assert.equal(FIGURE_LEXICON.phrases.nounStops.has(w), !removed.has(w), w);
    assert.equal(only('They placed 31 such orders.').unit, 'orders');
    const text = 'The fleet has 40 rusty ships.';
    assert.equal(only(text).unit, 'ships');
    const lex = withData((d) => ({ words: { ...d.words, function: [...words.function, 'rusty'] } }));
    assert.equal(read(text, lex).length, 0, 'a number before a function word counts nothing');
  });

  it('Keeps ordinals and "times" inside a subject read backwards, though they are function words', () => {
    for (const w of ['second', 'times']) assert.ok(!FIGURE_LEXICON.phrases.backStops.has(w), w);
    const f = read('Waiting times were halved.').find((x) => x.text === 'halved');
    assert.equal(f?.about, 'Waiting times');
  });

  it('Carries a paragraph year only as many sentences on as its limit says', () => {
    const text = 'In 1999 trade fell. Exports were 12% of output.';
    assert.equal(read(text).find((f) => f.text === '12%')?.year, 1999);
    assert.equal(read(text, withLimit('figure:year-paragraph-reach', 0)).find((f) => f.text === '12%')?.year, null);
  });

  it('Dates a figure by a far date only within its limit', () => {
    const text =
      'Exports rose 12% after a long and winding set of negotiations between the many parties involved in the question of the port concession the treaty was signed in 1999.';
    assert.equal(read(text).find((f) => f.text === '12%')?.year, null);
    assert.equal(read(text, withLimit('figure:year-far', 1000)).find((f) => f.text === '12%')?.year, 1999);
  });

  it('Reads a description only as far back as its word limit', () => {
    const text = 'The share of barter operations in trade was 36.3%.';
    assert.equal(only(text).about, 'share of barter operations in trade');
    assert.equal(only(text, withLimit('figure:about-max-words', 2)).about, 'trade');
  });

  it('Compares a bare number only with the figures within its look-back', () => {
    const text = 'Seventy-nine out of 89 regions signed, compared to 37.';
    assert.equal(read(text).find((f) => f.text === '37')?.unit, 'regions');
    assert.equal(read(text, withLimit('figure:bare-look-back', 0)).find((f) => f.text === '37'), undefined);
  });

  it('Weighs a date seen from outside brackets against one in the same clause by its cost', () => {
    const text = 'In 1999 trade grew (after 2001 exports rose 6.8%).';
    assert.equal(read(text).find((f) => f.text === '6.8%')?.year, 2001);
  });

  it('Refuses data without a limit the reader runs by, or with a words.json list that does not exist', () => {
    assert.throws(() => withData((d) => ({ rules: { ...d.rules, limits: d.rules.limits.filter((l) => l.id !== 'figure:year-far') } })), /No limit "figure:year-far"/);
    assert.throws(
      () => withData((d) => ({ phrases: { ...d.phrases, nounStops: { base: 'nouns', add: [], remove: [] } } })),
      /words\.json has no list "nouns"/,
    );
  });
});

describe('Figure reasons in words', () => {
  it('Says why a strength is a quantity and which year it has', () => {
    const f = read('In 2020 the base held 3,000 troops.').find((x) => x.text === '3,000 troops')!;
    assert.equal(explainFigure(f), "a quantity: a number before an armed force, its strength ('troops'); the year 2020 from the same clause");
  });

  it('Names the rule of a borrowed unit and a missing year', () => {
    const f = read('The deficit was $5 billion and then 3 billion.').find((x) => x.text === '3 billion')!;
    assert.equal(
      explainFigure(f, FIGURE_LEXICON, true),
      'an amount of money: a bare amount after an amount in a currency; unit: the unit of the figure it continues; ' +
        'no year: no date within reach; described by what the figure it restates measures',
    );
  });
});
