import type { Analysis, Category, Claim, Entity, EntityType, Figure, Reason, Role, Span } from '../model/model';
import type { Correction, Range } from './model';

/**
 * Applies the reader's corrections to a model: a pure function from one
 * `Analysis` to another. Each correction acts on the item under its anchored
 * range (the claim, entity mention or figure it overlaps most); an item changed
 * carries `source: "reader"` and a first reason `…:set-by-reader` in `why`. A
 * correction with no item under it (its claim is gone) is reported `no-target`:
 * the annotation stays, as an orphan, and nothing is changed.
 */

/** A correction placed on the current text. */
export interface PlacedCorrection {
  readonly id: string;
  readonly correction: Correction;
  readonly range: Range;
}

/** What was done with each correction, by annotation id. */
export type CorrectionResult = 'applied' | 'no-target';

/** An item of the model as the reader left it. */
export type ReaderMarked = { readonly source?: 'reader' };

/** True when the reader changed this claim, entity or figure. */
export function isReaders(item: object): boolean {
  return (item as ReaderMarked).source === 'reader';
}

/** The corrected model and what became of each correction. */
export interface Corrected {
  readonly analysis: Analysis;
  readonly results: ReadonlyMap<string, CorrectionResult>;
}

/** Applies `corrections` in their order (a later one on the same field wins). */
export function applyCorrections(analysis: Analysis, corrections: readonly PlacedCorrection[]): Corrected {
  const results = new Map<string, CorrectionResult>();
  if (corrections.length === 0) return { analysis, results };
  let claims = [...analysis.claims];
  let entities = [...analysis.entities];
  let figures = [...analysis.figures];
  for (const { id, correction, range } of corrections) {
    const { field, value } = correction;
    let done = false;
    if (field === 'category' || field === 'role') {
      const at = mostOverlapping(claims, range);
      if (at >= 0) {
        claims[at] = field === 'category' ? withCategory(claims[at], value === 'none' ? null : (value as Category)) : withRole(claims[at], value as Role);
        done = true;
      }
    } else if (field === 'figure' || field === 'figure-year' || field === 'figure-about') {
      const at = mostOverlapping(figures, range);
      if (at >= 0) {
        if (field === 'figure') [figures, claims] = withoutFigure(figures, claims, at);
        else figures[at] = withFigureField(figures[at], field, value);
        done = true;
      }
    } else {
      const entity = entityAt(entities, range);
      if (entity) {
        [entities, claims] = withEntityCorrection(entities, claims, entity, field, value);
        done = true;
      }
    }
    results.set(id, done ? 'applied' : 'no-target');
  }
  return { analysis: { ...analysis, claims, entities, figures }, results };
}

function reader(why: readonly Reason[], rule: string, about: string, words: string): readonly Reason[] {
  return [{ rule, weight: 1, about, words }, ...why.filter((r) => !(r.rule === rule && r.about === about))];
}

function withCategory(claim: Claim, category: Category | null): Claim {
  const secondary = category === null || claim.secondary === category ? null : claim.secondary;
  return { ...withLazy(claim), primary: category, secondary, source: 'reader', why: reader(claim.why, 'claim:set-by-reader', 'category', category ?? 'none') } as Claim;
}

function withRole(claim: Claim, role: Role): Claim {
  return { ...withLazy(claim), role, source: 'reader', why: reader(claim.why, 'role:set-by-reader', 'role', role) } as Claim;
}

function withFigureField(figure: Figure, field: 'figure-year' | 'figure-about', value: string): Figure {
  const change = field === 'figure-year' ? { year: Number(value) } : { about: value };
  const about = field === 'figure-year' ? 'year' : 'about';
  const changed: Figure & ReaderMarked = { ...withLazy(figure), ...change, source: 'reader', why: reader(figure.why, 'figure:set-by-reader', about, value) };
  return changed;
}

