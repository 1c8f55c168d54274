import { furnitureRow } from './furniture-rows';
import type { Span } from '../model/model';

/**
 * `notice:bracketed-tail` (furniture.json): an editor's or clerk's insertion
 * in square brackets that closes a paragraph after its last sentence ('… the
 * committee rose. [Laughter]', '… staff officers from April. [REDACTED -
 * s.40]'): a note about the text, as `notice:bracketed-line` is alone on its
 * line, not a sentence of it. A reference mark ('[3]') holds no letter first,
 * and a link ('[text](…)') does not end the paragraph at its bracket. A full
 * sentence in brackets with no label ('[The committee's recommendation is that
 * the levy be doubled.]') is the writer's, not an insertion.
 */

const ROW = furnitureRow('notice:bracketed-tail');

/** The id of the row. */
export const BRACKETED_TAIL_RULE = ROW.id;

/** After a sentence's end (a closing quote or bracket allowed), white space, then a bracket opening with a letter, closing the block. */
const TAIL = /(?<=[.!?]["”’)]?)[ \t]+\[\p{L}[^[\]\n]{1,60}\][ \t]*$/u;

/** A sentence in brackets: a capital, four words or more with no colon (an editor's 'Note:' labels a note), a sentence's end inside the bracket. */
const SENTENCE = /^\[\p{Lu}[^:\]]*(?:\s+\S+){3,}[^:\]]*[.!?]["”’]?\]$/u;

/** Where the bracketed insertion closing `span` of `text` starts, or null when the span has none. */
export function bracketedTail(text: string, span: Span): number | null {
  // Only the end of the block is read: an insertion is short.
  const from = Math.max(span.start, span.end - 120);
  const m = TAIL.exec(text.slice(from, span.end));
  // A full sentence in brackets, with no label before a colon ('[The committee's recommendation is that the levy be doubled.]'), is the writer's own.
  if (m && SENTENCE.test(m[0].trim())) return null;
  return m ? from + m.index + m[0].length - m[0].trimStart().length : null;
}
