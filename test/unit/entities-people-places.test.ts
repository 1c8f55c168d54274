import { strict as assert } from 'node:assert';
import { findEntities } from '../../src/core/entities';
import { read, holder, summary } from './entities-helpers';

describe('Entities', () => {
  describe('People', () => {
    it('Merges a surname alone into the person named in full earlier', () => {
      const text = 'Talks began when Vladimir Putin arrived. Later Putin left.';
      const entities = read(text);
      assert.deepEqual(summary(text, entities), ['person Vladimir Putin: Vladimir Putin | Putin']);
    });

    it('Merges a surname used before the full name appears', () => {
      const text = 'Critics of Orban’s policy were loud. Viktor Orban did not answer.';
      const entities = read(text);
      assert.deepEqual(summary(text, entities), ['person Viktor Orban: Orban | Viktor Orban']);
    });

    it('Leaves a title out of the mention and reads it as evidence of a person', () => {
      const text = 'The visit of President Aleksandr Lukashenko was short. President Zelenskyy stayed.';
      const entities = read(text);
      assert.deepEqual(summary(text, entities), [
        'person Aleksandr Lukashenko: Aleksandr Lukashenko',
        'person Zelenskyy: Zelenskyy',
      ]);
    });

    it('Merges spelling variants of a given name with the same surname', () => {
      const text = 'Aleksandr Lukashenko spoke. Alexander Lukashenko then left, and Lukashenko’s aides stayed.';
      const entities = read(text);
      assert.equal(entities.length, 1);
      assert.equal(entities[0].name, 'Aleksandr Lukashenko');
      assert.deepEqual([...entities[0].aliases].sort(), ['Alexander Lukashenko', 'Lukashenko']);
      assert.equal(entities[0].id, 'person:aleksandr-lukashenko');
    });

    it('Keeps people with one surname apart when their given names differ', () => {
      const text = 'Robert Kennedy and John Kennedy disagreed about the plan.';
      assert.deepEqual(
        read(text).map((e) => e.name),
        ['Robert Kennedy', 'John Kennedy'],
      );
    });

    it('Reads a name split across a line break, and initials inside it', () => {
      const text = 'The report quotes Aleksandr\nLukashenko and General Michael A.\nGuetlein at length.';
      const entities = read(text);
      assert.deepEqual(summary(text, entities), [
        'person Aleksandr Lukashenko: Aleksandr Lukashenko',
        'person Michael A. Guetlein: Michael A. Guetlein',
      ]);
    });

    it('Types an unknown surname by its era and by "who" after it', () => {
      const text = 'Reforms stalled in the Brezhnev era. Critics blamed Kosygin, who resigned.';
      const entities = read(text);
      assert.equal(holder(text, entities, 'Brezhnev')?.type, 'person');
      assert.equal(holder(text, entities, 'Kosygin')?.type, 'person');
    });
  });

  describe('Places', () => {
    it('Finds countries, capitals and regions from the gazetteer, under any of their names', () => {
      const text = 'Trade between Belarus and Byelorussia’s neighbour Poland passed through Minsk and Western Europe.';
      const entities = read(text);
      assert.deepEqual(summary(text, entities), [
        'place Belarus: Belarus | Byelorussia',
        'place Poland: Poland',
        'place Minsk: Minsk',
        'place Western Europe: Western Europe',
      ]);
    });

    it('Reads geographic compounds by their head word, capitalised or not', () => {
      const text = 'Ports on the Finnish Gulf serve Central East Europe and the Baltic states, not the Nordic countries.';
      const entities = read(text);
      assert.deepEqual(
        entities.map((e) => `${e.type} ${e.name}`),
        ['place Finnish Gulf', 'place Central East Europe', 'place Baltic states', 'place Nordic countries'],
      );
    });

    it('Types an unknown word after a place preposition as a place, everywhere it occurs', () => {
      const text = 'Tverskaya grew fast. Troops trained in Tverskaya last year.';
      const entities = read(text);
      assert.equal(entities.length, 1);
      assert.equal(entities[0].type, 'place');
      assert.equal(entities[0].mentions.length, 2);
    });

    it('Types a name listed in parallel with a place as a place', () => {
      const text = 'The region’s exports were varied (Moscow’s share was 33%; Tomskaya’s, 18%).';
      assert.equal(holder(text, read(text), 'Tomskaya')?.type, 'place');
    });
  });

  describe('What is not a name', () => {
    it('Does not take nationality adjectives or their compounds for names', () => {
      const text = 'Russian observers and Belorussian officials praised the Russian-Belorussian union and American aid.';
      assert.deepEqual(read(text), []);
    });

    it('Does not take ordinary words opening a sentence for names', () => {
      const text = 'Close ties matter. Equal attention was paid. Also, rates rose. Reunification stalled.';
      assert.deepEqual(read(text), []);
    });

    it('Does not take a capitalised word the document also writes in lower case for a name', () => {
      const text = 'The delegation met the Members. Three members left early.';
      assert.deepEqual(read(text), []);
    });

    it('Makes an acronym defined after lower-case words no entity anywhere', () => {
      const text = 'Tests of anti-satellite (ASAT) weapons continued. ASAT debris spread.';
      assert.deepEqual(read(text), []);
    });

    it('Finds nothing in empty text or text without capitals', () => {
      assert.deepEqual(findEntities('', []), []);
      assert.deepEqual(read('prices rose and fell. nothing else happened.'), []);
    });
  });
});
