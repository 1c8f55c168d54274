import { strict as assert } from 'node:assert';
import { read, holder, typed, summary } from './entities-helpers';

describe('Entities', () => {
  describe('Names across punctuation and complements', () => {
    it('Keeps a head that opens a complement over the heads inside it', () => {
      const text = 'Both states ratified the United Nations Convention on the Law of the Sea long ago.';
      assert.deepEqual(typed(text), ['treaty_or_program United Nations Convention on the Law of the Sea']);
    });

    it('Reads a provision cited by number as one programme, and its number alone as the same', () => {
      const text = 'They invoked Article 5 of the North Atlantic Treaty. Article 5 was invoked once before. Section 2 of this paper explains.';
      assert.deepEqual(summary(text, read(text)), [
        'treaty_or_program Article 5 of the North Atlantic Treaty: Article 5 of the North Atlantic Treaty | Article 5',
      ]);
    });

    it('Names the law, not the provision, when a provision is cited once and never named by its number alone', () => {
      const text = 'Loans are made under Section 17 of the Coastal Shipping Act of 1998, and Article IX of the Fisheries Treaty caps catches.';
      const entities = read(text);
      assert.deepEqual(typed(text), ['treaty_or_program Coastal Shipping Act of 1998', 'treaty_or_program Fisheries Treaty']);
      assert.ok(entities.find((e) => e.name === 'Fisheries Treaty')?.why.some((r) => r.rule === 'entity:provision-of-law'));
    });

    it('Keeps a lone head word after "and" inside a complement as part of the name, not a name of its own', () => {
      const text = 'Officials of the Federal Office for Roads and Transport met the Ministry of Fisheries and Parliament last week.';
      assert.deepEqual(typed(text), ['organization Federal Office for Roads and Transport', 'organization Ministry of Fisheries', 'organization Parliament']);
    });

    it('Reads a Directorate-General with its complement as one organisation', () => {
      const text = 'A paper from the Directorate-General for Maritime Affairs and Fisheries reached the ministers.';
      assert.deepEqual(typed(text), ['organization Directorate-General for Maritime Affairs and Fisheries']);
    });

    it('Reads a company written with inner or closing capitals as a name when a noun says what it is or the shape cannot be a lost space', () => {
      const text = 'The Finnish start-up OrbitWorks signed first. TravelT sold its stake in Lapland last year. The consultancy Fjordline Metrics wrote the survey.';
      assert.deepEqual(typed(text), ['organization OrbitWorks', 'organization TravelT', 'place Lapland', 'organization Fjordline Metrics']);
    });

    it('Joins an institution named alone to the one department whose complement it is, and leaves an office alone', () => {
      const text = 'The Department of the Treasury sets the terms, and last year Treasury approved two swaps.';
      assert.deepEqual(summary(text, read(text)), ['organization Department of the Treasury: Department of the Treasury | Treasury']);
      const office = 'The Secretary of the Treasury spoke, and later Treasury approved two swaps.';
      assert.deepEqual(typed(office), ['organization Treasury']);
    });

    it('Reads a citation of several parts across its commas', () => {
      const text = 'The duty is set by Title 50, Section 1701, of the U.S. Code and nothing else.';
      assert.deepEqual(typed(text), ['treaty_or_program Title 50, Section 1701, of the U.S. Code']);
    });

    it('Reads a name spelled out across commas before an acronym whose digit repeats a letter', () => {
      const text = 'Budgets for Space Command, Control, and Intelligence (SC2I) grew. SC2I needs more.';
      assert.deepEqual(summary(text, read(text)), [
        'other Space Command, Control, and Intelligence: Space Command, Control, and Intelligence | SC2I | SC2I',
      ]);
    });

    it('Reads a name that goes on past its acronym to a head as one name', () => {
      const text = 'Work on the Deep Space Tracking (DST) Projects slowed, though DST mattered.';
      const entities = read(text);
      assert.equal(holder(text, entities, 'Deep Space Tracking (DST) Projects')?.type, 'treaty_or_program');
    });

    it('Reads a name across emphasis marks left in the text, and names it without them', () => {
      const text = 'Then the ****Lunar**** Relay** Network grew fast.';
      assert.deepEqual(typed(text), ['organization Lunar Relay Network']);
    });
  });

  describe('Numbered names, heads alone and names joined by a slash', () => {
    it('Keeps plans of different numbers apart and joins each short form to the plan of its number', () => {
      const text =
        'The 13th Five-Year Plan ended in 2020. Ghana adopted its 14th Five-Year Plan in 2021, and the 15th Five-Year Plan (FYP) follows. ' +
        'The 15 FYP sets goals that the 14 FYP did not.';
      const entities = read(text);
      assert.deepEqual(
        summary(text, entities).filter((s) => s.includes('Plan')),
        [
          'treaty_or_program 13th Five-Year Plan: 13th Five-Year Plan',
          'treaty_or_program 14th Five-Year Plan: 14th Five-Year Plan | 14 FYP',
          'treaty_or_program 15th Five-Year Plan: 15th Five-Year Plan | FYP | 15 FYP',
        ],
      );
    });

    it('Reads an ordinal word as part of the name it opens, and a count before an acronym as no name', () => {
      assert.deepEqual(typed('The Fifth Fleet sailed, and the First Amendment held.'), ['organization Fifth Fleet', 'treaty_or_program First Amendment']);
      const text = 'The Integrated Air Defense (IAD) grew. Officials ordered 24 IAD batteries.';
      assert.deepEqual(summary(text, read(text)), ['other Integrated Air Defense: Integrated Air Defense | IAD | IAD']);
    });

    it('Joins a head alone after "the" to the one name with that head, and drops it when there are two', () => {
      const one = 'The Socialist Party of Ruritania met in May. The Party chose a leader.';
      assert.deepEqual(summary(one, read(one)), ['organization Socialist Party of Ruritania: Socialist Party of Ruritania | Party']);
      const two = 'The Labour Party and the Green Party met. The Party said nothing.';
      assert.deepEqual(summary(two, read(two)), ['organization Labour Party: Labour Party', 'organization Green Party: Green Party']);
    });

    it('Joins two defined names written as one with a slash only when they share their distinctive words', () => {
      const text =
        'Leaders backed the Silk Road, Silk Belt (SRSB) or Belt and Silk Road Initiative (BSRI). Projects under SRSB/BSRI grew. ' +
        'The Department of Defense (DOD) and the Department of Energy (DOE) signed a DOD/DOE memo.';
      const entities = read(text);
      assert.equal(holder(text, entities, 'SRSB'), holder(text, entities, 'BSRI'));
      assert.notEqual(holder(text, entities, 'DOD'), holder(text, entities, 'DOE'));
    });

    it('Finds a listed acronym spelled like a function word at the start of a sentence', () => {
      const text = 'U.S. officials met Canadian ones. Later U.S. exports rose.';
      assert.deepEqual(summary(text, read(text)), ['place U.S.: U.S. | U.S.']);
    });
  });
});
