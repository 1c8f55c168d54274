import { isReaders } from '../../core/annotations/corrections';
import type { RuleTexts } from '../../core/lexicon/rules';
import { spanIndexAt, type ModelIndex } from '../../core/model/lookup';
import type { Category, Entity, Figure, Mention, Span } from '../../core/model/model';
import {
  categoryLabel,
  entityTypeLabel,
  escapeMarkdown,
  figureKindLabel,
  figureWhen,
  formatFigureValue,
  snippetParts,
  spanText,
} from './format';
import { COMMANDS, commandLink } from './ids';
import { visibleCategory } from './settings';
import { entityWhy, figureWhy } from './why';

/** What a hover card is built from. */
export interface HoverInput {
  /** The model of the document, with its lookups. */
  readonly index: ModelIndex;
  /** The document's URI as a string, for command links. */
  readonly uri: string;
  /** 1-based line number of a model offset. */
  readonly lineOf: (offset: number) => number;
  /** Categories shown (the `policyLens.categories` setting). */
  readonly categories: readonly Category[];
  /** What rules mean in a reader's words (default: the built-in rule texts). */
  readonly rules?: RuleTexts;
}

/** Most mentions listed by line; most neighbours listed by name or value. */
const MAX_LINES = 12;
const MAX_NEIGHBOURS = 6;

/** " · ✎ set by you" after the head of a card whose reading the reader corrected. */
function setByYou(item: object): string {
  return isReaders(item) ? ' · ✎ *set by you*' : '';
}

function reveal(input: HoverInput, span: Span): string {
  return commandLink(COMMANDS.revealRange, [input.uri, span.start, span.end]);
}

/** "Geopolitical 6 · Economic 3" over the claims at `claimIndices`, shown categories only. */
function categoryCounts(input: HoverInput, claimIndices: readonly number[]): string {
  const counts = new Map<Category, number>();
  for (const i of claimIndices) {
    const category = visibleCategory(input.index.analysis.claims[i], input.categories);
    if (category) counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return input.categories
    .filter((category) => counts.has(category))
    .map((category) => `${categoryLabel(category)} ${counts.get(category)}`)
    .join(' · ');
}

/**
 * The hover card of an entity mention, as markdown: type, name, aliases, why it
 * has its type, where it is mentioned (first mention quoted, lines as links),
 * entities named in the same claims, the categories of those claims, and links
 * to its mentions.
 */
export function entityHover(input: HoverInput, entity: Entity, mention: Mention): string {
  const { text } = input.index.analysis;
  const lines: string[] = [`**${escapeMarkdown(entity.name)}** · ${entityTypeLabel(entity.type).toLowerCase()}${setByYou(entity)}`];
  if (entity.aliases.length > 0) lines.push(`*Also:* ${entity.aliases.map(escapeMarkdown).join(', ')}`);
  const why = entityWhy(entity, input.rules);
  if (why) lines.push(`*Why:* ${escapeMarkdown(why)}`);
  const first = entity.mentions[0] ?? mention;
  const count = entity.mentions.length;
  lines.push(
    `${count} mention${count === 1 ? '' : 's'}, first on line ${input.lineOf(first.start)}: ` +
      `“${quote(text, first, 70, sentenceOf(input.index, first.start))}”`,
  );
  // One link per line: the first mention on it.
  const byLine: { line: number; mention: Mention }[] = [];
  for (const m of entity.mentions) {
    const line = input.lineOf(m.start);
    if (byLine.length === 0 || byLine[byLine.length - 1].line !== line) byLine.push({ line, mention: m });
  }
  const more = byLine.length - MAX_LINES;
  lines.push(
    `${byLine.length === 1 ? 'Line' : 'Lines'} ` +
      byLine
        .slice(0, MAX_LINES)
        .map(({ line, mention: m }) => `[${line}](${reveal(input, m)})`)
        .join(', ') +
      (more > 0 ? ` and ${more} more` : ''),
  );

  const claims = [...new Set(entity.mentions.map((m) => input.index.claimIndexAt(m.start)).filter((i) => i >= 0))];
  const together = new Map<string, number>();
  for (const i of claims) {
    for (const id of input.index.analysis.claims[i].entities) {
      if (id !== entity.id) together.set(id, (together.get(id) ?? 0) + 1);
    }
  }
  const neighbours = [...together]
    .map(([id, n]) => ({ name: input.index.entity(id)?.name, n }))
    .filter((e): e is { name: string; n: number } => e.name !== undefined)
    .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name))
    .slice(0, MAX_NEIGHBOURS);
  if (neighbours.length > 0) lines.push(`*With:* ${neighbours.map((e) => `${escapeMarkdown(e.name)} (${e.n})`).join(', ')}`);
  const categories = categoryCounts(input, claims);
  if (categories) lines.push(`*In claims:* ${categories}`);

  const at = entity.mentions.findIndex((m) => m.start === mention.start);
  const next = entity.mentions[(at + 1) % count] ?? first;
  const links = [`[First mention](${reveal(input, first)})`];
  if (count > 1) links.push(`[Next mention](${reveal(input, next)})`);
  links.push(`[All mentions](${commandLink(COMMANDS.showEntityMentions, [input.uri, entity.id])})`);
  lines.push(links.join(' · '));
  return lines.join('\n\n');
}

