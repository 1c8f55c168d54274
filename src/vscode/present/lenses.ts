import { isReaders } from '../../core/annotations/corrections';
import { describeReason } from '../../core/lexicon/rules';
import type { Analysis, Category, Claim, Role } from '../../core/model/model';
import { categoryLabel } from './format';
import { claimLabel } from './outline';
import { visibleCategory, type CodeLensMode } from './settings';

/** One CodeLens to show: where, what it says, and the claims a click speaks for. */
export interface LensSpec {
  /** Model offset the lens sits above (a claim's start, or its paragraph's first line). */
  readonly at: number;
  /** Index of the claim a click explains (the paragraph's first with a category). */
  readonly claim: number;
  /** Every claim the lens sums up (one in `claim` mode; the paragraph's in `paragraph` mode). */
  readonly claims: readonly number[];
  readonly title: string;
  /** The category it names first, or null for a paragraph of roles alone. */
  readonly category: Category | null;
}

/** The mark after a lens that speaks for a reading the reader set. */
export const READER_MARK = '✎';

/**
 * The lenses for a document.
 * - `claim`: above each claim with a shown category, "Economic · evidence", and a
 *   second lens "also Military" where a shown secondary category applies.
 * - `paragraph`: one on the first line of each paragraph, summing it up:
 *   "Economic ×3 · Military — thesis, 2 evidence" (categories by count, then the
 *   argued roles; statements are not counted). Paragraphs whose first lines meet
 *   share one lens, so no line carries two.
 * - `off`: none.
 * Claims with no shown category and no argued role get no lens in any mode. A ✎
 * closes the title when the reader corrected a claim it speaks for.
 */
export function chooseLenses(analysis: Analysis, mode: CodeLensMode, shown: readonly Category[]): LensSpec[] {
  return [...lensesOf(analysis, mode, shown)];
}

/** The lenses of {@link chooseLenses} one at a time, in document order: a caller may pause between them. */
export function lensesOf(analysis: Analysis, mode: CodeLensMode, shown: readonly Category[]): Iterable<LensSpec> {
  if (mode === 'off') return [];
  return mode === 'claim' ? claimLenses(analysis, shown) : paragraphLenses(analysis, shown);
}

const mark = (analysis: Analysis, claims: readonly number[]) => (claims.some((i) => isReaders(analysis.claims[i])) ? ` ${READER_MARK}` : '');

function* claimLenses(analysis: Analysis, shown: readonly Category[]): Generator<LensSpec> {
  const claims = analysis.claims;
  for (let index = 0; index < claims.length; index++) {
    const claim = claims[index];
    const category = visibleCategory(claim, shown);
    if (!category) continue;
    const one = [index];
    yield { at: claim.start, claim: index, claims: one, title: `${sureLabel(claim, category)} · ${claim.role}${mark(analysis, one)}`, category };
    const secondary = claim.secondary;
    if (secondary && secondary !== category && shown.includes(secondary)) {
      yield { at: claim.start, claim: index, claims: one, title: `also ${categoryLabel(secondary)}`, category: secondary };
    }
  }
}

/** A role counted in a lens: "2 theses", "3 evidence". */
const ROLE_PLURALS: Readonly<Record<Role, string>> = {
  question: 'questions',
  thesis: 'theses',
  conclusion: 'conclusions',
  reason: 'reasons',
  evidence: 'evidence',
  contrast: 'contrasts',
  concession: 'concessions',
  statement: 'statements',
};

/** Argued roles in the order a summary names them; statements are left out. */
const ROLE_ORDER: readonly Role[] = ['question', 'thesis', 'conclusion', 'reason', 'evidence', 'contrast', 'concession'];

/** "Economic ×3 · Military — thesis, 2 evidence" for the claims at `indices`; empty when nothing is shown. */
export function summarise(analysis: Analysis, indices: readonly number[], shown: readonly Category[]): { title: string; category: Category | null } {
  const categories = new Map<Category, number>();
  const roles = new Map<Role, number>();
  for (const i of indices) {
    const claim = analysis.claims[i];
    const category = visibleCategory(claim, shown);
    if (category) categories.set(category, (categories.get(category) ?? 0) + 1);
    roles.set(claim.role, (roles.get(claim.role) ?? 0) + 1);
  }
  // Most claims first; ties to the category met first (the sort is stable).
  const ranked = [...categories].sort((a, b) => b[1] - a[1]);
  const cats = ranked.map(([c, n]) => `${categoryLabel(c)}${n > 1 ? ` ×${n}` : ''}`).join(' · ');
  const argued = ROLE_ORDER.filter((r) => roles.has(r)).map((r) => (roles.get(r)! > 1 ? `${roles.get(r)} ${ROLE_PLURALS[r]}` : r)).join(', ');
  const title = cats && argued ? `${cats} — ${argued}` : cats || argued;
  return { title, category: ranked[0]?.[0] ?? null };
}

