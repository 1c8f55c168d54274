/**
 * Multinomial logistic regression with an L2 penalty, for the role combiner:
 * binary features (each sample lists those that hold), one weight per feature
 * and class. Deterministic: full-batch gradient steps with AdaGrad step sizes
 * from zero weights, a fixed number of rounds, samples in the order given.
 */

export interface Sample {
  /** Indices of the features that hold. */
  readonly features: readonly number[];
  /** Index of the class. */
  readonly label: number;
  /** Indices of the classes a second reader would accept (the label among them); when given and `settings.accepted`, the loss is that of any of them. */
  readonly accepted?: readonly number[];
}

export interface Settings {
  /** The L2 penalty per weight, against the mean loss per sample. */
  readonly l2: number;
  readonly rounds: number;
  readonly step: number;
  /**
   * How much each class's samples count: 0 all alike, 1 inversely to the class's
   * share, 0.5 to the square root of that (the rare roles matter to macro-F1).
   */
  readonly balance: number;
  /** Learn to give any role a second reader accepts (the accepted set's probability), not only the annotator's. */
  readonly accepted?: boolean;
}

export const DEFAULT_SETTINGS: Settings = { l2: 0.003, rounds: 300, step: 0.5, balance: 0.5 };

/** Weights by feature then class (`w[f * classes + c]`). */
export function train(samples: readonly Sample[], features: number, classes: number, settings: Settings = DEFAULT_SETTINGS): Float64Array {
  const w = new Float64Array(features * classes);
  const squares = new Float64Array(features * classes);
  const grad = new Float64Array(features * classes);
  const counts = new Float64Array(classes);
  for (const s of samples) counts[s.label]++;
  const share = (c: number) => Math.max(counts[c], 1) / samples.length;
  const counted = Array.from({ length: classes }, (_, c) => Math.pow(1 / (classes * share(c)), settings.balance));
  const total = samples.reduce((sum, s) => sum + counted[s.label], 0);
  const p = new Float64Array(classes);
  const target = new Float64Array(classes);
  for (let round = 0; round < settings.rounds; round++) {
    grad.fill(0);
    for (const s of samples) {
      probabilities(w, s.features, classes, p);
      const k = counted[s.label] / total;
      const wanted = settings.accepted && s.accepted ? s.accepted : [s.label];
      let mass = 0;
      for (const c of wanted) mass += p[c];
      for (let c = 0; c < classes; c++) target[c] = wanted.includes(c) ? p[c] / mass : 0;
      for (const f of s.features) for (let c = 0; c < classes; c++) grad[f * classes + c] += k * (p[c] - target[c]);
    }
    for (let i = 0; i < w.length; i++) {
      const g = grad[i] + settings.l2 * w[i];
      squares[i] += g * g;
      if (squares[i] > 0) w[i] -= (settings.step * g) / Math.sqrt(squares[i]);
    }
  }
  return w;
}

/** The class probabilities of a sample's features into `out`. */
export function probabilities(w: Float64Array, features: readonly number[], classes: number, out: Float64Array): void {
  let most = -Infinity;
  for (let c = 0; c < classes; c++) {
    let z = 0;
    for (const f of features) z += w[f * classes + c];
    out[c] = z;
    if (z > most) most = z;
  }
  let sum = 0;
  for (let c = 0; c < classes; c++) sum += out[c] = Math.exp(out[c] - most);
  for (let c = 0; c < classes; c++) out[c] /= sum;
}
