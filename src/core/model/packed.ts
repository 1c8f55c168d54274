import type {
  Analysis,
  Block,
  BlockKind,
  Category,
  Claim,
  Cue,
  Entity,
  EntityType,
  Figure,
  FigureKind,
  Mention,
  Role,
  Section,
} from './model';
import { CATEGORIES, NO_REASONS, type Reason } from './model';

/**
 * A model packed into typed-array columns, to cross from the worker thread to
 * the extension host. A structured clone of the object graph of a 4 MB
 * document's model costs ~700 ms, most of it on the receiving side; typed arrays
 * are transferred, not copied, and unpacking builds plain objects in one pass.
 * `unpack(pack(m))` deep-equals `m` (tested).
 */

/** An analysis without its text: what the worker sends back. */
export type Reading = Omit<Analysis, 'text'>;

const BLOCK_KINDS: readonly BlockKind[] = ['heading', 'paragraph', 'listItem', 'tableCell', 'blockquote', 'code', 'html', 'meta'];
const ROLES: readonly Role[] = ['question', 'thesis', 'reason', 'evidence', 'contrast', 'concession', 'conclusion', 'statement'];
const FIGURE_KINDS: readonly FigureKind[] = ['percent', 'money', 'quantity', 'count', 'ratio', 'date'];
/** Stands for null in Int32 columns whose values are never negative. */
const NONE = -1;

/** The packed form: small parts as they are, large lists as columns. */
export interface PackedReading {
  readonly format: Reading['format'];
  readonly bomRemoved: boolean;
  readonly sections: readonly Section[];
  readonly warnings: readonly string[];
  /** Every string the columns refer to, by index. */
  readonly strings: readonly string[];
  readonly entities: readonly { id: string; name: string; type: EntityType; aliases: readonly string[]; mentions: number }[];
  /** Int32 columns. */
  readonly ints: Int32Array;
  /** Float64 columns. */
  readonly floats: Float64Array;
  /** Where each column starts and how long the lists are. */
  readonly layout: Layout;
}

interface Layout {
  blocks: number;
  claims: number;
  cues: number;
  claimFigures: number;
  claimEntities: number;
  figures: number;
  mentions: number;
}

/** Column widths (ints per record, floats per record). */
const INTS = { block: 4, claim: 10, cue: 4, figure: 9, mention: 2 } as const;
const FLOATS = { claim: 3, cue: 1, figure: 2 } as const;

/** Packs a reading; the second value lists the buffers to transfer. */
export function pack(reading: Reading): { packed: PackedReading; transfer: ArrayBuffer[] } {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const intern = (s: string | null): number => {
    if (s === null) return NONE;
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  const entityIndex = new Map(reading.entities.map((e, i) => [e.id, i]));
  const cueCount = reading.claims.reduce((n, c) => n + c.cues.length, 0);
  const figureRefs = reading.claims.reduce((n, c) => n + c.figures.length, 0);
  const entityRefs = reading.claims.reduce((n, c) => n + c.entities.length, 0);
  const mentionCount = reading.entities.reduce((n, e) => n + e.mentions.length, 0);
  const layout: Layout = {
    blocks: reading.blocks.length,
    claims: reading.claims.length,
    cues: cueCount,
    claimFigures: figureRefs,
    claimEntities: entityRefs,
    figures: reading.figures.length,
    mentions: mentionCount,
  };
  const ints = new Int32Array(
    layout.blocks * INTS.block + layout.claims * INTS.claim + cueCount * INTS.cue + figureRefs + entityRefs +
      layout.figures * INTS.figure + mentionCount * INTS.mention,
  );
  const floats = new Float64Array(layout.claims * FLOATS.claim + cueCount * FLOATS.cue + layout.figures * FLOATS.figure);
  let i = 0;
  let f = 0;
  const orNone = (n: number | null) => (n === null ? NONE : n);
  const category = (c: Category | null) => (c === null ? NONE : CATEGORIES.indexOf(c));

  for (const b of reading.blocks) {
    ints[i++] = b.start;
    ints[i++] = b.end;
    ints[i++] = BLOCK_KINDS.indexOf(b.kind);
    ints[i++] = orNone(b.section);
  }
  for (const c of reading.claims) {
    ints[i++] = c.start;
    ints[i++] = c.end;
    ints[i++] = orNone(c.section);
    ints[i++] = c.block;
    ints[i++] = category(c.primary);
    ints[i++] = category(c.secondary);
    ints[i++] = ROLES.indexOf(c.role);
    ints[i++] = c.cues.length;
    ints[i++] = c.figures.length;
    ints[i++] = c.entities.length;
    for (const k of CATEGORIES) floats[f++] = c.categories[k];
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
    // A figure's reasons as one string: figures share a few dozen distinct lists, interned once each.
    ints[i++] = intern(x.why.length ? JSON.stringify(x.why) : null);
    floats[f++] = x.value === null ? Number.NaN : x.value;
    floats[f++] = x.high === null ? Number.NaN : x.high;
  }
  for (const e of reading.entities) {
    for (const m of e.mentions) {
      ints[i++] = m.start;
      ints[i++] = m.end;
    }
  }
  const packed: PackedReading = {
    format: reading.format,
    bomRemoved: reading.bomRemoved,
    sections: reading.sections,
    warnings: reading.warnings,
    strings,
    entities: reading.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases, mentions: e.mentions.length })),
    ints,
    floats,
    layout,
  };
  return { packed, transfer: [ints.buffer as ArrayBuffer, floats.buffer as ArrayBuffer] };
}

