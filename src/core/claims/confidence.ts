import type { Category, Cue, Reason } from '../model/model';
import { CATEGORIES } from '../model/model';
import type { ClaimRules } from '../lexicon/claim-rules';
import type { Shared } from '../model/shared';
import { byWeight, rank } from './order';
/** Scores by category. */
type Scores = Readonly<Record<Category, number>>;
/** A paragraph's or a section's mean scores and its number of sentences. */
type Mean = Scores & { readonly n: number };

/**
 * How sure a claim's category is, 0–1: the weakest of the measures a reader
 * would weigh. How far the first category leads the second (`margin`). How
 * much evidence agrees on it (`cues`): the sentence's own words of the
 * category, counted as witnesses (`perWitness` of cue weight each), plus a
 * witness or two when the other sentences of its paragraph lean the same way,
 * and a little when its section's do — `full` witnesses make it sure. A
 * decision from context only stays low (`contextOnly`), and so does one a frame
 * of the sentence argues against (`frameAgainst`: talks decided as fighting,
 * the cost of forces decided as the economy), and so does one whose own words
 * are a single weak word in a paragraph as weakly about it (`loneWord`), and one
 * whose own words are one decisive word's worth that nothing around agrees with
 * (`oneWitness`), and one whose named institutions hold as much of another
 * category (`nameAgainst`). For no category: how far the
 * best one stays below the threshold. Each measure below `strong` becomes a
 * reason about 'confidence', naming the words it rests on, so a hover can say
 * what made it weak; paragraph and section agreement that lifted it are named too.
 */

export interface ConfidenceReading {
  readonly confidence: number;
  readonly reasons: readonly Reason[];
}

/** What a confidence is read from: the decision, its scores, its context and its frames. */
export interface Decided {
  /** Scores with context, and the sentence's own (after its frames). */
  readonly final: Scores;
  readonly own: Scores;
  /** The category decided (null for none), and the score a primary needs. */
  readonly primary: Category | null;
  readonly minimum: number;
  readonly context: { readonly paragraph: Mean; readonly section: Mean };
  /** The reasons of the sentence's frames (their rule ids name the frame rows). */
  readonly frames: readonly Reason[];
  readonly cues: readonly Cue[];
  readonly text: string;
  /** What the other sentences of its paragraph say with its own words, by category (echo.ts), where they share any. */
  readonly echo?: Scores | null;
  /** How many places it names. */
  readonly places?: number;
  /** The full weight of the category words held in its names of institutions and laws, by category (frames.ts), where any are. */
  readonly named?: Scores;
}

const round = (x: number) => Math.round(x * 100) / 100;
const clamp = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/** The words of the cues of `category` in `text`, strongest first, at most three. */
function cueWords(cues: readonly Cue[], category: Category | null, text: string): string {
  const own = cues.filter((c) => c.category && (category === null || c.category === category));
  byWeight(own);
  return own
    .slice(0, 3)
    .map((c) => text.slice(c.start, c.end))
    .join(', ');
}

/**
 * Whether the other sentences of a paragraph or section (its mean without this
 * sentence's `own` scores) lean to `category` before any other.
 */
export function othersLean(mean: Mean, own: Scores, category: Category): boolean {
  if (mean.n < 2) return false;
  const others = (c: Category) => mean[c] * mean.n - own[c];
  const lead = others(category);
  // A sum of others under a thousandth is rounding, not a lean.
  return lead > 1e-3 && CATEGORIES.every((c) => c === category || others(c) < lead);
}

/** The mean score of `category` over the other sentences of a paragraph or section (0 where it has no other). */
export function othersMean(mean: Mean, own: Scores, category: Category): number {
  return mean.n < 2 ? 0 : (mean[category] * mean.n - own[category]) / (mean.n - 1);
}

/** A paragraph's mean without what its other sentences say with a sentence's own words (`echo`, sums by category). */
function withoutEcho(mean: Mean, echo: Scores): Mean {
  const out = { ...mean };
  for (const c of CATEGORIES) out[c] = mean[c] - echo[c] / mean.n;
  return out;
}

