import type * as Crypto from 'node:crypto';
import { readStructure } from '../core/parse/structure';
import type { Analysis } from '../core/model/model';
import { cardData } from './cards';
import { embedJson, escapeAttribute, escapeText } from './html';
import { renderReading, type ReadingSource } from './reading';
import { PAGE_SCRIPT } from './script';
import { PAGE_STYLE } from './style';
import { renderEntityIndex, renderFigureTable, renderSummary } from './summary';

/**
 * Whole HTML pages from a model: the exported brief (one self-contained file,
 * no request of any kind) and the reading view's webview page. Both are the
 * same reading; the brief adds its summary, entity index and figures table.
 */

/** A reader's note to show beside the text (the reader's layer supplies them). */
export interface PageNote {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface PageOptions {
  /** The document's name, for the title. */
  readonly title: string;
  /** `brief`: the export, with summary, index and table; `view`: the reading view. */
  readonly kind: 'brief' | 'view';
  /** The page's Content Security Policy; by default nothing but the page's own style and script. */
  readonly csp?: (nonce: string) => string;
  /** A message shown above the reading (e.g. "outline only: the document is above the size limit"). */
  readonly notice?: string | null;
  readonly notes?: readonly PageNote[];
}

/** The text the analysers read: markup masked for markdown, the text itself for plain text. */
export function readingSource(analysis: Analysis): ReadingSource {
  if (analysis.format !== 'markdown') return { analysis, visible: analysis.text };
  try {
    return { analysis, visible: readStructure(analysis.text, 'markdown').masked };
  } catch {
    return { analysis, visible: analysis.text };
  }
}

const DEFAULT_CSP = (nonce: string) => `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src data:; base-uri 'none'; form-action 'none'`;

function notesHtml(source: ReadingSource, notes: readonly PageNote[]): string {
  if (notes.length === 0) return '';
  const items = notes
    .map((note) => `<li><q>${escapeText(source.visible.slice(note.start, note.end).replace(/\s+/g, ' ').trim())}</q> — ${escapeText(note.text)}</li>`)
    .join('\n');
  return `<section class="pl-notes"><h2>Notes</h2><ul>${items}</ul></section>\n`;
}

/** The page as one HTML string. */
export function renderPage(analysis: Analysis, options: PageOptions): string {
  const source = readingSource(analysis);
  // node:crypto is loaded here, not at start-up: most runs write no page, and loading it costs every run.
  const nonce = (require('node:crypto') as typeof Crypto).randomBytes(16).toString('base64');
  const csp = (options.csp ?? DEFAULT_CSP)(nonce);
  const warnings = [...(options.notice ? [options.notice] : []), ...analysis.warnings];
  const notice = warnings.map((w) => `<p class="pl-notice" role="status">${escapeText(w)}</p>`).join('\n');
  const brief = options.kind === 'brief';
  const heading = brief ? `<h1>${escapeText(options.title)}</h1>\n<p class="pl-meta">An annotated reading by Policy Lens.</p>\n` : '';
  const parts = [
    heading,
    notice,
    brief ? renderSummary(analysis) : '',
    brief ? '<h2>The reading</h2>\n' : '',
    renderReading(source),
    notesHtml(source, options.notes ?? []),
    brief ? renderEntityIndex(analysis) : '',
    brief ? renderFigureTable(analysis) : '',
  ];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(options.title)}</title>
<style nonce="${nonce}">${PAGE_STYLE}</style>
</head>
<body class="pl-${options.kind}">
<main>
${parts.join('')}</main>
<script type="application/json" id="pl-data">${embedJson(cardData(source))}</script>
<script nonce="${nonce}">${PAGE_SCRIPT}</script>
</body>
</html>
`;
}
