import type { Span } from './model';

/**
 * The words of `span` as a reader reads them: markup and link targets (the
 * characters the masked text blanks but the source does not hold as space) are
 * left out, so "**In **_**s****pace**" reads "In space" and "[Act](https://…)"
 * reads "Act"; runs of real whitespace (hard wraps) read as one space, and a
 * word the masked text joined across a line end reads whole. Without a
 * masked text, the source with its whitespace collapsed. Linear in the span.
 */
export function shownText(text: string, masked: string | undefined, span: Span): string {
  if (masked === undefined || masked.length !== text.length) return text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  let out = '';
  let space = false;
  for (let i = span.start; i < span.end; i++) {
    const shown = masked.charCodeAt(i);
    if (isWhite(shown)) {
      // Blanked markup is no space a reader sees; white space in the source is.
      if (isWhite(text.charCodeAt(i))) space = true;
      continue;
    }
    if (space && out.length > 0) out += ' ';
    space = false;
    out += masked[i];
  }
  return out;
}

function isWhite(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 0xa0;
}
