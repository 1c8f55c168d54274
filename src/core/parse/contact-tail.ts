import type { Span } from '../model/model';
import { furnitureRow } from './furniture-rows';

/**
 * `notice:contact-tail` (lexicon/data/furniture.json): the sentence closing a
 * paragraph that tells a reader whom to ask, opening as a contact line does
 * (notice:contact's `pattern`: 'For more information, contact …') and giving an
 * e-mail address or a telephone number (`details`): '… publishes short analyses.
 * For more information, contact the programme at desk@example.org.' The tail is
 * a notice; the sentences before it stay the paragraph. 'For more information,
 * visit the website.' gives no address and stays.
 */

const TAIL = furnitureRow('notice:contact-tail');
const OPENS = new RegExp(furnitureRow('notice:contact').pattern!, 'iu');
const DETAILS = new RegExp(TAIL.details!, 'u');

/** The id of the row. */
export const CONTACT_TAIL_RULE = TAIL.id;

/**
 * Where a contact sentence closing the block at `span` of `masked` starts, or
 * null: after a sentence's end and a space, at most `maxLength` characters
 * before the block's end, opening as notice:contact reads and holding `details`.
 */
export function contactTail(masked: string, span: Span): number | null {
  const from = Math.max(span.start, span.end - (TAIL.maxLength ?? 300));
  const slice = masked.slice(from, span.end);
  for (const m of slice.matchAll(/[.!?]["”’)]*\s+(?=\S)/gu)) {
    const at = m.index! + m[0].length;
    const rest = slice.slice(at).replace(/\s+/g, ' ').trim();
    if (OPENS.test(rest) && DETAILS.test(rest)) return from + at;
  }
  return null;
}
