import type { Block, BlockKind, DocumentFormat, Notice, Section, Span } from '../model/model';
import type { MarkdownReading, RawBlock } from './markdown';
import type { Memo } from './memo';
import headings from '../lexicon/data/headings.json';
import { headingTitle } from './outline';
import { withLineIndex } from './line-index';
import { readPlainBlocks, sectionAt } from './plain';
import { END_MATTER, markNotices } from './notices';
import { speakerTurns } from './speakers';
import { readMarkdownPieces, type BatchLimits } from './pieces';
import { labelLists } from './runin';
import { SECTION_CONTENT } from './asides';
import { PLACE_DATELINE } from './form-items';
import { blockTitle, coverStack, coverTitle } from './title';
import { markMasthead } from './masthead';
import { linkSections, numberedMarked } from './link-sections';

/**
 * The layout of a document: its blocks, its sections as a careful reader would
 * outline them, and the masked text the analysers read (same length as the text).
 */
export interface Structure {
  readonly format: DocumentFormat;
  readonly masked: string;
  /** The masked text before notices were blanked: the entity reader reads the names some notices give (entity:in-notice). */
  readonly shown: string;
  readonly blocks: Block[];
  readonly sections: Section[];
  /** Page furniture and boilerplate, in document order, with the rule that decided each. */
  readonly notices: Notice[];
  /** What a reader should know about how the layout was read (markdown read as plain text, and why). */
  readonly warnings: string[];
  /** The indices in `blocks` of the labels that name a list item's point (heading:list-run-in): read for figures, not claims. */
  readonly labels?: ReadonlySet<number>;
}

/** The notices that may stand above a title line of plain text (headings.json, `heading:title-line`): page furniture, a kind label, a date. */
const ABOVE_TITLE: ReadonlySet<string> = new Set((headings.rules as readonly { id: string; above?: readonly string[] }[]).find((r) => r.id === 'heading:title-line')?.above ?? []);

/** The notices of a headline's own front matter (headings.json, `heading:front-matter-under`): under a heading they are no navigation. */
const UNDER_HEADLINE: ReadonlySet<string> = new Set((headings.rules as readonly { id: string; notices?: readonly string[] }[]).find((r) => r.id === 'heading:front-matter-under')?.notices ?? []);

/** The notices a heading's section holds as its own, not as navigation (headings.json, `heading:marked-over-notices` `own`). */
const SECTION_OWN: ReadonlySet<string> = new Set((headings.rules as readonly { id: string; own?: readonly string[] }[]).find((r) => r.id === 'heading:marked-over-notices')?.own ?? []);

/** The notices that open a section of argument, its own when argued text follows them (headings.json, `heading:marked-over-notices` `opening`). */
const SECTION_OPENING: ReadonlySet<string> = new Set((headings.rules as readonly { id: string; opening?: readonly string[] }[]).find((r) => r.id === 'heading:marked-over-notices')?.opening ?? []);


/** Block kinds that hold argued text: their sentences are claims. */
export const BODY_KINDS: ReadonlySet<BlockKind> = new Set<BlockKind>(['paragraph', 'listItem', 'blockquote']);

export { detectFormat } from './format';

/**
 * Reads the layout of `text`. Markdown is read piece by piece (see
 * `markdownPieces`); with a `memo`, pieces read in an earlier reading of the
 * same document are taken from it instead of being parsed again. `batches`
 * bounds how many pieces are parsed in one call (the reading does not depend on it).
 */
export function readStructure(text: string, format: DocumentFormat, memo?: Memo<MarkdownReading>, batches?: BatchLimits): Structure {
  return withLineIndex(() => structureOf(text, format, memo, batches));
}

