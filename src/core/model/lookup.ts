import type { Analysis, Claim, Entity, Figure, Mention, Section, Span } from './model';

/**
 * Index of the spans in `spans` (sorted by start, non-overlapping) that contains
 * `offset`, or -1. Binary search: a hover never rescans the document.
 * A span contains its start and its end (the cursor just after a word still hovers it).
 */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const span = spans[mid];
    if (offset < span.start) hi = mid - 1;
    else if (offset > span.end) lo = mid + 1;
    else {
      // Touching neighbours: prefer the one that starts at the offset.
      const next = spans[mid + 1];
      return next && next.start === offset ? mid + 1 : mid;
    }
  }
  return -1;
}

/**
 * The first index in `[0, length)` for which `before(i)` is false, given that
 * `before` is true for a prefix of the indices and false after it (binary search).
 */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Mentions that fit in the low bits of a sort key (the offset takes the high bits). */
const INDEX_BITS = 2 ** 20;

/**
 * Mentions sorted by start, the longer first where two start together. Sorted
 * as numbers (offset and index in one key) rather than with a comparator: on
 * the extension host, a 4 MB document's 40,000 mentions sort in a few
 * milliseconds instead of tens.
 */
function inDocumentOrder(mentions: Mention[]): Mention[] {
  if (mentions.length >= INDEX_BITS) return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const keys = new Float64Array(mentions.length);
  for (let i = 0; i < mentions.length; i++) keys[i] = mentions[i].start * INDEX_BITS + i;
  keys.sort();
  const out: Mention[] = new Array(mentions.length);
  for (let k = 0; k < keys.length; k++) out[k] = mentions[keys[k] % INDEX_BITS];
  // Among mentions starting together, the longest first.
  for (let k = 1; k < out.length; k++) {
    for (let j = k; j > 0 && out[j].start === out[j - 1].start && out[j].end > out[j - 1].end; j--) {
      [out[j - 1], out[j]] = [out[j], out[j - 1]];
    }
  }
  return out;
}

/** What sits at an offset: an entity mention or a figure. */
export type Hit =
  | { readonly kind: 'entity'; readonly entity: Entity; readonly mention: Mention }
  | { readonly kind: 'figure'; readonly figure: Figure; readonly index: number };

/**
 * Offset lookups on one analysis, each in logarithmic time. The tables are built
 * on the first lookup (linear time), not when the model arrives: a large
 * model's arrival then holds the editor's event loop no longer than unpacking
 * it, and a model replaced before anyone asks costs nothing.
 */
export class ModelIndex {
  readonly #analysis: Analysis;
  #mentions: readonly Mention[] | undefined;
  #entities: ReadonlyMap<string, Entity> | undefined;

  constructor(analysis: Analysis) {
    this.#analysis = analysis;
  }

  /** Entity mentions in document order, disjoint so binary search is exact (the longer one wins). */
  #mentionTable(): readonly Mention[] {
    if (this.#mentions) return this.#mentions;
    const all: Mention[] = [];
    for (const entity of this.#analysis.entities) for (const mention of entity.mentions) all.push(mention);
    const disjoint: Mention[] = [];
    for (const mention of inDocumentOrder(all)) {
      const last = disjoint[disjoint.length - 1];
      if (!last || mention.start >= last.end) disjoint.push(mention);
    }
    return (this.#mentions = disjoint);
  }

  #entityTable(): ReadonlyMap<string, Entity> {
    return (this.#entities ??= new Map(this.#analysis.entities.map((entity) => [entity.id, entity])));
  }

  get analysis(): Analysis {
    return this.#analysis;
  }

  entity(id: string): Entity | undefined {
    return this.#entityTable().get(id);
  }

  /** The entity mention at `offset`, if any. */
  mentionAt(offset: number): { entity: Entity; mention: Mention } | undefined {
    const mentions = this.#mentionTable();
    const i = spanIndexAt(mentions, offset);
    if (i < 0) return undefined;
    const mention = mentions[i];
    const entity = this.#entityTable().get(mention.entity);
    return entity && { entity, mention };
  }

  /** Index of the figure at `offset`, or -1. */
  figureIndexAt(offset: number): number {
    return spanIndexAt(this.#analysis.figures, offset);
  }

  /** The figure or entity at `offset`; figures win where both apply ("Ninety regions"). */
  hitAt(offset: number): Hit | undefined {
    const index = this.figureIndexAt(offset);
    if (index >= 0) return { kind: 'figure', figure: this.#analysis.figures[index], index };
    const found = this.mentionAt(offset);
    return found && { kind: 'entity', ...found };
  }

  /** Index of the claim containing `offset`, or -1. */
  claimIndexAt(offset: number): number {
    return spanIndexAt(this.#analysis.claims, offset);
  }

  claimAt(offset: number): Claim | undefined {
    const i = this.claimIndexAt(offset);
    return i < 0 ? undefined : this.#analysis.claims[i];
  }

  /** The innermost section containing `offset`. */
  sectionIndexAt(offset: number): number {
    const sections = this.#analysis.sections;
    // Sections nest, so search the last one starting at or before the offset.
    let lo = 0;
    let hi = sections.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (sections[mid].start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  sectionAt(offset: number): Section | undefined {
    const i = this.sectionIndexAt(offset);
    return i < 0 ? undefined : this.#analysis.sections[i];
  }
}
