import { furnitureRow } from './furniture-rows';
import { countWords } from './phrases';

const ROW = furnitureRow('notice:status-note', 'pattern', 'words', 'maxLength');
const NOTE = new RegExp(ROW.pattern, 'iu');

/** The id of the status note's row. */
export const STATUS_NOTE_RULE = ROW.id;

/**
 * `notice:status-note`: a paragraph (`shown`, its visible text; the caller
 * asks only of paragraphs at the top or in the last third) whose first
 * sentence is the document's note on its own standing — 'This notice is
 * published for information only.', 'This is the uncorrected text of …',
 * 'This report was finalised on …' — and which argues nowhere (none of the
 * row's words: a duty's modal, an argument's verb, the writer's 'we'). The
 * whole paragraph is the note; it is read aside, its dates still read.
 */
export function statusNote(shown: string): boolean {
  const line = shown.replace(/\s+/g, ' ').replace(/^[\s*_>]+/, '').trim();
  if (line.length === 0 || line.length > ROW.maxLength) return false;
  return NOTE.test(line) && countWords(line, ROW.words) === 0;
}
