import type { Analysis } from '../model/model';
import { anchor } from './anchor';
import { applyCorrections, type PlacedCorrection } from './corrections';
import type { Anchor, ReaderAnnotation } from './model';

/**
 * The reader's layer over one text: every annotation anchored (a reply where its
 * note is), and the corrections applied to the model. An annotation is never
 * dropped here: one that cannot be placed, or a correction whose item is gone, is
 * an orphan with its selectors intact.
 */

/** One annotation's place, as the command line reports it. */
export interface Placed {
  readonly annotation: ReaderAnnotation;
  readonly anchor: Anchor;
}

/** Anchors every annotation on `text`. Replies follow the annotation they answer. */
export function anchorAll(text: string, annotations: readonly ReaderAnnotation[]): Placed[] {
  const byId = new Map<string, Anchor>();
  const placed = annotations.map((annotation) => {
    const found = annotation.replyTo === null ? anchor(text, annotation.quote, annotation.position) : null;
    if (found) byId.set(annotation.id, found);
    return { annotation, anchor: found };
  });
  return placed.map(({ annotation, anchor: found }) => ({
    annotation,
    anchor: found ?? byId.get(annotation.replyTo ?? '') ?? { status: 'orphaned', range: null },
  }));
}

/** The placed corrections among `placed`, in file order. */
export function placedCorrections(placed: readonly Placed[]): PlacedCorrection[] {
  return placed.flatMap(({ annotation, anchor: found }) =>
    annotation.correction && found.range ? [{ id: annotation.id, correction: annotation.correction, range: found.range }] : [],
  );
}

/** The model with the reader's corrections applied, and where every annotation sits (orphans included). */
export function applyReaderLayer(analysis: Analysis, annotations: readonly ReaderAnnotation[]): { analysis: Analysis; placed: Placed[] } {
  const placed = anchorAll(analysis.text, annotations);
  const corrected = applyCorrections(analysis, placedCorrections(placed));
  return {
    analysis: corrected.analysis,
    placed: placed.map((p) => (corrected.results.get(p.annotation.id) === 'no-target' ? { ...p, anchor: { status: 'orphaned', range: null } } : p)),
  };
}
