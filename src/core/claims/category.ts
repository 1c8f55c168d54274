import type { Category, Cue, Reason } from '../model/model';
import { CATEGORIES } from '../model/model';
import type { ClaimRules, ContextRule } from '../lexicon/claim-rules';
import type { Shared } from '../model/shared';
import { confidenceOf } from './confidence';
import { byWeight, rank } from './order';
import type { Framed } from './frames';

/**
 * A claim's category: its own score (its words, figures and places) plus a
 * share of its paragraph's and its section's mean scores, the context a careful
 * reader brings to a sentence; then the thresholds of claims.json decide a
 * primary and a secondary category, or none. Every step is a named reason.
 */

/** Scores by category. */
export type Scores = Record<Category, number>;

export const zero = (): Scores => ({ geopolitical: 0, military: 0, economic: 0 });

/** The mean scores of a paragraph or a section, how many sentences it has, how many of them score each category, and its first sentence's scores. */
export type Mean = Readonly<Scores> & { readonly n: number; readonly carriers?: Readonly<Scores>; readonly opener?: Readonly<Scores> };

/**
 * Running sums of the sentences' scores by a key (a paragraph's block index, a
 * section's index + 1), in columns indexed by the key: no object per key until
 * its mean is asked for (a claim-dense document has a paragraph and a section
 * per sentence), and no map.
 */
export class Means {
  #sums: Float64Array;
  #counts: Int32Array;
  /** Per key and category, the sentences with a score in it, and the first sentence's score. */
  #carriers: Int32Array;
  #opener: Float64Array;

  /** Sums for keys 0 to `keys` - 1 (more if more come). */
  constructor(keys: number) {
    this.#sums = new Float64Array(3 * keys);
    this.#counts = new Int32Array(keys);
    this.#carriers = new Int32Array(3 * keys);
    this.#opener = new Float64Array(3 * keys);
  }

