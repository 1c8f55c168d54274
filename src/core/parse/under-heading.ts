import type { RawBlock } from './markdown';
import { furnitureRow } from './furniture-rows';
import { endsSentence } from './ends';

/**
 * Notices known by the heading they stand under (furniture.json): the prose
 * under a heading that names a disclaimer or a
 * transcript's use (`notice:under-notice-heading`, read aside), and the short
 * items of a list under a heading that names the or the page's
 * contents (`notice:contents-list`: 'In this issue' over the titles of the
 * stories that follow). Each heading is read once, as the blocks go by: linear.
 */

const NOTICE = furnitureRow('notice:under-notice-heading', 'underPattern');
const CONTENTS = furnitureRow('notice:contents-list', 'underPattern', 'maxLength');
const NOTICE_HEADING = new RegExp(NOTICE.underPattern, 'iu');
const CONTENTS_HEADING = new RegExp(CONTENTS.underPattern, 'iu');

/** The rows this module decides, for the outline: the text under their heading is that section's own. */
export const UNDER_HEADING_RULES: readonly string[] = [NOTICE.id, CONTENTS.id];

/** Which of the two headings the blocks since the last heading stand under. */
export class UnderHeading {
  #under: 'notice' | 'contents' | null = null;

  /**
   * The rule deciding `block` (its visible text `shown`), or null; a heading
   * sets what the blocks after it stand under, up to the next heading.
   */
  rule(block: RawBlock, shown: string | null): string | null {
    if (block.kind === 'heading') {
      const title = (shown ?? '').replace(/[\s*_#]+/g, ' ').trim();
      this.#under = NOTICE_HEADING.test(title) ? 'notice' : CONTENTS_HEADING.test(title) ? 'contents' : null;
      return null;
    }
    if (shown === null || this.#under === null) return null;
    if (this.#under === 'notice') return block.kind === 'paragraph' || block.kind === 'listItem' || block.kind === 'blockquote' ? NOTICE.id : null;
    const line = shown.replace(/\s+/g, ' ').trim();
    return block.kind === 'listItem' && line.length > 0 && line.length <= CONTENTS.maxLength && !endsSentence(line) ? CONTENTS.id : null;
  }
}
