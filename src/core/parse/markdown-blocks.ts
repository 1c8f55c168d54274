import { readMarkdown, type MarkdownReading, type RawBlock } from './markdown';
import { splitUnmarked } from './lines';
import { openingMarker } from './letters';
import { readLongPiece } from './long-pieces';
import { readPlainParagraph } from './plain-paragraph';
import { CAPTION, looksLikeTitle } from './ends';
import { KEY_VALUE_ROWS, barCells, keyValueCells, tabular } from './cells';
import { boldLineHead, labelIsClause, runInHead, type RunIn } from './runin';

/**
 * The blocks of markdown as a reader sees them: remark's blocks (markdown.ts),
 * with what the markup does not say read from the text — bold run-in heads,
 * tables written without a delimiter row, captions and key–value lines as
 * metadata, title-like lines as headings, and unmarked text (a PDF dump saved
 * as .md) split at the headings and paragraph breaks its lines hide.
 */

/** A bold key and its value ("**Date:** 5 May"); a bold lead-in alone on its line is a heading. */
const KEY_VALUE_LINE = /^\s*(?:[-*]\s+)?\*\*[^*\n]{1,60}:\s*\*\*[ \t]*[^\s*]/;

/**
 * Reads `text` (one or more markdown pieces) with `definitions` (stubs) parsed after it; offsets are into `text`.
 * One piece (`onePiece`) that is a plain paragraph is read without remark (plain-paragraph.ts), and a long one
 * may be read without remark's tree for the whole of it (long-pieces.ts).
 */
