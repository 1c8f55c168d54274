import type { RawBlock } from './markdown';
import headings from '../lexicon/data/headings.json';

const ROW = (headings.rules as readonly { id: string; least?: number; pattern?: string }[]).find((r) => r.id === 'heading:marked-over-links');
if (!ROW?.least || !ROW.pattern) throw new Error('headings.json has no complete row heading:marked-over-links');

/** The id of the row that keeps a marked heading over a list of links. */
export const MARKED_OVER_LINKS_RULE = ROW.id;
const NAMED = new RegExp(ROW.pattern, 'iu');
const NUMBER = /^\d{1,2}(?:\.\d{1,2})*\.?\s/;

/** A heading of the outline as this rule needs it: its title and its index among the raw blocks. */
export interface TitledAt {
  readonly title: string;
  readonly at: number;
}

/**
 * `heading:marked-over-links`: the headings (indices into `raw`) that the
 * markup marks, that stand after argued text (a block of prose before them)
 * and head nothing but links — at least `least` blocks whose text links carry
 * — and blocks that hold no argument (a notice, a share widget), and that the
 * writer counts among the sections: numbered as other headings of the document
 * are ('8. Related links' after '7. Revisions'), or named as a reference work
 * names its own section of links (`pattern`: 'See also'). An unnumbered
 * '## Related' over links is left to the other rules (writers list it as a
 * section or leave it out alike). One pass over each heading's own blocks.
 */
export function linkSections(raw: readonly RawBlock[], heads: readonly TitledAt[], isBody: (b: RawBlock) => boolean): Set<number> {
  const out = new Set<number>();
  const firstBody = raw.findIndex(isBody);
  const numbered = numberedMarked(raw, heads);
  for (const h of heads) {
    if (firstBody < 0 || firstBody > h.at || raw[h.at].depth === undefined) continue;
    if (!(NAMED.test(h.title) || numbered.has(h.at))) continue;
    if (overLinks(raw, h.at)) out.add(h.at);
  }
  return out;
}

/**
 * The headings (indices into `raw`) the markup marks that open with a section
 * number ('## 9. Contact details') where at least one other marked heading does
 * too: the writer counts them among the document's sections, so none is the
 * site's navigation, whatever notices stand under it.
 */
export function numberedMarked(raw: readonly RawBlock[], heads: readonly TitledAt[]): Set<number> {
  const numbered = heads.filter((h) => raw[h.at].depth !== undefined && NUMBER.test(h.title));
  return new Set(numbered.length >= 2 ? numbered.map((h) => h.at) : []);
}

/** Whether the blocks under the heading at `at` are links (at least `least`) and blocks holding no argument. */
function overLinks(raw: readonly RawBlock[], at: number): boolean {
  let links = 0;
  for (let i = at + 1; i < raw.length && raw[i].kind !== 'heading'; i++) {
    const block = raw[i];
    if (block.kind !== 'meta') return false;
    if (block.navigation && block.notice === undefined) links++;
  }
  return links >= ROW!.least!;
}
