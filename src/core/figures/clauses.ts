import type { Draft } from './draft';
import type { FigureLexicon } from './lexicon';

/**
 * The clauses of a sentence, as the year reader needs them: where a contrasting
 * clause begins (", while", ", but"), and which clauses, cut at colons and
 * semicolons, name their year from the time of writing ("last year").
 */

/** A sentence's clauses cut at colons and semicolons: where each after the first starts, and whether each names its year from the time of writing. */
export function toldClauses(relativeYear: RegExp, text: string, start: number, end: number): { cuts: number[]; told: boolean[] } {
  const cuts = withStops([], text, start, end);
  const edges = [start, ...cuts, end];
  return { cuts, told: edges.slice(1).map((e, k) => relativeYear.test(text.slice(edges[k], e))) };
}

/** The clause of `pos` among clauses cut at `cuts` (sorted). */
export function clauseAt(cuts: readonly number[], pos: number): number {
  let l = 0;
  let h = cuts.length;
  while (l < h) {
    const m = (l + h) >> 1;
    if (cuts[m] < pos) l = m + 1;
    else h = m;
  }
  return l;
}

/** Where the clauses of the sentence [start, end) are cut: at turns (`turn`), at `more` (another global pattern, or none), at colons and semicolons; sorted. */
export function clauseCuts(turn: RegExp, more: RegExp | null, text: string, start: number, end: number): number[] {
  const cuts = clauseTurns(turn, text, start, end);
  if (more) cuts.push(...clauseTurns(more, text, start, end));
  return withStops(cuts, text, start, end);
}

/** `cuts` with the colons and semicolons of text[start, end) added, sorted. */
function withStops(cuts: number[], text: string, start: number, end: number): number[] {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 58 || text.charCodeAt(i) === 59) cuts.push(i);
  return cuts.sort((a, b) => a - b);
}

/** The clause of `at` in the sentence [start, end) cut as clauseCuts cuts it: [from, to). */
export function clauseSpan(turn: RegExp, more: RegExp | null, text: string, start: number, end: number, at: number): [number, number] {
  const cuts = clauseCuts(turn, more, text, start, end);
  const clause = clauseAt(cuts, at);
  return [clause === 0 ? start : cuts[clause - 1], clause < cuts.length ? cuts[clause] : end];
}

/** Where a contrasting or consequent clause begins (", while", ", whereas", ", but", ", so that"): sorted offsets. */
export function clauseTurns(turn: RegExp, text: string, start: number, end: number): number[] {
  const out: number[] = [];
  for (const m of text.slice(start, end).matchAll(turn)) out.push(start + m.index!);
  return out;
}

/**
 * Whether the clause of a place in a sentence (clauses cut at turns, colons and
 * semicolons) says that a period runs from a time ("since 2016", "has since"):
 * null when no clause does.
 */
export function sinceClauses(since: RegExp, turns: () => readonly number[], text: string, start: number, end: number): ((pos: number) => boolean) | null {
  const at = [...text.slice(start, end).matchAll(since)].map((m) => start + m.index!);
  if (at.length === 0) return null;
  // The turns are found only for a sentence that has such a clause (most have none).
  const cuts = withStops(turns().slice(), text, start, end);
  const marked = new Set(at.map((p) => clauseAt(cuts, p)));
  return (pos) => marked.has(clauseAt(cuts, pos));
}

/**
 * True when the date [from, to) stands in an aside set off by commas that
 * closes before `figure` and opens with a relative or a participle (", launched
 * in 2022, which …", ", which declared … in 2023, still …"), looking back at
 * most `reach` characters for its opening comma; not when the sentence goes on
 * in the past (", published in 2025, earmarked €540 million").
 */
export function inCommaAside(asideOpen: RegExp, past: RegExp, text: string, start: number, from: number, to: number, figure: number, reach: number): boolean {
  const floor = Math.max(start, from - reach);
  const open = text.slice(floor, from).lastIndexOf(',');
  if (open < 0) return false;
  const close = text.slice(to, figure).indexOf(',');
  return close >= 0 && asideOpen.test(text.slice(floor + open + 1, from)) && !past.test(text.slice(to + close + 1, figure));
}

/**
 * The rule that leaves a figure no year because it tells of a stretch of time
 * rather than a point in it, or null: a figure in a clause that counts from a
 * time ("has since put three ships to sea", "1,850 km² since 2016"; `inSince`),
 * but not the figure a change starts from ("from about 90 percent"); a length
 * of time an action lasts ("stalled for more than two years", "every six months").
 */
export function spanOfTime(lex: FigureLexicon, text: string, start: number, d: Draft, inSince: boolean): string | null {
  const before = text.slice(Math.max(start, d.start - 30), d.start);
  if (inSince && !lex.patterns.changeStart.test(before)) return 'figure:year-none-since-clause';
  const length = d.kind === 'quantity' && d.unit !== null && lex.units.time.has(d.unit);
  return length && lex.patterns.durationLead.test(before) ? 'figure:year-none-duration' : null;
}

/** True when a point of `sorted` (semicolons, clause turns) lies between `a` and `b`, either way round. */
export function crosses(sorted: readonly number[], a: number, b: number): boolean {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  // Binary search for the first semicolon after lo.
  let l = 0;
  let h = sorted.length;
  while (l < h) {
    const m = (l + h) >> 1;
    if (sorted[m] <= lo) l = m + 1;
    else h = m;
  }
  return l < sorted.length && sorted[l] < hi;
}

/**
 * Whether a figure with nesting `figure` sees an anchor with nesting `anchor`:
 * -1 not at all, 0 in the same clause, 1 from an enclosing clause.
 */
export function visibility(figure: readonly number[], anchor: readonly number[], ownClauseOnly: boolean): number {
  if (anchor.length > figure.length) return -1;
  for (let i = 0; i < anchor.length; i++) if (anchor[i] !== figure[i]) return -1;
  if (anchor.length === figure.length) return 0;
  return ownClauseOnly ? -1 : 1;
}

/** A pattern's matches in a span of text, found once, in order. */
export interface Matches { readonly starts: readonly number[]; readonly ends: readonly number[] }
const globalOf = new WeakMap<RegExp, RegExp>();

/** Where `pattern` matches in text[start, end): one scan, so that each [from, to) inside asks by search, not by a slice of its own. */
export function matchesIn(pattern: RegExp, text: string, start: number, end: number): Matches {
  let global = globalOf.get(pattern);
  if (!global) globalOf.set(pattern, (global = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}g`)));
  const starts: number[] = [];
  const ends: number[] = [];
  global.lastIndex = start;
  for (let m = global.exec(text); m && m.index + m[0].length <= end; m = global.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    if (m[0].length === 0) global.lastIndex++;
  }
  return { starts, ends };
}

/** Whether a match lies wholly in [from, to): the first match from `from` on ends by `to` (matches do not overlap). */
export function matchBetween(m: Matches, from: number, to: number): boolean {
  let lo = 0;
  let hi = m.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (m.starts[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < m.starts.length && m.ends[lo] <= to;
}