export function readMarkdownBlocks(text: string, definitions: string, onePiece = true): MarkdownReading {
  const reading = (onePiece ? (definitions ? null : readPlainParagraph(text)) ?? readLongPiece(text, definitions) : null) ?? readMarkdown(text, definitions);
  let masked = reading.masked;
  const out: RawBlock[] = [];
  const namedLabels = listLabels(text, reading.blocks);
  for (let block of reading.blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'listItem' && block.kind !== 'blockquote') {
      out.push(block);
      continue;
    }
    let source = text.slice(block.start, block.end);
    if (source.startsWith('|') && !tabular(source)) {
      // A text box's opening bar is not prose: blanked, and the block starts after it.
      masked = `${masked.slice(0, block.start)} ${masked.slice(block.start + 1)}`;
      const skip = 1 + (source.length - 1 - source.slice(1).trimStart().length);
      block = { ...block, start: block.start + skip };
      source = source.slice(skip);
    }
    const shown = masked.slice(block.start, block.end).trim();
    const named = block.kind === 'listItem' ? namedLabels.get(block.start) : undefined;
    if (named) {
      // heading:list-run-in — a list item's bold label ("- **Jurisdiction:** The sending state …") names its point:
      // neither a section nor a claim, nor a key with its value; the prose after it is the item's argued text.
      out.push({ kind: 'meta', start: block.start, end: block.start + named.titleEnd, label: true });
      out.push({ ...block, start: block.start + named.bodyStart, prose: true });
      continue;
    }
    const runIn = block.kind === 'paragraph' && !block.navigation ? runInHead(source) : null;
    if (runIn) {
      // A bold run-in head is a heading of its own, or a point's label of the section it stands in (decided in the
      // document's order of blocks: pieces.ts); its paragraph's prose starts after it.
      out.push({ kind: 'heading', start: block.start, end: block.start + runIn.titleEnd, runIn: true, cut: block.end - block.start });
      out.push({ ...block, start: block.start + runIn.bodyStart });
      continue;
    }
    if (source.startsWith('|') && tabular(source) && !block.navigation && !KEY_VALUE_ROWS.test(source) && !CAPTION.test(shown.replace(/^\|\s*/, ''))) {
      // Rows of a table written without a delimiter row: each cell is read as a table cell is.
      for (const cell of barCells(source, block.start)) out.push({ kind: 'tableCell', ...cell });
      continue;
    }
    const keyed = block.kind === 'listItem' ? keyValueCells(source, block.start) : null;
    if (keyed) {
      // A bullet of a bold key and a number is a row of data: read as a table's row is.
      for (const cell of keyed) out.push({ kind: 'tableCell', ...cell });
      continue;
    }
    if (block.kind === 'paragraph' && !block.navigation && KEY_VALUE_LINE.test(source)) {
      // A bold key and its value ("**Date:** 5 May") is metadata, unless the key is a speaker's (pieces.ts).
      out.push({ ...block, kind: 'meta', cut: block.end - block.start });
      continue;
    }
    if (
      shown.length === 0 ||
      block.navigation ||
      KEY_VALUE_LINE.test(source) ||
      CAPTION.test(shown) ||
      (source.startsWith('|') && tabular(source)) ||
      (block.kind === 'paragraph' && /^\[[^\]]*\]\(/.test(source) && !/[.!?]["”’)]*\s*$/.test(shown))
    ) {
      out.push({ ...block, kind: 'meta' });
      continue;
    }
    if (block.kind === 'blockquote' && block.emphasised && block.singleLine && boldLineHead(source, shown)) {
      // heading:box-label — a bold line heading a box set off as a quotation ("> **Key points**") names the box: no claim, no section.
      out.push({ ...block, kind: 'meta' });
      continue;
    }
    if (block.kind === 'paragraph' && (block.singleLine || block.emphasised) && (looksLikeTitle(shown) || (block.emphasised && block.singleLine && boldLineHead(source, shown)))) {
      // A lead-in's colon ("**Key actions:**") is no part of the title.
      out.push({ kind: 'heading', start: block.start + (source.length - source.trimStart().length), end: block.start + source.replace(/:[\s*_]*$/, '').length });
      continue;
    }
    // A multi-line paragraph that is really unmarked text (a PDF dump saved as .md)
    // hides headings and paragraph breaks in its lines.
    // heading:hard-breaks — lines the writer ended with markdown's hard break are set so on purpose (an address, a record's fields).
    if (block.kind === 'paragraph' && !block.singleLine && countLines(source) >= 3 && !hardBroken(source)) {
      splitUnmarked(masked, block.start, block.end).forEach((part, i) => out.push(i === 0 ? { ...part, prose: true } : part));
      continue;
    }
    out.push({ ...block, start: block.start + markerAt(masked, block.start, block.end), prose: true });
  }
  return { blocks: out, masked };
}

/**
 * paragraph:letter-item — the length from `start` to the item's first word when the block's visible text opens with
 * an item's marker ("a)  dredge …", "- (b) the …", "**iv.** publish …"), else 0: the marker is a label outside the item.
 * Reads the block's first line only.
 */
function markerAt(masked: string, start: number, end: number): number {
  let at = start;
  while (at < end && (masked.charCodeAt(at) === 32 || masked.charCodeAt(at) === 9)) at++;
  const lineEnd = masked.indexOf('\n', at);
  const length = openingMarker(masked.slice(at, lineEnd < 0 || lineEnd > end ? end : lineEnd));
  return length > 0 ? at + length - start : 0;
}

/**
 * `heading:list-run-in`: the list items, by start, whose bold run-in label names
 * the point, in lists (runs of items with nothing between) none of whose labels
 * is a clause: there every label is a sentence and stays one. One pass.
 */
function listLabels(text: string, blocks: readonly RawBlock[]): Map<number, RunIn> {
  const named = new Map<number, RunIn>();
  let run: [number, RunIn][] = [];
  let clause = false;
  const close = () => {
    if (!clause) for (const [at, head] of run) named.set(at, head);
    run = [];
    clause = false;
  };
  for (const block of blocks) {
    if (block.kind !== 'listItem') {
      close();
      continue;
    }
    const head = block.navigation ? null : runInHead(text.slice(block.start, block.end));
    if (!head) continue;
    const source = text.slice(block.start, block.end);
    clause ||= labelIsClause(source.slice(0, head.titleEnd).replace(/^[*_]+/, ''));
    run.push([block.start, head]);
  }
  close();
  return named;
}

/**
 * heading:hard-breaks — true when every line of `source` but its last ends in
 * markdown's hard break (two spaces or a backslash): the writer set each line
 * apart (an address block, a record's fields), so no heading hides among them.
 */
function hardBroken(source: string): boolean {
  const lines = source.replace(/\s+$/, '').split('\n');
  return lines.length > 1 && lines.slice(0, -1).every((l) => / {2,}$|\\$/.test(l));
}

function countLines(s: string): number {
  let n = 1;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

