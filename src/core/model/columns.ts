import type { Analysis, BlockKind, Category, EntityType, FigureKind, Reason, Role, Section } from './model';
import { CATEGORIES, NO_REASONS } from './model';

/**
 * The column layout of a packed model, shared by `packed.ts` (the worker packs)
 * and `unpack.ts` (the extension host unpacks). See `packed.ts`.
 */

/** An analysis without its text: what the worker sends back. */
export type Reading = Omit<Analysis, 'text'>;

export const BLOCK_KINDS: readonly BlockKind[] = ['heading', 'paragraph', 'listItem', 'tableCell', 'blockquote', 'code', 'html', 'meta'];
export const ROLES: readonly Role[] = ['question', 'thesis', 'reason', 'evidence', 'contrast', 'concession', 'conclusion', 'statement'];
export const FIGURE_KINDS: readonly FigureKind[] = ['percent', 'money', 'quantity', 'count', 'ratio', 'date'];
/** Stands for null in Int32 columns whose values are never negative. */
export const NONE = -1;

/** An entity as it crosses: its small parts as they are, its mentions and reasons in the columns. */
export interface PackedEntity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  /** How many mentions it has (they lie in the Int32 column). */
  readonly mentions: number;
}

/** The packed form: small parts as they are, large lists as columns. */
export interface PackedReading {
  readonly format: Reading['format'];
  readonly bomRemoved: boolean;
  readonly sections: readonly Section[];
  readonly warnings: readonly string[];
  /** Page furniture and boilerplate (few): as they are. */
  readonly notices?: Reading['notices'];
  /** The masked text (one string, cheap to clone). */
  readonly masked?: string;
  /** Every string the columns refer to, by index: units, periods, cue terms, rule ids, reasons' words. */
  readonly strings: readonly string[];
  readonly entities: readonly PackedEntity[];
  /** Int32 columns. */
  readonly ints: Int32Array;
  /** Float64 columns. */
  readonly floats: Float64Array;
  /** How long the lists are. */
  readonly layout: Layout;
  /** The claims' argument links (`links.ts`). */
  readonly links: Int32Array;
}

/** How many records of each list; the columns lie in this order. */
export interface Layout {
  blocks: number;
  claims: number;
  cues: number;
  claimFigures: number;
  claimEntities: number;
  figures: number;
  mentions: number;
  /** Entities have an Int32 record each (where their reasons are); their other parts cross as they are. */
  entities: number;
  reasons: number;
}

/**
 * Column widths (ints per record, floats per record). A claim's Int32 record:
 * start, end, section, block, primary, secondary, role, figure count, entity
 * count, cue count, first cue, first reason, reason count. A figure's: start,
 * end, kind, unit, year, period, about, claim, first reason, reason count. An
 * entity's: first reason, reason count. A claim's floats: its three
 * category shares, then its confidence (NaN for none). A reason's: rule, about, words (string
 * indices), its float the weight. Every record ends with where its reasons are.
 */
export const INTS = { block: 4, claim: 13, cue: 4, figure: 10, mention: 2, entity: 2, reason: 3 } as const;
/** Where in a claim's Int32 record its counts and first items lie. */
export const CLAIM = { figures: 7, entities: 8, cues: 9, firstCue: 10, firstReason: 11 } as const;
/** Where in a figure's and an entity's Int32 record the first reason's number lies (the count follows it). */
export const FIGURE = { firstReason: 8 } as const;
export const ENTITY = { firstReason: 0 } as const;
export const FLOATS = { claim: 4, cue: 1, figure: 2, reason: 1 } as const;

/** The columns of a packed model with where each list starts: what lazily read parts hold on to. */
export interface Columns {
  readonly ints: Int32Array;
  readonly floats: Float64Array;
  readonly strings: readonly string[];
  /** First Int32 and first Float64 of the cues. */
  readonly cueInts: number;
  readonly cueFloats: number;
  /** First Int32 and first Float64 of the reasons. */
  readonly reasonInts: number;
  readonly reasonFloats: number;
}

/** Sizes of the two columns, and where the cues and the reasons start in them. */
export function columnsOf(layout: Layout) {
  const cueInts = layout.blocks * INTS.block + layout.claims * INTS.claim;
  const reasonInts =
    cueInts + layout.cues * INTS.cue + layout.claimFigures + layout.claimEntities + layout.figures * INTS.figure + layout.mentions * INTS.mention + layout.entities * INTS.entity;
  const cueFloats = layout.claims * FLOATS.claim;
  const reasonFloats = cueFloats + layout.cues * FLOATS.cue + layout.figures * FLOATS.figure;
  return {
    cueInts,
    cueFloats,
    reasonInts,
    reasonFloats,
    ints: reasonInts + layout.reasons * INTS.reason,
    floats: reasonFloats + layout.reasons * FLOATS.reason,
  };
}

/** A category from its packed index. */
export function categoryOf(n: number): Category | null {
  return n === NONE ? null : CATEGORIES[n];
}

/** The `count` reasons from reason number `first` on, as objects. */
export function reasonsAt(columns: Columns, first: number, count: number): readonly Reason[] {
  if (count === 0) return NO_REASONS;
  const { ints, floats, strings } = columns;
  const list: Reason[] = new Array(count);
  for (let k = 0; k < count; k++) {
    const i = columns.reasonInts + (first + k) * INTS.reason;
    const reason: { rule: string; weight: number; about?: string; words?: string } = {
      rule: strings[ints[i]],
      weight: floats[columns.reasonFloats + first + k],
    };
    if (ints[i + 1] !== NONE) reason.about = strings[ints[i + 1]];
    if (ints[i + 2] !== NONE) reason.words = strings[ints[i + 2]];
    list[k] = reason;
  }
  return list;
}