/** The figures without the one at `at`, and the claims' figure indices renumbered. */
function withoutFigure(figures: Figure[], claims: Claim[], at: number): [Figure[], Claim[]] {
  const kept = figures.filter((_, i) => i !== at);
  const renumbered = claims.map((claim) =>
    claim.figures.some((f) => f >= at) ? { ...withLazy(claim), figures: claim.figures.filter((f) => f !== at).map((f) => (f > at ? f - 1 : f)) } : claim,
  );
  return [kept, renumbered];
}

function withEntityCorrection(entities: Entity[], claims: Claim[], entity: Entity, field: Correction['field'], value: string): [Entity[], Claim[]] {
  if (field === 'entity') return [entities.filter((e) => e !== entity), renameIn(claims, entity.id, null)];
  if (field === 'entity-type' || field === 'entity-name') {
    const changed =
      field === 'entity-type'
        ? { ...withLazy(entity), type: value as EntityType, why: reader(entity.why, 'entity:set-by-reader', 'type', value) }
        : {
            ...withLazy(entity),
            name: value,
            aliases: unique([entity.name, ...entity.aliases].filter((a) => a !== value)),
            why: reader(entity.why, 'entity:set-by-reader', 'name', value),
          };
    return [entities.map((e) => (e === entity ? ({ ...changed, source: 'reader' } as Entity) : e)), claims];
  }
  // entity-same-as: the entity under the range is one with the entity of that name.
  const key = value.toLowerCase();
  const into = entities.find((e) => e !== entity && [e.name, ...e.aliases].some((n) => n.toLowerCase() === key));
  if (!into) return [entities, claims];
  const merged = {
    ...withLazy(into),
    aliases: unique([...into.aliases, entity.name, ...entity.aliases].filter((a) => a !== into.name)),
    mentions: [...into.mentions, ...entity.mentions.map((m) => ({ ...m, entity: into.id }))].sort((a, b) => a.start - b.start),
    why: reader(into.why, 'entity:set-by-reader', 'merge', entity.name),
    source: 'reader',
  } as Entity;
  const kept = entities.filter((e) => e !== entity).map((e) => (e === into ? merged : e));
  kept.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  return [kept, renameIn(claims, entity.id, into.id)];
}

/** Claims with entity id `from` replaced by `to` (or dropped when `to` is null). */
function renameIn(claims: Claim[], from: string, to: string | null): Claim[] {
  return claims.map((claim) =>
    claim.entities.includes(from) ? { ...withLazy(claim), entities: unique(claim.entities.flatMap((id) => (id === from ? (to ? [to] : []) : [id]))) } : claim,
  );
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** The entity with the mention overlapping `range` most. */
function entityAt(entities: readonly Entity[], range: Range): Entity | undefined {
  let best: Entity | undefined;
  let bestOverlap = -1;
  for (const entity of entities) {
    const at = mostOverlapping(entity.mentions, range);
    if (at < 0) continue;
    const amount = overlap(entity.mentions[at], range);
    if (amount > bestOverlap) {
      bestOverlap = amount;
      best = entity;
    }
  }
  return best;
}

/**
 * Index of the span (in a list sorted by start, not overlapping) that overlaps
 * `range` most, or that holds it when it is a point; -1 when none does. A binary
 * search finds the first candidate.
 */
function mostOverlapping(spans: readonly Span[], range: Range): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid].end <= range.start) low = mid + 1;
    else high = mid;
  }
  let best = -1;
  let bestOverlap = 0;
  for (let i = low; i < spans.length && spans[i].start <= range.end; i++) {
    const amount = overlap(spans[i], range);
    const holdsPoint = range.start === range.end && spans[i].start <= range.start && range.start < spans[i].end;
    if (amount > bestOverlap || (best < 0 && holdsPoint)) {
      bestOverlap = amount;
      best = i;
    }
  }
  return best;
}

function overlap(a: Span, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * The fields of a part as plain own properties, its lazily read ones included: a
 * model unpacked on the extension host reads `why` (and a claim's `cues`) through
 * getters, which a spread alone would leave behind.
 */
function withLazy<T extends { readonly why: readonly unknown[] }>(part: T): T {
  const cues = (part as { cues?: unknown }).cues;
  return cues === undefined ? { ...part, why: part.why } : { ...part, why: part.why, cues };
}
