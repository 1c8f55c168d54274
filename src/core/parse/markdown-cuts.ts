/**
 * Where markdown can be cut into pieces that each parse alone (markdown.ts
 * parses them; pieces.ts reads them and keeps what an edit left alone): one
 * pass over the lines, linear.
 */

/**
 * Where the front matter opening `text` ends (past its closing fence line), or
 * null when `text` opens with none: a '---' or '+++' line, then a closing line
 * of the same fence. An opening fence left unclosed is no front matter (a
 * thematic break over the text, '---' between a page's head and its list).
 */
export function frontMatterEnd(text: string): number | null {
  const front = /^(---|\+\+\+)[ \t]*\r?\n/.exec(text);
  if (!front) return null;
  const end = new RegExp(`\\n${front[1] === '---' ? '---' : '\\+\\+\\+'}[ \\t]*(?:\\r?\\n|$)`).exec(text);
  return end ? end.index + end[0].length : null;
}

/** A line that opens raw text in which blank lines do not end the block: a fence, or an HTML block of kinds 1–5. */
const RAW_OPEN = /^ {0,3}(?:(`{3,})(?!.*`)|(~{3,})|<(script|pre|style|textarea)(?=[\s>]|$)|<(!--)|<(\?)|<(![A-Za-z])|<(!\[CDATA\[))/i;
const RAW_CLOSE: Record<string, RegExp> = {
  script: /<\/script>/i,
  pre: /<\/pre>/i,
  style: /<\/style>/i,
  textarea: /<\/textarea>/i,
  '!--': /-->/,
  '?': /\?>/,
  '![CDATA[': /\]\]>/,
};
/** A line that may continue the block above it across a blank line: indented, or a list item. */
const CONTINUES = /^(?:[ \t]|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/;

/**
 * Where markdown can be cut into pieces that parse alone as they parse in one
 * piece: before a line at the left margin that follows a blank line, unless the
 * line may continue a list, or the blank line is inside front matter, a fenced
 * code block or an HTML block that blank lines do not end. Reading piece by
 * piece is what lets an edit re-read one piece instead of the whole document.
 *
 * @returns The offset of each piece's first character, starting with 0.
 */
export function markdownPieces(text: string): number[] {
  const starts = [0];
  let at = frontMatterEnd(text) ?? 0;
  let blank = false;
  /** While inside raw text: the test for the line that closes it. */
  let closes: ((line: string) => boolean) | null = null;
  while (at < text.length) {
    let next = text.indexOf('\n', at);
    if (next < 0) next = text.length;
    const line = text.slice(at, next);
    if (closes) {
      if (closes(line)) closes = null;
    } else if (isBlank(line)) {
      blank = true;
    } else {
      if (blank && at > 0 && !CONTINUES.test(line)) starts.push(at);
      blank = false;
      closes = opening(line);
    }
    at = next + 1;
  }
  return starts;
}

/** The test for the line that closes the raw block `line` opens, or null if it opens none (or closes it itself). */
function opening(line: string): ((line: string) => boolean) | null {
  const m = RAW_OPEN.exec(line);
  if (!m) return null;
  const fence = m[1] ?? m[2];
  if (fence) {
    const close = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*\\r?$`);
    return (l) => close.test(l);
  }
  if (m[6]) return endsWith(line, />/, m.index + m[0].length);
  const kind = (m[3] ?? m[4] ?? m[5] ?? m[7]).toLowerCase();
  const close = RAW_CLOSE[kind === '![cdata[' ? '![CDATA[' : kind];
  return endsWith(line, close, m.index + m[0].length);
}

/** A closing test, or null when the opening line already holds the close. */
function endsWith(line: string, close: RegExp, from: number): ((line: string) => boolean) | null {
  if (close.test(line.slice(from))) return null;
  return (l) => close.test(l);
}

function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}
