import { CATEGORIES } from '../model/model';
import { FIELD_PURPOSE, type Correction, type CorrectionField, type Quote, type Range, type ReaderAnnotation } from './model';

/**
 * Reads an annotation file: any W3C Web Annotation `AnnotationPage` whose
 * targets carry a `TextQuoteSelector` and/or a `TextPositionSelector`, written by
 * Policy Lens or another tool. A file that is not such a page throws an
 * {@link AnnotationFileError} with one line saying why; one bad annotation is
 * reported as a problem and skipped, the others are read.
 */

/** A file that cannot be read as an annotation page at all. */
export class AnnotationFileError extends Error {
  /** Where in the JSON the problem is (`["type"]`, `["items"]`; empty: the whole file), to place it in the Problems panel. */
  readonly at: readonly string[];
  constructor(message: string, at: readonly string[] = []) {
    super(message);
    this.at = at;
  }
}

/** One annotation that was skipped, and why. */
export interface AnnotationProblem {
  /** Its index in `items`. */
  readonly index: number;
  /** Its id, when it has one. */
  readonly id: string | null;
  readonly message: string;
}

/** A page as read: the annotations kept, the problems, and the page object itself (for its extra properties). */
export interface AnnotationPageRead {
  readonly annotations: readonly ReaderAnnotation[];
  readonly problems: readonly AnnotationProblem[];
  readonly page: Readonly<Record<string, unknown>>;
}

const ROLES = ['question', 'thesis', 'reason', 'evidence', 'contrast', 'concession', 'conclusion', 'statement'];
const ENTITY_TYPES = ['person', 'place', 'organization', 'treaty_or_program', 'other'];

/** What each correction field accepts; the message says it when a value does not fit. */
const VALUES: Readonly<Record<CorrectionField, { ok: (value: string) => boolean; says: string }>> = {
  category: { ok: (v) => v === 'none' || (CATEGORIES as readonly string[]).includes(v), says: `one of ${CATEGORIES.join(', ')} or none` },
  role: { ok: (v) => ROLES.includes(v), says: `one of ${ROLES.join(', ')}` },
  'entity-type': { ok: (v) => ENTITY_TYPES.includes(v), says: `one of ${ENTITY_TYPES.join(', ')}` },
  'entity-name': { ok: (v) => v.trim() !== '', says: 'a name' },
  'entity-same-as': { ok: (v) => v.trim() !== '', says: 'the name of another entity' },
  entity: { ok: (v) => v === 'none', says: 'none' },
  figure: { ok: (v) => v === 'none', says: 'none' },
  'figure-year': { ok: (v) => /^-?\d{1,4}$/.test(v.trim()), says: 'a year' },
  'figure-about': { ok: (v) => v.trim() !== '', says: 'what it measures, in words' },
};

/** Parses and reads a file's text. */
export function readAnnotationText(json: string): AnnotationPageRead {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new AnnotationFileError(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return readAnnotationPage(value);
}

/** Reads a parsed page. */
export function readAnnotationPage(value: unknown): AnnotationPageRead {
  if (!isObject(value)) throw new AnnotationFileError('not an annotation page: expected a JSON object with "type": "AnnotationPage"');
  if (value.type !== 'AnnotationPage') throw new AnnotationFileError(`not an annotation page: "type" is ${JSON.stringify(value.type ?? null)}, expected "AnnotationPage"`, ['type']);
  if (!Array.isArray(value.items)) throw new AnnotationFileError('not an annotation page: "items" must be an array of annotations', ['items']);
  const annotations: ReaderAnnotation[] = [];
  const problems: AnnotationProblem[] = [];
  const seen = new Set<string>();
  value.items.forEach((item: unknown, index: number) => {
    const result = readAnnotation(item);
    const id = isObject(item) && typeof item.id === 'string' ? item.id : null;
    if (typeof result === 'string') problems.push({ index, id, message: result });
    else if (seen.has(result.id)) problems.push({ index, id, message: `a second annotation with id ${result.id}` });
    else {
      seen.add(result.id);
      annotations.push(result);
    }
  });
  return { annotations, problems, page: value };
}

/** One annotation, or a message saying why it cannot be read. */
export function readAnnotation(item: unknown): ReaderAnnotation | string {
  if (!isObject(item)) return 'an annotation must be a JSON object';
  if (typeof item.id !== 'string' || item.id === '') return 'an annotation needs an "id" string';
  if (item.type !== 'Annotation') return `"type" must be "Annotation"`;
  const bodies = (Array.isArray(item.body) ? item.body : item.body === undefined ? [] : [item.body]).filter(isObject);
  const target = Array.isArray(item.target) ? item.target[0] : item.target;
  let replyTo: string | null = null;
  let quote: Quote | null = null;
  let position: Range | null = null;
  if (typeof target === 'string') replyTo = target;
  else if (isObject(target)) {
    const selectors = (Array.isArray(target.selector) ? target.selector : [target.selector]).filter(isObject);
    for (const selector of selectors) {
      if (selector.type === 'TextQuoteSelector') {
        if (typeof selector.exact !== 'string') return 'a TextQuoteSelector needs an "exact" string';
        quote = { exact: selector.exact, prefix: stringOr(selector.prefix), suffix: stringOr(selector.suffix) };
      } else if (selector.type === 'TextPositionSelector') {
        const { start, end } = selector;
        if (!isOffset(start) || !isOffset(end) || end < start) return 'a TextPositionSelector needs whole-number "start" ≤ "end"';
        position = { start, end };
      }
    }
    if (!quote && !position) return 'its target has neither a TextQuoteSelector nor a TextPositionSelector';
  } else return 'an annotation needs a "target"';
  const first = bodies[0];
  const motivation = typeof item.motivation === 'string' ? item.motivation : first && typeof first.purpose === 'string' ? first.purpose : 'commenting';
  const correction = correctionOf(bodies);
  if (typeof correction === 'string') return correction;
  const textBody = bodies.find((b) => typeof b.value === 'string' && (b.purpose === undefined || b.purpose === 'commenting' || b.purpose === 'replying'));
  return {
    id: item.id,
    motivation,
    quote,
    position,
    replyTo,
    text: !correction && textBody ? (textBody.value as string) : null,
    correction,
    resolved: item.resolved === true,
    created: typeof item.created === 'string' ? item.created : null,
    modified: typeof item.modified === 'string' ? item.modified : null,
    raw: item,
  };
}

/** The correction a body makes (a body with a Policy Lens `field`), null when none, or what is wrong with it. */
function correctionOf(bodies: readonly Record<string, unknown>[]): Correction | null | string {
  const body = bodies.find((b) => b.field !== undefined);
  if (!body) return null;
  const field = body.field as CorrectionField;
  if (typeof body.field !== 'string' || !(body.field in FIELD_PURPOSE)) return `unknown correction field ${JSON.stringify(body.field)}`;
  const value = typeof body.value === 'string' ? body.value : typeof body.value === 'number' ? String(body.value) : null;
  if (value === null || !VALUES[field].ok(value)) return `a "${field}" correction takes ${VALUES[field].says}, not ${JSON.stringify(body.value ?? null)}`;
  return { field, value: value.trim() };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function stringOr(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
