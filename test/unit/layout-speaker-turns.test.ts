import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { shownText } from '../../src/core/model/shown';
import { notices } from './furniture-helpers';

/**
 * Speaker turns of panels, hearings and interviews (issues #12, #13): a label
 * opening a paragraph says who speaks, whether it is bold, in capitals, carries
 * a title's abbreviation or names a part in the talk instead of a person; the
 * turn's sentences are claims, and the label is neither a section nor a field.
 */

const read = (text: string, format: 'markdown' | 'plain') => {
  const a = analyse(text, { format });
  return {
    claims: a.claims.map((c) => shownText(a.text, a.masked, c)),
    sections: a.sections.map((s) => s.title),
    figures: a.figures.map((f) => a.text.slice(f.start, f.end)),
    entities: a.entities,
  };
};

const PANEL = [
  '# Who pays for the harbour?',
  '',
  '## Panellists',
  '',
  '- **Dr. Ann Reyes**, Director, Port Studies Group',
  '- **Tom Okafor**, Chief Economist, Eastbay Shipping Line',
  '',
  '**Moderator:** Lena Marsh, Editor, Harbour Weekly',
  '',
  '## Discussion',
  '',
  '**MODERATOR:** Welcome to all of you. Ann, why have the fees risen twice since 2023?',
  '',
  '**DR. REYES:** Thank you, Lena. The berths we promised cost more than we planned, and the board borrowed £40 million to build them.',
  '',
  '**MODERATOR:** Tom, do the shipping lines accept that?',
  '',
  '**MR. OKAFOR:** They do not. Freight through the port fell by 12 percent last year.',
  '',
  '## From the floor',
  '',
  '**QUESTION:** I work on the night shift at the container quay. Will the fees rise again?',
  '',
  '**DR. REYES:** Not before the second berth opens in 2028.',
  '',
  '**MODERATOR:** We are out of time. Please join me in thanking our panel.',
  '',
].join('\n');

describe('Speaker turns', () => {
  it('notice:speaker-label — a bold label in capitals with a title\'s abbreviation opens a turn whose sentences are claims, its figures read', () => {
    const { claims, figures } = read(PANEL, 'markdown');
    // The thanks opening a turn are its turn-taking, read aside (notice:turn-talk, session 20); the sentences after them are claims.
    for (const c of ['The berths we promised cost more than we planned, and the board borrowed £40 million to build them.', 'They do not.', 'Freight through the port fell by 12 percent last year.', 'Not before the second berth opens in 2028.']) {
      assert.ok(claims.includes(c), `${c} | ${claims.join(' | ')}`);
    }
    assert.ok(!claims.some((c) => /REYES|OKAFOR|MODERATOR|QUESTION/.test(c)), claims.join(' | '));
    assert.ok(figures.includes('12 percent') && figures.includes('£40 million'), figures.join(' | '));
    const found = notices(PANEL, 'a.md');
    assert.ok(found.some(([r, w]) => r === 'notice:speaker-label' && w.startsWith('DR. REYES:')), JSON.stringify(found));
    assert.ok(found.some(([r, w]) => r === 'notice:turn-talk' && w.endsWith('Thank you, Lena.')), JSON.stringify(found));
    assert.ok(!claims.includes('Thank you, Lena.'), claims.join(' | '));
  });

  it('notice:speaker-role — a part in the talk (MODERATOR, QUESTION) opens a turn like a name: its courtesies and questions are claims, and it heads no section', () => {
    const { claims, sections } = read(PANEL, 'markdown');
    for (const c of ['Welcome to all of you.', 'Ann, why have the fees risen twice since 2023?', 'I work on the night shift at the container quay.', 'Will the fees rise again?', 'Please join me in thanking our panel.']) {
      assert.ok(claims.includes(c), `${c} | ${claims.join(' | ')}`);
    }
    assert.deepEqual(sections.filter((s) => /MODERATOR|QUESTION|REYES|OKAFOR/i.test(s)), []);
    assert.ok(notices(PANEL, 'a.md').some(([r, w]) => r === 'notice:speaker-role' && w.startsWith('QUESTION:')));
  });

  it('notice:speaker-role — a participants\' list\'s "Moderator:" followed by a name and a post, not prose, stays a field of the list (no turn, no claim), though the same part opens turns below', () => {
    const found = notices(PANEL, 'a.md');
    assert.ok(!found.some(([r, w]) => r.startsWith('notice:speaker') && /^Moderator/.test(w)), JSON.stringify(found));
    assert.ok(!read(PANEL, 'markdown').claims.some((c) => /Lena Marsh|Harbour Weekly/.test(c)));
  });

  it('entity:speaker-label — the surname in capitals that labels a turn is a mention of the person the list names in full', () => {
    const okafor = read(PANEL, 'markdown').entities.find((e) => e.name === 'Tom Okafor');
    assert.ok(okafor && okafor.type === 'person', JSON.stringify(okafor));
    assert.ok(okafor.mentions.length >= 2, JSON.stringify(okafor));
  });

  it('notice:speaker-role — a hearing\'s "THE CHAIR:", "Q:" and "A:" in plain text open turns: the label leaves the sentence and heads no section', () => {
    const text = [
      'Harbour Board: Questions from the Committee',
      '',
      'THE CHAIR: The committee will come to order. We meet to examine the harbour fees.',
      '',
      'Q: Why have the fees risen twice since 2023?',
      '',
      'A: The berths cost more than planned. The board borrowed 40 million pounds to build them.',
      '',
      'Q: Will they rise again?',
      '',
      'A: Not before the second berth opens in 2028.',
      '',
      'THE CHAIR: Thank you. That concludes our questions.',
      '',
    ].join('\n');
    const { claims, sections } = read(text, 'plain');
    for (const c of ['Why have the fees risen twice since 2023?', 'The berths cost more than planned.', 'Will they rise again?', 'Not before the second berth opens in 2028.', 'The committee will come to order.']) {
      assert.ok(claims.includes(c), `${c} | ${claims.join(' | ')}`);
    }
    assert.ok(!claims.some((c) => /^(Q|A|THE CHAIR):/.test(c)), claims.join(' | '));
    assert.ok(!sections.some((s) => /^(Q|A|THE CHAIR)$/.test(s)), sections.join(' | '));
    assert.ok(notices(text, 'a.txt').some(([r, w]) => r === 'notice:speaker-role' && w === 'Q:'));
  });

  it('heading:run-in — a fact sheet\'s bold run-in heads, labels naming no speaker and no part in a talk, stay headings with no speaker notice', () => {
    const md = [
      '# Harbour fees: the facts',
      '',
      '**Background:** The board has raised its fees twice since 2023. Freight fell by 12 percent last year.',
      '',
      '**Costs:** The two new berths cost £40 million. The board borrowed all of it.',
      '',
      '**Next steps:** The board will review the fees in 2027. It will publish its accounts first.',
      '',
    ].join('\n');
    const found = notices(md, 'a.md');
    assert.ok(!found.some(([r]) => r === 'notice:speaker-label' || r === 'notice:speaker-role'), JSON.stringify(found));
    assert.ok(read(md, 'markdown').claims.includes('The board borrowed all of it.'));
  });
});
