import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { EntityType } from '../../src/core/model/model';
import { read, summary, readDocument } from './entities-helpers';

describe('Entities', () => {
  describe('The document as a whole', () => {
    it('Gives every mention of a string the entity it was typed as, sentence starts included', () => {
      const text = 'Kaliningrad matters. Ships were trained in Kaliningrad. Kaliningrad’s port froze.';
      const entities = read(text);
      assert.equal(entities.length, 1);
      assert.equal(entities[0].type, 'place');
      assert.deepEqual(
        entities[0].mentions.map((m) => text.slice(m.start, m.end)),
        ['Kaliningrad', 'Kaliningrad', 'Kaliningrad'],
      );
    });

    it('Finds gazetteer names in headings, and other names only where the sentences found them', () => {
      const source = '# Why Ukraine Matters to Tverskaya\n\nTroops moved from Tverskaya to Ukraine.\n';
      const { text, entities } = readDocument(source, 'markdown');
      assert.deepEqual(summary(text, entities), ['place Ukraine: Ukraine | Ukraine', 'place Tverskaya: Tverskaya | Tverskaya']);
    });

    it('Reads masked markdown: link text and emphasis are prose, targets are not', () => {
      const source = 'Data from the [U.S. Geological Survey](https://usgs.gov/x)(USGS) and **NATO** agree.\n';
      const { text, entities } = readDocument(source, 'markdown');
      assert.deepEqual(summary(text, entities), [
        'organization U.S. Geological Survey: U.S. Geological Survey | USGS',
        'organization NATO: NATO',
      ]);
    });

    it('Orders entities by first mention and gives the same ids for the same text', () => {
      const text = 'Minsk and Moscow argued. Moscow won, and Minsk lost. Astana watched.';
      const first = read(text);
      assert.deepEqual(
        first.map((e) => e.id),
        ['place:minsk', 'place:moscow', 'place:astana'],
      );
      assert.deepEqual(read(text), first);
    });

    it('Never reads two names across parentheses into one another (a case the property below found)', () => {
      const text = 'Aleksandr (NATO) Treaty (NATO) Union';
      const mentions = read(text).flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
      for (let i = 1; i < mentions.length; i++) assert.ok(mentions[i - 1].end <= mentions[i].start, `${text.slice(mentions[i - 1].start, mentions[i - 1].end)} overlaps ${text.slice(mentions[i].start, mentions[i].end)}`);
    });

    it('Keeps mentions in order, apart, inside the text, and free of possessive endings', () => {
      fc.assert(
        fc.property(
          fc.array(
            fc.constantFrom(
              'Russia’s', 'Belarus', 'President', 'Aleksandr', 'Lukashenko', 'and', 'the', 'Treaty', 'on', 'Union',
              '(NATO)', 'of', 'in', 'Kaliningrad', 'U.S.', 'Space', 'Force', 'States’', '.', ',', '\n', 'Close', 'ties',
              '--', 'Putin\'s', 'A.', 'Gulf', '“', '”', 'x'
            ),
            { maxLength: 40 },
          ),
          (words) => {
            const text = words.join(' ');
            const entities = read(text);
            const mentions = entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
            for (let i = 0; i < mentions.length; i++) {
              const m = mentions[i];
              assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end);
              assert.ok(i === 0 || mentions[i - 1].end <= m.start, 'mentions overlap');
              assert.doesNotMatch(text.slice(m.start, m.end), /['’]s?$/);
            }
            for (const e of entities) {
              const starts = e.mentions.map((m) => m.start);
              assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
            }
          },
        ),
        { numRuns: 300 },
      );
    });
  });

  describe('Golden files', () => {
    const root = join(process.cwd(), 'test', 'fixtures');
    const cases = existsSync(root) ? readdirSync(root).filter((name) => name.startsWith('entities-')) : [];

    it('Has golden cases to compare', () => {
      assert.ok(cases.length >= 4);
    });

    for (const name of cases) {
      it(`Reads ${name} as its golden file says`, () => {
        const dir = join(root, name);
        const markdown = existsSync(join(dir, 'input.md'));
        const source = readFileSync(join(dir, markdown ? 'input.md' : 'input.txt'), 'utf8');
        const { text, entities } = readDocument(source, markdown ? 'markdown' : 'plain');
        const actual = entities.map((e) => ({
          id: e.id,
          name: e.name,
          type: e.type as EntityType,
          aliases: e.aliases,
          mentions: e.mentions.map((m) => [m.start, m.end, text.slice(m.start, m.end)]),
        }));
        const expectedPath = join(dir, 'output.json');
        // UPDATE_FIXTURES=1 rewrites the golden files; review the diff before committing.
        if (process.env.UPDATE_FIXTURES) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
        assert.deepEqual(JSON.parse(JSON.stringify(actual)), JSON.parse(readFileSync(expectedPath, 'utf8')));
      });
    }
  });
});
