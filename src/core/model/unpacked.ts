import { CLAIM, FLOATS, INTS, categoryOf, reasonsAt, type Columns, type PackedEntity } from './columns';
import type { ClaimLinks } from './links';
import type { Category, Claim, Cue, Entity, EntityType, Figure, FigureKind, Mention, Reason, Role } from './model';

/**
 * Claims, figures and entities as the extension host holds them: the parts a
 * reader asks for one at a time (a claim's cues, four in five of a model's
 * objects, and every `why`) are read from the packed columns the first time
 * they are asked for (a lens explained, a hover), so a large model's arrival
 * allocates less and leaves the collector less to do.
 */

/** A part whose reasons stay packed until asked for. */
abstract class Reasoned {
  #why: readonly Reason[] | undefined;
  readonly #columns: Columns;
  /** Where in its Int32 record the number of its first reason lies (how many it has follows). */
  readonly #at: number;

  constructor(columns: Columns, at: number) {
    this.#columns = columns;
    this.#at = at;
  }

  get why(): readonly Reason[] {
    const { ints } = this.#columns;
    return (this.#why ??= reasonsAt(this.#columns, ints[this.#at], ints[this.#at + 1]));
  }

  /** The columns, and where its first reason's number lies in them (a getter: not an own field of the part). */
  protected get packed(): { columns: Columns; at: number } {
    return { columns: this.#columns, at: this.#at };
  }
}

export class UnpackedClaim extends Reasoned implements Claim {
  #cues: readonly Cue[] | undefined;

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
    links: ClaimLinks,
    columns: Columns,
    at: number,
    readonly confidence?: number,
  ) {
    super(columns, at);
    this.supports = links.supports;
    this.supportedBy = links.supportedBy;
    this.qualifiedBy = links.qualifiedBy;
    this.unsupported = links.unsupported;
  }

  readonly supports: readonly number[];
  readonly supportedBy: readonly number[];
  readonly qualifiedBy: readonly number[];
  readonly unsupported: boolean;

  get cues(): readonly Cue[] {
    if (this.#cues) return this.#cues;
    const { columns, at } = this.packed;
    const { ints, floats, strings } = columns;
    const record = at - CLAIM.firstReason;
    const count = ints[record + CLAIM.cues];
    const first = ints[record + CLAIM.firstCue];
    const list: Cue[] = new Array(count);
    let i = columns.cueInts + first * INTS.cue;
    let f = columns.cueFloats + first * FLOATS.cue;
    for (let k = 0; k < count; k++, i += INTS.cue, f += FLOATS.cue) {
      list[k] = { start: ints[i], end: ints[i + 1], category: categoryOf(ints[i + 2]), term: strings[ints[i + 3]], weight: floats[f] };
    }
    return (this.#cues = list);
  }
}

export class UnpackedFigure extends Reasoned implements Figure {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly kind: FigureKind,
    readonly value: number | null,
    readonly high: number | null,
    readonly unit: string | null,
    readonly year: number | null,
    readonly period: string | null,
    readonly about: string | null,
    readonly claim: number | null,
    columns: Columns,
    at: number,
  ) {
    super(columns, at);
  }
}

export class UnpackedEntity extends Reasoned implements Entity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];

  constructor(row: PackedEntity, readonly mentions: readonly Mention[], columns: Columns, at: number) {
    super(columns, at);
    this.id = row.id;
    this.name = row.name;
    this.type = row.type;
    this.aliases = row.aliases;
  }
}
