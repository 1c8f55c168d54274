import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { detectFormat, readStructure } from '../../src/core/parse/structure';
import { shared } from './helpers';

const titles = (text: string, format: 'markdown' | 'plain') =>
  readStructure(text, format).sections.map((s) => s.title);

describe('Structure', () => {
  it('Recovers the headings and the untitled opening of a PDF dump with no blank lines', () => {
    const text = [
      'Should the alliance admit new members this year, or wait until the treaty is',
      'ratified by every parliament in the region? Both answers carry costs for all sides.',
      'Why Enlargement Matters',
      'Enlargement changes the balance of power on the continent and the shape of the budget for',
      'every member. It also raises the cost of defence for the new members in the first years.',
      'The Case for Waiting',
      'Waiting keeps the debate open but lets the opponents of the treaty organise in every capital.',
    ].join('\n');
    assert.deepEqual(titles(text, 'plain'), ['(introduction)', 'Why Enlargement Matters', 'The Case for Waiting']);
  });

  it('Reads a line with a sentence end inside it as prose, even when it ends on a capitalised name', () => {
    const text = [
      'The reserves are thin and the export base is narrow, so any new currency would start weak.',
      '',
      'Money is now the binding constraint. The Minister of Economy and Finance, Awa Traoré',
      'Diallo, told the parliament in March that debt service would absorb a third of revenue.',
    ].join('\n');
    const { blocks } = readStructure(text, 'plain');
    assert.deepEqual(
      blocks.map((b) => [b.kind, text.slice(b.start, b.start + 12)]),
      [
        ['paragraph', 'The reserves'],
        ['paragraph', 'Money is now'],
      ],
    );
  });

  it('Breaks paragraphs at short lines that end a sentence, and at indented capitals', () => {
    const text = [
      'The first paragraph runs across several lines of text that were wrapped at a fixed width',
      'when the file was extracted, so no blank line separates it from what follows it here.',
      'It ends here.',
      'The second paragraph starts on the next line and runs on for a while, like the first one',
      'did, until the last line of it ends with a full stop right at the end of the wrapped line.',
      ' An indented capital starts the third paragraph.',
    ].join('\n');
    const { blocks } = readStructure(text, 'plain');
    assert.deepEqual(
      blocks.map((b) => text.slice(b.start, b.start + 10)),
      ['The first ', 'The second', 'An indente'],
    );
  });

  it('Keeps every block range on the original text', () => {
    const text = shared('samples/belarus-dilemma.txt');
    const { blocks } = readStructure(text, 'plain');
    for (const block of blocks) {
      assert.ok(block.start >= 0 && block.end <= text.length && block.start < block.end);
      assert.notEqual(text.charAt(block.start).trim(), '', 'a block starts on a visible character');
    }
  });

  it('Outlines real markdown without site navigation, with bare lines as subheadings', () => {
    const text = [
      '# Report Title',
      '',
      '**Author:** Someone',
      '**Date:** 01/02/2025',
      '',
      '---',
      '[Home](https://example.org) > [Products](https://example.org/p)',
      '',
      '# Report Title',
      '',
      '## SITE MENU',
      '',
      '[Hide Overview](https://example.org#)',
      '',
      '| **Type:** | Brief',
      '| **Topics:** | Trade',
      '',
      'The report opens with a sentence about tariffs.',
      '',
      'Background',
      '',
      'Tariffs rose in 2025.',
      '',
      '**Issues for Congress**',
      '',
      'Congress may act.',
    ].join('\n');
    const { sections } = readStructure(text, 'markdown');
    assert.deepEqual(
      sections.map((s) => [s.title, s.level]),
      [['Report Title', 1], ['Background', 2], ['Issues for Congress', 2]],
    );
    assert.equal(sections[1].parent, 0);
  });

  it('Masks link targets and markup without moving any offset', () => {
    const text = 'See [the treaty](https://example.org/t?id=1999) and **50%** of `code`.';
    const { masked } = readStructure(text, 'markdown');
    assert.equal(masked.length, text.length);
    assert.ok(!masked.includes('1999'), 'the URL is hidden');
    assert.equal(masked.slice(text.indexOf('the treaty'), text.indexOf('the treaty') + 10), 'the treaty');
    assert.equal(masked.slice(text.indexOf('50%'), text.indexOf('50%') + 3), '50%');
  });

  it('Reads a text box that opens with a cell bar and goes on in prose as argued text, and bare table rows as table cells, not argued text', () => {
    const text = [
      '# Report',
      '',
      '| Harbour Programs The port authority cut fees by half.',
      'Shipping lines moved their hubs there within a year.',
      'Exports through the port rose.',
      '',
      '| Steel: plates; pipes | rails',
      '| Grain: wheat; barley | maize',
      '',
    ].join('\n');
    const { blocks, masked } = readStructure(text, 'markdown');
    const box = blocks.find((b) => text.slice(b.start, b.end).includes('port authority'))!;
    assert.equal(box.kind, 'paragraph');
    assert.ok(text.slice(box.start).startsWith('Harbour Programs'), 'the bar is not part of the paragraph');
    assert.equal(masked.charAt(text.indexOf('| Harbour')), ' ');
    // Each cell is read apart, a run-in head ("Steel:") as the row's header.
    const cells = blocks.filter((b) => b.start > text.indexOf('| Steel')).map((b) => [b.kind, text.slice(b.start, b.end)]);
    assert.deepEqual(cells, [['tableCell', 'Steel:'], ['tableCell', 'plates; pipes'], ['tableCell', 'rails'], ['tableCell', 'Grain:'], ['tableCell', 'wheat; barley'], ['tableCell', 'maize']]);
  });

  it('Keeps bare rows of keys and values, and a bar-wrapped caption, as furniture', () => {
    const text = ['# Report', '', '| **Author:** | Doe, Jane', '| **Date:** | 04/16/2026', '', 'The port grew.', '', '| Figure 2. Cargo by port', '|  ', ''].join('\n');
    const { blocks } = readStructure(text, 'markdown');
    for (const needle of ['Author', 'Figure 2']) assert.equal(blocks.find((b) => text.slice(b.start, b.end).includes(needle))!.kind, 'meta', needle);
  });

  it('Masks bare URLs in prose, keeping the words around them', () => {
    const text = 'Data for 2025 is at https://example.org/stats/2024/table-7 and www.example.org/1999 now.';
    const { masked } = readStructure(text, 'markdown');
    assert.equal(masked.length, text.length);
    assert.ok(!masked.includes('2024') && !masked.includes('1999'));
    assert.ok(masked.startsWith('Data for 2025 is at ') && masked.trimEnd().endsWith(' now.'));
  });

  it('Tells markdown from plain text', () => {
    assert.equal(detectFormat('# Title\n\nText.'), 'markdown');
    assert.equal(detectFormat('Plain words.\nMore words.'), 'plain');
    assert.equal(detectFormat('Plain words.', 'notes.md'), 'markdown');
  });

  it('Gives the CRS reports the sections a careful reader would outline', () => {
    const text = shared('samples/crs/us-space-force.md');
    const got = titles(text, 'markdown');
    assert.equal(got[0], 'Defense Primer: U.S. Space Force');
    assert.ok(got.includes('Why the Space Force Was Created'));
    assert.ok(got.includes('Space Force Budget'));
    assert.ok(!got.some((t) => /CRS PRODUCT/.test(t)), 'navigation heading left out');
    assert.equal(got.filter((t) => t === 'Defense Primer: U.S. Space Force').length, 1, 'title not repeated');
  });

  describe('golden fixtures', () => {
    const root = join(process.cwd(), 'test', 'fixtures');
    const cases = existsSync(root) ? readdirSync(root).filter((d) => d.startsWith('structure-')) : [];
    it('Has structure fixtures to compare', () => assert.ok(cases.length > 0));
    for (const name of cases) {
      it(`Matches ${name}`, () => {
        const dir = join(root, name);
        const input = readdirSync(dir).find((f) => f.startsWith('input.'))!;
        const text = readFileSync(join(dir, input), 'utf8');
        const format = input.endsWith('.md') ? 'markdown' : 'plain';
        const { sections, blocks } = readStructure(text, format);
        const actual = {
          sections: sections.map((s) => ({ title: s.title, level: s.level, parent: s.parent })),
          blocks: blocks.map((b) => ({ kind: b.kind, section: b.section, text: text.slice(b.start, b.end) })),
        };
        const expected = JSON.parse(readFileSync(join(dir, 'output.json'), 'utf8'));
        assert.deepEqual(JSON.parse(JSON.stringify(actual)), expected);
      });
    }
  });
});
