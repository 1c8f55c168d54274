import type { Span } from '../model/model';
import type { RawBlock } from './markdown';
import type { FoundNotice } from './furniture';

/**
 * Splits `block` at `at` into prose and a notice of `rule`: the `tail` from `at`
 * (blanked), or the `head` before it (read aside, its words still read).
 */
export function setApart(out: { blocks: RawBlock[]; blank: Span[]; notices: FoundNotice[] }, masked: string, block: RawBlock, at: number, rule: string, part: 'head' | 'tail'): void {
  let from = at;
  while (from < block.end && /\s/.test(masked.charAt(from))) from++;
  const notice = part === 'tail' ? { start: at, end: block.end } : { start: block.start, end: trimmedEnd(masked, block.start, at) };
  const prose = part === 'tail' ? { ...block, end: trimmedEnd(masked, block.start, at) } : { ...block, start: from };
  out.blocks.push(...(part === 'tail' ? [prose, { kind: 'meta' as const, ...notice, notice: rule }] : [{ kind: 'meta' as const, ...notice, notice: rule, label: true as const }, prose]));
  if (part === 'tail') out.blank.push(notice);
  out.notices.push({ ...notice, rule });
}

/** The end of `[start, end)` less trailing white space. */
export function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return end;
}

/**
 * Splits `block`, which opens with a notice's label, at `at`: the label, a notice of
 * `labelRule` (blanked), and the text it names after it, a notice of `rule` read aside
 * (its names and figures still read, the label's words not).
 */
export function setApartLabelled(out: { blocks: RawBlock[]; blank: Span[]; notices: FoundNotice[] }, masked: string, block: RawBlock, at: number, labelRule: string, rule: string): void {
  let from = at;
  while (from < block.end && /\s/.test(masked.charAt(from))) from++;
  const label = { start: block.start, end: trimmedEnd(masked, block.start, at) };
  out.blocks.push({ kind: 'meta', ...label, notice: labelRule }, { ...block, kind: 'meta', start: from, notice: rule, label: true });
  out.blank.push(label);
  out.notices.push({ ...label, rule: labelRule }, { start: from, end: block.end, rule });
}
