import { isRegexSpace } from './chars';

/**
 * White space read as one space, without copying the text where it need not
 * be: most lines and blocks already have single spaces between their words, and
 * `text.replace(/\s+/g, ' ')` would copy each of them (a copy of the whole
 * document's text, and more, in a long reading).
 */

/** True when `text` has no white space but single spaces (`\s+` → ' ' would give it back unchanged). */
export function singleSpaced(text: string): boolean {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (i > 0 && text.charCodeAt(i - 1) === 32) return false;
    } else if (isRegexSpace(c)) return false;
  }
  return true;
}

/** `text.replace(/\s+/g, ' ')`, made only when it differs from `text`. */
export function collapseSpaces(text: string): string {
  return singleSpaced(text) ? text : text.replace(/\s+/g, ' ');
}

/** True when `text` is already one line: single spaces between words, none at either end. */
export function isOneLine(text: string): boolean {
  const n = text.length;
  return singleSpaced(text) && (n === 0 || (text.charCodeAt(0) !== 32 && text.charCodeAt(n - 1) !== 32));
}

/** Text as one line: white space runs as one space, trimmed. */
export function oneLine(text: string): string {
  return isOneLine(text) ? text : text.replace(/\s+/g, ' ').trim();
}

/** The length of {@link oneLine}`(text)`, counted without making it, up to the first count above `limit`. */
export function oneLineLength(text: string, limit: number): number {
  let n = 0;
  let space = false;
  for (let i = 0; i < text.length && n <= limit; i++) {
    if (isRegexSpace(text.charCodeAt(i))) space = n > 0;
    else {
      n += space ? 2 : 1;
      space = false;
    }
  }
  return n;
}
