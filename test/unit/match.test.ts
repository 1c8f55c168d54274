import { strict as assert } from 'node:assert';
import { compileMatcher, matchAll, matchAround, type Gaps } from '../../src/core/parse/match';
import type { PatternRow, WordList } from '../../src/core/parse/pattern-rows';
import { tokenise, type Tokens } from '../../src/core/parse/tokens';

/** What separates the words of `text`: punctuation, a blank line, and a new sentence after a full stop. */
function gapsOf(text: string, tokens: Tokens): Gaps {
  const n = tokens.count;
  const punct: string[] = [];
  const broken = new Uint8Array(n);
  const unit = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const gap = text.slice(i > 0 ? tokens.after[i - 1] : 0, tokens.start[i]);
    punct.push(gap.replace(/\s+/g, ''));
    unit[i] = i === 0 ? 0 : unit[i - 1] + (/[.!?]/.test(gap) ? 1 : 0);
    broken[i] = i === 0 || punct[i] !== '' || /\n\s*\n/.test(gap) ? 1 : 0;
  }
  return { punct, broken, unit };
}

const LISTS = new Map<string, WordList>([
  ['titles', new Set(['president', 'minister', 'general'])],
  ['placeBefore', new Map([['in', 1.5], ['near', 2]])],
  ['typeNouns', new Map([['port', 'place'], ['company', 'organization']])],
]);

/** Every match of name-free rows in `text`, as the words matched. */
function all(rows: readonly PatternRow[], text: string): string[] {
  const tokens = tokenise(text);
  const out: string[] = [];
  matchAll(compileMatcher(rows, LISTS), tokens, gapsOf(text, tokens), (m) => out.push(`${m.rule.id}: ${text.slice(tokens.start[m.first], tokens.end[m.last])}`));
  return out;
}

/** The matches of rows around the name `name` in `text` (its first occurrence), of `kind`. */
function around(rows: readonly PatternRow[], text: string, name: string, kind = 'unknown') {
  const tokens = tokenise(text);
  const start = text.indexOf(name);
  let first = 0;
  while (tokens.start[first] < start) first++;
  let last = first;
  while (last + 1 < tokens.count && tokens.end[last + 1] <= start + name.length) last++;
  return matchAround(compileMatcher(rows, LISTS), tokens, gapsOf(text, tokens), first, last, kind);
}

const TITLE_BEFORE_NAME: PatternRow = { id: 'title-before-name', pattern: [{ list: 'titles' }, { shape: 'CAP', repeat: '+' }] };

