import headings from '../lexicon/data/headings.json';
import { rowIn } from './rows';

/**
 * `heading:timecode` (headings.json): a transcript's segment mark, a time code
 * in square brackets and the segment's title in capitals alone on its line
 * ('[00:12:40] THE COST OF COVER'). The title heads the segment; the time
 * code before it is no part of the heading.
 */

const ROW = rowIn<{ readonly id: string; readonly pattern?: string }>('headings.json', headings.rules, 'heading:timecode');
if (!ROW.pattern) throw new Error('headings.json row heading:timecode has no pattern');
const TIMECODE = new RegExp(ROW.pattern, 'u');

/** Where the title of a segment mark starts in `line` (one line, trimmed), or -1 when it is none. */
export function timecodeTitle(line: string): number {
  const m = TIMECODE.exec(line);
  return m ? m[0].length : -1;
}
