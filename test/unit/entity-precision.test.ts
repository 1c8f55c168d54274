import { strict as assert } from 'node:assert';
import { findEntities } from '../../src/core/entities';

/** The precision rules of entity-rules.json ('drop' and the acronym merges), each on sentences written here. */
const entities = (text: string) => findEntities(text, []);
const named = (text: string) => entities(text).map((e) => e.name);

describe('Entity precision rules', () => {
  it('entity:no-emoji — a flag or a pictograph is never a name', () => {
    const names = named('Delegates met in Oslo 🇳🇴 and then flew home. 🚀');
    assert.ok(names.includes('Oslo'), names.join(', '));
    assert.ok(!names.some((n) => /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]/u.test(n)), names.join(', '));
  });

  it('entity:caps-emphasis — a word in capitals is not a name when the document writes it in lower case elsewhere', () => {
    const names = named('Ports matter. The budget is NOT enough, and it is not likely to grow in Chile.');
    assert.ok(!names.includes('NOT'), names.join(', '));
  });

  it('entity:caps-emphasis — a run of words in capitals is emphasis, while a lone acronym stays a name', () => {
    const names = named('WARNING SHOTS FIRED near the strait. The ZQRB monitored the strait.');
    assert.ok(!names.some((n) => ['WARNING', 'SHOTS', 'FIRED'].includes(n)), names.join(', '));
    assert.ok(names.includes('ZQRB'), names.join(', '));
  });

  it('entity:office-role — a job title without its holder is a role, not an organisation; its holder stays a person', () => {
    const found = entities(
      'The Secretary of Coastal Works reports to the Minister for Harbour Affairs. ' +
        'Later, Harbour Secretary Ilse Marrow said the Coastal Works Authority would publish the survey.',
    );
    const names = found.map((e) => `${e.name} (${e.type})`);
    assert.ok(!found.some((e) => /^(Secretary of Coastal Works|Minister for Harbour Affairs)$/.test(e.name)), names.join(', '));
    assert.ok(found.some((e) => e.name === 'Ilse Marrow' && e.type === 'person'), names.join(', '));
    assert.ok(found.some((e) => e.name === 'Coastal Works Authority' && e.type === 'organization'), names.join(', '));
  });

  it('entity:post-role — a post named without its holder is no name; the holder and the institution are', () => {
    const found = entities(
      'Anna Lindahl is a Senior Fellow at the Baltic Harbour Institute. Mira Sand is a Research Associate at the same institute. ' +
        'Questions go to the Specialist on duty.',
    );
    const names = found.map((e) => `${e.name} (${e.type})`);
    assert.ok(!found.some((e) => /^(Senior Fellow|Research Associate|Specialist)$/.test(e.name)), names.join(', '));
    assert.ok(found.some((e) => e.name === 'Anna Lindahl' && e.type === 'person'), names.join(', '));
    assert.ok(found.some((e) => e.name === 'Baltic Harbour Institute' && e.type === 'organization'), names.join(', '));
  });

  it('entity:currency-unit — letters written only before an amount or a currency word are a currency, not a name', () => {
    const names = named('The treasury lost CFA 90 billion in 2023. Gabon wants to keep the CFA franc. The ZQRB monitored the strait.');
    assert.ok(!names.includes('CFA'), names.join(', '));
    assert.ok(names.includes('Gabon') && names.includes('ZQRB'), names.join(', '));
  });

  it('entity:place-compound — places joined by a hyphen qualify a noun and name nothing', () => {
    const names = named('Tesmia, home to a joint U.S.-British base, will be leased back to Mauritius.');
    assert.ok(!names.includes('U.S.-British'), names.join(', '));
    assert.ok(names.includes('Mauritius'), names.join(', '));
  });

  it('entity:currency-qualifier — "(US) dollars" qualifies a currency and names no place', () => {
    const found = entities('Loans were priced in (US) dollars. Ghana repaid them.');
    assert.ok(!found.some((e) => e.name === 'US'), found.map((e) => e.name).join(', '));
    assert.ok(found.some((e) => e.name === 'Ghana'));
  });

  it('entity:acronym-initials — an undefined acronym joins the name whose initials it is, with the rule in its why', () => {
    const found = entities('The Coastal Resilience Funding Act for Fiscal Year 2031 passed. Critics said the CRFA ignored rivers.');
    const act = found.find((e) => e.name.startsWith('Coastal Resilience Funding Act'));
    assert.ok(act, found.map((e) => e.name).join(', '));
    assert.ok(!found.some((e) => e.name === 'CRFA'), 'the acronym is not an entity of its own');
    assert.equal(act.mentions.length, 2);
    assert.ok(act.why.some((r) => r.rule === 'entity:acronym-initials'));
  });

  it('entity:acronym-inside-name — an acronym defined inside a longer name joins it', () => {
    const found = entities('The Maritime Radar (MARAD) Programme was funded. MARAD now covers the gulf.');
    const programme = found.find((e) => e.name.includes('(MARAD)'));
    assert.ok(programme, found.map((e) => e.name).join(', '));
    assert.ok(!found.some((e) => e.name === 'MARAD'), found.map((e) => e.name).join(', '));
    assert.ok(programme.why.some((r) => r.rule === 'entity:acronym-inside-name'));
  });
});
