import { toJson } from '../core/model/contract';
import type { Analysis } from '../core/model/model';
import { renderMarkdownBrief } from '../render/brief';
import { readingSource, renderPage, type PageNote } from '../render/page';
import type { Placed } from '../core/annotations/layer';

/** The formats of `--export`. */
export const EXPORT_FORMATS = ['html', 'md', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The annotated brief of a reading: one self-contained HTML page, a markdown
 * brief, or the JSON model (the same contract as `--json`).
 */
export function exportReading(analysis: Analysis, format: ExportFormat, name: string, notes: readonly PageNote[] = []): string {
  switch (format) {
    case 'html':
      return renderPage(analysis, { title: name, kind: 'brief', notes });
    case 'md':
      return renderMarkdownBrief(readingSource(analysis), name, notes);
    case 'json':
      return `${JSON.stringify(toJson(analysis), null, 1)}\n`;
  }
}

/** The reader's notes that found their place in the text, for the brief. */
export function placedNotes(placed: readonly Placed[]): PageNote[] {
  return placed.flatMap(({ annotation, anchor }) =>
    annotation.text && anchor.range && annotation.replyTo === null ? [{ start: anchor.range.start, end: anchor.range.end, text: annotation.text }] : [],
  );
}
