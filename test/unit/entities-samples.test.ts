import { strict as assert } from 'node:assert';
import { ratio } from '../../bench/hostile';
import type { Entity, EntityType } from '../../src/core/model/model';
import type { TextUnit } from '../../src/core/parse/units';
import { findEntities } from '../../src/core/entities';
import { splitSentences } from '../../src/core/parse/sentences';
import { BODY_KINDS, readStructure } from '../../src/core/parse/structure';
import { shared } from './helpers';

/** Other authors' documents, read as the analyser reads them (structure, then sentences). */
function readSample(path: string): { text: string; units: TextUnit[]; entities: Entity[] } {
  const source = shared(path);
  const { masked, blocks } = readStructure(source, path.endsWith('.md') ? 'markdown' : 'plain');
  const units: TextUnit[] = [];
  blocks.forEach((block, index) => {
    const body = BODY_KINDS.has(block.kind);
    if (!body && block.kind !== 'tableCell') return;
    for (const span of splitSentences(masked, block.start, block.end)) units.push({ ...span, block: index, body });
  });
  return { text: masked, units, entities: findEntities(masked, units) };
}

interface GoldEntity {
  readonly canonical: string;
  readonly type: EntityType;
  readonly mentions: readonly string[];
}

const bare = (s: string) => s.replace(/\s+/g, ' ').trim().replace(/['’]s$/u, '').toLowerCase();
const said = (text: string, m: { start: number; end: number }) => bare(text.slice(m.start, m.end));

/** The entity with a mention of `form` ("Trump", "Space Force"), if any. */
function holding(text: string, entities: readonly Entity[], form: string): Entity | undefined {
  return entities.find((e) => e.mentions.some((m) => said(text, m) === bare(form)));
}

describe('Entities on other authors’ documents', () => {
  describe('The Belarus essay against its hand annotation', () => {
    let text = '';
    let entities: Entity[] = [];
    let gold: GoldEntity[] = [];
    before(() => {
      ({ text, entities } = readSample('samples/belarus-dilemma.txt'));
      gold = JSON.parse(shared('eval/belarus-dilemma.gold.json')).entities as GoldEntity[];
    });

    it('Finds at least 95% of the annotated entities with the right type', () => {
      const missed: string[] = [];
      for (const g of gold) {
        // Found: one entity of its type carries its canonical name or one of its forms.
        const forms = new Set([g.canonical, ...g.mentions].map(bare));
        const match = entities.find((e) => e.type === g.type && [e.name, ...e.aliases].some((n) => forms.has(bare(n))));
        if (!match) missed.push(`${g.canonical} (${g.type})`);
      }
      const found = gold.length - missed.length;
      assert.ok(found / gold.length >= 0.95, `found ${found} of ${gold.length}; missed ${missed.join(', ')}`);
    });

    it('Holds the four forms of Lukashenko in one person', () => {
      const lukashenko = gold.find((g) => g.canonical === 'Aleksandr Lukashenko')!;
      const holders = new Set<string>();
      for (const form of lukashenko.mentions) {
        // A mention may leave the title out: "Aleksandr Lukashenko" names "President Aleksandr Lukashenko".
        const holder = entities.find((e) =>
          e.mentions.some((m) => {
            const s = said(text, m);
            return s === bare(form) || (s.includes(' ') && bare(form).endsWith(` ${s}`));
          }),
        );
        holders.add(holder ? `${holder.type} ${holder.id}` : `missing ${form}`);
      }
      assert.deepEqual([...holders], ['person person:aleksandr-lukashenko']);
    });

    it('Names no nationality adjective and no ordinary sentence opener', () => {
      const names = new Set(entities.flatMap((e) => [e.name, ...e.aliases]));
      for (const word of ['Russian', 'Belorussian', 'American', 'Russian-Belorussian', 'Close', 'Equal', 'Also', 'Soviet', 'Western']) {
        assert.ok(!names.has(word), `${word} read as a name`);
      }
    });
  });

  describe('Congressional Research Service reports', function () {
    // Each report is read whole, as the analyser reads it; the first read compiles the code.
    this.timeout(10_000);

    it('Reads Donald Trump, President Trump and Trump as one person', () => {
      const { text, entities } = readSample('samples/crs/us-space-force.md');
      const trump = holding(text, entities, 'Donald Trump');
      assert.equal(trump?.type, 'person');
      assert.equal(holding(text, entities, 'Trump'), trump);
      // "President Trump's Executive Order" mentions the person, title and possessive left out.
      const copper = readSample('samples/crs/copper-tariffs.md');
      assert.equal(holding(copper.text, copper.entities, 'Trump')?.type, 'person');
    });

    it('Types the agencies, the programme and the places of the Space Force primer', () => {
      const { text, entities } = readSample('samples/crs/us-space-force.md');
      const type = (form: string) => holding(text, entities, form)?.type;
      assert.equal(type('Department of the Air Force'), 'organization');
      assert.equal(type('DAF'), 'organization');
      assert.equal(holding(text, entities, 'Space Force'), holding(text, entities, 'U.S. Space Force'));
      assert.equal(type('Space Force'), 'organization');
      assert.equal(type('Golden Dome'), 'treaty_or_program');
      assert.equal(type('United States'), 'place');
      assert.equal(type('China'), 'place');
    });

    it('Types the agencies and trading partners of the copper report', () => {
      const { text, entities } = readSample('samples/crs/copper-tariffs.md');
      const survey = holding(text, entities, 'U.S. Geological Survey');
      assert.equal(survey?.type, 'organization');
      assert.equal(holding(text, entities, 'USGS'), survey);
      assert.equal(holding(text, entities, 'Department of Energy')?.type, 'organization');
      // The provision cited is the name; its number alone names it again.
      const section = holding(text, entities, 'Section 232 of the Trade Expansion Act of 1962');
      assert.equal(section?.type, 'treaty_or_program');
      assert.equal(holding(text, entities, 'Section 232'), section);
      for (const place of ['Mexico', 'Canada', 'China', 'United States']) assert.equal(holding(text, entities, place)?.type, 'place', place);
    });

    it('Reads offices with no holder as roles, either way round: none of them an entity', () => {
      const { text, entities } = readSample('samples/crs/copper-tariffs.md');
      for (const office of ['Secretary of Commerce', 'Commerce Secretary', 'U.S. Trade Representative']) {
        assert.equal(holding(text, entities, office), undefined, office);
      }
    });

    it('Types the programmes, services and bases of the Space Force primer by their heads and context', () => {
      const { text, entities } = readSample('samples/crs/us-space-force.md');
      const type = (form: string) => holding(text, entities, form)?.type;
      for (const programme of ['Space-Based Infrared System', 'Missile Warning Systems', 'Golden Dome Fund', 'Proliferated Space Warfighter Architecture']) {
        assert.equal(type(programme), 'treaty_or_program', programme);
      }
      assert.equal(type('Secretary of the Air Force'), undefined);
      assert.equal(type('Navy'), 'organization');
      // "located at the Pentagon": the building, a place.
      assert.equal(type('Pentagon'), 'place');
      // "SFB" is defined for "Space Force Base": another base named with it is a place, not the first base.
      assert.equal(type('Patrick SFB'), 'place');
      assert.notEqual(holding(text, entities, 'Patrick SFB'), holding(text, entities, 'Peterson Space Force Base'));
    });

    it('Reads China under its three names and the plan under its acronym in the five-year plan report', () => {
      const { text, entities } = readSample('samples/crs/china-five-year-plan.md');
      const china = holding(text, entities, 'China');
      assert.equal(china?.type, 'place');
      assert.equal(holding(text, entities, 'PRC'), china);
      assert.equal(holding(text, entities, "People's Republic of China"), china);
      assert.equal(holding(text, entities, 'FYP')?.type, 'treaty_or_program');
      assert.equal(holding(text, entities, 'Belt and Road Initiative')?.type, 'treaty_or_program');
    });
  });

  describe('Speed', function () {
    // Mocha's own limit must not cut the measure short.
    this.timeout(20_000);

    it('Reads the essay repeated 100 times (1.3 MB) in linear time: CPU time against 25 times, as a ratio', () => {
      const one = shared('samples/belarus-dilemma.txt');
      const read = (copies: number) => {
        const text = Array(copies).fill(one).join('\n\n');
        const units = splitSentences(text, 0, text.length).map((s) => ({ ...s, block: 0, body: true }));
        return () => findEntities(text, units);
      };
      const small = read(25);
      const large = read(100);
      let exponent = Infinity;
      // A reading slowed by the machine, not by the input, does not repeat: the best of three measures.
      for (let attempt = 0; attempt < 3 && exponent > 1.2; attempt++) exponent = ratio(small, large, 4, 2).exponent;
      assert.ok(exponent <= 1.2, `exponent ${exponent.toFixed(2)} (4× the text)`);
      assert.equal(large().find((e) => e.name === 'Aleksandr Lukashenko')?.mentions.length, 700);
    });
  });
});
