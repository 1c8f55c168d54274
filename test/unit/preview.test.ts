import { strict as assert } from 'node:assert';
import MarkdownIt from 'markdown-it';
import { analyse } from '../../src/core/analyse';
import { markTokens, type MdToken } from '../../src/render/preview';
import { shared } from './helpers';

/** markdown-it with Policy Lens's marks for the reading of exactly the source it renders. */
function render(source: string): string {
  const md = new MarkdownIt();
  const analysis = analyse(source, { format: 'markdown' });
  md.core.ruler.push('policy_lens_marks', (state) => {
    markTokens(state.tokens as unknown as MdToken[], analysis, (type, tag, nesting) => new state.Token(type, tag, nesting as -1 | 0 | 1) as unknown as MdToken);
  });
  return md.render(source);
}

describe('Marks in the markdown preview', () => {
  const source = [
    '# Trade and the Baltic',
    '',
    'In 2023 Lithuania spent **4.2 billion euros** on defence, about 3.2% of its GDP, and [NATO](https://www.nato.int) welcomed it.',
    '',
    '- Estonia raised its budget by 12% in 2024.',
    '',
  ].join('\n');
  const html = render(source);

  it('Marks figures and entities inside the preview\'s own rendering, with a card\'s text', () => {
    assert.match(html, /<mark class="pl-figure" data-pl-card="Percentage[^"]*3\.2 %[^"]*">3\.2%<\/mark>/);
    assert.match(html, /<span class="pl-entity pl-place" data-pl-card="Place: Lithuania[^"]*">Lithuania<\/span>/);
  });

  it('Keeps the preview\'s links, emphasis, headings and line maps', () => {
    assert.match(html, /<a href="https:\/\/www\.nato\.int">(<span[^>]*>)?NATO(<\/span>)?<\/a>/);
    assert.match(html, /<strong>(<mark[^>]*>)?4\.2 billion euros(<\/mark>)?<\/strong>/);
    assert.match(html, /<h1>Trade and the Baltic<\/h1>/);
    const md = new MarkdownIt();
    const tokens = md.parse(source, {});
    const before = tokens.map((t) => t.map);
    markTokens(tokens as unknown as MdToken[], analyse(source, { format: 'markdown' }), (type, tag, nesting) => new md.core.State.prototype.Token(type, tag, nesting as -1 | 0 | 1) as unknown as MdToken);
    assert.deepEqual(tokens.map((t) => t.map), before);
  });

  it('Gives each paragraph and list item the category of most of its claims', () => {
    assert.match(html, /<p class="pl-claims pl-(economic|military)" data-pl-card="Claims here: [^"]+">/);
    assert.match(html, /<li class="pl-claims pl-(economic|military)"/);
  });

  it('Adds only its own marks: the text reads the same with the tags removed', () => {
    const plain = new MarkdownIt().render(source);
    const strip = (s: string) => s.replace(/<\/?(mark|span)[^>]*>/g, '').replace(/ class="[^"]*" data-pl-card="[^"]*"/g, '');
    assert.equal(strip(html), plain);
    const report = shared('samples/crs/china-five-year-plan.md');
    assert.equal(strip(render(report)), new MarkdownIt().render(report));
  });
});