/** {@link readStructure} inside a reading's line index. */
function structureOf(text: string, format: DocumentFormat, memo?: Memo<MarkdownReading>, batches?: BatchLimits): Structure {
  const warnings: string[] = [];
  // The speakers' turns are decided over the whole document, once: the lines that open them (pieces.ts), the names resumed after a break (furniture.ts), the labels that are notices (notices.ts).
  const speakers = speakerTurns(text);
  const read = format === 'markdown' ? readMarkdownPieces(text, memo, warnings, batches, speakers) : readPlainBlocks(text, speakers);
  if (format === 'markdown') labelLists(text, read.masked, read.blocks);
  const marked = markNotices(text, read.masked, read.blocks, read.lines, format === 'plain', speakers);
  const { blocks: raw, notices } = marked;
  // notice:masthead — the lines over the title a markdown writer marks with '#'.
  const masked = format === 'markdown' ? markMasthead(marked.masked, raw, notices) : marked.masked;
  const assembled = assemble(text, masked, raw, format);
  // Written out field by field: a spread copy with a field added gives each notice a shape and a property store of its own (about 260 bytes a notice).
  const placed = notices.map((n): Notice => ({ start: n.start, end: n.end, rule: n.rule, section: sectionAt(assembled.blocks, n.start) }));
  return { ...assembled, shown: read.masked, notices: placed, warnings };
}

/** A heading's title as a reader sees it: markup and line breaks gone. */
function titleOf(masked: string, span: Span): string {
  return headingTitle(masked.slice(span.start, span.end));
}

interface Heading extends Span {
  title: string;
  level: number;
  /** Index of the heading in the raw block list. */
  at: number;
}

/**
 * Turns blocks into sections. Headings that only serve site navigation are left
 * out: a heading repeated later with the same title and level (the page title
 * printed twice), and a heading whose section opens with navigation or metadata
 * blocks. Their text joins the section before them. Sections with no argued text
 * in them or below them are left out, unless the document has no argued text.
 */
