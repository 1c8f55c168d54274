import { toJson } from '../core/model/contract';
import type { Analysis } from '../core/model/model';
import { renderMarkdownBrief } from '../render/brief';
import { readingSource, renderPage } from '../render/page';

/** The formats of `--export`. */
export const EXPORT_FORMATS = ['html', 'md', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The annotated brief of a reading: one self-contained HTML page, a markdown
 * brief, or the JSON model (the same contract as `--json`).
 */
export function exportReading(analysis: Analysis, format: ExportFormat, name: string): string {
  switch (format) {
    case 'html':
      return renderPage(analysis, { title: name, kind: 'brief' });
    case 'md':
      return renderMarkdownBrief(readingSource(analysis), name);
    case 'json':
      return `${JSON.stringify(toJson(analysis), null, 1)}\n`;
  }
}
