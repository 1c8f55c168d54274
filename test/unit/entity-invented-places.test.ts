import { strict as assert } from 'node:assert';
import { read, summary } from './entities-helpers';

/**
 * Places the gazetteer does not know (issue #13): blind writers invent countries, and the text tells a
 * reader they are places. Sentences written here, in new words.
 */
describe('Invented places, told by the text', () => {
  describe('entity:demonym-elsewhere, entity:document-demonym — a demonym formed from a name of the document', () => {
    it('reads "Ostravia" as a place when the text writes "Ostravian" beside it, and lists no "Ostravian"', () => {
      const text =
        'Ostravian exporters lost orders in May. The Ostravian lira fell by 4 percent. ' +
        'Ostravia buys most of its wheat abroad, and Ostravia sold no bonds this year.';
      const found = read(text);
      const ostravia = found.find((e) => e.name === 'Ostravia');
      assert.equal(ostravia?.type, 'place', summary(text, found).join('\n'));
      assert.equal(ostravia?.why[0].rule, 'entity:demonym-elsewhere');
      assert.ok(!found.some((e) => e.name === 'Ostravian'), summary(text, found).join('\n'));
    });

    it('takes the demonym inside a longer name as evidence too ("the Trans-Belmorian Railway")', () => {
      const text = 'Freight on the Trans-Belmorian Railway halved after Belmoria closed the line, officials said.';
      const found = read(text);
      assert.equal(found.find((e) => e.name === 'Belmoria')?.type, 'place', summary(text, found).join('\n'));
    });

    it('drops a demonym alone, and joins the name it comes from to the state form ("the Republic of Dunmora", "Dunmora", "Dunmoran")', () => {
      const text =
        'The Republic of Dunmora asked for help, and Dunmora signed the accord. ' +
        'The accord is written in English and Dunmoran, and Dunmoran is taught in every school.';
      const found = read(text);
      assert.ok(!found.some((e) => e.name === 'Dunmoran'), summary(text, found).join('\n'));
      const republic = found.find((e) => e.name === 'Republic of Dunmora');
      assert.equal(republic?.type, 'place', summary(text, found).join('\n'));
      assert.equal(republic?.mentions.length, 2, summary(text, found).join('\n'));
    });

    it('leaves a person\'s name alone: a given name is no demonym ("Adrian" beside "Adria Holt" types nothing)', () => {
      const text = 'Adrian Kolbe met Adria Holt in June. Kolbe said the yard would close, and Holt agreed.';
      const found = read(text);
      assert.ok(!found.some((e) => e.type === 'place'), summary(text, found).join('\n'));
    });

    it('reads no place where the only "demonym" is a surname of the same stem with no place of that name', () => {
      const text = 'Director Lena Morgan spoke first. Morgan warned that the Fennick plan would fail.';
      const found = read(text);
      assert.ok(!found.some((e) => e.type === 'place'), summary(text, found).join('\n'));
    });
  });

  describe('entity:place-then-region — a town before a known state or country set off by commas', () => {
    it('reads "Marlow" of "Halden Tools of Marlow, Texas, said" and "Brenzig" of "came from Brenzig, Austria, which" as places', () => {
      const text =
        'Halden Tools of Marlow, Texas, said it would appeal. ' +
        'The parts came from Brenzig, Austria, which closed its plant in May.';
      const found = read(text);
      assert.equal(found.find((e) => e.name === 'Marlow')?.type, 'place', summary(text, found).join('\n'));
      assert.equal(found.find((e) => e.name === 'Marlow')?.why[0].rule, 'entity:place-then-region', summary(text, found).join('\n'));
      assert.equal(found.find((e) => e.name === 'Brenzig')?.type, 'place', summary(text, found).join('\n'));
    });

    it('reads no place for a company described by a country\'s possessive ("Tarnex, Poland\'s largest shipper,")', () => {
      const text = 'Tarnex, Poland\'s largest shipper, signed the contract on Monday.';
      const found = read(text);
      assert.notEqual(found.find((e) => e.name === 'Tarnex')?.type, 'place', summary(text, found).join('\n'));
    });
  });

  describe('entity:state-body-of — one unknown word a state body takes after "of"', () => {
    it('reads "Dravonia" as a place when the text writes "the Government of Dravonia" and "the Central Bank of Dravonia" elsewhere', () => {
      const text =
        'The Government of Dravonia signed the accord on Monday. Dravonia will pay half the cost. ' +
        'Last week the Central Bank of Dravonia held its rate.';
      const found = read(text);
      const dravonia = found.find((e) => e.name === 'Dravonia');
      assert.equal(dravonia?.type, 'place', summary(text, found).join('\n'));
      assert.equal(dravonia?.why[0].rule, 'entity:state-body-of', summary(text, found).join('\n'));
      assert.equal(found.find((e) => e.name === 'Government of Dravonia')?.type, 'organization', summary(text, found).join('\n'));
    });

    it('reads no place from a head that is no state body ("the Office of Tamsley", "Tamsley")', () => {
      const text = 'The Office of Tamsley closed in March. Tamsley will open again next year.';
      const found = read(text);
      assert.notEqual(found.find((e) => e.name === 'Tamsley')?.type, 'place', summary(text, found).join('\n'));
    });
  });
});
