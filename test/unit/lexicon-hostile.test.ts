import { strict as assert } from 'node:assert';
import { decodeLexicon, LineIndex, readLexiconLines, readLexiconText } from '../../src/vscode/lexiconText';

describe('Reader lexicon files that could block the editor', () => {
  it('Reports a term of 200,000 characters without reading past the length limit', () => {
    const term = `${'a '.repeat(100_000)}*x`;
    const text = `{ "economic": { "${term}": 1, "tariff*": 2 } }`;
    const { data, problems, work } = readLexiconText(text);
    assert.deepEqual(data, { economic: { 'tariff*': 2 } });
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /is longer than 80 characters/);
    assert.ok(problems[0].message.length < 160, 'the message quotes a short cut of the term');
    assert.equal(text.slice(problems[0].start, problems[0].start + 4), '"a a');
    assert.ok(work < 200, `work ${work}: the term is read up to the limit only`);
  });

  it('Reports each of 50,000 invalid terms on its own line, in work that grows with the file', () => {
    const lines = Array.from({ length: 50_000 }, (_, i) => `  "*bad${i}": 1`);
    const text = `{ "military": {\n${lines.join(',\n')}\n} }`;
    const { problems, work } = readLexiconText(text);
    assert.equal(problems.length, 50_000);
    const index = new LineIndex(text);
    assert.deepEqual(index.position(problems[0].start), { line: 1, character: 2 });
    assert.deepEqual(index.position(problems[49_999].start), { line: 50_000, character: 2 });
    assert.ok(work <= 20 * problems.length, `work ${work} for ${problems.length} problems`);
  });

  it('Places every problem by line and character, as the worker sends them to the Problems panel', () => {
    const text = '{\n  "economic": {\n    "*bad": 1,\n    "trade": "x"\n  }\n}';
    const { data, problems } = readLexiconLines(text);
    assert.deepEqual(data, { economic: {} });
    assert.deepEqual(
      problems.map((p) => [p.start.line, p.start.character, p.end.line, p.end.character]),
      [
        [2, 4, 2, 10],
        [3, 13, 3, 16],
      ],
    );
    assert.match(problems[0].message, /"\*bad" is not a term/);
    // The worker sends back only the problems the Problems panel lists, and the count of all.
    const many = `{ "economic": {\n${Array.from({ length: 3000 }, (_, i) => `  "*bad${i}": 1`).join(',\n')}\n} }`;
    const capped = readLexiconLines(many, 1001);
    assert.equal(capped.problems.length, 1001);
    assert.equal(capped.count, 3000);
    assert.deepEqual(capped.problems[1000].start, { line: 1001, character: 2 });
  });

  it('Reads a lexicon file saved with a byte-order mark, and marks a broken byte where it stands', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{ "economic": { "tariff": 2 } }')]);
    assert.deepEqual(readLexiconText(decodeLexicon(bytes)).data, { economic: { tariff: 2 } });
    const broken = new Uint8Array([...new TextEncoder().encode('{ "economic": { "ta'), 0xff, ...new TextEncoder().encode('riff": 2 } }')]);
    assert.deepEqual(readLexiconText(decodeLexicon(broken)).data, { economic: { 'ta\ufffdriff': 2 } });
  });

  it('Reports "__proto__" as a category and as a term, and keeps the valid terms around it', () => {
    const text = '{ "__proto__": 7, "economic": { "__proto__": 7, "constructor": 1, "trade": 2 } }';
    const { data, problems } = readLexiconText(text);
    assert.deepEqual(
      problems.map((p) => text.slice(p.start, p.end)),
      ['"__proto__"', '"__proto__"', '"constructor"'],
    );
    assert.match(problems[0].message, /Unknown category "__proto__"/);
    assert.match(problems[1].message, /reserved name/);
    assert.deepEqual(data, { economic: { trade: 2 } });
  });

  it('Places a problem with a weight on the weight, and one with a category’s value on the value', () => {
    const text = '{\n  "economic": { "trade": 11 },\n  "military": [1]\n}';
    const { problems } = readLexiconText(text);
    assert.deepEqual(problems.map((p) => text.slice(p.start, p.end)), ['11', '[1]']);
  });
});
