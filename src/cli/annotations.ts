import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { isReaders } from '../core/annotations/corrections';
import { applyReaderLayer, type Placed } from '../core/annotations/layer';
import { AnnotationFileError, readAnnotationText } from '../core/annotations/read';
import { notesPathFor } from '../core/annotations/where';
import { JsonRows, type AnalysisRows } from '../core/model/contract';
import type { Analysis } from '../core/model/model';
import { lineStarts, positionOf } from '../core/model/positions';
import { InputError, readDocument } from './read';

/**
 * The reader's annotations on the command line: the file named by
 * `--annotations`, or the one the extension keeps for the document (a
 * `.policy-lens/` folder in the document's folder or one above it), re-anchored
 * on the current text, with their corrections applied.
 */

/** The annotation file the extension would use for `document`, when one exists. */
export function defaultNotesFile(document: string): string | undefined {
  const file = resolve(document);
  for (let root = dirname(file); ; root = dirname(root)) {
    const candidate = join(root, notesPathFor(relative(root, file)));
    if (existsSync(candidate)) return candidate;
    if (dirname(root) === root) return undefined;
  }
}

/** The layer read from `path` and applied; throws an {@link InputError} (one line) for a file that cannot be read as a page. */
export function readerLayer(analysis: Analysis, path: string, warn: (line: string) => void): { analysis: Analysis; placed: Placed[] } {
  let read;
  try {
    read = readAnnotationText(readDocument(path));
  } catch (error) {
    if (error instanceof AnnotationFileError) throw new InputError(`${path}: ${error.message}`);
    throw error;
  }
  for (const problem of read.problems) warn(`${path}: annotation ${problem.id ?? `#${problem.index + 1}`} skipped: ${problem.message}`);
  return applyReaderLayer(analysis, read.annotations);
}

/** The `--json` output with the annotations' places and `source: "reader"` on what they changed. */
export function withAnnotations(json: AnalysisRows, analysis: Analysis, placed: readonly Placed[]): AnalysisRows {
  const mark = <T extends object>(items: JsonRows<T>, model: readonly object[]) => {
    const at = (i: number) => (isReaders(model[i]) ? { ...items.at(i), source: 'reader' } : items.at(i));
    return new JsonRows(items.length, at, (i) => (isReaders(model[i]) ? JSON.stringify(at(i)) : items.line(i)));
  };
  return {
    ...json,
    claims: mark(json.claims, analysis.claims),
    entities: mark(json.entities, analysis.entities),
    figures: mark(json.figures, analysis.figures),
    annotations: placed.map(({ annotation, anchor }) => ({
      id: annotation.id,
      status: anchor.status,
      start: anchor.range?.start ?? null,
      end: anchor.range?.end ?? null,
      motivation: annotation.motivation,
    })),
  } as AnalysisRows;
}

/** The annotations for a terminal: one line each, notes with their first words, corrections with what they set. */
export function renderAnnotations(placed: readonly Placed[], text: string): string {
  if (placed.length === 0) return '';
  const starts = lineStarts(text);
  const lineAt = (offset: number) => positionOf(starts, offset).line + 1;
  const lines = placed.map(({ annotation, anchor }) => {
    const what = annotation.correction ? `✎ ${annotation.correction.field} → ${annotation.correction.value}` : `note: ${clip(annotation.text ?? '')}`;
    const where = anchor.range ? `line ${lineAt(anchor.range.start)}${anchor.status === 'fuzzy' ? ' (moved)' : ''}` : `orphaned, was "${clip(annotation.quote?.exact ?? '')}"`;
    return `  ${where.padEnd(12)} ${what}`;
  });
  return `\nYour annotations (${placed.length})\n${lines.join('\n')}\n`;
}

function clip(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length <= 60 ? flat : `${flat.slice(0, 59)}…`;
}