function assemble(text: string, masked: string, raw: RawBlock[], format: DocumentFormat): Omit<Structure, 'warnings' | 'notices' | 'shown'> {
  const headings: Heading[] = [];
  // Plain text: a title line opening the document, under any furniture above it (a running header, a kind label), heads the rest.
  const first = raw.findIndex((b) => b.kind !== 'meta' || !b.notice || !ABOVE_TITLE.has(b.notice));
  const firstIsTitle = format === 'plain' && raw.length > 1 && first >= 0 && raw[first].kind === 'heading';
  for (let i = 0; i < raw.length; i++) {
    const block = raw[i];
    if (block.kind !== 'heading') continue;
    const level = block.depth ?? (format === 'plain' && firstIsTitle && i > first ? 2 : 1);
    const content = headingContent(masked, block);
    headings.push({ ...content, title: titleOf(masked, content), level, at: i });
  }

  // heading:cover-title, heading:publisher-line — of a title block of plain text, the line that is the title.
  const titleAt = firstIsTitle ? blockTitle(text, raw, headings, first) : -1;
  const lastWithTitle = new Map<string, number>();
  headings.forEach((h, i) => lastWithTitle.set(`${h.level}\u0000${h.title}`, i));
  const dropped = new Set<number>();
  // heading:marked-over-links — '## 8. Related links' over a list of links, after the argument: a section, not navigation.
  const linkLists = linkSections(raw, headings, (b) => BODY_KINDS.has(b.kind));
  // heading:marked-over-notices — '## 9. Contact details' among numbered headings is the writer's section, not navigation.
  const numbered = numberedMarked(raw, headings);
  for (let h = 0; h < headings.length; h++) {
    const heading = headings[h];
    const repeated = lastWithTitle.get(`${heading.level}\u0000${heading.title}`)! > h;
    let navigation = 0;
    let opening = 0;
    let argued = false;
    for (let i = heading.at + 1; i < raw.length && raw[i].kind !== 'heading'; i++) {
      // heading:marked-over-notices — argued text under the notices that open a marked heading's section ('## Findings' over a privacy notice, then the findings) makes them the section's own.
      argued = BODY_KINDS.has(raw[i].kind) && raw[heading.at].depth !== undefined;
      // A point's label, or a list of key figures, a standard form's items or a list's designated persons read aside (SECTION_CONTENT), is content, not navigation.
      if (BODY_KINDS.has(raw[i].kind) || raw[i].kind === 'tableCell' || (raw[i].label && (raw[i].notice === undefined || SECTION_CONTENT.has(raw[i].notice ?? '')))) break;
      // heading:front-matter-under — a byline or an agency's note under a headline is its own, not navigation.
      // heading:marked-over-notices — a list of abbreviations, contact details: the section's own, not navigation.
      if (raw[i].kind === 'meta' && !UNDER_HEADLINE.has(raw[i].notice ?? '') && !SECTION_OWN.has(raw[i].notice ?? '')) {
        if (SECTION_OPENING.has(raw[i].notice ?? '')) opening++;
        else navigation++;
      }
    }
    if (!argued) navigation += opening;
    // The document title (level 1) stays even when author and date lines follow it.
    // heading:end-matter — 'Notes' over footnote definitions heads them, however few lines of prose they hold.
    const endMatter = END_MATTER.test(heading.title);
    if (repeated || (navigation >= 2 && heading.level > 1 && !endMatter && heading.at !== titleAt && !linkLists.has(heading.at) && !numbered.has(heading.at)) || heading.title.length === 0) dropped.add(heading.at);
    // heading:place-dateline — a line the layout took for a heading that is a place and a date.
    else if (raw[heading.at].depth === undefined && PLACE_DATELINE.test(heading.title)) dropped.add(heading.at);
  }
  if (format === 'plain') {
    const live = headings.filter((h) => !dropped.has(h.at));
    const cover = coverStack(raw, live);
    // heading:cover-title — the cover line every page's running header repeats is the document's title.
    const onCover = new Set(cover);
    const title = coverTitle(text, raw, live.filter((h) => onCover.has(h.at)));
    for (const at of cover) if (at !== title) dropped.add(at);
    if (cover.length === 0 && titleAt > first) {
      // The lines of the title block above its title are the publisher's: no sections.
      for (const h of live) if (h.at >= first && h.at < titleAt) dropped.add(h.at);
      const titled = headings.find((h) => h.at === titleAt);
      if (titled) titled.level = 1;
    }
  }
  const kept = headings.filter((h) => !dropped.has(h.at));
  // A pseudo-heading in markdown (a bare or bold line) ranks below the real heading before it.
  let depth = 0;
  for (const h of kept) {
    const real = raw[h.at].depth;
    if (real) depth = real;
    else if (format === 'markdown') h.level = Math.min(depth + 1, 6);
  }

  // Which raw blocks belong to which kept heading (-1: before any).
  const owner: number[] = new Array(raw.length);
  let current = -1;
  let k = 0;
  for (let i = 0; i < raw.length; i++) {
    if (k < kept.length && kept[k].at === i) current = k++;
    owner[i] = current;
  }
  const hasBody = (i: number) => BODY_KINDS.has(raw[i].kind);
  const bodyCount = new Array(kept.length).fill(0);
  let introBody = 0;
  for (let i = 0; i < raw.length; i++) {
    if (!hasBody(i)) continue;
    if (owner[i] < 0) introBody++;
    else bodyCount[owner[i]]++;
  }
  const anyBody = introBody > 0 || bodyCount.some((n) => n > 0);
  // heading:marked-over-notices — a heading the markup marks that holds notices only is a section of the outline;
  // heading:marked-over-table — and so is one over a table only.
  const held = new Array(kept.length).fill(0);
  const tabled = new Array(kept.length).fill(0);
  // A heading over a list of key figures (notice:key-figure: 'Key facts'), or over a standard form's items (notice:form-item: 'Section V: Award of contract') or a list of designated persons, is a section too, marked or not.
  const aside = new Array(kept.length).fill(0);
  for (let i = 0; i < raw.length; i++) {
    if (owner[i] >= 0 && raw[i].kind === 'meta' && raw[i].notice !== undefined) held[owner[i]]++;
    if (owner[i] >= 0 && raw[i].kind === 'tableCell') tabled[owner[i]]++;
    if (owner[i] >= 0 && raw[i].kind === 'meta' && SECTION_CONTENT.has(raw[i].notice ?? '')) aside[owner[i]]++;
  }
  // heading:marked-over-table — a heading over a table only, the markup's or one the layout reads.
  const marked = (i: number) => tabled[i] > 0 || aside[i] > 0 || (raw[kept[i].at].depth !== undefined && (held[i] > 0 || linkLists.has(kept[i].at)));
  // A heading is kept when it, or a heading nested below it, has argued text.
  // heading:part-over-heading — in text without markup, a heading set apart (blank lines around it) right over another that heads argued text heads a part.
  const blankAbove = (at: number) => /(?:^|\n[ \t]*\n)[ \t]*$/.test(text.slice(Math.max(0, at - 200), at));
  const part = (i: number) =>
    format === 'plain' && i + 1 < kept.length && kept[i + 1].at === kept[i].at + 1 && bodyCount[i + 1] > 0 &&
    blankAbove(kept[i].start) && /\n[ \t]*\n/.test(text.slice(kept[i].end, kept[i + 1].start));
  const alive = kept.map((h, i) => bodyCount[i] > 0 || !anyBody || END_MATTER.test(h.title) || part(i) || marked(i));
  // The headings after a part's heading, up to the next part's, rank below it.
  for (let i = 0, inPart = false; i < kept.length; i++) {
    if (part(i)) inPart = true;
    else if (inPart && raw[kept[i].at].depth === undefined && kept[i].level > 1) kept[i].level++;
  }
  // A heading's ancestors are read from the nearest earlier heading at each level, never by scanning back over all of them.
  const lastAt: number[] = [];
  for (let i = 0; i < kept.length; i++) {
    for (let level = kept[i].level, parent = 0; bodyCount[i] > 0 && parent >= 0; ) {
      parent = -1;
      for (let l = 1; l < level; l++) if (lastAt[l] !== undefined && lastAt[l] > parent) parent = lastAt[l];
      if (parent >= 0) {
        alive[parent] = true;
        level = kept[parent].level;
      }
    }
    lastAt[kept[i].level] = i;
  }

  const sections: Section[] = [];
  const sectionOfKept = new Array<number>(kept.length).fill(-1);
  const firstAlive = kept.findIndex((_, i) => alive[i]);
  const introEnd = firstAlive >= 0 ? raw[kept[firstAlive].at].start : text.length;
  let introSection = -1;
  if (introBody > 0) {
    const firstBody = raw.find((_, i) => hasBody(i) && owner[i] < 0)!;
    introSection = 0;
    sections.push({
      title: '(introduction)',
      level: 1,
      start: Math.min(firstBody.start, introEnd),
      end: introEnd,
      heading: { start: firstBody.start, end: firstBody.start },
      parent: null,
    });
  }
  const open: number[] = [];
  for (let i = 0; i < kept.length; i++) {
    if (!alive[i]) continue;
    const h = kept[i];
    while (open.length && sections[open[open.length - 1]].level >= h.level) open.pop();
    const index = sections.length;
    sectionOfKept[i] = index;
    sections.push({
      title: h.title,
      level: h.level,
      start: raw[h.at].start,
      end: text.length,
      heading: { start: h.start, end: h.end },
      parent: open.length ? open[open.length - 1] : null,
    });
    open.push(index);
  }
  // A section ends where the next one at its level or above begins; the opening ends at the first heading.
  const waiting: number[] = [];
  for (let i = 0; i < sections.length; i++) {
    while (waiting.length && sections[waiting[waiting.length - 1]].level >= sections[i].level) {
      const j = waiting.pop()!;
      sections[j] = { ...sections[j], end: sections[i].start };
    }
    if (i !== introSection) waiting.push(i);
  }

  // Blocks of a left-out heading belong to the nearest kept one before them.
  let lastSection: number | null = introSection >= 0 ? introSection : null;
  const blocks: Block[] = [];
  const labels = new Set<number>();
  for (let i = 0; i < raw.length; i++) {
    const o = owner[i];
    if (o >= 0 && sectionOfKept[o] >= 0) lastSection = sectionOfKept[o];
    const block = raw[i];
    const kind: BlockKind = block.kind === 'heading' && dropped.has(i) ? 'meta' : block.kind;
    if (block.label) labels.add(blocks.length);
    blocks.push({ kind, start: block.start, end: block.end, section: lastSection });
  }
  return { format, masked, blocks, sections, labels };
}

/** The range of a heading's text, without `#` marks or surrounding spaces. */
function headingContent(masked: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s#]/.test(masked.charAt(start))) start++;
  while (end > start && /[\s#]/.test(masked.charAt(end - 1))) end--;
  return { start, end };
}
