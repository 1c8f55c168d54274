import { strict as assert } from 'node:assert';
import { read, holder, typed, summary } from './entities-helpers';

describe('Entities', () => {
  describe('What the words around an unknown name say it is', () => {
    it('Reads a name after an office and a comma as the person who holds it, and the surname alone as the same person', () => {
      const text = "Chile's Minister of Mining Affairs, Ilse Varga, spoke first. Varga said prices would fall.";
      assert.deepEqual(summary(text, read(text)).slice(1), [
        'person Ilse Varga: Ilse Varga | Varga',
      ]);
    });

    it('Keeps an office named by two nouns joined by "and" whole, and reads its holder after the comma', () => {
      const text = "Sri Lanka's Minister of Ports and Shipping, Dilani Wickramaratne, defended it. Wickramaratne's critics reply.";
      assert.deepEqual(summary(text, read(text)).slice(1), [
        'person Dilani Wickramaratne: Dilani Wickramaratne | Wickramaratne',
      ]);
    });

    it('Joins a family name said first and alone later to the one person it opens, not to one of two', () => {
      const text = 'Zhou Lihua, a professor at Fudan University, disagrees. Zhou argues that ports are commercial.';
      const entities = read(text);
      assert.equal(holder(text, entities, 'Zhou')?.name, 'Zhou Lihua');
      const two = 'John Smith and John Brown met. John left.';
      assert.notEqual(holder(two, read(two), 'John')?.name, 'John Smith');
    });

    it('Types examples after "such as" by the noun before it, and a place after "off" or "the exclave of"', () => {
      const text = 'Tankers called at ports such as Vostrenko and at firms such as Norvatek. Divers worked off Heligar, near the exclave of Marivka.';
      assert.deepEqual(typed(text), ['place Vostrenko', 'organization Norvatek', 'place Heligar', 'place Marivka']);
    });

    it('Reads who operates or owns a thing as an organisation, and so a name described as an operator or a utility', () => {
      assert.deepEqual(typed('The link is operated by Solnet and owned by Vastra.'), ['organization Solnet', 'organization Vastra']);
      const text = 'Power comes from Norvela, the Finnish grid operator, and from Kestra, a Swedish utility.';
      assert.deepEqual(typed(text), ['organization Norvela', 'organization Kestra']);
    });

    it('Ends a name at the possessive of a head word: an organisation’s programme is two names', () => {
      const text = 'Brussels published the European Commission’s Action Plan on Port Security last year.';
      assert.deepEqual(typed(text), ['place Brussels', 'organization European Commission', 'treaty_or_program Action Plan on Port Security']);
      assert.deepEqual(typed('Officials of the People’s Republic of Ruritania met.'), ['place People’s Republic of Ruritania']);
    });

    it('Keeps a regional word with the one word it names, and reads what was launched as a programme', () => {
      const text = 'In May the alliance launched Nordic Lantern, an enhanced patrol activity. Incidents fell after Nordic Lantern.';
      assert.deepEqual(summary(text, read(text)), ['treaty_or_program Nordic Lantern: Nordic Lantern | Nordic Lantern']);
      assert.deepEqual(typed('Russian Lantern grew.'), ['other Lantern']);
    });
  });

  describe('Dates after a name, short forms of companies and operations', () => {
    it('Leaves a date after "of" out of an agreement’s name, but keeps a statute’s year', () => {
      const text = 'The Algiers Accord of 2015 collapsed, the Sahel Charter of September 2023 replaced it, and the Trade Act of 1974 stood.';
      assert.deepEqual(typed(text), ['treaty_or_program Algiers Accord', 'treaty_or_program Sahel Charter', 'treaty_or_program Trade Act of 1974']);
    });

    it('Joins a company named without its "Group" and an operation without "Operation" to the full name', () => {
      const text = 'First the Vostok Group came, then Operation Barkhane ended. Later Vostok left, and Barkhane’s mandate lapsed.';
      assert.deepEqual(summary(text, read(text)), [
        'organization Vostok Group: Vostok Group | Vostok',
        'treaty_or_program Operation Barkhane: Operation Barkhane | Barkhane',
      ]);
    });

    it('Reads works named before "pipeline", "cable" or "plant" as places, the name alone being the same', () => {
      const text = 'The Nordlink pipeline and the Baltica-2 cable were cut, and the Kestrel plant closed. Nordlink was repaired.';
      assert.deepEqual(summary(text, read(text)), [
        'place Nordlink pipeline: Nordlink pipeline | Nordlink',
        'place Baltica-2 cable: Baltica-2 cable',
        'place Kestrel plant: Kestrel plant',
      ]);
    });

    it('Reads French, Spanish and Portuguese institutions, whose head comes first, and elided articles inside names', () => {
      const text =
        'The Banque Centrale des États de l’Afrique de l’Ouest (BCEAO) and the Union Économique et Monétaire Ouest-Africaine met ' +
        'in Côte d’Ivoire, and the Partido dos Trabalhadores sent a delegate. The BCEAO agreed.';
      assert.deepEqual(summary(text, read(text)), [
        'organization Banque Centrale des États de l’Afrique de l’Ouest: Banque Centrale des États de l’Afrique de l’Ouest | BCEAO | BCEAO',
        'organization Union Économique et Monétaire Ouest-Africaine: Union Économique et Monétaire Ouest-Africaine',
        'place Côte d’Ivoire: Côte d’Ivoire',
        'organization Partido dos Trabalhadores: Partido dos Trabalhadores',
      ]);
    });

    it('Reads a Community as an organisation', () => {
      assert.deepEqual(typed('The Economic Community of Central African States (ECCAS) met.'), ['organization Economic Community of Central African States']);
    });

    it('Gives the words around one mention to its name only, though every name here was first found by one rule alone', () => {
      // The unknown names share one tally of evidence until a cue credits one of them (issue #14's memory).
      const found = read('The envoy flew to Morvane on Tuesday. Dastrel Okonve met Bavrik Heltane in Morvane. Dastrel Okonve left.');
      const why = (name: string) => found.find((e) => e.name === name)?.why.map((r) => `${r.rule} ${r.weight} ${r.words ?? ''}`.trim());
      assert.deepEqual(why('Morvane'), ['entity:place-before 2.3 to, in']);
      assert.deepEqual(why('Dastrel Okonve'), ['entity:unknown-name 0.5']);
      assert.deepEqual(why('Bavrik Heltane'), ['entity:unknown-name 0.5']);
    });
  });
});
