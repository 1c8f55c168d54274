import { mask, type MarkdownReading } from './markdown';
import { readInSlices, SLICE_CHARS } from './slices';

/**
 * Long markdown pieces read without remark's tree for the whole of them
 * (remark and micromark hold 200–600 bytes a character of what one call is
 * given): a heading line with no inline markup (a long run of closing marks,
 * "# Title # # # …"), and a code fence that never closes, are read by their
 * CommonMark rules directly; a long table or list is parsed in slices
 * (slices.ts). Each gives the reading remark gives the piece whole (tested
 * against it), or null when the piece is none of these.
 */
export function readLongPiece(text: string, definitions: string): MarkdownReading | null {
  if (text.length <= SLICE_CHARS) return null;
  return plainHeading(text) ?? unclosedFence(text, definitions) ?? readInSlices(text, definitions);
}

/** An ATX heading's opening: indentation and marks. */
const ATX = /^( {0,3})(#{1,6})(?=[ \t]|$)/;
/** What in a heading's text could be inline markup, an escape, an entity, or hidden (a URL): its text is then parsed. */
const MARKUP = /[\\`*_[\]!<>&~|]|http|www\./;

/**
 * A piece that is one ATX heading line (and blank lines) whose text holds no
 * inline markup: the heading spans its line, and its text — after the marks
 * and spaces, before a closing run of marks — is what shows.
 */
function plainHeading(text: string): MarkdownReading | null {
  const line = text.trimEnd();
  const open = ATX.exec(line);
  if (!open || line.includes('\n') || line.includes('\r') || MARKUP.test(line)) return null;
  let from = open[0].length;
  while (from < line.length && (line[from] === ' ' || line[from] === '\t')) from++;
  let to = line.length;
  let marks = to;
  while (marks > from && line[marks - 1] === '#') marks--;
  // A closing run of marks: after a space or tab, or the whole of the text.
  if (marks < to && (marks === from || line[marks - 1] === ' ' || line[marks - 1] === '\t')) to = marks;
  while (to > from && (line[to - 1] === ' ' || line[to - 1] === '\t')) to--;
  const end = text.indexOf('\n') < 0 ? text.length : text.indexOf('\n');
  return {
    blocks: [{ kind: 'heading', start: open[1].length, end, depth: open[2].length }],
    masked: mask(text, to > from ? [{ start: from, end: to }] : []),
  };
}

/** A code fence's opening line: indentation and the fence (backticks with none in the info string, or tildes). */
const FENCE = /^( {0,3})(?:(`{3,})(?![^\n]*`)|(~{3,}))/;

/**
 * A piece that opens with a code fence closed by none of its lines: code to
 * the end of the document (pieces are never cut inside a fence), and to the
 * end of the definitions parsed after it, as remark reads it.
 */
function unclosedFence(text: string, definitions: string): MarkdownReading | null {
  const open = FENCE.exec(text);
  if (!open) return null;
  const fence = open[2] ?? open[3];
  const close = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*\\r?$`, 'm');
  const first = text.indexOf('\n');
  if (first >= 0 && close.test(text.slice(first + 1))) return null;
  const end = definitions ? text.length + 2 + definitions.length : text.length;
  return { blocks: [{ kind: 'code', start: open[1].length, end }], masked: mask(text, []) };
}