/** Rebuilds the reading from its packed form, in one go. */
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
  let started = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - started >= sliceMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      started = performance.now();
    }
  }
}

/** Items unpacked between two chances to pause. */
const STEP = 256;

/**
 * A claim as the extension host holds it: its cues, four in five of a model's
 * objects, are read from the packed columns the first time they are asked for
 * (a lens explained, a hover), so a large model's arrival allocates less and
 * leaves the collector less to do.
 */
class UnpackedClaim implements Claim {
  readonly why: readonly Reason[] = NO_REASONS;
  #cues: readonly Cue[] | undefined;
  readonly #packed: PackedReading;
  /** Where the cues lie: first Int32, first Float64, how many. */
  readonly #at: number;
  readonly #float: number;
  readonly #count: number;

  constructor(
    readonly start: number,
    readonly end: number,
    readonly section: number | null,
    readonly block: number,
    readonly categories: Record<Category, number>,
    readonly primary: Category | null,
    readonly secondary: Category | null,
    readonly role: Role,
    readonly figures: readonly number[],
    readonly entities: readonly string[],
    packed: PackedReading,
    cues: { at: number; float: number; count: number },
  ) {
    this.#packed = packed;
    this.#at = cues.at;
    this.#float = cues.float;
    this.#count = cues.count;
  }

