import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { splitSentences } from '../../src/core/parse/sentences';

const split = (text: string) => splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));

describe('Sentences', () => {
  it('Splits at a full stop followed by a capital, keeping exact ranges', () => {
    const text = '  Trade grew. Prices fell!  Why now?  ';
    const spans = splitSentences(text, 0, text.length);
    assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['Trade grew.', 'Prices fell!', 'Why now?']);
    assert.equal(spans[0].start, 2);
  });

  it('Does not split after titles, initials, dotted acronyms or e.g.', () => {
    assert.deepEqual(split('Gen. Michael A. Guetlein leads the U.S. Space Force. It grew.'), [
      'Gen. Michael A. Guetlein leads the U.S. Space Force.',
      'It grew.',
    ]);
    assert.deepEqual(split('Prices (e.g., $30 for gas) rose by 2.5 times in No. 5 region. Then fell.'), [
      'Prices (e.g., $30 for gas) rose by 2.5 times in No. 5 region.',
      'Then fell.',
    ]);
  });

  it('Keeps closing quotes and brackets with the sentence they close', () => {
    assert.deepEqual(split('He called it “a mistake.” Others agreed. (Few did not.) The end.'), [
      'He called it “a mistake.”',
      'Others agreed.',
      '(Few did not.)',
      'The end.',
    ]);
  });

  it('Reads hard-wrapped lines as one sentence across the line break', () => {
    const text = 'The treaty was signed\nin 1999 by both sides. A new\nsentence starts here.';
    assert.deepEqual(split(text), ['The treaty was signed\nin 1999 by both sides.', 'A new\nsentence starts here.']);
  });

  it('Ends a sentence after the letter naming a part of the document, which is no initial (sentence:part-label)', () => {
    assert.deepEqual(split('The figures are set out in Schedule D. The levy starts in May.'), ['The figures are set out in Schedule D.', 'The levy starts in May.']);
    assert.deepEqual(split('We back tier A. Tier B follows later.'), ['We back tier A.', 'Tier B follows later.']);
    assert.deepEqual(split('It was signed by Maria T. Ostrova in May.'), ['It was signed by Maria T. Ostrova in May.']);
  });

  it('Does not split before a lower-case word', () => {
    assert.deepEqual(split('The figure was approx. ten percent. It held.'), ['The figure was approx. ten percent.', 'It held.']);
  });

  it('Ends a sentence after a reference mark in brackets after its full stop, but not after an abbreviation (sentence:footnote-mark)', () => {
    assert.deepEqual(split('It is 9.4 kilometres wide.[2] The strait was used by 41,200 ships in 2023.[3][4] Control is disputed.[12]'), [
      'It is 9.4 kilometres wide.[2]',
      'The strait was used by 41,200 ships in 2023.[3][4]',
      'Control is disputed.[12]',
    ]);
    assert.deepEqual(split('It was sent to the U.S.[1] Policy Board.'), ['It was sent to the U.S.[1] Policy Board.']);
    assert.deepEqual(split('It is wide.[a] The strait is deep.[2] and narrow.'), ['It is wide.[a] The strait is deep.[2] and narrow.']);
  });

  it('Ends a sentence at a footnote mark glued to its full stop, as PDF text gives it (sentence:footnote-mark)', () => {
    assert.deepEqual(split('The ministry dropped the plan in spring.4 Officials then wrote a new one.'), [
      'The ministry dropped the plan in spring.4',
      'Officials then wrote a new one.',
    ]);
    assert.deepEqual(split('Most ports were screened in full.12 Only two failed.'), ['Most ports were screened in full.12', 'Only two failed.']);
  });

  it('Ends a sentence after reference marks in square brackets glued to its full stop, after a word or a year (sentence:footnote-mark)', () => {
    assert.deepEqual(split('Ports handled 310 million tonnes in 2023.[3] According to the KSA, traffic rose.[3][10] In 1996 it held.'), [
      'Ports handled 310 million tonnes in 2023.[3]',
      'According to the KSA, traffic rose.[3][10]',
      'In 1996 it held.',
    ]);
  });

  it('Does not end a sentence at a bracket that is no reference mark, or before a small letter (near-miss of sentence:footnote-mark)', () => {
    assert.deepEqual(split('Traffic rose.[a] Then it fell.'), ['Traffic rose.[a] Then it fell.']);
    assert.deepEqual(split('Traffic rose.[3] and then it fell.'), ['Traffic rose.[3] and then it fell.']);
    assert.deepEqual(split('Relations improved.[citation needed] In 1996 they met.'), ['Relations improved.[citation needed] In 1996 they met.']);
    assert.deepEqual(split('The index is x.[1234] It held.'), ['The index is x.[1234] It held.']);
  });

  it('Leaves decimals, abbreviations and section numbers glued to a dot alone', () => {
    assert.deepEqual(split('Output rose to 2.5 Million tonnes. It held.'), ['Output rose to 2.5 Million tonnes.', 'It held.']);
    assert.deepEqual(split('See Fig.3 Results and No.4 Annex for the data. It held.'), ['See Fig.3 Results and No.4 Annex for the data.', 'It held.']);
    assert.deepEqual(split('Read Table A.1 The figures there. It held.'), ['Read Table A.1 The figures there.', 'It held.']);
    assert.deepEqual(split('Visit example.com for more. The rest was cut.123 Items followed.'), [
      'Visit example.com for more.',
      'The rest was cut.123 Items followed.',
    ]);
  });

  it('Splits only inside the range it is given', () => {
    const text = 'Outside. Inside one. Inside two. Outside.';
    const start = text.indexOf('Inside');
    const end = text.lastIndexOf(' Outside');
    assert.deepEqual(
      splitSentences(text, start, end).map((s) => text.slice(s.start, s.end)),
      ['Inside one.', 'Inside two.'],
    );
  });
});

describe('Abbreviations as data', () => {
  // Every row of lexicon/data/abbreviations.json keeps its dot inside the sentence: a row added there needs no code.
  const { keepDot, other } = JSON.parse(readFileSync('src/core/lexicon/data/abbreviations.json', 'utf8')) as Record<string, string[]>;
  it('Does not end a sentence after any listed abbreviation, before a name or a number', () => {
    const split = [...keepDot, ...other].filter((word) => {
      const abbreviation = word.charAt(0).toUpperCase() + word.slice(1);
      const text = `They met ${abbreviation}. Lind on Monday. ${abbreviation}. 7 was next.`;
      return splitSentences(text, 0, text.length).length !== 2;
    });
    assert.deepEqual(split, []);
  });

  it('Ends a sentence after an unlisted word of the same form', () => {
    const text = 'They met Lund. Lind came on Monday.';
    assert.equal(splitSentences(text, 0, text.length).length, 2);
  });
});