  /** Adds a sentence's scores to the sums of `key`. */
  add(key: number, scores: Readonly<Scores>): void {
    if (key >= this.#counts.length) this.#grow(key);
    const sums = this.#sums;
    if (this.#counts[key] === 0) this.#opener.set([scores.geopolitical, scores.military, scores.economic], 3 * key);
    sums[3 * key] += scores.geopolitical;
    sums[3 * key + 1] += scores.military;
    sums[3 * key + 2] += scores.economic;
    this.#counts[key]++;
    const carriers = this.#carriers;
    if (scores.geopolitical > 0) carriers[3 * key]++;
    if (scores.military > 0) carriers[3 * key + 1]++;
    if (scores.economic > 0) carriers[3 * key + 2]++;
  }

  /** The mean scores of the sentences added under `key`, and how many there were. */
  of(key: number): Mean {
    const n = this.#counts[key];
    const sums = this.#sums;
    const c = this.#carriers;
    const carriers = { geopolitical: c[3 * key], military: c[3 * key + 1], economic: c[3 * key + 2] };
    const o = this.#opener;
    const opener = { geopolitical: o[3 * key], military: o[3 * key + 1], economic: o[3 * key + 2] };
    return { geopolitical: sums[3 * key] / n, military: sums[3 * key + 1] / n, economic: sums[3 * key + 2] / n, n, carriers, opener };
  }

  #grow(key: number): void {
    const size = Math.max(2 * this.#counts.length, key + 1);
    const sums = new Float64Array(3 * size);
    sums.set(this.#sums);
    const counts = new Int32Array(size);
    counts.set(this.#counts);
    const carriers = new Int32Array(3 * size);
    carriers.set(this.#carriers);
    const opener = new Float64Array(3 * size);
    opener.set(this.#opener);
    this.#sums = sums;
    this.#counts = counts;
    this.#carriers = carriers;
    this.#opener = opener;
  }
}

/** A claim's category, its shares, and the reasons that decided it (the decision first). */
export interface CategoryReading {
  readonly categories: Scores;
  readonly primary: Category | null;
  readonly secondary: Category | null;
  /** How sure the decision is, 0–1 (see confidence.ts). */
  readonly confidence: number;
  readonly reasons: Reason[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** What a paragraph's or a section's mean scores add to each of its sentences, as reasons. */
export function contextReasons(mean: Scores, byCategory: Readonly<Record<Category, ContextRule | null>>, reasons: Shared): Reason[] {
  const out: Reason[] = [];
  for (const c of CATEGORIES) {
    const rule = byCategory[c];
    if (rule && mean[c] > 0) out.push(reasons.of(rule.id, round(rule.weight * mean[c]), 'category'));
  }
  return out;
}

/** The mean scores of a sentence's paragraph and section, with the reasons they give. */
export interface Context {
  readonly paragraph: Mean;
  readonly section: Mean;
  readonly reasons: readonly Reason[];
}

/**
 * Decides a sentence's category from its own scores `raw` and its context;
 * `cues` (its category cues, with the words they matched in `text`) become
 * reasons, one per term: the decision first, then the rest strongest first.
 * `framed` are its scores once its frames are read (frames.ts), when it has any;
 * `names` says whether it names something (a place, a body, a figure); `echo`
 * is what its paragraph's other sentences say with its own words (echo.ts);
 * `places` how many places it names.
 */
export function decideCategory(
  raw: Readonly<Scores>,
  context: Context,
  cues: readonly Cue[],
  text: string,
  rules: ClaimRules,
  reasons: Shared,
  framed?: Framed,
  names = false,
  echo: Readonly<Scores> | null = null,
  places = 0,
): CategoryReading {
  const own = framed ? framed.scores : raw;
  const lent = !framed || framed.context;
  const final = zero();
  // Scores before frames damped them: a damped category may still be the claim's second label.
  const label = zero();
  // The primary's score before frames added to it: what a second label is measured against (a frame names the subject, it does not silence the rest).
  const unframed = zero();
  let total = 0;
  const alone = aloneInParagraph(own, context.paragraph, rules);
  for (let k = 0; k < CATEGORIES.length; k++) {
    const c = CATEGORIES[k];
    const p = alone.includes(c) ? null : rules.paragraphRule[c];
    const s = rules.sectionRule[c];
    const lentHere = lent ? (p ? p.weight : 0) * context.paragraph[c] + (s ? s.weight : 0) * context.section[c] : 0;
    final[c] = own[c] + lentHere;
    label[c] = Math.max(final[c], raw[c] + lentHere);
    unframed[c] = Math.min(final[c], raw[c] + lentHere);
    total += final[c];
  }
  const ranked = rank(final);
  const { primary: first, secondary: second, none, split } = rules.decision;
  // With no words of its own, a sentence whose context leans two ways is read as neither; unless it names
  // something (a place, a body, a figure): then it is about what its paragraph is about, and takes its lead.
  const leans = own.geopolitical + own.military + own.economic === 0 && final[ranked[1]] >= (1 - split.margin) * final[ranked[0]];
  const named = leans && names && rules.decision.named ? rules.decision.named : null;
  // Torn between two, in a section clearly about one of them: the section says which (claim:context-split-section).
  const settled = leans && !named && lent && final[ranked[0]] >= first.minimum ? bySection(ranked, context.section, rules.decision.splitSection) : null;
  const torn = leans && !named && !settled;
  const primary = settled ?? (final[ranked[0]] >= first.minimum && !torn ? ranked[0] : null);
  const runnerUp = ranked[1];
  const secondary =
    primary && raw[runnerUp] >= second.ownMinimum && label[runnerUp] >= second.share * unframed[ranked[0]] ? runnerUp : null;

  const why: Reason[] = [];
  const decision = primary ? first : torn && final[ranked[0]] >= first.minimum ? split : none;
  why.push(reasons.of(decision.id, decision.weight, 'category'));
  if (named && primary) why.push(reasons.of(named.id, named.weight, 'category'));
  if (settled) why.push(reasons.of(rules.decision.splitSection!.id, rules.decision.splitSection!.weight, 'category', settled));
  if (alone.length && lent) why.push(reasons.of(rules.decision.oneVoice!.id, rules.decision.oneVoice!.weight, 'category', alone.join(', ')));
  if (secondary) why.push(reasons.of(second.id, second.weight, 'category'));
  const found: Reason[] = [];
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i];
    if (!cue.category) continue;
    const rule = rules.evidenceRule.get(cue.term)?.id ?? rules.termRule[cue.category]?.id ?? `claim:${cue.category}-word`;
    found.push(reasons.of(rule, cue.weight, 'category', text.slice(cue.start, cue.end)));
  }
  if (framed) pushAll(found, framed.reasons);
  if (lent) pushAll(found, alone.length ? context.reasons.filter((r) => !alone.some((c) => r.rule === rules.paragraphRule[c]?.id)) : context.reasons);
  // Strongest first; equal weights keep the order of the text.
  byWeight(found);
  pushAll(why, found);
  const frames = framed ? framed.reasons : [];
  const sure = confidenceOf({ final, own, primary, minimum: first.minimum, context, frames, cues, text, echo, places, named: framed?.named }, rules, reasons);
  pushAll(why, sure.reasons);
  return { categories: normalise(final, total), primary, secondary, confidence: sure.confidence, reasons: why };
}

/** Adds `items` to `list` by index (a spread walks an iterator in code not yet optimised). */
function pushAll<T>(list: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) list.push(items[i]);
}

/**
 * The categories a sentence with no words of its own takes nothing of from its
 * paragraph: those only one other sentence of it has words of, not its opening
 * sentence (which states what the paragraph is about), in a paragraph of at
 * least the rule's `minimum` sentences that does not lean two ways (claim:context-one-voice).
 */
function aloneInParagraph(own: Readonly<Scores>, paragraph: Mean, rules: ClaimRules): Category[] {
  const rule = rules.decision.oneVoice;
  if (!rule || !paragraph.carriers || paragraph.n < rule.minimum || own.geopolitical + own.military + own.economic !== 0) return NONE_ALONE;
  // A paragraph that leans two ways is read as such (claim:context-split), not as one sentence's.
  const [top, next] = rank(paragraph);
  if (paragraph[next] >= (1 - rules.decision.split.margin) * paragraph[top]) return NONE_ALONE;
  const out = CATEGORIES.filter((c) => paragraph.carriers![c] === 1 && !(paragraph.opener && paragraph.opener[c] > 0));
  return out.length ? out : NONE_ALONE;
}

const NONE_ALONE: Category[] = [];

/** Of the two categories a torn paragraph leans to (`ranked`), the one its section leans to at least `ratio` times the other; null for none or no rule. */
function bySection(ranked: readonly Category[], section: Readonly<Scores>, rule: { readonly ratio: number } | undefined): Category | null {
  if (!rule) return null;
  const [a, b] = ranked;
  if (section[a] > 0 && section[a] >= rule.ratio * section[b]) return a;
  if (section[b] > 0 && section[b] >= rule.ratio * section[a]) return b;
  return null;
}

function normalise(scores: Scores, total: number): Scores {
  if (total <= 0) return zero();
  return { geopolitical: round(scores.geopolitical / total), military: round(scores.military / total), economic: round(scores.economic / total) };
}
