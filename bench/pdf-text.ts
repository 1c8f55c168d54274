/**
 * A markdown document as text extracted from its PDF would read: headings as
 * bare lines, paragraphs and list items hard-wrapped, a running header and a
 * page number at every page break (which falls inside paragraphs, and so inside
 * sentences), table rows as their cells on one line, no markup and no link
 * targets. Our own renderer, for measuring
 * whether the reading is one whatever the format (`format.ts`).
 */
import type { Analysis } from '../src/core/model/model';
import { shownText } from '../src/core/model/shown';

export interface PdfTextOptions {
  /** Characters a line holds. */
  readonly width?: number;
  /** Lines of text a page holds. */
  readonly pageLines?: number;
}

/** Wraps `words` at `width` characters. */
function wrap(words: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Renders the reading of a markdown document as PDF-extracted text. */
export function pdfText(analysis: Analysis, options: PdfTextOptions = {}): string {
  const width = options.width ?? 86;
  const pageLines = options.pageLines ?? 48;
  const title = analysis.sections.find((s) => s.title !== '(introduction)')?.title ?? 'Report';
  const body: string[] = [];
  // A table's row is its cells on one line, as PDF extraction gives them; `row` is the source line of the row being built.
  let row = -1;
  for (const block of analysis.blocks) {
    const words = shownText(analysis.text, analysis.masked, block);
    if (!words) continue;
    if (block.kind === 'tableCell') {
      const line = analysis.text.lastIndexOf('\n', block.start);
      if (line === row) body[body.length - 1] += `   ${words}`;
      else body.push(words);
      row = line;
      continue;
    }
    row = -1;
    if (block.kind === 'heading') body.push('', words);
    else if (block.kind === 'paragraph' || block.kind === 'blockquote') body.push('', ...wrap(words, width));
    else if (block.kind === 'listItem') body.push(...wrap(`• ${words}`, width, '  '));
  }
  // Pages: a running header at the top, the page number at the foot.
  const out: string[] = [];
  let page = 1;
  for (let i = 0; i < body.length; i += pageLines) {
    if (i > 0) out.push(`Page ${page++}`, '\f' + title);
    out.push(...body.slice(i, i + pageLines));
  }
  out.push(`Page ${page}`);
  return out.join('\n');
}