/** The confidence of a decision (see above). */
export function confidenceOf(d: Decided, claimRules: ClaimRules, reasons: Shared): ConfidenceReading {
  const rules = claimRules.confidence;
  const { final, own, primary, cues, text } = d;
  const ranked = rank(final);
  const out: Reason[] = [];
  const weak = (rule: { id: string }, value: number, words: string) => {
    if (value < rules.strong) out.push(reasons.of(rule.id, round(value), 'confidence', words));
    return value;
  };
  if (primary === null) {
    // No category: sure when the best score stays well below the threshold.
    let below = weak(rules.threshold, clamp(1 - final[ranked[0]] / (d.minimum * rules.threshold.full)), cueWords(cues, null, text));
    // Silence in a paragraph or section about something is weaker evidence than a frame that says the sentence is background.
    if (rules.unframed && d.frames.length === 0 && final[ranked[0]] >= rules.unframed.lean && below > rules.unframed.cap) below = weak(rules.unframed, rules.unframed.cap, '');
    // A sentence that names a place (a state, a region) with no word known and nothing that says it is background is about something unread.
    const named = rules.unframedNames;
    if (named && d.places && d.frames.length === 0 && own.geopolitical + own.military + own.economic === 0 && below > named.cap) below = weak(named, named.cap, '');
    return { confidence: round(below), reasons: out };
  }
  const first = final[primary];
  const runnerUp = ranked[0] === primary ? ranked[1] : ranked[0];
  const margin = weak(rules.margin, clamp((first - final[runnerUp]) / (first * rules.margin.full)), runnerUp);
  if (own[primary] <= 0) {
    const context = weak(rules.contextOnly, rules.contextOnly.cap, '');
    return { confidence: round(Math.min(margin, context)), reasons: out };
  }
  // Witnesses: the sentence's own words, then its paragraph and its section where they lean the same way.
  let witnesses = own[primary] / rules.cues.perWitness;
  const agreeing: Reason[] = [];
  // The paragraph, then the section, by index (no list of pairs and no iterator per claim).
  for (let k = 0; k < 2; k++) {
    const rule = k === 0 ? rules.paragraph : rules.section;
    const mean = k === 0 ? d.context.paragraph : d.context.section;
    if (!othersLean(mean, own, primary)) continue;
    // A paragraph that leans the same way only through the sentence's own words echoes it: no second witness.
    if (rule === rules.paragraph && rules.echo && d.echo && !othersLean(withoutEcho(mean, d.echo), own, primary)) {
      out.push(reasons.of(rules.echo.id, rules.echo.weight, 'confidence', cueWords(cues, primary, text)));
      continue;
    }
    witnesses += rule.witnesses;
    agreeing.push(reasons.of(rule.id, rule.witnesses, 'confidence', primary));
  }
  let strength = weak(rules.cues, clamp(witnesses / rules.cues.full), cueWords(cues, primary, text));
  // One weak word of its own, in a paragraph whose other sentences are as weakly about the category: an agreement of guesses, no surer than the cap.
  const lone = rules.loneWord;
  if (lone && agreeing.length && own[primary] < lone.below && othersMean(d.context.paragraph, own, primary) < lone.paragraphBelow && strength > lone.cap)
    strength = weak(lone, lone.cap, cueWords(cues, primary, text));
  // A frame of the sentence that names another category (or none) argues against the decision.
  const against = d.frames.find((f) => {
    const row = claimRules.frames.find((r) => r.id === f.rule);
    return row !== undefined && row.category !== primary;
  });
  if (against && strength > rules.frameAgainst.cap) strength = weak(rules.frameAgainst, rules.frameAgainst.cap, against.words ?? '');
  // No more than one decisive word's worth of its own, and neither its paragraph nor its section agrees: one witness, not two.
  const single = rules.oneWitness;
  if (single && agreeing.length === 0 && own[primary] < single.below && strength > single.cap) strength = weak(single, single.cap, cueWords(cues, primary, text));
  // The institutions it names hold another category's words as heavy as its own words of its category: who acts argues against what it is about.
  const byName = rules.nameAgainst;
  const other = byName && d.named ? CATEGORIES.find((c) => c !== primary && d.named![c] > 0 && d.named![c] >= byName.ratio * own[primary]) : undefined;
  if (byName && other && strength > byName.cap) strength = weak(byName, byName.cap, other);
  const confidence = round(Math.min(margin, strength));
  // Agreement is named where it counted: it lifted a claim that its words alone left unsure.
  if (agreeing.length && confidence >= rules.strong && own[primary] / rules.cues.perWitness < rules.cues.full * rules.strong) for (let a = 0; a < agreeing.length; a++) out.push(agreeing[a]);
  return { confidence, reasons: out };
}
