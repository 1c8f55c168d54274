import { strict as assert } from 'node:assert';
import { keyAt, textAt, tokenise } from '../../src/core/parse/tokens';
import { analyse } from '../../src/core/analyse';

/** The words of `text` as [as written, lookup key, start, end]. */
const words = (text: string) => {
  const t = tokenise(text);
  return Array.from({ length: t.count }, (_, i) => [textAt(t, i), keyAt(t, i), t.start[i], t.end[i]] as const);
};
const keys = (text: string) => words(text).map((w) => w[1]);

/** True when `offset` falls between the two halves of a surrogate pair. */
const splitsPair = (text: string, offset: number) =>
  offset > 0 && offset < text.length && /[\ud800-\udbff]/.test(text[offset - 1]) && /[\udc00-\udfff]/.test(text[offset]);

describe('Text as a reader sees it: invisible characters and emoji', () => {
  it('Reads a word with a soft hyphen inside as the whole word, offsets into the original text', () => {
    const text = 'Talks in Bela\u00adrus resumed.';
    const [, , belarus] = words(text);
    assert.deepEqual(belarus, ['Bela\u00adrus', 'belarus', 9, 17]);
  });

  it('Joins letters across zero-width spaces, joiners, the word joiner and a stray BOM', () => {
    assert.deepEqual(keys('Po\u200bland Ukr\u200caine Mol\u200ddova Lat\u2060via Lith\ufeffuania'), ['poland', 'ukraine', 'moldova', 'latvia', 'lithuania']);
    // A run of them is one gap, not a break.
    assert.deepEqual(keys('Bela\u00ad\u200b\u2060rus'), ['belarus']);
  });

  it('Lets an invisible character at the edge of a word stay outside it', () => {
    const text = '\u200bTrade\u00ad fell\u200b.';
    assert.deepEqual(words(text), [
      ['Trade', 'trade', 1, 6],
      ['fell', 'fell', 8, 12],
    ]);
  });

  it('Gives a word with a soft hyphen the same key as the word without one, so both are one name', () => {
    const [a, b] = words('Belarus and Bela\u00adrus').filter((w) => w[1] === 'belarus');
    assert.equal(a[1], b[1]);
  });

  it('Never reads an emoji as part of a word, and never cuts a surrogate pair', () => {
    const family = '\u{1F468}\u200d\u{1F469}\u200d\u{1F467}';
    const text = `Minsk${family}Warsaw \u{1F1F5}\u{1F1F1} Kyiv\u{1F600} ${family}${family} Vilnius.`;
    assert.deepEqual(keys(text), ['minsk', 'warsaw', 'kyiv', 'vilnius']);
    for (const [, , start, end] of words(text)) {
      assert.ok(!splitsPair(text, start) && !splitsPair(text, end), `${start}–${end}`);
    }
  });

  it('Keeps letters of astral scripts as letters, read whole', () => {
    const text = 'The \u{10330}\u{10331}\u{10332} text and \u{1D400}\u{1D401} here';
    assert.deepEqual(keys(text), ['the', '\u{10330}\u{10331}\u{10332}', 'text', 'and', '\u{1D400}\u{1D401}'.toLowerCase(), 'here']);
  });

  it('Reads the name in "Bela\\u00adrus" whole, and no emoji as an entity', () => {
    const text =
      'Officials in Bela\u00adrus met officials of Lithuania in Vilnius on Monday. ' +
      'The talks \u{1F468}\u200d\u{1F469}\u200d\u{1F467} \u{1F600} covered trade across the border with Bela\u00adrus.';
    const analysis = analyse(text, { format: 'plain' });
    const names = analysis.entities.map((e) => text.slice(e.mentions[0].start, e.mentions[0].end));
    assert.ok(names.includes('Bela\u00adrus'), names.join(', '));
    assert.ok(!names.includes('Bela'), names.join(', '));
    for (const entity of analysis.entities) {
      for (const m of entity.mentions) assert.ok(!/\p{Extended_Pictographic}/u.test(text.slice(m.start, m.end)), entity.name);
    }
  });
});
