import type { Analysis, Category, Claim } from '../../core/model/model';
import { describeReason } from '../../core/lexicon/rules';
import { categoryLabel } from './format';
import { claimLabel } from './outline';
import { visibleCategory, type CodeLensMode } from './settings';

/** One CodeLens to show: where, what it says, and the claim its click explains. */
export interface LensSpec {
  /** Model offset the lens sits above (the start of a claim). */
  readonly at: number;
  /** Index of the claim a click explains. */
  readonly claim: number;
  readonly title: string;
  readonly category: Category;
}

/**
 * The lenses for a document.
 * - `claim`: above each claim with a shown category, "Economic · evidence", and a
 *   second lens "also Military" where a shown secondary category applies.
 * - `paragraph`: one per paragraph, above its first claim, naming the category most
 *   of its claims have ("Economic · 3 of 5 claims"; "Economic · evidence" for a
 *   one-claim paragraph) and a second lens for the runner-up ("also Military · 1").
 * - `off`: none.
 * Unclassified claims (no shown category) get no lens in any mode.
 */
export function chooseLenses(analysis: Analysis, mode: CodeLensMode, shown: readonly Category[]): LensSpec[] {
  return [...lensesOf(analysis, mode, shown)];
}

/** The lenses of {@link chooseLenses} one at a time, in document order: a caller may pause between them. */
export function lensesOf(analysis: Analysis, mode: CodeLensMode, shown: readonly Category[]): Iterable<LensSpec> {
  if (mode === 'off') return [];
  return mode === 'claim' ? claimLenses(analysis, shown) : paragraphLenses(analysis, shown);
}

function* claimLenses(analysis: Analysis, shown: readonly Category[]): Generator<LensSpec> {
  const claims = analysis.claims;
  for (let index = 0; index < claims.length; index++) {
    const claim = claims[index];
    const category = visibleCategory(claim, shown);
    if (!category) continue;
    yield { at: claim.start, claim: index, title: `${categoryLabel(category)} · ${claim.role}`, category };
    const secondary = claim.secondary;
    if (secondary && secondary !== category && shown.includes(secondary)) {
      yield { at: claim.start, claim: index, title: `also ${categoryLabel(secondary)}`, category: secondary };
    }
  }
}

function* paragraphLenses(analysis: Analysis, shown: readonly Category[]): Generator<LensSpec> {
  const claims = analysis.claims;
  for (let first = 0; first < claims.length; ) {
    let end = first;
    while (end < claims.length && claims[end].block === claims[first].block) end++;
    // Count per category, and remember the first claim of each, in this paragraph.
    const counts = new Map<Category, { n: number; claim: number }>();
    for (let i = first; i < end; i++) {
      const category = visibleCategory(claims[i], shown);
      if (!category) continue;
      const seen = counts.get(category);
      if (seen) seen.n++;
      else counts.set(category, { n: 1, claim: i });
    }
    // Most claims first; ties go to the category met first.
    const ranked = [...counts].sort((a, b) => b[1].n - a[1].n || a[1].claim - b[1].claim);
    const total = end - first;
    const at = claims[first].start;
    if (ranked.length > 0) {
      const [category, { n, claim }] = ranked[0];
      const title =
        total === 1 ? `${categoryLabel(category)} · ${claims[claim].role}` : `${categoryLabel(category)} · ${n} of ${total} claims`;
      yield { at, claim, title, category };
    }
    if (ranked.length > 1) {
      const [category, { n, claim }] = ranked[1];
      yield { at, claim, title: `also ${categoryLabel(category)} · ${n}`, category };
    }
    first = end;
  }
}

/**
 * A lens's tooltip: which sentence it speaks for (two claims may start on one
 * line, and their lenses then sit side by side) and what a click does.
 */
export function lensTooltip(analysis: Analysis, spec: LensSpec): string {
  return `“${claimLabel(analysis, spec.claim)}” — click to see the cues behind ${categoryLabel(spec.category)}`;
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
