import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rereadSpans, tokenise } from '../../src/core/parse/tokens';
import { readStructure } from '../../src/core/parse/structure';
import { withNoticeNames } from '../../src/core/entities/notices';
import { lexicon } from '../../src/core/entities/lexicon';

/** Text with the given lines blanked to spaces, as the reading blanks notices. */
const blanked = (text: string, spans: readonly { start: number; end: number }[]) => {
  let out = text;
  for (const { start, end } of spans) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
};

describe('Words read again only where notices give text back', () => {
  it('gives the words, ids and counts of reading the whole text again', () => {
    const text = 'The Harbour Office said so.\nMedia contact: Jane Doe, Harbour Office\nThe Office’s plan, PRC-controlled ports.\nContact: Jane Doe\nEnd.';
    const lines = text.split('\n');
    const at = (i: number) => lines.slice(0, i).join('\n').length + (i ? 1 : 0);
    const spans = [1, 3].map((i) => ({ start: at(i), end: at(i) + lines[i].length }));
    assert.deepEqual(rereadSpans(tokenise(blanked(text, spans)), text, spans), tokenise(text));
  });

  it('declines a span that does not run from a line break to a line break (a word may run across its edge)', () => {
    const text = 'Jane Doe of the Harbour Office';
    const spans = [{ start: 5, end: 8 }];
    assert.equal(rereadSpans(tokenise(blanked(text, spans)), text, spans), null);
  });

  it('reads the sample documents with notices given back as the whole text read again', () => {
    const lex = lexicon();
    const folders = ['samples/development', 'samples', '../shared/samples', '../shared/samples/crs'];
    let checked = 0;
    for (const folder of folders) {
      for (const name of readdirSync(folder).filter((n) => /\.(md|txt)$/.test(n))) {
        const source = readFileSync(join(folder, name), 'utf8');
        const structure = readStructure(source, name.endsWith('.md') ? 'markdown' : 'plain');
        const noticed = withNoticeNames(lex, structure.masked, structure.shown, structure.notices);
        if (noticed.given.length === 0) continue;
        const reread = rereadSpans(tokenise(structure.masked), noticed.text, noticed.given);
        if (reread === null) continue;
        assert.deepEqual(reread, tokenise(noticed.text), name);
        checked++;
      }
    }
    assert.ok(checked > 0, 'some sample gives a notice back');
  });
});
