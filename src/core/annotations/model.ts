/**
 * The reader's own layer: notes and corrections, kept as a W3C Web Annotation
 * `AnnotationPage` (JSON-LD, https://www.w3.org/TR/annotation-model/) beside the
 * document. This file names the shapes Policy Lens reads and writes and the small
 * vocabulary of corrections; `schemas/annotations.schema.json` validates the file.
 *
 * Vocabulary (one body per note or correction; the annotation's `motivation` is
 * the body's `purpose`):
 * - a note: `{ "type": "TextualBody", "purpose": "commenting", "value": "…" }`;
 *   a reply: an annotation with motivation `replying` whose `target` is the id of
 *   the annotation it answers;
 * - a claim's category or role: purpose `classifying`, `field` `category`
 *   (`geopolitical` | `military` | `economic` | `none`) or `role`;
 * - an entity: purpose `identifying`, `field` `entity-type` (a type),
 *   `entity-name` (its canonical name), `entity-same-as` (the name of the entity it
 *   is one with) or `entity` with value `none` (not an entity);
 * - a figure: purpose `editing`, `field` `figure` with value `none` (not a
 *   figure), `figure-year` (a year) or `figure-about` (what it measures).
 *
 * Offsets are UTF-16 code units into the document text, as the model uses.
 * Never imports `vscode`.
 */

/** The JSON-LD context of every page and annotation. */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Characters of context kept on each side of a quote. */
export const CONTEXT_CHARS = 32;

/** A quote of the annotated text with a little context on each side. */
export interface Quote {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

/** A half-open range of UTF-16 offsets. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** What a correction changes. */
export type CorrectionField =
  | 'category'
  | 'role'
  | 'entity-type'
  | 'entity-name'
  | 'entity-same-as'
  | 'entity'
  | 'figure'
  | 'figure-year'
  | 'figure-about';

/** The body purpose each field is written with. */
export const FIELD_PURPOSE: Readonly<Record<CorrectionField, 'classifying' | 'identifying' | 'editing'>> = {
  category: 'classifying',
  role: 'classifying',
  'entity-type': 'identifying',
  'entity-name': 'identifying',
  'entity-same-as': 'identifying',
  entity: 'identifying',
  figure: 'editing',
  'figure-year': 'editing',
  'figure-about': 'editing',
};

/** A correction: a field of the item under the annotation, and its new value. */
export interface Correction {
  readonly field: CorrectionField;
  readonly value: string;
}

/**
 * One annotation as Policy Lens reads it. `raw` is the object from the file,
 * kept whole so properties other tools wrote survive a rewrite.
 */
export interface ReaderAnnotation {
  /** The annotation's own id, from the file. */
  readonly id: string;
  /** `commenting`, `replying`, `classifying`, `identifying`, `editing`, or another tool's. */
  readonly motivation: string;
  /** The quote selector, when the target has one. */
  readonly quote: Quote | null;
  /** The position selector, when the target has one. */
  readonly position: Range | null;
  /** For a reply: the id of the annotation it answers. */
  readonly replyTo: string | null;
  /** The note's text (commenting and replying), else null. */
  readonly text: string | null;
  /** The correction it makes, if it is one. */
  readonly correction: Correction | null;
  /** True when the reader marked the thread resolved. */
  readonly resolved: boolean;
  /** ISO dates, when the file gives them. */
  readonly created: string | null;
  readonly modified: string | null;
  /** The object as read (or as made), with every property it had. */
  readonly raw: Readonly<Record<string, unknown>>;
}

/** How an annotation was placed on the current text. */
export type AnchorStatus = 'anchored' | 'fuzzy' | 'orphaned';

/** Where an annotation sits now: a range, or orphaned with none. */
export interface Anchor {
  readonly status: AnchorStatus;
  /** The range, or null for an orphan. */
  readonly range: Range | null;
}
