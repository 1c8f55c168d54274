import { strict as assert } from 'node:assert';
import { findEntities } from '../../src/core/entities';
import { read, holder, summary } from './entities-helpers';

describe('Entities', () => {
  describe('Organisations, treaties and programmes', () => {
    it('Reads head words, keeping connectors inside names that open with a head', () => {
      const text =
        'The Foreign Ministry and the Department of the Air Force cited the Treaty on Creating the Union, the Trade Expansion Act of 1962 and the Implementation Program.';
      const entities = read(text);
      assert.deepEqual(
        entities.map((e) => `${e.type} ${e.name}`),
        [
          'organization Foreign Ministry',
          'organization Department of the Air Force',
          'treaty_or_program Treaty on Creating the Union',
          'treaty_or_program Trade Expansion Act of 1962',
          'treaty_or_program Implementation Program',
        ],
      );
    });

    it('Splits names joined by "and" unless "and" is inside one name', () => {
      const text = 'Russia and Belarus backed the Space Training and Readiness Command and the Belt and Road Initiative.';
      assert.deepEqual(
        read(text).map((e) => `${e.type} ${e.name}`),
        [
          'place Russia',
          'place Belarus',
          'organization Space Training and Readiness Command',
          'treaty_or_program Belt and Road Initiative',
        ],
      );
    });

    it('Makes an acronym in parentheses an alias of the name before it', () => {
      const text = 'Data from the U.S. Geological Survey (USGS) show a rise. USGS staff agree.';
      const entities = read(text);
      assert.deepEqual(summary(text, entities), ['organization U.S. Geological Survey: U.S. Geological Survey | USGS | USGS']);
    });

    it('Joins the words an acronym spells out, across a connector, and types them by what they are called', () => {
      const text = 'Officials planned a missile shield called Golden Dome for America (GDA). GDA costs grew.';
      const entities = read(text);
      assert.deepEqual(summary(text, entities), [
        'treaty_or_program Golden Dome for America: Golden Dome for America | GDA | GDA',
      ]);
    });

    it('Merges an organisation with its name without a place prefix', () => {
      const text = 'The U.S. Space Force grew. Space Force officials said so.';
      const entities = read(text);
      assert.deepEqual(summary(text, entities), ['organization U.S. Space Force: U.S. Space Force | Space Force']);
    });

    it('Reads a lower-case head after a capitalised name as part of it', () => {
      const text = 'The two countries run the joint Air Defense system, which works.';
      assert.deepEqual(
        read(text).map((e) => `${e.type} ${e.name}`),
        ['organization Air Defense system'],
      );
    });
  });

  describe('Programmes named in quotes, by a target year or as an engineered system', () => {
    it('Reads a quoted lower-case phrase before a programme head, or holding it, as a programme; not scare quotes, speech or a description', () => {
      const text =
        'The cabinet kept a growth-led "twin engines" strategy and ended Peru’s "two-car policy." last year. ' +
        'Analysts doubt the so-called "calm" of the region. New "car-friendly" policies came, with a "zero-waste" policy. ' +
        'He called it "a fine plan", "the best trade deal." and an "unfair trade deal" too. Their "export-driven" strategy grew, as did a "bold" plan.';
      assert.deepEqual(summary(text, read(text)), [
        'treaty_or_program twin engines: twin engines',
        'place Peru: Peru',
        'treaty_or_program two-car policy: two-car policy',
      ]);
    });

    it('Reads a name ending in a target year as a programme; not a date, a place, a report or contest of the year, a cited source or a name moved to a year', () => {
      const text =
        'Officials launched Healthy Peru 2030 and revived Built in Chile 2035 beside the Outline of Rural Housing Targets to 2040. ' +
        'Talks opened in May 2025, and the FY 2025 budget and Q3 2025 data followed. Lima 2027 was costly. ' +
        'The Annual Report 2024 came out, as sources (Ridgeway Analytics 2024) agree. Officials moved Golden Harvest to 2027. ' +
        'Fans watched the Rugby World Cup 2027.';
      assert.deepEqual(summary(text, read(text)), [
        'treaty_or_program Healthy Peru 2030: Healthy Peru 2030',
        'treaty_or_program Built in Chile 2035: Built in Chile 2035',
        'treaty_or_program Outline of Rural Housing Targets to 2040: Outline of Rural Housing Targets to 2040',
        'place Lima: Lima',
        'organization Ridgeway Analytics: Ridgeway Analytics', // a firm by its word of trade (entity:company-word)
        'other Golden Harvest: Golden Harvest',
        'other Rugby World Cup: Rugby World Cup',
      ]);
    });

    it('Types a name before a technology and a system or network head as a programme, but not an owner’s name', () => {
      const text =
        'The Korund navigation system and the Tarvel missile defense system grew, as did the Osprin low-orbit satellite network. ' +
        'Vantor’s missile systems sold, and Kestrel systems did well.';
      const entities = read(text);
      for (const name of ['Korund', 'Tarvel', 'Osprin']) assert.equal(holder(text, entities, name)?.type, 'treaty_or_program', name);
      for (const name of ['Vantor', 'Kestrel']) assert.notEqual(holder(text, entities, name)?.type, 'treaty_or_program', name);
    });
  });
});

describe('Legislation by number', () => {
  it('Finds bills and public laws as programmes, one entity per bill however it is spaced', () => {
    const text = 'Congress passed H.R. 1903 and S. 348. The law, P.L. 116-92, amended H.R.1903 again.';
    const entities = findEntities(text, [{ start: 0, end: text.length, block: 0, body: true }]);
    const bills = entities.filter((e) => e.type === 'treaty_or_program');
    assert.deepEqual(bills.map((e) => [e.name, e.mentions.length]), [['H.R. 1903', 2], ['S. 348', 1], ['P.L. 116-92', 1]]);
    assert.equal(text.slice(bills[2].mentions[0].start, bills[2].mentions[0].end), 'P.L. 116-92');
  });
});
