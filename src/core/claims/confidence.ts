import type { Category, Cue, Reason } from '../model/model';
import { CATEGORIES } from '../model/model';
import type { ConfidenceRules } from '../lexicon/claim-rules';
import type { Reasons } from './reasons';
/** Scores by category. */
type Scores = Readonly<Record<Category, number>>;

/**
 * How sure a claim's category is, 0–1: the weakest of three measures a reader
 * would weigh — how far the first category leads the second, how much of the
 * first category the sentence's own words carry (none at all: a decision from
 * context only), and, for no category, how far the best one stays below the
 * threshold. Each measure below `strong` becomes a reason about 'confidence',
 * naming the words it rests on, so a hover can say what made it weak.
 */

export interface ConfidenceReading {
  readonly confidence: number;
  readonly reasons: readonly Reason[];
}

const round = (x: number) => Math.round(x * 100) / 100;
const clamp = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/** The words of the cues of `category` in `text`, strongest first, at most three. */
function cueWords(cues: readonly Cue[], category: Category | null, text: string): string {
  const own = cues.filter((c) => c.category && (category === null || c.category === category));
  own.sort((a, b) => b.weight - a.weight);
  return own
    .slice(0, 3)
    .map((c) => text.slice(c.start, c.end))
    .join(', ');
}

/**
 * The confidence of a decision: `final` are the scores with context, `raw` the
 * sentence's own, `primary` the category decided (null for none), `minimum`
 * the score a primary needs.
 */
export function confidenceOf(
  final: Scores,
  raw: Scores,
  primary: Category | null,
  minimum: number,
  cues: readonly Cue[],
  text: string,
  rules: ConfidenceRules,
  reasons: Reasons,
): ConfidenceReading {
  const ranked = [...CATEGORIES].sort((a, b) => final[b] - final[a]);
  const out: Reason[] = [];
  const weak = (rule: { id: string }, value: number, words: string) => {
    if (value < rules.strong) out.push(reasons.of(rule.id, round(value), 'confidence', words));
    return value;
  };
  if (primary === null) {
    // No category: sure when the best score stays well below the threshold.
    const below = weak(rules.threshold, clamp(1 - final[ranked[0]] / (minimum * rules.threshold.full)), cueWords(cues, null, text));
    return { confidence: round(below), reasons: out };
  }
  const first = final[primary];
  const second = final[ranked[0] === primary ? ranked[1] : ranked[0]];
  const margin = weak(rules.margin, clamp((first - second) / (first * rules.margin.full)), ranked[0] === primary ? ranked[1] : ranked[0]);
  const own = raw[primary];
  const words = cueWords(cues, primary, text);
  const strength = own <= 0 ? weak(rules.contextOnly, rules.contextOnly.cap, '') : weak(rules.cues, clamp(own / rules.cues.full), words);
  return { confidence: round(Math.min(margin, strength)), reasons: out };
}