describe('The pattern matcher', () => {
  it('Finds a title and the capitalised words after it, in text order', () => {
    assert.deepEqual(all([TITLE_BEFORE_NAME], 'Yesterday President Aleksandr Lukashenko met General Smith in Minsk.'), [
      'title-before-name: President Aleksandr Lukashenko',
      'title-before-name: General Smith',
    ]);
  });

  it('Does not run a repeat over punctuation, nor past the most words it may take', () => {
    assert.deepEqual(all([TITLE_BEFORE_NAME], 'President Anna, Boris and Carla'), ['title-before-name: President Anna']);
    const two: PatternRow = { id: 'two', pattern: [{ list: 'titles' }, { shape: 'CAP', repeat: '+', most: 2 }] };
    assert.deepEqual(all([two], 'President Anna Maria Lopez Garcia'), ['two: President Anna Maria']);
  });

  it('Takes all a repeat can take, with no backtracking: a word the repeat could take is not left for the next element', () => {
    const greedy: PatternRow = { id: 'greedy', pattern: [{ list: 'titles' }, { shape: 'CAP', repeat: '*' }, { shape: 'CAP' }] };
    assert.deepEqual(all([greedy], 'President Anna Lopez'), []);
  });

  it('Matches words around a name, and gives the weight its word has in a weighted list', () => {
    const row: PatternRow = { id: 'place-before', pattern: [{ list: 'placeBefore', shape: 'LOWER', gives: true }, { name: true }] };
    const [m] = around([row], 'Talks were held near Astrakhan last week.', 'Astrakhan');
    assert.equal(m.rule.id, 'place-before');
    assert.equal(m.words, 'near');
    assert.equal(m.value, 2);
    assert.deepEqual(around([row], 'Talks were held. Astrakhan was calm.', 'Astrakhan'), []);
  });

  it('Applies a rule only to the kinds of name and the number of words its name element asks for', () => {
    const row: PatternRow = { id: 'era', pattern: [{ word: 'the' }, { name: true, kinds: ['unknown'], words: 1 }, { word: 'era' }] };
    assert.equal(around([row], 'It ended the Yeltsin era quickly.', 'Yeltsin').length, 1);
    assert.equal(around([row], 'It ended the Yeltsin era quickly.', 'Yeltsin', 'gazetteer').length, 0);
    assert.equal(around([row], 'It ended the Boris Yeltsin era quickly.', 'Boris Yeltsin').length, 0);
  });

  it('Lets only the punctuation an element allows stand before it, within one sentence', () => {
    const tight: PatternRow = { id: 'tight', pattern: [{ word: 'company' }, { name: true }] };
    const bracketed: PatternRow = { id: 'bracketed', pattern: [{ word: 'company' }, { name: true, punct: '(' }] };
    assert.deepEqual(around([tight], 'the company (Gazprom) said', 'Gazprom'), []);
    assert.deepEqual(around([bracketed], 'the company (Gazprom) said', 'Gazprom').map((m) => m.rule.id), ['bracketed']);
    assert.deepEqual(around([bracketed], 'the company, (Gazprom) said', 'Gazprom'), []);
    assert.deepEqual(around([bracketed], 'a company. (Gazprom) said', 'Gazprom'), []);
    const apart: PatternRow = { id: 'apart', pattern: [{ word: 'company' }, { name: true, punct: '(', apart: true }] };
    assert.deepEqual(around([apart], 'the company (Gazprom) said', 'Gazprom').map((m) => m.rule.id), ['apart']);
    assert.deepEqual(around([apart], 'the company Gazprom said', 'Gazprom'), []);
  });

  it('Fails where an element marked "not" matches', () => {
    const who: PatternRow = { id: 'who', pattern: [{ word: 'the', not: true }, { name: true }, { word: 'who', punct: ',' }] };
    assert.equal(around([who], 'They met Lukashenko, who spoke.', 'Lukashenko').length, 1);
    assert.equal(around([who], 'They met the Communists, who spoke.', 'Communists').length, 0);
  });

  it('Looks up the singular of a plural word, and gives the type its list holds', () => {
    const row: PatternRow = { id: 'such-as', pattern: [{ list: 'typeNouns', plural: true, gives: true }, { word: 'such' }, { word: 'as' }, { name: true }] };
    const [m] = around([row], 'Russian ports such as Ust-Luga grew.', 'Ust-Luga');
    assert.equal(m.gives, 'port');
    assert.equal(m.value, 'place');
    assert.equal(around([row], 'Most companies such as Elering grew.', 'Elering')[0].value, 'organization');
  });

  it('Counts a rule once per name even when several of its patterns match, in the order of the rows', () => {
    const rows: PatternRow[] = [
      { id: 'first', pattern: [{ name: true }, { word: 'said' }] },
      { id: 'second', patterns: [[{ word: 'in' }, { name: true }], [{ word: 'in' }, { shape: 'LOWER' }, { name: true }]] },
    ];
    assert.deepEqual(around(rows, 'Officials in Minsk said so.', 'Minsk').map((m) => m.rule.id), ['first', 'second']);
  });

  it('Rejects a row that names an unknown list or shape, or has no elements, with a message naming the row', () => {
    assert.throws(() => compileMatcher([{ id: 'bad-list', pattern: [{ list: 'nowhere' }] }], LISTS), /"bad-list".*"nowhere"/);
    assert.throws(() => compileMatcher([{ id: 'bad-shape', pattern: [{ shape: 'TITLE' as never }] }], LISTS), /"bad-shape".*"TITLE"/);
    assert.throws(() => compileMatcher([{ id: 'empty', pattern: [] }], LISTS), /"empty"/);
  });
});
