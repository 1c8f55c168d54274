import { BLOCK_KINDS, FIGURE_KINDS, INTS, FLOATS, NONE, ROLES, columnsOf, type Layout, type PackedReading, type Reading } from './columns';
import type { Category, Reason } from './model';
import { CATEGORIES } from './model';
import { packLinks } from './links';

/**
 * A model packed into typed-array columns, to cross from the worker thread to
 * the extension host. A structured clone of the object graph of a 4 MB
 * document's model costs ~700 ms, most of it on the receiving side; typed arrays
 * are transferred, not copied, and unpacking (`unpack.ts`) builds plain objects
 * in one pass, leaving cues and reasons packed until they are asked for.
 * `unpack(pack(m))` deep-equals `m` (tested).
 */

export type { PackedReading, Reading } from './columns';
export { unpack, unpackInSlices } from './unpack';

/** Packs a reading; the second value lists the buffers to transfer. */
export function pack(reading: Reading): { packed: PackedReading; transfer: ArrayBuffer[] } {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const intern = (s: string | null | undefined): number => {
    if (s === null || s === undefined) return NONE;
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  const entityIndex = new Map(reading.entities.map((e, i) => [e.id, i]));
  const sum = <T>(list: readonly T[], n: (x: T) => number) => list.reduce((total, x) => total + n(x), 0);
  const layout: Layout = {
    blocks: reading.blocks.length,
    claims: reading.claims.length,
    cues: sum(reading.claims, (c) => c.cues.length),
    claimFigures: sum(reading.claims, (c) => c.figures.length),
    claimEntities: sum(reading.claims, (c) => c.entities.length),
    figures: reading.figures.length,
    mentions: sum(reading.entities, (e) => e.mentions.length),
    entities: reading.entities.length,
    reasons: sum(reading.claims, (c) => c.why.length) + sum(reading.figures, (f) => f.why.length) + sum(reading.entities, (e) => e.why.length),
  };
  const at = columnsOf(layout);
  const ints = new Int32Array(at.ints);
  const floats = new Float64Array(at.floats);
  let i = 0;
  let f = 0;
  // Reasons are written at their own place as the records that own them are.
  let reasons = 0;
  const addReasons = (why: readonly Reason[]): number => {
    const first = reasons;
    for (const reason of why) {
      const r = at.reasonInts + reasons * INTS.reason;
      ints[r] = intern(reason.rule);
      ints[r + 1] = intern(reason.about);
      ints[r + 2] = intern(reason.words);
      floats[at.reasonFloats + reasons * FLOATS.reason] = reason.weight;
      reasons++;
    }
    return first;
  };
  const orNone = (n: number | null) => (n === null ? NONE : n);
  const category = (c: Category | null) => (c === null ? NONE : CATEGORIES.indexOf(c));

  for (const b of reading.blocks) {
    ints[i++] = b.start;
    ints[i++] = b.end;
    ints[i++] = BLOCK_KINDS.indexOf(b.kind);
    ints[i++] = orNone(b.section);
  }
  let cues = 0;
  for (const c of reading.claims) {
    ints[i++] = c.start;
    ints[i++] = c.end;
    ints[i++] = orNone(c.section);
    ints[i++] = c.block;
    ints[i++] = category(c.primary);
    ints[i++] = category(c.secondary);
    ints[i++] = ROLES.indexOf(c.role);
    ints[i++] = c.figures.length;
    ints[i++] = c.entities.length;
    ints[i++] = c.cues.length;
    ints[i++] = cues;
    ints[i++] = addReasons(c.why);
    ints[i++] = c.why.length;
    cues += c.cues.length;
    for (const k of CATEGORIES) floats[f++] = c.categories[k];
    floats[f++] = c.confidence ?? Number.NaN;
  }
  for (const c of reading.claims) {
    for (const cue of c.cues) {
      ints[i++] = cue.start;
      ints[i++] = cue.end;
      ints[i++] = category(cue.category);
      ints[i++] = intern(cue.term);
      floats[f++] = cue.weight;
    }
  }
  for (const c of reading.claims) for (const n of c.figures) ints[i++] = n;
  for (const c of reading.claims) for (const id of c.entities) ints[i++] = entityIndex.get(id) ?? NONE;
  for (const x of reading.figures) {
    ints[i++] = x.start;
    ints[i++] = x.end;
    ints[i++] = FIGURE_KINDS.indexOf(x.kind);
    ints[i++] = intern(x.unit);
    ints[i++] = x.year === null ? NONE : x.year;
    ints[i++] = intern(x.period);
    ints[i++] = intern(x.about);
    ints[i++] = orNone(x.claim);
    ints[i++] = addReasons(x.why);
    ints[i++] = x.why.length;
    floats[f++] = x.value === null ? Number.NaN : x.value;
    floats[f++] = x.high === null ? Number.NaN : x.high;
  }
  for (const e of reading.entities) {
    for (const m of e.mentions) {
      ints[i++] = m.start;
      ints[i++] = m.end;
    }
  }
  for (const e of reading.entities) {
    ints[i++] = addReasons(e.why);
    ints[i++] = e.why.length;
  }
  const packed: PackedReading = {
    format: reading.format,
    bomRemoved: reading.bomRemoved,
    sections: reading.sections,
    warnings: reading.warnings,
    ...(reading.notices ? { notices: reading.notices } : {}),
    ...(reading.masked !== undefined ? { masked: reading.masked } : {}),
    strings,
    entities: reading.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      mentions: e.mentions.length,
    })),
    ints,
    floats,
    layout,
    links: packLinks(reading.claims),
  };
  return { packed, transfer: [ints.buffer as ArrayBuffer, floats.buffer as ArrayBuffer, packed.links.buffer as ArrayBuffer] };
}
