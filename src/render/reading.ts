import type { Analysis, Block, Category, Claim } from '../core/model/model';
import { categoryLabel, entityTypeLabel, figureDescription, figureKindLabel, roleLabel } from '../vscode/present/format';
import { escapeAttribute, escapeText, safeHref } from './html';
import { writeMarked, type Mark } from './marks';
import { readingText, readSpellings } from './text';

/**
 * The annotated reading as HTML: recovered headings as headings, paragraphs
 * reflowed, lists and tables kept, links as links, figures and entity mentions
 * marked, each claim's category and role as a mark in the margin. One renderer
 * for the reading view, the markdown export's sibling and the HTML brief.
 */

/** What the renderer reads besides the model. */
export interface ReadingSource {
  readonly analysis: Analysis;
  /**
   * The text as the analysers read it: markup (link targets, emphasis marks,
   * code) replaced by spaces, same length as `analysis.text`. The plain text
   * itself for a plain-text document.
   */
  readonly visible: string;
}

/** CSS class of a category (`pl-geopolitical`), or of an unclassified claim. */
export function categoryClass(category: Category | null): string {
  return category ? `pl-${category}` : 'pl-none';
}

/** A claim's label: "Economic · evidence", with its second category. */
export function claimLabel(claim: Claim): string {
  const second = claim.secondary ? ` (also ${categoryLabel(claim.secondary)})` : '';
  return `${categoryLabel(claim.primary)} · ${roleLabel(claim.role)}${second}`;
}

/** Links written `[text](target)` in markdown, as marks over their text. */
function linkMarks(source: ReadingSource): Mark[] {
  if (source.analysis.format !== 'markdown') return [];
  const { text } = source.analysis;
  const marks: Mark[] = [];
  // Bounded parts: a link's text at most 500 characters on one line, its target at most 2,000.
  for (const match of text.matchAll(/\[([^\]\n]{1,500})\]\(([^\s)]{1,2000})(?:\s+"[^"\n]{0,200}")?\)/g)) {
    const href = safeHref(match[2]);
    if (!href) continue;
    const start = match.index! + 1;
    marks.push({ start, end: start + match[1].length, open: `<a href="${escapeAttribute(href)}" class="pl-link">`, close: '</a>', depth: 1 });
  }
  return marks;
}

/** Every mark of the document: claims, links, entity mentions, figures. */
function documentMarks(source: ReadingSource): Mark[] {
  const { analysis } = source;
  const marks: Mark[] = analysis.claims.map((claim, i) => ({
    start: claim.start,
    end: claim.end,
    open: `<span class="pl-claim ${categoryClass(claim.primary)}" id="pl-c${i}" data-claim="${i}" title="${escapeAttribute(claimLabel(claim))}">`,
    close: '</span>',
    depth: 0,
  }));
  marks.push(...linkMarks(source));
  analysis.entities.forEach((entity, e) => {
    const title = escapeAttribute(`${entityTypeLabel(entity.type)}: ${entity.name} (${entity.mentions.length} mention${entity.mentions.length === 1 ? '' : 's'})`);
    for (const mention of entity.mentions) {
      marks.push({
        start: mention.start,
        end: mention.end,
        open: `<span class="pl-entity pl-${entity.type}" id="pl-m${mention.start}" data-entity="${e}" tabindex="0" title="${title}">`,
        close: '</span>',
        depth: 2,
      });
    }
  });
  analysis.figures.forEach((figure, f) => {
    const title = escapeAttribute([figureKindLabel(figure.kind), figureDescription(figure), figure.about].filter(Boolean).join(' — '));
    marks.push({ start: figure.start, end: figure.end, open: `<mark class="pl-figure" id="pl-f${f}" data-figure="${f}" tabindex="0" title="${title}">`, close: '</mark>', depth: 2 });
  });
  return marks;
}

/** Margin marks for the claims of one block: a coloured chip with the role, in text order. */
function margin(analysis: Analysis, first: number, last: number): string {
  let chips = '';
  for (let c = first; c < last; c++) {
    const claim = analysis.claims[c];
    chips += `<a class="pl-chip ${categoryClass(claim.primary)}" href="#pl-c${c}" data-claim="${c}" title="${escapeAttribute(claimLabel(claim))}">${escapeText(roleLabel(claim.role))}</a>`;
  }
  return chips ? `<div class="pl-margin" aria-hidden="true">${chips}</div>` : '';
}

function headingHtml(analysis: Analysis, s: number): string {
  const section = analysis.sections[s];
  const level = Math.min(6, section.level + 1);
  return `<h${level} id="pl-s${s}" data-section="${s}" data-start="${section.heading.start}">${escapeText(section.title)}</h${level}>\n`;
}

const WRAPPERS: Partial<Record<Block['kind'], readonly [string, string]>> = {
  listItem: ['<ul class="pl-list">', '</ul>'],
  tableCell: ['<div class="pl-table">', '</div>'],
};

/** The reading's body: sections, blocks and marks. */
export function renderReading(source: ReadingSource): string {
  const { analysis, visible } = source;
  const spellings = readSpellings(analysis.text);
  const marks = documentMarks(source);
  marks.sort((a, b) => a.start - b.start);
  const write = (from: number, to: number) => escapeText(readingText(visible.slice(from, to), spellings));
  let html = '';
  let nextSection = 0;
  let claim = 0;
  let mark = 0;
  let open: Block['kind'] | null = null;
  for (const block of analysis.blocks) {
    const wrapper = WRAPPERS[block.kind];
    if (open && open !== block.kind) {
      html += `${WRAPPERS[open]![1]}\n`;
      open = null;
    }
    while (nextSection < analysis.sections.length && analysis.sections[nextSection].heading.start <= block.start) {
      const section = analysis.sections[nextSection];
      html += section.heading.end > section.heading.start ? headingHtml(analysis, nextSection) : `<span id="pl-s${nextSection}" data-section="${nextSection}"></span>\n`;
      nextSection++;
    }
    if (block.kind === 'heading') continue;
    if (wrapper && open !== block.kind) {
      html += wrapper[0];
      open = block.kind;
    }
    const firstClaim = claim;
    while (claim < analysis.claims.length && analysis.claims[claim].start < block.end) claim++;
    while (mark < marks.length && marks[mark].start < block.start) mark++;
    let lastMark = mark;
    while (lastMark < marks.length && marks[lastMark].start < block.end) lastMark++;
    const body = writeMarked(block.start, block.end, marks.slice(mark, lastMark), write).trim();
    const attributes = `class="pl-block pl-${block.kind}" data-start="${block.start}" data-end="${block.end}"`;
    const inner = `${margin(analysis, firstClaim, claim)}<div class="pl-text">${body}</div>`;
    if (block.kind === 'code' || block.kind === 'html') html += `<pre ${attributes}>${escapeText(analysis.text.slice(block.start, block.end))}</pre>\n`;
    else if (block.kind === 'listItem') html += `<li ${attributes}>${inner}</li>\n`;
    else if (block.kind === 'tableCell') html += `<div ${attributes}>${inner}</div>\n`;
    else if (block.kind === 'blockquote') html += `<blockquote ${attributes}>${inner}</blockquote>\n`;
    else html += `<div ${attributes}>${inner}</div>\n`;
  }
  if (open) html += `${WRAPPERS[open]![1]}\n`;
  for (; nextSection < analysis.sections.length; nextSection++) html += headingHtml(analysis, nextSection);
  return `<article class="pl-reading">\n${html}</article>\n`;
}
