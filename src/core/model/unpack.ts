import { BLOCK_KINDS, CLAIM, ENTITY, FIGURE, FIGURE_KINDS, FLOATS, INTS, NONE, ROLES, categoryOf, columnsOf, type Columns, type PackedReading, type Reading } from './columns';
import type { Block, Claim, Entity, Figure, Mention } from './model';
import { linkReader } from './links';
import { Slices } from './slices';
import { UnpackedClaim, UnpackedEntity, UnpackedFigure } from './unpacked';

/** Rebuilds the reading from its packed form (`packed.ts`), in one go. */
export function unpack(packed: PackedReading): Reading {
  const steps = unpacking(packed);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Rebuilds the reading from its packed form in slices of about `sliceMs`,
 * giving the event loop a turn between slices: on the extension host a large
 * model never holds the thread for longer than a slice.
 */
export async function unpackInSlices(packed: PackedReading, sliceMs = 8): Promise<Reading> {
  const steps = unpacking(packed);
  const slices = new Slices(sliceMs);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (slices.due()) await slices.turn();
  }
}

/** Items unpacked between two chances to pause. */
const STEP = 256;

/** The one list every claim without figures, or without entities, shares: most claims have none. */
const NO_FIGURES: readonly number[] = Object.freeze([]);
const NO_ENTITIES: readonly string[] = Object.freeze([]);

/** The unpacking, pausing (yielding) every {@link STEP} items. */
function* unpacking(packed: PackedReading): Generator<void, Reading> {
  const { ints, floats, layout, strings } = packed;
  const at = columnsOf(layout);
  const columns: Columns = { ints, floats, strings, cueInts: at.cueInts, cueFloats: at.cueFloats, reasonInts: at.reasonInts, reasonFloats: at.reasonFloats };
  let i = 0;
  const str = (n: number) => (n === NONE ? null : strings[n]);
  const nullable = (n: number) => (n === NONE ? null : n);
  const num = (x: number) => (Number.isNaN(x) ? null : x);

  const blocks: Block[] = new Array(layout.blocks);
  for (let b = 0; b < layout.blocks; b++) {
    blocks[b] = { start: ints[i], end: ints[i + 1], kind: BLOCK_KINDS[ints[i + 2]], section: nullable(ints[i + 3]) };
    i += INTS.block;
    if (b % STEP === STEP - 1) yield;
  }
  // Claims' fixed fields are read where they lie; cues, the bulk of a model, stay packed until asked for.
  const claimInts = i;
  i = at.cueInts + layout.cues * INTS.cue;
  const figureLists: (readonly number[])[] = new Array(layout.claims);
  for (let c = 0; c < layout.claims; c++) {
    const count = ints[claimInts + c * INTS.claim + CLAIM.figures];
    if (count === 0) figureLists[c] = NO_FIGURES;
    else {
      const list: number[] = new Array(count);
      for (let k = 0; k < count; k++) list[k] = ints[i + k];
      figureLists[c] = list;
    }
    i += count;
    if (c % STEP === STEP - 1) yield;
  }
  const entityLists: (readonly string[])[] = new Array(layout.claims);
  for (let c = 0; c < layout.claims; c++) {
    const count = ints[claimInts + c * INTS.claim + CLAIM.entities];
    if (count === 0) entityLists[c] = NO_ENTITIES;
    else {
      const list: string[] = new Array(count);
      for (let k = 0; k < count; k++) list[k] = packed.entities[ints[i + k]].id;
      entityLists[c] = list;
    }
    i += count;
    if (c % STEP === STEP - 1) yield;
  }
  const nextLinks = linkReader(packed.links);
  const claims: Claim[] = new Array(layout.claims);
  for (let c = 0, a = claimInts, g = 0; c < layout.claims; c++, a += INTS.claim, g += FLOATS.claim) {
    claims[c] = new UnpackedClaim(
      ints[a],
      ints[a + 1],
      nullable(ints[a + 2]),
      ints[a + 3],
      { geopolitical: floats[g], military: floats[g + 1], economic: floats[g + 2] },
      categoryOf(ints[a + 4]),
      categoryOf(ints[a + 5]),
      ROLES[ints[a + 6]],
      figureLists[c],
      entityLists[c],
      nextLinks(),
      columns,
      a + CLAIM.firstReason,
      Number.isNaN(floats[g + 3]) ? undefined : floats[g + 3],
    );
    if (c % STEP === STEP - 1) yield;
  }
  const figures: Figure[] = new Array(layout.figures);
  let f = at.cueFloats + layout.cues * FLOATS.cue;
  for (let x = 0; x < layout.figures; x++) {
    figures[x] = new UnpackedFigure(
      ints[i],
      ints[i + 1],
      FIGURE_KINDS[ints[i + 2]],
      num(floats[f]),
      num(floats[f + 1]),
      str(ints[i + 3]),
      nullable(ints[i + 4]),
      str(ints[i + 5]),
      str(ints[i + 6]),
      nullable(ints[i + 7]),
      columns,
      i + FIGURE.firstReason,
    );
    i += INTS.figure;
    f += FLOATS.figure;
    if (x % STEP === STEP - 1) yield;
  }
  const entities: Entity[] = new Array(packed.entities.length);
  // Each entity's record (where its reasons are) lies after all the mentions.
  let record = at.reasonInts - layout.entities * INTS.entity;
  let unpacked = 0;
  for (let x = 0; x < entities.length; x++) {
    const e = packed.entities[x];
    const mentions: Mention[] = new Array(e.mentions);
    for (let k = 0; k < e.mentions; k++) {
      mentions[k] = { start: ints[i], end: ints[i + 1], entity: e.id };
      i += INTS.mention;
    }
    entities[x] = new UnpackedEntity(e, mentions, columns, record + ENTITY.firstReason);
    record += INTS.entity;
    unpacked += e.mentions + 1;
    if (unpacked >= STEP) {
      unpacked = 0;
      yield;
    }
  }
  return {
    format: packed.format,
    bomRemoved: packed.bomRemoved,
    sections: packed.sections,
    blocks,
    claims,
    entities,
    figures,
    warnings: packed.warnings,
    ...(packed.notices ? { notices: packed.notices } : {}),
    ...(packed.masked !== undefined ? { masked: packed.masked } : {}),
  };
}
