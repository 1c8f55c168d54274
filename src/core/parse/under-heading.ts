import type { RawBlock } from './markdown';
import { furnitureRow } from './furniture-rows';
import { endsSentence } from './ends';
import { splitSentences } from './sentences';
import { ARGUES, NOTE_FOLLOWS } from './status-note';

/**
 * Notices known by the heading they stand under (furniture.json): the prose
 * under a heading that names a disclaimer or a transcript's use
 * (`notice:under-notice-heading`, read aside), block by block while each block
 * is a note (no sentence argues, or the sentence is a note's: the status
 * note's `follows`), up to the first block that is not; and the items of the
 * list right under a heading that names the or the page's contents
 * (`notice:contents-list`: 'In this issue' over the titles of the stories that
 * follow), each item that is a title (short, ending no sentence, no verb of a
 * sentence: `goesOn`, `argues`) when most items are titles. Linear: each block is read once after its
 * heading, the list once more.
 */

const NOTICE = furnitureRow('notice:under-notice-heading', 'underPattern');
const CONTENTS = furnitureRow('notice:contents-list', 'underPattern', 'maxLength', 'goesOn');
const NOTICE_HEADING = new RegExp(NOTICE.underPattern, 'iu');
const CONTENTS_HEADING = new RegExp(CONTENTS.underPattern, 'iu');
const SENTENCE = new RegExp(CONTENTS.goesOn, 'iu');
const PROSE: ReadonlySet<string> = new Set(['paragraph', 'listItem', 'blockquote']);

/** The rows this module decides, for the outline: the text under their heading is that section's own. */
export const UNDER_HEADING_RULES: readonly string[] = [NOTICE.id, CONTENTS.id];

/** A list item that is a title, not a sentence: short, no closing stop, no verb of a sentence. */
const titleItem = (shown: string | null) => {
  const line = (shown ?? '').replace(/\s+/g, ' ').trim();
  return line.length > 0 && line.length <= CONTENTS.maxLength && !endsSentence(line) && !SENTENCE.test(line) && !ARGUES.test(line);
};

/** A block whose every sentence is a note's: none argues, or it is a note's own ('… should say so' of a record's use). */
const noteLike = (shown: string) => splitSentences(shown, 0, shown.length).every((s) => {
  const line = shown.slice(s.start, s.end).replace(/\s+/g, ' ');
  return !ARGUES.test(line) || NOTE_FOLLOWS.test(line);
});

/** Which of the two headings the blocks since the last heading stand under. */
export class UnderHeading {
  #under: 'notice' | null = null;
  /** The items of the contents list under the last contents heading, by index. */
  #items = new Set<number>();

  /** `raw`, the document's blocks; `shownAt`, a block's visible text (null when it has none to read). */
  constructor(private readonly raw: readonly RawBlock[], private readonly shownAt: (k: number) => string | null) {}

  /**
   * The rule deciding block `i` (`block`, its visible text `shown`), or null;
   * a heading sets what the blocks after it stand under, up to the next
   * heading or the first block that is no note.
   */
  rule(i: number, block: RawBlock, shown: string | null): string | null {
    if (block.kind === 'heading') {
      const title = (shown ?? '').replace(/[\s*_#]+/g, ' ').trim();
      this.#under = NOTICE_HEADING.test(title) ? 'notice' : null;
      this.#items = CONTENTS_HEADING.test(title) ? this.#list(i + 1) : new Set();
      return null;
    }
    if (this.#items.has(i)) return CONTENTS.id;
    if (shown === null || this.#under === null || !PROSE.has(block.kind)) return null;
    if (noteLike(shown)) return NOTICE.id;
    this.#under = null;
    return null;
  }

  /** The title items of the list from `from` on, when most of its items are titles (a list of key points is no contents); else none. */
  #list(from: number): Set<number> {
    const items = new Set<number>();
    let k = from;
    for (; k < this.raw.length && this.raw[k].kind === 'listItem'; k++) if (titleItem(this.shownAt(k))) items.add(k);
    return items.size * 2 > k - from ? items : new Set();
  }
}
