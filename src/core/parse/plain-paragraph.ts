import { mask, visibleParts, type MarkdownReading } from './markdown';

/**
 * A markdown piece that remark would give back unchanged, read without it: one
 * paragraph whose lines open with no block marker and hold no character that
 * could start inline markup. Its block is the paragraph from its first
 * character to the end of its last line, and its visible text is its own text
 * (less any bare URL, blanked as in markdown.ts). A unit test holds this
 * against remark's reading of generated and real pieces.
 *
 * What rules a piece out, decided in one pass over its characters:
 * - anywhere: a character that may open or close inline markup or an escape
 *   (`` \ ` * _ [ ] < ``; an image's `!` and an autolink's `>` go with a
 *   bracket), an `&` that may open a character reference ("&amp;", "&#38;"),
 *   a table bar (`|`), a tab, a carriage return or another control character,
 *   and a blank line followed by more text;
 * - at a line's start: any indentation (a first line indented four columns is
 *   code; spaces before a continuation are kept simple by leaving them to
 *   remark), and a character that may open a block there: `#` (a heading), `>`
 *   (a quotation), `-` `+` `=` (a list item, a setext underline or a thematic
 *   break), `:` (a table's delimiter row with no bars, ":-" under a one-cell
 *   header), a digit (an ordered list item, "1."), and `` ` `` `~` (a fence);
 * - on the first line only: `+++` or `---` front matter (covered by the above).
 */
export function readPlainParagraph(text: string): MarkdownReading | null {
  const words = plainWords(text);
  if (!words) return null;
  const { start, end } = words;
  const visible: { start: number; end: number }[] = [];
  visibleParts(text, words, visible);
  // The paragraph runs to the end of its last line, spaces and all; its text ends at its last word.
  const lineEnd = text.indexOf('\n', end);
  const blockEnd = lineEnd < 0 ? text.length : lineEnd;
  const first = text.indexOf('\n', start);
  return {
    blocks: [{ kind: 'paragraph', start, end: blockEnd, singleLine: first < 0 || first >= blockEnd, emphasised: false, navigation: false }],
    masked: mask(text, visible),
  };
}

/** Whether `text` is a piece {@link readPlainParagraph} reads. */
export function isPlainParagraph(text: string): boolean {
  return plainWords(text) !== null;
}

/** From the paragraph's first character to the end of its last word, or null when `text` is no plain paragraph. */
function plainWords(text: string): { start: number; end: number } | null {
  let lineStart = true;
  let blankAfter = -1; // offset of the first blank line after text, once one is seen
  let end = 0; // end of the last non-space character
  let start = -1;
  let lineHasText = false;
  let indented = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (!lineHasText) {
        if (start < 0) return null; // a piece opens with text
        if (blankAfter < 0) blankAfter = i;
      }
      lineStart = true;
      lineHasText = false;
      indented = false;
      continue;
    }
    if (c === 32) {
      if (lineStart) indented = true;
      continue;
    }
    if (blankAfter >= 0 || indented) return null; // text after a blank line, or an indented line
    if (c < 32 || c === 127 || BANNED[c] === 1 || (c === 38 && entityAt(text, i))) return null;
    if (lineStart && (LINE_OPENERS[c] === 1 || (c >= 48 && c <= 57))) return null;
    if (start < 0) start = i;
    lineStart = false;
    lineHasText = true;
    end = i + 1;
  }
  return start < 0 ? null : { start, end };
}

/** Most characters a character reference holds after its `&` ("&CounterClockwiseContourIntegral;" has 32). */
const LONGEST_ENTITY = 40;

/** Whether the `&` at `at` may open a character reference: letters, digits or `#` up to a `;`. */
function entityAt(text: string, at: number): boolean {
  for (let i = at + 1; i < text.length && i <= at + LONGEST_ENTITY; i++) {
    const c = text.charCodeAt(i);
    if (c === 59) return i > at + 1;
    if (!(c === 35 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return false;
}

const table = (chars: string): Uint8Array => {
  const out = new Uint8Array(128);
  for (const ch of chars) out[ch.charCodeAt(0)] = 1;
  return out;
};

/** Characters that may start or end inline markup, an escape, a table cell or a link's label anywhere on a line (`&` is tested apart). */
const BANNED = table('\\`*_[]<|');
/** Characters that may open a block at the start of a line (digits are tested apart). */
const LINE_OPENERS = table('#>-+=`~:');
