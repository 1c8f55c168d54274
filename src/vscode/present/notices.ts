import type { Analysis, Span } from '../../core/model/model';
import { RULE_TEXTS, humaniseRule } from '../../core/lexicon/rules';
import { firstWords } from './format';

/** One row under the Argument view's collapsed "Front matter / notices" node. */
export interface NoticeRow extends Span {
  /** The rule that decided it ("notice:legal"). */
  readonly rule: string;
  /** The first words of the notice, as a tree label. */
  readonly label: string;
  /** Why it is a notice, in a reader's words ("a page number alone on a line"). */
  readonly says: string;
}

/** The node's title. */
export const NOTICES_TITLE = 'Front matter / notices';

/**
 * The rows of the "Front matter / notices" node, in text order: every notice
 * the reading set aside (page furniture, boilerplate), so nothing is hidden
 * from the reader. The node is shown collapsed, and only when there are rows.
 */
export function noticeRows(analysis: Analysis): NoticeRow[] {
  return (analysis.notices ?? []).map((n) => ({
    start: n.start,
    end: n.end,
    rule: n.rule,
    label: firstWords(analysis.text.slice(n.start, n.end).replace(/\s+/g, ' ').trim()),
    says: RULE_TEXTS.says(n.rule) ?? humaniseRule(n.rule),
  }));
}
