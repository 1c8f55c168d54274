import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { quoteOf } from './anchor';
import { readAnnotation } from './read';
import { ANNOTATION_CONTEXT, FIELD_PURPOSE, type Correction, type Range, type ReaderAnnotation } from './model';

/**
 * Makes and writes annotations. An annotation read from a file is rewritten by
 * changing only what Policy Lens owns (its selectors, body, `modified`, `resolved`)
 * on a copy of the object read, so other tools' properties survive.
 */

/** What a new annotation says: a note, a reply, or a correction. */
export type NewBody = { readonly note: string } | { readonly correction: Correction };

/** A new annotation on `range` of `text`. `id` must be unique in the page (a `urn:uuid:`). */
export function makeAnnotation(id: string, text: string, range: Range, body: NewBody, now: string, source?: string): ReaderAnnotation {
  const raw = {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'Annotation',
    motivation: 'note' in body ? 'commenting' : FIELD_PURPOSE[body.correction.field],
    created: now,
    modified: now,
    body: bodyOf(body),
    target: targetOf(text, range, source),
  };
  return readAnnotation(raw) as ReaderAnnotation;
}

/** A reply to the annotation `to`. */
export function makeReply(id: string, to: string, note: string, now: string): ReaderAnnotation {
  const raw = { '@context': ANNOTATION_CONTEXT, id, type: 'Annotation', motivation: 'replying', created: now, modified: now, body: bodyOf({ note }), target: to };
  return readAnnotation(raw) as ReaderAnnotation;
}

/** `annotation` with its selectors taken afresh from `range` of `text` (after it moved). */
export function withRange(annotation: ReaderAnnotation, text: string, range: Range): ReaderAnnotation {
  if (annotation.replyTo !== null) return annotation;
  const old = annotation.raw.target;
  const source = typeof old === 'object' && old !== null && typeof (old as { source?: unknown }).source === 'string' ? (old as { source: string }).source : undefined;
  const target = { ...(typeof old === 'object' && old !== null && !Array.isArray(old) ? old : {}), ...targetOf(text, range, source) };
  return readAnnotation({ ...annotation.raw, target }) as ReaderAnnotation;
}

/**
 * A detached (orphaned) annotation put back on `range` of `text` by the reader:
 * its selectors taken from there and its `modified` now, so that a merge with
 * another window's copy keeps this placing. Its id, body and other properties stay.
 */
export function reattach(annotation: ReaderAnnotation, text: string, range: Range, now: string): ReaderAnnotation {
  return withRange(withChange(annotation, {}, now), text, range);
}

/** `annotation` with a new note text or correction, or resolved/unresolved. */
export function withChange(annotation: ReaderAnnotation, change: { body?: NewBody; resolved?: boolean }, now: string): ReaderAnnotation {
  const raw: Record<string, unknown> = { ...annotation.raw, modified: now };
  if (change.body) {
    raw.body = bodyOf(change.body);
    if ('correction' in change.body) raw.motivation = FIELD_PURPOSE[change.body.correction.field];
  }
  if (change.resolved !== undefined) {
    if (change.resolved) raw.resolved = true;
    else delete raw.resolved;
  }
  return readAnnotation(raw) as ReaderAnnotation;
}

/** The file's text: the page read (its extra properties kept) with `annotations` as its items. */
export function pageText(annotations: readonly ReaderAnnotation[], page: Readonly<Record<string, unknown>> = {}): string {
  const out = { '@context': ANNOTATION_CONTEXT, type: 'AnnotationPage', ...page, items: annotations.map((a) => a.raw) };
  return `${JSON.stringify(out, null, 2)}\n`;
}

function bodyOf(body: NewBody): Record<string, unknown> {
  if ('note' in body) return { type: 'TextualBody', purpose: 'commenting', value: body.note, format: 'text/plain' };
  const { field, value } = body.correction;
  return { type: 'TextualBody', purpose: FIELD_PURPOSE[field], field, value };
}

function targetOf(text: string, range: Range, source: string | undefined): Record<string, unknown> {
  const quote = quoteOf(text, range);
  return {
    ...(source ? { source } : {}),
    selector: [
      { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      { type: 'TextPositionSelector', start: range.start, end: range.end },
    ],
  };
}

/** The file operations an atomic write uses (a test passes failing ones). */
export interface WriteIo {
  openSync(path: string, flags: string): number;
  writeSync(fd: number, data: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
  mkdirSync(path: string, options: { recursive: true }): unknown;
}

const NODE_IO: WriteIo = { openSync, writeSync: (fd, data, offset, length) => writeSync(fd, data, offset, length), fsyncSync, closeSync, renameSync, unlinkSync, mkdirSync };

let counter = 0;

/**
 * Writes `data` to `path` so that a reader (or a crash) sees the old file or the
 * new one, never half of one: the data goes to a temporary file beside it, is
 * flushed to disk, and is renamed over the old file. On failure the temporary
 * file is removed and the error thrown; the old file is untouched.
 */
export function writeFileAtomic(path: string, data: string, io: WriteIo = NODE_IO): void {
  io.mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${++counter}.tmp`);
  let fd: number | undefined;
  try {
    fd = io.openSync(temp, 'wx');
    let written = 0;
    const bytes = Buffer.from(data, 'utf8');
    while (written < bytes.length) written += io.writeSync(fd, bytes, written, bytes.length - written);
    io.fsyncSync(fd);
    io.closeSync(fd);
    fd = undefined;
    io.renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) {
      try {
        io.closeSync(fd);
      } catch {
        // already failing: the first error is the one reported
      }
    }
    try {
      io.unlinkSync(temp);
    } catch {
      // the temporary file may not exist
    }
    throw error;
  }
}
