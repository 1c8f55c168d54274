import headings from '../lexicon/data/headings.json';
import { rowIn } from './rows';
import type { RawBlock } from './markdown';
import { endsLead, endsSentence, isSentenceMark } from './ends';

/**
 * Headings marked by bold type only (lexicon/data/headings.json), as fact
 * sheets and press releases write them: a bold run-in head opening a paragraph
 * ("**Supply chains.** The plan…") and a paragraph that is one bold line in
 * sentence case ("**What the agency will do next**"). Each check reads one
 * paragraph's source once.
 */

interface Row {
  readonly id: string;
  readonly maxWords: number;
  readonly restWords?: number;
}

const row = (id: string) => rowIn<Row>('headings.json', headings.rules, id);
const RUN_IN = row('heading:run-in');
const POINT = row('heading:run-in-point');
const BOLD_LINE = row('heading:bold-line');
const LIST_LABEL = row('heading:list-label');
const HABIT = (headings.rules as readonly { id: string; minSections?: number }[]).find((r) => r.id === 'heading:run-in-habit');
if (!HABIT?.minSections) throw new Error('headings.json has no complete row heading:run-in-habit');

/** A run-in head: where its title ends (before its closing stop or colon) and where the paragraph's prose starts, from the source's start. */
export interface RunIn {
  readonly titleEnd: number;
  readonly bodyStart: number;
  readonly rule: string;
}

const OPENING = /^(\*\*|__)(?=\p{Lu}|\d)([^*_\n]{1,160}?)(\*\*|__)/u;

/**
 * True when a sentence ends inside a run-in title: a "!", "?" or "…", or a full
 * stop after a word of two letters or more. The dots of "U.S." or "J." end none.
 */
const endsInside = (title: string) => /[!?\u2026]|\p{L}{2}\./u.test(title);

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;

/**
 * The run-in head opening the paragraph `source` (markdown), or null. The bold
 * phrase ends in a full stop or a colon, inside the bold or right after it, and
 * holds no other sentence end (an abbreviation's dots, "U.S.", are none); prose
 * of at least `restWords` words follows and ends a sentence or leads into a list
 * with a colon (a "**Date:** 5 May 2025" line is metadata, not a section).
 */
export function runInHead(source: string): RunIn | null {
  const open = OPENING.exec(source);
  if (!open || open[1] !== open[3]) return null;
  const inner = open[2].trimEnd();
  let after = open[0].length;
  let titleEnd: number;
  const last = inner.charAt(inner.length - 1);
  if (last === '.' || last === ':') titleEnd = open[1].length + inner.length - 1;
  else if (source.charAt(after) === '.' || source.charAt(after) === ':') {
    titleEnd = open[1].length + inner.length;
    after++;
  } else return null;
  const title = source.slice(open[1].length, titleEnd);
  if (wordCount(title) > RUN_IN.maxWords || endsInside(title)) return null;
  if (!/^[ \t]+\S/.test(source.slice(after))) return null;
  const rest = source.slice(after).trim();
  // Prose that ends a sentence, or leads into the list under it ("Together, the rules:").
  if (wordCount(rest) < (RUN_IN.restWords ?? 1) || !endsLead(rest)) return null;
  let bodyStart = after;
  while (/\s/.test(source.charAt(bodyStart))) bodyStart++;
  return { titleEnd, bodyStart, rule: RUN_IN.id };
}

/**
 * True when `shown` (a paragraph that is one bold run, on one line) reads as a
 * heading whatever its capitals: at most `maxWords` words, opening with a
 * capital or a digit, no sentence end at its end or inside it.
 */
export function boldLineHead(source: string, shown: string): boolean {
  const line = shown.trim();
  if (!/^(\*\*|__)/.test(source.trimStart()) || !/^[\p{Lu}\d]/u.test(line)) return false;
  if (wordCount(line) > BOLD_LINE.maxWords || endsSentence(line)) return false;
  return ![...line.slice(0, -1)].some((c) => isSentenceMark(c.charCodeAt(0)));
}

/**
 * `heading:run-in-point`: whether the run-in labels of a section are its
 * subsections or the points of a list it announces, from how the section
 * opens. Under a sub-heading ('##' or deeper) whose section opens with prose of
 * its own before its first run-in label ("The plan sets out commitments in five
 * areas."), the labels name the points of that prose; under the document's
 * title, or directly under a sub-heading, they are the headings of the text.
 * One decision per section, at its first run-in label: linear.
 */