  get cues(): readonly Cue[] {
    if (this.#cues) return this.#cues;
    const { ints, floats, strings } = this.#packed;
    const list: Cue[] = new Array(this.#count);
    for (let k = 0, i = this.#at, f = this.#float; k < this.#count; k++, i += INTS.cue, f += FLOATS.cue) {
      list[k] = { start: ints[i], end: ints[i + 1], category: categoryOf(ints[i + 2]), term: strings[ints[i + 3]], weight: floats[f] };
    }
    return (this.#cues = list);
  }
}

/** A category from its packed index. */
function categoryOf(n: number): Category | null {
  return n === NONE ? null : CATEGORIES[n];
}

/** The one list every claim without figures, or without entities, shares: most claims have none. */
const NO_FIGURES: readonly number[] = Object.freeze([]);
const NO_ENTITIES: readonly string[] = Object.freeze([]);

/** The unpacking, pausing (yielding) every {@link STEP} items. */
function* unpacking(packed: PackedReading): Generator<void, Reading> {
  const { ints, floats, layout, strings } = packed;
  let i = 0;
  let f = 0;
  const str = (n: number) => (n === NONE ? null : strings[n]);
  const nullable = (n: number) => (n === NONE ? null : n);
  const category = categoryOf;
  const num = (x: number) => (Number.isNaN(x) ? null : x);

  const blocks: Block[] = new Array(layout.blocks);
  for (let b = 0; b < layout.blocks; b++) {
    blocks[b] = { start: ints[i], end: ints[i + 1], kind: BLOCK_KINDS[ints[i + 2]], section: nullable(ints[i + 3]) };
    i += INTS.block;
    if (b % STEP === STEP - 1) yield;
  }
  // Claims' fixed fields are read where they lie: `at` is each claim's first Int32, its floats follow in order.
  const at = new Int32Array(layout.claims);
  const claimFloats = f;
  for (let c = 0; c < layout.claims; c++) {
    at[c] = i;
    i += INTS.claim;
  }
  f += layout.claims * FLOATS.claim;
  // Cues, the bulk of a model, stay packed until a claim's cues are asked for.
  const cueStart = new Int32Array(layout.claims);
  const cueFloat = new Int32Array(layout.claims);
  for (let c = 0; c < layout.claims; c++) {
    const count = ints[at[c] + 7];
    cueStart[c] = i;
    cueFloat[c] = f;
    i += count * INTS.cue;
    f += count * FLOATS.cue;
  }
  const figureLists: (readonly number[])[] = new Array(layout.claims);
  for (let c = 0; c < layout.claims; c++) {
    const count = ints[at[c] + 8];
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
    const count = ints[at[c] + 9];
    if (count === 0) entityLists[c] = NO_ENTITIES;
    else {
      const list: string[] = new Array(count);
      for (let k = 0; k < count; k++) list[k] = packed.entities[ints[i + k]].id;
      entityLists[c] = list;
    }
    i += count;
    if (c % STEP === STEP - 1) yield;
  }
  const claims: Claim[] = new Array(layout.claims);
  for (let c = 0; c < layout.claims; c++) {
    const a = at[c];
    const g = claimFloats + c * FLOATS.claim;
    claims[c] = new UnpackedClaim(
      ints[a],
      ints[a + 1],
      nullable(ints[a + 2]),
      ints[a + 3],
      { geopolitical: floats[g], military: floats[g + 1], economic: floats[g + 2] },
      category(ints[a + 4]),
      category(ints[a + 5]),
      ROLES[ints[a + 6]],
      figureLists[c],
      entityLists[c],
      packed,
      { at: cueStart[c], float: cueFloat[c], count: ints[a + 7] },
    );
    if (c % STEP === STEP - 1) yield;
  }
  const figures: Figure[] = new Array(layout.figures);
  const reasons = new Map<number, readonly Reason[]>();
  const why = (n: number): readonly Reason[] => {
    if (n === NONE) return NO_REASONS;
    let list = reasons.get(n);
    if (list === undefined) reasons.set(n, (list = JSON.parse(strings[n]) as Reason[]));
    return list;
  };
  for (let x = 0; x < layout.figures; x++) {
    figures[x] = {
      start: ints[i],
      end: ints[i + 1],
      kind: FIGURE_KINDS[ints[i + 2]],
      value: num(floats[f]),
      high: num(floats[f + 1]),
      unit: str(ints[i + 3]),
      year: nullable(ints[i + 4]),
      period: str(ints[i + 5]),
      about: str(ints[i + 6]),
      claim: nullable(ints[i + 7]),
      why: why(ints[i + 8]),
    };
    i += INTS.figure;
    f += FLOATS.figure;
    if (x % STEP === STEP - 1) yield;
  }
  const entities: Entity[] = new Array(packed.entities.length);
  let unpacked = 0;
  for (let x = 0; x < entities.length; x++) {
    const e = packed.entities[x];
    const mentions: Mention[] = new Array(e.mentions);
    for (let k = 0; k < e.mentions; k++) {
      mentions[k] = { start: ints[i], end: ints[i + 1], entity: e.id };
      i += INTS.mention;
    }
    entities[x] = { id: e.id, name: e.name, type: e.type, aliases: e.aliases, mentions, why: NO_REASONS };
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
  };
}
