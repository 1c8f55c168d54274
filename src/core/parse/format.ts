import type { DocumentFormat } from '../model/model';

/**
 * Decides whether text is markdown: any line with heading, list, table, fence or
 * link syntax, or emphasis. PDF dumps and plain notes have none of these.
 */
export function detectFormat(text: string, hint?: string | null): DocumentFormat {
  if (hint) {
    const h = hint.toLowerCase();
    if (h === 'markdown' || /\.(md|markdown|mdx)$/.test(h)) return 'markdown';
    if (h === 'plaintext' || /\.txt$/.test(h)) return 'plain';
  }
  return looksLikeMarkdown(text.length > 200_000 ? text.slice(0, 200_000) : text) ? 'markdown' : 'plain';
}

/** Markdown at the start of a line: a heading, list item, quote, fence or table row. */
const MARKDOWN_LINE = /(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|>\s|```|\|.*\|)/y;

/**
 * True when `sample` has a line of markdown block syntax, an inline link
 * `[text](target)` or a bold run `**text**`. One pass: the line pattern is
 * tried only where a line starts (it stops at the line's end), and links and
 * bold runs are found by a scan that never goes back, where a pattern tried at
 * every `[` would read a long run of them again from each.
 */
function looksLikeMarkdown(sample: string): boolean {
  let open = -1; // the first `[` since the last `]` or line break
  let stop = -1; // the first `)` or space at or after the last target asked about
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (i === 0 || isLineBreak(sample.charCodeAt(i - 1))) {
      MARKDOWN_LINE.lastIndex = i;
      if (MARKDOWN_LINE.test(sample)) return true;
    }
    if (c === 10) open = -1;
    else if (c === 91 && open < 0) open = i;
    else if (c === 93) {
      if (open >= 0 && open < i - 1 && sample.charCodeAt(i + 1) === 40) {
        const from = i + 2;
        if (stop < from) for (stop = from; stop < sample.length && !endsTarget(sample.charCodeAt(stop)); ) stop++;
        if (stop > from && sample.charCodeAt(stop) === 41) return true;
      }
      open = -1;
    } else if (c === 42 && sample.charCodeAt(i + 1) === 42) {
      let k = i + 2;
      while (k < sample.length && sample.charCodeAt(k) !== 42 && sample.charCodeAt(k) !== 10) k++;
      // No other `**` starts before k, so these scans never overlap.
      if (k > i + 2 && sample.charCodeAt(k) === 42 && sample.charCodeAt(k + 1) === 42) return true;
    }
  }
  return false;
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

/** A link target ends at `)` or white space. */
function endsTarget(code: number): boolean {
  return code === 41 || /\s/.test(String.fromCharCode(code));
}
