import { strict as assert } from 'node:assert';
import { read, readDocument, summary } from './entities-helpers';

/**
 * What the recogniser listed as names that a reader would not, on session 12's blind documents
 * (issue #13, session 13's precision classes): each rule on sentences written here.
 */
describe('Entity precision — session 13 classes', () => {
  it('entity:plural-title — titles in the plural name a group of office holders, not one name; a holder named with a title stays', () => {
    const text =
      'A group of Senators and Representatives wrote to the harbour board. ' +
      'The council has two Deputy Governors, and Governor Elna Strand chairs it. ' +
      'In March, 14 Senators wrote again to the Tarnow Institute.';
    const found = read(text);
    const names = found.map((e) => e.name);
    for (const group of ['Senators', 'Representatives', 'Governors', 'Deputy Governors']) assert.ok(!names.includes(group), summary(text, found).join('\n'));
    assert.ok(found.some((e) => e.name === 'Elna Strand' && e.type === 'person'), summary(text, found).join('\n'));
    assert.ok(names.includes('Tarnow Institute'), summary(text, found).join('\n'));
  });

  it('entity:plural-title — a body named by plural titles after "of" keeps its name', () => {
    const text = 'The bill passed the House of Representatives and went to the Board of Governors of the Ostrava Fund.';
    const found = read(text);
    const names = found.map((e) => e.name);
    assert.ok(names.includes('House of Representatives'), summary(text, found).join('\n'));
  });

  it('entity:field-label — words in capitals that open a memo\'s header lines before a colon are labels, not names', () => {
    const memo = [
      'ROUTING:   Head of Coastal Policy',
      'PRIORITY:  Routine - reply within a week',
      'RE:        Harbour dredging at Kelmarsh',
      '',
      'The Kelmarsh Port Authority asks for a decision. The ZQRB agrees with it.',
      '',
    ].join('\n');
    const { text, entities } = readDocument(memo, 'plain');
    const names = entities.map((e) => e.name);
    for (const label of ['ROUTING', 'PRIORITY']) assert.ok(!names.includes(label), summary(text, entities).join('\n'));
    assert.ok(names.includes('ZQRB') && names.includes('Kelmarsh Port Authority'), summary(text, entities).join('\n'));
  });

  it('entity:field-label — one line opened by letters and a colon is no block of fields: the acronym stays', () => {
    const note = ['ZQRB: the board met in Ostrava on Monday.', '', 'Its members agreed to publish the survey.', ''].join('\n');
    const { text, entities } = readDocument(note, 'plain');
    assert.ok(entities.some((e) => e.name === 'ZQRB'), summary(text, entities).join('\n'));
  });

  it('titles.json: "Chair", "Counsel" and "Officer" are titles, so an office named without its holder is no name and a holder after one is a person', () => {
    const text =
      'The Chief Executive Officer of the Ostrava Fund should review the files. Its Chief Financial Officer, Marta Kovel, agreed. ' +
      'The Chief Counsel for Advocacy wrote to the board, and Madam Chair thanked the witnesses. Chair Pavla Rusnak closed the hearing.';
    const found = read(text);
    const names = found.map((e) => e.name);
    for (const part of ['Executive Officer', 'Financial Officer', 'Counsel', 'Advocacy', 'Madam Chair', 'Chair']) assert.ok(!names.includes(part), summary(text, found).join('\n'));
    assert.ok(found.some((e) => e.name === 'Marta Kovel' && e.type === 'person'), summary(text, found).join('\n'));
    assert.ok(found.some((e) => e.name === 'Pavla Rusnak' && e.type === 'person'), summary(text, found).join('\n'));
    assert.ok(names.includes('Ostrava Fund'), summary(text, found).join('\n'));
  });

  it('words.json honorifics: "The Honorable" before a name, as "The Honourable", is left out of the person\'s name', () => {
    const letter = [
      'The Honorable Marta Kovel, Chairman',
      'The Honorable Ilse Marrow, Ranking Member',
      'Committee on Harbour Works',
      '',
      'This report answers your request about the dredging plan.',
      '',
    ].join('\n');
    const { text, entities } = readDocument(letter, 'plain');
    for (const name of ['Marta Kovel', 'Ilse Marrow']) assert.ok(entities.some((e) => e.name === name && e.type === 'person'), summary(text, entities).join('\n'));
    assert.ok(!entities.some((e) => /Honorable/.test(e.name)), summary(text, entities).join('\n'));
  });

  it('titles.json: a rank written with a hyphen ("Vice-Admiral") is a title, as its spaced form is', () => {
    const text = 'The task force sailed under Vice-Admiral Pavel Marek, with headquarters at Ostrava.';
    const found = read(text);
    assert.ok(found.some((e) => e.name === 'Pavel Marek' && e.type === 'person'), summary(text, found).join('\n'));
    assert.ok(!found.some((e) => /Vice-Admiral/.test(e.name)), summary(text, found).join('\n'));
  });
});