export class RunInContext {
  #depth = 0;
  #opened = false;
  #decided: boolean | null = null;

  /** A heading the markup marks opens a new section. */
  heading(depth: number): void {
    this.#depth = depth;
    this.#opened = false;
    this.#decided = null;
  }

  /** A block of prose (not a run-in's paragraph) in the current section. */
  prose(): void {
    if (this.#decided === null) this.#opened = true;
  }

  /** True when a run-in label here is a point of its section, not a heading. */
  isPoint(): boolean {
    if (this.#decided === null) this.#decided = this.#depth >= 2 && this.#opened;
    return this.#decided;
  }
}

/** The id of the row that makes a run-in label a point of its section. */
export const RUN_IN_POINT_RULE = POINT.id;

/** The id of the row that makes a bold line over a list the list's label. */
export const LIST_LABEL_RULE = LIST_LABEL.id;

/**
 * `heading:list-label`: inside a section the markup marks as a sub-heading
 * ('##' or deeper), a bold line the layout read as a heading ('heading:bold-line')
 * with a list right under it is the list's label: it becomes a `meta` block,
 * neither a section nor a claim, and the list stays in the section around it.
 * Read over the whole document's blocks (a list may open the next piece), in
 * place, in one pass.
 */
export function labelLists(text: string, masked: string, blocks: RawBlock[]): void {
  let depth = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind !== 'heading') continue;
    if (block.depth !== undefined) {
      depth = block.depth;
      continue;
    }
    if (depth < 2 || blocks[i + 1]?.kind !== 'listItem') continue;
    const source = text.slice(block.start, block.end);
    if (source.includes('\n') || !/^\s*(\*\*|__)[^]*\1\s*$/.test(source)) continue;
    if (boldLineHead(source, masked.slice(block.start, block.end))) blocks[i] = { ...block, kind: 'meta' };
  }
}

const LIST_RUN_IN = (headings.rules as readonly { id: string; clauseWords?: readonly string[]; objectWords?: readonly string[] }[]).find((r) => r.id === 'heading:list-run-in');
if (!LIST_RUN_IN?.clauseWords || !LIST_RUN_IN.objectWords) throw new Error('headings.json has no complete row heading:list-run-in');
const CLAUSE_WORDS: ReadonlySet<string> = new Set(LIST_RUN_IN.clauseWords);
const OBJECT_WORDS: ReadonlySet<string> = new Set(LIST_RUN_IN.objectWords);

/**
 * `heading:list-run-in`: whether a list item's run-in label (`title`, without
 * its stop or colon) is a clause rather than a name: it holds a verb of
 * `clauseWords` ('More should be saved'), or its first word takes an object
 * ('Clear the legal path'). A list whose labels include one is a list of
 * sentences, each label a claim of its own.
 */
export function labelIsClause(title: string): boolean {
  const words = title.toLowerCase().split(/[^\p{L}'’-]+/u).filter((w) => w.length > 0);
  return words.some((w) => CLAUSE_WORDS.has(w)) || (words.length > 1 && OBJECT_WORDS.has(words[1]));
}

/** The id of the row that reads run-in labels spread over many sub-headed sections as the document's way of labelling paragraphs. */
export const RUN_IN_HABIT_RULE = HABIT.id;

/**
 * `heading:run-in-habit`: where run-in heads stand under at least `minSections`
 * different sub-headings ('##' or deeper), the writer outlines the document with
 * those sub-headings and labels paragraphs with bold run-ins, as a fact sheet does
 * throughout: every run-in head under a sub-heading is then a label (a `meta`
 * block), not a section. `heads` are the indices in `blocks` of the run-in heads
 * still read as headings, each with the sub-heading it stands under (-1: none).
 * In place, one pass over the heads.
 */
export function runInHabit(blocks: RawBlock[], heads: readonly { at: number; under: number }[]): void {
  const sections = new Set<number>();
  for (const h of heads) if (h.under >= 0) sections.add(h.under);
  if (sections.size < HABIT!.minSections!) return;
  for (const h of heads) if (h.under >= 0) blocks[h.at] = { ...blocks[h.at], kind: 'meta' };
}
