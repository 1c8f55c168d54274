import { furnitureRow } from './furniture-rows';
import { countWords } from './phrases';

/**
 * `notice:author-bio` (lexicon/data/furniture.json): the note on the writer
 * that a commentary, an op-ed or a book review prints at its head or its foot
 * ('Ann Reyes is a senior fellow at the Centre for …. Her most recent book is
 * …'): a short paragraph opening with a name of two to four capitalised words,
 * then 'is' or 'was' and an article, whose first sentence holds at least
 * `least` words of a post (`words`: fellow, professor, director …). It says who
 * wrote, not what is argued. 'Burkina Faso is the only one …' names no post.
 */

const ROW = furnitureRow('notice:author-bio');

/** The id of the author-bio row. */
export const AUTHOR_BIO_RULE = ROW.id;

const OPENING = /^(?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?|\p{Lu}\.)(?: (?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?|\p{Lu}\.)){1,3} (?:is|was) (?:a|an|the) /u;

/** Whether `shown` (a paragraph's visible text) is a note on the writer: see the module's comment. */
export function authorBio(shown: string): boolean {
  const line = shown.replace(/[\s*_]+/g, ' ').trim();
  if (line.length > (ROW.maxLength ?? 600) || !OPENING.test(line)) return false;
  const first = /^.*?[.!?](?=\s|$)/.exec(line)?.[0] ?? line;
  return countWords(first, ROW.words ?? []) >= (ROW.least ?? 1);
}
