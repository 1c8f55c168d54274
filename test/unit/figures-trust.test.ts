import { strict as assert } from 'node:assert';
import { figuresIn, type Seen } from './figures-helpers';
import { analyse } from '../../src/core/analyse';

/**
 * Figures a reader can trust (issue 13): what a figure measures and its year come
 * from its own phrase and clause; a range is one figure; numbers inside names
 * are no figures; numbers written with a decimal comma or broken by invisible
 * characters read whole. Sentences are our own.
 */

function one(text: string, surface: string): Seen {
  const all = figuresIn(text);
  const found = all.filter((f) => f.text === surface);
  assert.equal(found.length, 1, `expected "${surface}" in: ${all.map((f) => f.text).join(' | ')}`);
  return found[0];
}

describe('Figures a reader can trust', () => {
  describe('a figure’s unit comes from its own phrase', () => {
    it('counts what follows a model’s designation ("32 F-35 jets", "58 K2 tanks")', () => {
      const all = figuresIn('The air force bought 32 F-35 jets, and the army 58 K2 tanks.');
      assert.deepEqual(all.map((f) => [f.text, f.kind, f.value, f.unit]), [['32 F-35 jets', 'count', 32, 'jets'], ['58 K2 tanks', 'count', 58, 'tanks']]);
    });
    it('never lends one weapon’s noun to the count of another named before it', () => {
      const all = figuresIn('The navy ordered 250 Tridents and 96 Sea King helicopters.');
      assert.ok(!all.some((f) => f.value === 250 && f.unit === 'helicopters'), JSON.stringify(all.map((f) => [f.text, f.unit])));
      assert.equal(one('The navy ordered 250 Tridents and 96 Sea King helicopters.', '96 Sea King helicopters').unit, 'helicopters');
    });
  });

  describe('a range is one figure', () => {
    it('reads "$300,000 to $500,000" as one amount with a low and a high end', () => {
      const f = one('Each crossing saves the carrier $300,000 to $500,000 in fuel.', '$300,000 to $500,000');
      assert.deepEqual([f.kind, f.value, f.high, f.unit], ['money', 300000, 500000, 'USD']);
    });
    it('reads "between $2 billion and $3 billion" as one amount', () => {
      const f = one('The refit will cost between $2 billion and $3 billion.', '$2 billion and $3 billion');
      assert.deepEqual([f.value, f.high], [2e9, 3e9]);
    });
    it('reads "between 10 and 15 percent" as one percentage', () => {
      const f = one('Duties on steel were between 10 and 15 percent.', '10 and 15 percent');
      assert.deepEqual([f.kind, f.value, f.high], ['percent', 10, 15]);
    });
    it('keeps a fall from one amount to a smaller one as two amounts', () => {
      const all = figuresIn('Grants fell from $5 billion to $4 billion.');
      assert.deepEqual(all.map((f) => [f.value, f.high]), [[5e9, null], [4e9, null]]);
    });
  });

  describe('numbers inside names are not figures', () => {
    for (const [text, left] of [
      ['Pilots trained for Arctic Shield 2027 over the winter.', []],
      ['The "Made in Brazil 2030" strategy funds chip plants.', []],
      ['Agenda 2040 sets out the ministry’s aims.', []],
      ['The Ocean Vision 2035 plan was adopted in 2019.', ['2019']],
    ] as const) {
      it(`reads no figure in the name of "${text}"`, () => {
        assert.deepEqual(figuresIn(text).map((f) => f.text), left);
      });
    }
    it('still reads a year after a word of time at the start of a sentence', () => {
      assert.deepEqual(figuresIn('In 2027 the drills moved north. By 2030 the base will close.').map((f) => f.year), [2027, 2030]);
    });
    it('reads the year of a law as part of its name: no figure, and no year for the figures after it', () => {
      const all = figuresIn('Under the Harbour Act of 1988, fees rose 4%.');
      assert.deepEqual(all.map((f) => [f.text, f.year]), [['4%', null]]);
    });
  });

  describe('numbers as the document writes them', () => {
    it('reads "6,8 %" as six point eight in a document that writes decimals with a comma', () => {
      const text = 'Inflation reached 6,8 % and 2.450 firms closed. In 2023 it fell to 3,25 %.';
      assert.deepEqual(figuresIn(text).map((f) => [f.text, f.value]), [['6,8 %', 6.8], ['2.450 firms', 2450], ['2023', 2023], ['3,25 %', 3.25]]);
    });
    it('keeps commas as thousands separators in a document that writes decimals with a point', () => {
      const text = 'Exports were 1,250 tonnes, 4.5% more than the year before, and 12,5 crates were lost.';
      assert.deepEqual(figuresIn(text).slice(0, 2).map((f) => f.value), [1250, 4.5]);
    });
    it('reads a number whole across a soft hyphen or a zero-width space', () => {
      assert.deepEqual(figuresIn('Turnout fell to 3\u00ad0% that spring.').map((f) => [f.text, f.value]), [['3\u00ad0%', 30]]);
      assert.deepEqual(figuresIn('The plant built 1\u200b000 drones.').map((f) => [f.value, f.unit]), [[1000, 'drones']]);
    });
  });

  describe('tables are read', () => {
    const inDocument = (text: string) => analyse(text, { format: 'markdown' }).figures.map((f) => [text.slice(f.start, f.end), f.about, f.year]);
    it('gives a cell its row and column headers, and the year of its column', () => {
      const text = '# Ports\n\n| Port | Cargo 2019 | Cargo 2024 |\n|---|---|---|\n| Gwadar | 3 million tonnes | 5 million tonnes |\n';
      // The header's years head their columns; they date the cells below them.
      assert.deepEqual(inDocument(text), [
        ['3 million tonnes', 'Gwadar — Cargo 2019', 2019],
        ['5 million tonnes', 'Gwadar — Cargo 2024', 2024],
      ]);
    });
    it('reads rows written with bars and no delimiter row, a run-in head as the row header', () => {
      const text = '# Plan\n\nThe plan sets goals.\n\n| Fisheries: quotas; fleets (40% local crews goal); ports.\n| Forestry: replanting; mills.\n';
      assert.deepEqual(inDocument(text), [['40%', 'local crews goal — Fisheries', null]]);
    });
    it('leaves rows of keys and values alone', () => {
      const text = '# Note\n\n| **Date:** | 04/16/2026\n| **Pages:** | 12\n\nThe plan sets goals.\n';
      assert.deepEqual(inDocument(text), []);
    });
  });

  describe('a year comes from the figure’s own clause or an explicit reference', () => {
    it('gives no year to a figure after a sentence that named two years', () => {
      const text = 'In 2021, the canal carried 12 million tonnes, up from 3 million tonnes in 2016. Pilots charge $40,000 per transit.';
      assert.equal(one(text, '$40,000').year, null);
    });
    it('takes the year a sentence refers back to with "that year"', () => {
      const text = 'The fleet was rebuilt in 2011. That year the yard employed 4,000 workers.';
      assert.equal(one(text, '4,000 workers').year, 2011);
    });
    it('carries the one year a paragraph stated to a figure without one', () => {
      const text = 'For FY2031, the agency asked for $9 billion. The request included $2 billion for satellites.';
      assert.equal(one(text, '$2 billion').year, 2031);
    });
  });
});
