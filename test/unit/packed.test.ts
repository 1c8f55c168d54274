import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { analyse } from '../../src/core/analyse';
import { pack, unpack, unpackInSlices, type Reading } from '../../src/core/model/packed';
import { NO_REASONS, type Reason } from '../../src/core/model/model';
import { readPolicy } from '../../src/core/model/policy';
import { shared } from './helpers';

const readingOf = (text: string, hint: string) => {
  const { text: _text, ...reading } = analyse(text, { hint });
  void _text;
  return reading;
};

/** A model of plain objects: a claim reads its cues (read or unpacked), and an unpacked part its reasons, when asked. */
const plain = (reading: Reading) => ({
  ...reading,
  claims: reading.claims.map((c) => ({ ...c, cues: c.cues, why: c.why })),
  figures: reading.figures.map((f) => ({ ...f, why: f.why })),
  entities: reading.entities.map((e) => ({ ...e, why: e.why })),
});

/**
 * The reading of `text` with reasons on every claim, figure and entity, as the
 * analysers give them: shared rule ids, fractional and negative weights, `about`
 * and `words` on some and not others.
 */
const reasoned = (text: string, hint: string): Reading => {
  const reading = readingOf(text, hint);
  const reasons = (n: number, domain: string): Reason[] =>
    Array.from({ length: n % 4 }, (_, k) => {
      const reason: Reason = { rule: `${domain}:rule-${k}`, weight: k === 1 ? -0.75 : 1 + k / 4 };
      if (k === 1) return { ...reason, about: 'type' };
      if (k === 2) return { ...reason, about: 'year', words: `word ${n}` };
      return reason;
    });
  return {
    ...reading,
    claims: reading.claims.map((c, i) => ({ ...c, why: reasons(i, 'claim') })),
    figures: reading.figures.map((f, i) => ({ ...f, why: reasons(i + 1, 'figure') })),
    entities: reading.entities.map((e, i) => ({ ...e, why: reasons(i + 2, 'entity') })),
  };
};

describe('Packed models (worker → extension host)', () => {
  const documents: [string, string][] = [
    ['samples/belarus-dilemma.txt', shared('samples/belarus-dilemma.txt')],
    ['samples/crs/us-space-force.md', shared('samples/crs/us-space-force.md')],
    ['samples/crs/copper-tariffs.md', shared('samples/crs/copper-tariffs.md')],
    ['samples/brief.md', readFileSync('samples/brief.md', 'utf8')],
    ['empty.md', ''],
  ];
  for (const [name, text] of documents) {
    it(`Gives back exactly the model it packed: ${name}`, () => {
      const reading = readingOf(text, name);
      const { packed, transfer } = pack(reading);
      // What postMessage does with a transfer list.
      const crossed = structuredClone(packed, { transfer });
      assert.deepEqual(plain(unpack(crossed)), plain(reading));
      // The two columns and the claims' links.
      assert.equal(transfer.length, 3);
    });
    it(`Gives the policy gate the same reading in the worker as on the host: ${name}`, () => {
      // The worker measures the gate's properties on the reading it packs; the host used to, on what it unpacked.
      const analysis = analyse(text, { hint: name });
      const { packed, transfer } = pack(readingOf(text, name));
      const host = readPolicy({ ...unpack(structuredClone(packed, { transfer })), text: analysis.text });
      assert.deepEqual(readPolicy(analysis), host);
    });
  }

  it('Unpacks a large model in slices, letting other work run between them, to the same model', async () => {
    const essay = shared('samples/belarus-dilemma.txt');
    const reading = readingOf(Array.from({ length: 12 }, () => essay).join('\n'), 'long.txt');
    let turns = 0;
    const ticking = setInterval(() => turns++, 0);
    try {
      const back = await unpackInSlices(structuredClone(pack(reading).packed), 0);
      assert.deepEqual(plain(back), plain(reading));
      assert.ok(turns > 0, 'the event loop never had a turn');
    } finally {
      clearInterval(ticking);
    }
  });

  it('Keeps nulls, ranges and the reader’s order of figures and mentions', () => {
    const text = 'Troops rose from 150,000-170,000 in 1999. President Anna Berg said so; Berg agreed. Several hundred million dollars went.';
    const reading = readingOf(text, 'x.txt');
    const back = unpack(structuredClone(pack(reading).packed));
    assert.deepEqual(plain(back).figures, reading.figures);
    assert.ok(back.figures.some((f) => f.high !== null));
    assert.ok(back.figures.some((f) => f.value === null));
    assert.deepEqual(plain(back).entities, reading.entities);
  });

  it('Carries the reasons of every claim, figure and entity across, with their weights, about and words', () => {
    const reading = reasoned(shared('samples/belarus-dilemma.txt'), 'belarus.txt');
    const { packed, transfer } = pack(reading);
    const back = unpack(structuredClone(packed, { transfer }));
    assert.deepEqual(plain(back), plain(reading));
    // What the reader will see: a fractional negative weight, and no `about` where none was given.
    assert.deepEqual(back.claims[2].why, [
      { rule: 'claim:rule-0', weight: 1 },
      { rule: 'claim:rule-1', weight: -0.75, about: 'type' },
    ]);
    assert.ok(!('about' in back.claims[2].why[0]));
    assert.deepEqual(back.figures[2].why[2], { rule: 'figure:rule-2', weight: 1.5, about: 'year', words: 'word 3' });
    // Rule ids cross once, in the string table, however often they fire.
    assert.equal(packed.strings.filter((s) => s === 'claim:rule-0').length, 1);
  });

  it('Gives each part the same reasons each time it is asked, and the shared empty list where it has none', () => {
    const reading = reasoned('Troops rose to 150,000 in 1999. Anna Berg of Oslo said so. Prices rose by 5%.', 'x.txt');
    const back = unpack(structuredClone(pack(reading).packed));
    assert.equal(back.claims[0].why, NO_REASONS);
    assert.equal(back.claims[1].why, back.claims[1].why);
    assert.equal(back.figures[0].why.length, 1);
    assert.ok(back.entities.length > 0 && back.entities.every((e, i) => e.why.length === (i + 2) % 4));
  });
});
