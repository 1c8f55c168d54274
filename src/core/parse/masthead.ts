import type { Span } from '../model/model';
import type { RawBlock } from './markdown';
import { furnitureRow } from './furniture-rows';
import { endsSentence } from './ends';
import { blankRanges } from './blank';
import type { FoundNotice } from './furniture';

/** The id of the masthead row. */
export const MASTHEAD_RULE = furnitureRow('notice:masthead').id;

/**
 * `notice:masthead` (lexicon/data/furniture.json): in markdown whose writer
 * marks the title with '#', the lines above it that the layout would read as
 * a heading (a bare or bold line, no '#') or as a paragraph ending no
 * sentence ('**Department of Energy**', 'GAO Highlights', 'Highlights of
 * GAO-26-1, a report to Congress') are the publisher's masthead: neither a
 * section nor a claim. A paragraph above the title that ends a sentence stays.
 * One pass over the blocks before the title.
 */
export function markMasthead(
  masked: string,
  blocks: RawBlock[],
  notices: FoundNotice[],
): string {
  const title = blocks.findIndex((b) => b.kind === 'heading' && b.depth === 1);
  if (title <= 0) return masked;
  const blank: Span[] = [];
  for (let i = 0; i < title; i++) {
    const block = blocks[i];
    if (block.notice) continue;
    const shown = masked.slice(block.start, block.end).replace(/\s+/g, ' ').trim();
    const pseudo = block.kind === 'heading' && block.depth === undefined;
    const line = block.kind === 'paragraph' && shown.length > 0 && !endsSentence(shown);
    if (!pseudo && !line) continue;
    blocks[i] = { ...block, kind: 'meta', notice: MASTHEAD_RULE };
    blank.push(block);
    notices.push({ start: block.start, end: block.end, rule: MASTHEAD_RULE });
  }
  if (blank.length === 0) return masked;
  notices.sort((a, b) => a.start - b.start);
  return blankRanges(masked, blank);
}