/** The text around a span as markdown, the span in bold. */
function quote(text: string, span: Span, radius: number, bounds: Span | undefined): string {
  const { before, match, after } = snippetParts(text, span, radius, bounds);
  return `${escapeMarkdown(before)}**${escapeMarkdown(match)}**${escapeMarkdown(after)}`;
}

/** The sentence (claim) at an offset, else its block (a heading, a table cell), else undefined. */
function sentenceOf(index: ModelIndex, offset: number): Span | undefined {
  const claim = index.claimAt(offset);
  if (claim) return claim;
  const blocks = index.analysis.blocks;
  const i = spanIndexAt(blocks, offset);
  return i >= 0 ? blocks[i] : undefined;
}

/** Index of the first span in `spans` (sorted) starting at or after `offset`. */
function lowerBound(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Figures related to figure `at`, at most `max`: first the others in its sentence
 * (years left out, unless it is a year itself: its year is on the card already),
 * then those measured the same way (same kind and unit) in its paragraph, then in
 * its section; in text order within each.
 */
export function relatedFigures(index: ModelIndex, at: number, max = MAX_NEIGHBOURS): number[] {
  const { figures, blocks, claims } = index.analysis;
  const figure = figures[at];
  const related: number[] = [];
  const add = (i: number) => {
    if (i !== at && related.length < max && !related.includes(i)) related.push(i);
  };
  const sameMeasure = (i: number) => figures[i].kind === figure.kind && figures[i].unit === figure.unit;
  if (figure.claim !== null) {
    for (const i of claims[figure.claim]?.figures ?? []) {
      if (figures[i] && (figures[i].kind !== 'date' || figure.kind === 'date')) add(i);
    }
  }
  const blockIndex = spanIndexAt(blocks, figure.start);
  const around: Span[] = blockIndex >= 0 ? [blocks[blockIndex]] : [];
  const section = index.sectionAt(figure.start);
  if (section) around.push(section);
  for (const span of around) {
    for (let i = lowerBound(figures, span.start); i < figures.length && figures[i].start < span.end; i++) {
      if (sameMeasure(i)) add(i);
    }
  }
  return related;
}

/** A figure's value as written in a card: its formatted value, else its surface text. */
function figureValue(text: string, figure: Figure): string {
  return formatFigureValue(figure) ?? spanText(text, figure);
}

/**
 * The hover card of figure `at`, as markdown: value and kind, what it measures,
 * when, why it was read so, the sentence it sits in, related figures, and its
 * claim's category.
 */
export function figureHover(input: HoverInput, at: number): string {
  const { text, figures, claims } = input.index.analysis;
  const figure = figures[at];
  const written = spanText(text, figure);
  const value = figureValue(text, figure);
  const lines = [`**${escapeMarkdown(value)}** · ${figureKindLabel(figure.kind).toLowerCase()}${setByYou(figure)}`];
  if (value !== written) lines.push(`*Written:* “${escapeMarkdown(written)}”`);
  if (figure.about) lines.push(`*Measures:* ${escapeMarkdown(figure.about)}`);
  const when = figureWhen(figure);
  if (when) lines.push(`*When:* ${escapeMarkdown(when)}`);
  const why = figureWhy(figure, input.rules);
  if (why) lines.push(`*Why:* ${escapeMarkdown(why)}`);
  const claim = figure.claim === null ? undefined : claims[figure.claim];
  const sentence = sentenceOf(input.index, figure.start);
  if (sentence) lines.push(`> ${quote(text, figure, 140, sentence)}`);
  const related = relatedFigures(input.index, at).map((i) => {
    const other = figures[i];
    const about = other.about ? ` ${escapeMarkdown(other.about)}` : '';
    return `[${escapeMarkdown(figureValue(text, other))}](${reveal(input, other)})${about} (line ${input.lineOf(other.start)})`;
  });
  if (related.length > 0) lines.push(`*Related:* ${related.join(' · ')}`);
  if (claim && figure.claim !== null) {
    const category = visibleCategory(claim, input.categories);
    const secondary =
      claim.secondary && claim.secondary !== category && input.categories.includes(claim.secondary)
        ? ` (also ${claim.secondary})`
        : '';
    const explain = commandLink(COMMANDS.explainClaim, [input.uri, figure.claim]);
    lines.push(`*Claim:* ${categoryLabel(category)} · ${claim.role}${secondary} · [Why?](${explain})`);
  }
  return lines.join('\n\n');
}
