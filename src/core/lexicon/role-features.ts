import type { FigureKind, Role } from '../model/model';
import featureData from './data/role-features.json';

/**
 * The signals a learned role combiner reads (src/core/lexicon/data/role-features.json
 * beside every role rule of roles.json), and the learned weights that combine
 * them (role-weights.json, written by `npm run learn:roles`). Each signal is a
 * feature with a stable id and a reader's phrase; a weight row says how much a
 * feature speaks for one role. Compiled here once into a table by feature.
 */

/** One signal as written in the data: it holds when all it names holds. */
export interface RoleFeatureRow {
  readonly id: string;
  readonly says: string;
  /** Holds for every sentence: the learned starting point of each role. */
  readonly always?: boolean;
  /** A flag of the sentence's own words (a field of `RoleWords`). */
  readonly flag?: 'question' | 'lowerStart' | 'colonEnd' | 'announces' | 'enumerated' | 'turns' | 'presentGeneral' | 'quotes';
  /** A position, by its name in the rules. */
  readonly position?: string;
  readonly register?: 'descriptive';
  readonly figure?: FigureKind;
  /** The sentence names an entity. */
  readonly concrete?: boolean;
  /** The role of the sentence before it in its paragraph. */
  readonly previous?: Role;
  /** The role the rules, tried in order, give the sentence. */
  readonly ruleOrder?: Role;
}

export interface RoleFeatureData {
  readonly features: readonly RoleFeatureRow[];
}

/** One learned weight: how much `feature` speaks for `role`. */
export interface RoleWeightRow {
  readonly feature: string;
  readonly role: Role;
  readonly weight: number;
}

/** The learned weights as written by `npm run learn:roles`. */
export interface RoleWeightData {
  readonly weights: readonly RoleWeightRow[];
}

/** The features that decided a sentence's role, each with its weight for that role. */
export interface RoleChoice {
  readonly role: Role;
  readonly decided: readonly { readonly feature: number; readonly weight: number }[];
}

/**
 * Decides a sentence's role from the features that hold for it (indices into
 * the role lexicon's `features`), or returns null to leave it to the rule order.
 */
export interface RoleCombiner {
  decide(features: readonly number[], at: number): RoleChoice | null;
}

/** The built-in signals besides the rules. */
export const ROLE_FEATURE_DATA: RoleFeatureData = featureData as unknown as RoleFeatureData;

/** The most features a decision names in its `why`: the strongest for the role chosen. */
const SHOWN = 4;

/**
 * A combiner of learned weights: each role scores the sum of the weights of
 * the features that hold, the best scoring role decides. Where no feature with
 * a weight holds but those that hold for every sentence, it leaves the
 * sentence to the rule order. A weight row naming a feature `vocabulary` lacks
 * is an error that names it. The role the rule order gives (the signal
 * `ruleOrder`) stands, and its rule explains it, unless another role scores
 * higher by more than `margin`.
 */
export function weighedCombiner(data: RoleWeightData, vocabulary: readonly string[], margin = 0): RoleCombiner {
  const index = new Map(vocabulary.map((id, i) => [id, i]));
  // Every role, those no row names too (they score nothing): the rule order's role is always among them.
  const roles: Role[] = ['question', 'thesis', 'reason', 'evidence', 'contrast', 'concession', 'conclusion', 'statement'];
  const table: { role: number; weight: number }[][] = vocabulary.map(() => []);
  for (const row of data.weights) {
    const feature = index.get(row.feature);
    if (feature === undefined) throw new Error(`The role weights name the feature "${row.feature}", which neither the role rules nor role-features.json have.`);
    table[feature].push({ role: roles.indexOf(row.role), weight: row.weight });
  }
  const always = new Set(ROLE_FEATURE_DATA.features.filter((f) => f.always).map((f) => index.get(f.id)));
  // The feature saying which role the rule order gives, by feature index: with a margin, the weights overrule it only by that much.
  const ruleOrder = new Map(ROLE_FEATURE_DATA.features.filter((f) => f.ruleOrder).map((f) => [index.get(f.id)!, f.ruleOrder!]));
  return {
    decide(features) {
      if (!features.some((f) => !always.has(f) && table[f].length)) return null;
      const scores = new Float64Array(roles.length);
      for (const f of features) for (const { role, weight } of table[f]) scores[role] += weight;
      let best = 0;
      for (let r = 1; r < roles.length; r++) if (scores[r] > scores[best]) best = r;
      // Where the weights agree with the rule order, or overrule it by less than the margin, the rule that decided there explains it.
      const given = roles.indexOf(ruleOrder.get(features.find((f) => ruleOrder.has(f)) ?? -1) ?? 'statement');
      if (given === best || scores[best] - scores[given] < margin) return null;
      const decided: { feature: number; weight: number }[] = [];
      for (const f of features) {
        const w = table[f].find((t) => t.role === best)?.weight ?? 0;
        if (w > 0 && !always.has(f)) decided.push({ feature: f, weight: w });
      }
      decided.sort((a, b) => b.weight - a.weight || a.feature - b.feature);
      return { role: roles[best], decided: decided.slice(0, SHOWN) };
    },
  };
}