function* paragraphLenses(analysis: Analysis, shown: readonly Category[]): Generator<LensSpec> {
  const { claims, blocks, text } = analysis;
  const lineAt = lineFinder(text);
  let pending: { at: number; claims: number[] } | undefined;
  const flush = function* (): Generator<LensSpec> {
    if (!pending) return;
    const { title, category } = summarise(analysis, pending.claims, shown);
    if (title) {
      const first = pending.claims.find((i) => visibleCategory(claims[i], shown)) ?? pending.claims[0];
      yield { at: pending.at, claim: first, claims: pending.claims, title: `${title}${mark(analysis, pending.claims)}`, category };
    }
    pending = undefined;
  };
  for (let first = 0; first < claims.length; ) {
    let end = first;
    while (end < claims.length && claims[end].block === claims[first].block) end++;
    const block = blocks[claims[first].block];
    const at = Math.min(block?.start ?? claims[first].start, claims[first].start);
    // Asked in text order: where the previous paragraph ends, then where this one starts.
    const previousEnd = pending ? lineAt(claims[pending.claims[pending.claims.length - 1]].end) : -1;
    const startLine = lineAt(at);
    const members = Array.from({ length: end - first }, (_, k) => first + k);
    // A paragraph starting on the line where the previous one ends (a list on one line, table
    // cells) joins its lens: one lens per line.
    if (pending && previousEnd >= startLine) pending.claims.push(...members);
    else {
      yield* flush();
      pending = { at, claims: members };
    }
    first = end;
  }
  yield* flush();
}

/** The 0-based line of an offset in `text`, for offsets asked in increasing order (one pass over the text in all). */
function lineFinder(text: string): (offset: number) => number {
  let line = 0;
  let from = 0;
  return (offset) => {
    for (let i = text.indexOf('\n', from); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) (line++, (from = i + 1));
    return line;
  };
}

/**
 * A lens's tooltip: which sentence it speaks for (two claims may start on one
 * line, and their lenses then sit side by side) and what a click does.
 */
export function lensTooltip(analysis: Analysis, spec: LensSpec): string {
  if (spec.claims.length > 1) return `${spec.claims.length} sentences from “${claimLabel(analysis, spec.claims[0])}” — click to list them`;
  const unsure = unsureNote(analysis.claims[spec.claim]);
  return `“${claimLabel(analysis, spec.claim)}” — click to see the cues behind ${categoryLabel(spec.category)}, or correct it${unsure ? `. ${unsure}` : ''}`;
}

/** The confidence from which a claim's category is shown without a question mark. */
export const SURE = 0.7;

/**
 * A claim's category as a lens names it: "Geopolitical", or "Geopolitical?"
 * when the claim's confidence is under {@link SURE} (a claim read without a
 * confidence is shown as sure).
 */
export function sureLabel(claim: Claim, category: Category): string {
  return categoryLabel(category) + (claim.confidence !== undefined && claim.confidence < SURE ? '?' : '');
}

/**
 * What made a claim's category unsure, for a lens's hover: "Unsure (0.45):
 * leads the next category, military, by little; few or weak words of its
 * category: 'talks'"; '' for a sure claim.
 */
export function unsureNote(claim: Claim): string {
  if (claim.confidence === undefined || claim.confidence >= SURE) return '';
  const weak = claim.why.filter((r) => r.about === 'confidence').map((r) => describeReason(r));
  return `Unsure (${claim.confidence.toFixed(2)})${weak.length ? `: ${weak.join('; ')}` : ''}`;
}

/** A run of lines, first and last included. */
export type LineSpan = readonly [first: number, last: number];

/**
 * The lines a very long document gets lenses on: the visible ranges with
 * `margin` lines on each side, merged where they meet, inside the document.
 * VS Code converts every lens a provider returns, seen or not; for tens of
 * thousands that holds the extension host for 100–200 ms at every edit.
 */
export function lensWindows(visible: readonly LineSpan[], margin: number, lineCount: number): LineSpan[] {
  const spans = visible
    .map(([first, last]): [number, number] => [Math.max(0, first - margin), Math.min(lineCount - 1, last + margin)])
    .sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const span of spans) {
    const previous = out[out.length - 1];
    if (previous && span[0] <= previous[1] + 1) previous[1] = Math.max(previous[1], span[1]);
    else out.push(span);
  }
  return out;
}

/**
 * True when a visible range has come within `slack` lines of the edge of the
 * windows that have lenses (and that edge is not the document's): time to ask again.
 */
export function outgrows(visible: readonly LineSpan[], windows: readonly LineSpan[], slack: number, lineCount: number): boolean {
  return visible.some(([first, last]) => {
    const inside = windows.find(([a, b]) => a <= first && last <= b);
    if (!inside) return true;
    return (inside[0] > 0 && first - inside[0] < slack) || (inside[1] < lineCount - 1 && inside[1] - last < slack);
  });
}
