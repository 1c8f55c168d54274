import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { analyse } from '../../src/core/analyse';
import { pack, unpack, unpackInSlices } from '../../src/core/model/packed';
import { shared } from './helpers';

const readingOf = (text: string, hint: string) => {
  const { text: _text, ...reading } = analyse(text, { hint });
  void _text;
  return reading;
};

/**
 * A model with plain objects for claims: an unpacked claim reads its cues when asked.
 * Claims' reasons (`why`) are left out until the packing carries them (the `surface` branch does).
 */
const plain = (reading: ReturnType<typeof readingOf>) => ({ ...reading, claims: reading.claims.map((c) => ({ ...c, cues: c.cues, why: [] })) });

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
      assert.equal(transfer.length, 2);
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
    assert.deepEqual(back.figures, reading.figures);
    assert.ok(back.figures.some((f) => f.high !== null));
    assert.ok(back.figures.some((f) => f.value === null));
    assert.deepEqual(back.entities, reading.entities);
  });
});
