import { furnitureRow } from './furniture-rows';
import { rowIn } from './rows';
import headings from '../lexicon/data/headings.json';
import type { RawBlock } from './markdown';
import { endsSentence } from './ends';

/**
 * `notice:form-item`: the coded items of an official journal's standard form
 * (a contract notice, a contract award notice): 'II.1.6) Information about
 * lots', 'IV.2.1) Previous publication …', the answers and values under them
 * ('This contract is divided into lots: no', 'Options: yes', a date alone on
 * the line under its coded label). Read aside: no claim and no section, their
 * names, dates and figures still read. A value that is a sentence ('Description
 * of options: The contracting authority may order …') stays a claim.
 */

const ITEM_ROW = furnitureRow('notice:form-item', 'least', 'details');

/** A coded item of the form opening a line ('II.1.6) ', 'V.2) '): the row's `details`, read with letter case. */
const CODED = new RegExp(ITEM_ROW.details, 'u');

/** The id of the row. */
export const FORM_ITEM_RULE = ITEM_ROW.id;

/** A line heading the form's sections ('SECTION II: OBJECT OF THE CONTRACT'): the row's `heads`. */
const SECTION_LINE = new RegExp(ITEM_ROW.heads ?? '(?!)', 'iu');

/** A place and a date on a line of their own (headings.json, `heading:place-dateline`): a dateline, no heading and no claim. */
export const PLACE_DATELINE = new RegExp(rowIn<{ readonly id: string; readonly pattern?: string }>('headings.json', headings.rules, 'heading:place-dateline').pattern ?? '(?!)', 'iu');

const DATELINE_ROW = furnitureRow('notice:place-dateline');

/**
 * `notice:place-dateline`: a paragraph, or a line the layout reads as a heading
 * (no '#') set right under the line above it (`joined`: no blank line between,
 * as a reference line and a dateline stand under an annex's heading), that is
 * one line, a place and a date ('Harbourtown, 4 May 2026'), or null. A dateline
 * set apart on a cover stays with heading:place-dateline.
 */
export function placeDateline(block: RawBlock, shown: string | null, joined: boolean): string | null {
  if (!(block.kind === 'paragraph' || (block.kind === 'heading' && block.depth === undefined && joined)) || shown === null) return null;
  const line = shown.trim();
  return !line.includes('\n') && PLACE_DATELINE.test(line) ? DATELINE_ROW.id : null;
}

/** The lines of `shown`, spaces folded, empty lines left out. */
function linesOf(shown: string): string[] {
  return shown
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l.length > 0);
}

/** Whether every line of a block is the form's own: a coded item or a value, none ending a sentence. */
function formLines(lines: readonly string[]): boolean {
  return lines.length > 0 && lines.every((l) => !endsSentence(l));
}

/**
 * The blocks (by index) of a standard form read aside: in a document with at
 * least the row's `least` lines opening with a coded item, up to the last such
 * block, a paragraph every line of which ends no sentence, and a line the
 * layout reads as a heading (no '#') that is a coded item or the one value
 * right under a coded label ('I.5) Main activity' over 'Defence'). The form's
 * sections ('Section II: Object') stay headings: they open with no code; one
 * the layout read as a paragraph (between ruled lines) is returned in `heads`.
 */
export function formItems(raw: readonly RawBlock[], shown: (i: number) => string | null): { items: Map<number, string>; heads: Set<number> } {
  const found = new Map<number, string>();
  const heads = new Set<number>();
  const coded: boolean[] = raw.map((b, i) => {
    const own = b.kind === 'paragraph' || (b.kind === 'heading' && b.depth === undefined) ? shown(i) : null;
    return own !== null && CODED.test(own.trimStart());
  });
  let last = -1;
  let count = 0;
  for (let i = 0; i < raw.length; i++) {
    if (!coded[i]) continue;
    last = i;
    count += linesOf(shown(i) ?? '').filter((l) => CODED.test(l)).length;
  }
  if (count < ITEM_ROW.least || last < 0) return { items: found, heads };
  // notice:form-item `heads` — a block of one line that is the form's section line, wherever it stands, heads the items under it.
  for (let i = 0; i < raw.length; i++) {
    const block = raw[i];
    const own = block.kind === 'paragraph' || (block.kind === 'heading' && block.depth === undefined) ? shown(i) : null;
    const lines = own === null ? [] : linesOf(own);
    if (lines.length === 1 && SECTION_LINE.test(lines[0])) heads.add(i);
  }
  let prior = -1;
  for (let i = 0; i <= last; i++) {
    const block = raw[i];
    if (block.kind === 'meta' && block.notice) continue;
    const own = shown(i);
    const lines = own === null ? [] : linesOf(own);
    const underLabel = prior >= 0 && coded[prior] && linesOf(shown(prior) ?? '').length === 1;
    prior = i;
    if (!formLines(lines)) continue;
    if (heads.has(i)) continue;
    if (block.kind === 'paragraph' || (block.kind === 'heading' && block.depth === undefined && (coded[i] || (underLabel && lines.length === 1)))) found.set(i, ITEM_ROW.id);
  }
  return { items: found, heads };
}
