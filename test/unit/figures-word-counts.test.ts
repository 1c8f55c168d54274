import { strict as assert } from 'node:assert';
import { documentFigure, readDocument } from './figures-helpers';

/**
 * Small numbers written in words that count with no noun of their own (issue #13,
 * session 13: writers of a letter, a rule, an FAQ, press releases, written answers,
 * reports and commentaries): a part of what follows "of the" or a name's, and the
 * next values of a count the sentence is giving.
 */

const read = readDocument;
const figure = documentFigure;

describe('A number in words of what follows "of the" or a name\'s (figure:count-of-the-words)', () => {
  it('counts "three of the ferries" and "two of Norway\'s oil platforms" as counts of what follows', () => {
    const text = 'Storms closed the harbour, and three of the ferries ran aground. Two of Norway\'s oil platforms shut.\n';
    const three = figure(text, 'three');
    assert.equal(three.kind, 'count');
    assert.ok(three.rules.includes('figure:count-of-the-words'));
    assert.equal(figure(text, 'Two').kind, 'count');
  });

  it('leaves "one of the" as prose, as "one of them" is', () => {
    assert.deepEqual(read('She was one of the ministers present when one of the ferries sank.\n'), []);
  });
});

describe('A number in words continuing the count before it (figure:bare-count-continues-words)', () => {
  it('reads each value of a list of counts ("eleven mills in Brazil, four in Chile and two in Peru") with the unit of the first', () => {
    const text = 'The agency listed eleven mills in Brazil, four in Chile and two in Peru.\n';
    assert.deepEqual(read(text).map((f) => [f.text, f.kind]), [['eleven mills', 'count'], ['four', 'count'], ['two', 'count']]);
    assert.ok(figure(text, 'four').rules.includes('figure:bare-count-continues-words'));
  });

  it('reads the number a comparison sets against a count ("eight frigates rather than four")', () => {
    const f = figure('Escorting two convoys a day would take eight frigates rather than four.\n', 'four');
    assert.equal(f.kind, 'count');
  });

  it('does not continue a measure ("40,000 tonnes, and two were closed" counts no tonnes), nor count "one" alone', () => {
    assert.deepEqual(read('Ports handled 40,000 tonnes, and two were closed.\n').map((f) => f.text), ['40,000 tonnes']);
    assert.deepEqual(read('They are six firms in China and one in Iran.\n').map((f) => f.text), ['six firms']);
  });
});
