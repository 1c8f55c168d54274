/**
 * The document's words as a reader wants to read them, without changing the
 * text: hard-wrapped lines reflow (HTML collapses whitespace), a word split by a
 * hyphen at a line end is joined when the document writes it whole elsewhere,
 * and a double hyphen reads as a dash. Linear: no pattern runs over an unbounded
 * span.
 */

import { isLetter, lettersAfter, lettersBefore, lineEndHyphen, type Spellings } from '../core/parse/spellings';

export { readSpellings, lineEndHyphen, type Spellings } from '../core/parse/spellings';

/**
 * `text` as it should read: line-end hyphens decided by {@link lineEndHyphen},
 * "--" as a dash. Whitespace is left for HTML to collapse.
 */
export function readingText(text: string, spellings: Spellings): string {
  let out = '';
  let from = 0;
  let at = text.indexOf('-', 0);
  while (at >= 0) {
    if (text[at + 1] === '-' && text[at + 2] !== '-' && (at === 0 || text[at - 1] !== '-')) {
      out += `${text.slice(from, at)}—`;
      from = at + 2;
      at = text.indexOf('-', from);
      continue;
    }
    let next = at + 1;
    while (text[next] === ' ' || text[next] === '\t') next++;
    if (text[next] === '\r') next++;
    if (text[next] === '\n' && at > 0 && isLetter(text[at - 1])) {
      let after = next + 1;
      while (text[after] === ' ' || text[after] === '\t') after++;
      const left = lettersBefore(text, at);
      const right = lettersAfter(text, after);
      if (right && lineEndHyphen(spellings, left, right) === 'join') {
        out += text.slice(from, at);
        from = after;
      }
    }
    at = text.indexOf('-', at + 1);
  }
  return out + text.slice(from);
}
