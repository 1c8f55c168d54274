import type { EntityType, Reason } from '../model/model';

/**
 * Evidence for the type of a name, rule by rule. Each rule is a named row of
 * data (src/core/lexicon/data/entity-rules.json): an id shown in `why`, the type
 * it argues for (or "matched": the type its word or list entry gives), a weight
 * and a phrase a reader understands. A tally keeps one number per type, as the
 * decision needs, and the contributions that made it, as a reader asks "why?".
 * One small object per contribution, none per token.
 */

/** What a rule row argues for: a type, the type of what it matched ("Ministry", a gazetteer entry), or none (a merge). */
export type RuleType = EntityType | 'matched' | 'merge' | 'drop';

/** A named rule: the data row, as compiled. */
export interface Rule {
  readonly id: string;
  readonly type: RuleType;
  readonly weight: number;
  readonly says: string;
}

/** One contribution of a rule to a tally: a reason about one type. */
export interface Contribution extends Reason {
  readonly about: EntityType;
}

/** Weight of evidence for each type, and the rules that gave it. */
export interface Evidence extends Record<EntityType, number> {
  /** Replaced, not grown, while short (see {@link credit}): hold the tally, not this list. */
  reasons: Contribution[];
}

/** A fresh, empty tally of evidence. */
export function noEvidence(): Evidence {
  return { person: 0, place: 0, organization: 0, treaty_or_program: 0, other: 0, reasons: [] };
}

/** A copy of a tally that can grow on its own. */
export function copyEvidence(e: Evidence): Evidence {
  return { person: e.person, place: e.place, organization: e.organization, treaty_or_program: e.treaty_or_program, other: e.other, reasons: [...e.reasons] };
}

/**
 * Adds `rule`'s evidence for `type` (the rule's own type unless it is "matched")
 * to `e`: the rule's weight times `factor`, or `weight` when given (a word's own
 * weight in a weighted list). `words` are the words it matched, for the reader.
 */
export function credit(e: Evidence, rule: Rule, type: EntityType, words?: string, weight = rule.weight): void {
  const about = rule.type === 'matched' || rule.type === 'merge' || rule.type === 'drop' ? type : rule.type;
  e[about] += weight;
  addReason(e, words !== undefined || weight !== rule.weight ? (words === undefined ? { rule: rule.id, weight, about } : { rule: rule.id, weight, about, words }) : plain(rule, about));
}

/** Below this many reasons a tally's list is copied at its exact length to add one. */
const SHORT = 8;

/**
 * Adds a reason to a tally. A list grown by push holds room for 16 more, and a
 * long document has a tally per mention, most with one or two reasons: a short
 * list is copied at its exact length instead (about 6 MB less per 5 MB of text).
 */
export function addReason(e: Evidence, reason: Contribution): void {
  if (e.reasons.length < SHORT) e.reasons = e.reasons.concat(reason);
  else e.reasons.push(reason);
}

// A rule's contribution with its own weight and no words is the same object every time: most are ("in the list of known places").
const shared = new WeakMap<Rule, Partial<Record<EntityType, Contribution>>>();

function plain(rule: Rule, about: EntityType): Contribution {
  let byType = shared.get(rule);
  if (!byType) shared.set(rule, (byType = {}));
  return (byType[about] ??= Object.freeze({ rule: rule.id, weight: rule.weight, about }));
}

/**
 * A tally with one rule's evidence. A rule's evidence with its own weight and no
 * words is one frozen tally, whoever reads it (most names found hold one: about
 * 150 bytes each when every name held its own): credit more to it only through
 * {@link owned}.
 */
export function evidenceOf(rule: Rule, type: EntityType, words?: string, weight?: number): Evidence {
  if (words === undefined && (weight === undefined || weight === rule.weight)) {
    let byType = tallies.get(rule);
    if (!byType) tallies.set(rule, (byType = {}));
    return (byType[type] ??= frozen(rule, type));
  }
  const e = noEvidence();
  credit(e, rule, type, words, weight);
  return e;
}

const tallies = new WeakMap<Rule, Partial<Record<EntityType, Evidence>>>();

function frozen(rule: Rule, type: EntityType): Evidence {
  const e = noEvidence();
  credit(e, rule, type);
  Object.freeze(e.reasons);
  return Object.freeze(e);
}

/** The tally of `holder` (a name found, a form), its own to credit: a shared one ({@link evidenceOf}) is copied first. */
export function owned(holder: { evidence: Evidence }): Evidence {
  if (Object.isFrozen(holder.evidence)) holder.evidence = copyEvidence(holder.evidence);
  return holder.evidence;
}

/** True when `e` is a shared tally no one may credit ({@link evidenceOf}). */
export function isShared(e: Evidence): boolean {
  return Object.isFrozen(e);
}

/**
 * The reasons about `type` summed per rule ("other": the most), strongest first (ties by rule id),
 * each with up to three of the distinct words its contributions matched.
 */
export function summarise(reasons: Iterable<Contribution>, type: EntityType): Reason[] {
  const byRule = new Map<string, { rule: string; weight: number; about: EntityType; words: string[] }>();
  for (const r of reasons) {
    if (r.about !== type) continue;
    let sum = byRule.get(r.rule);
    if (!sum) {
      sum = { rule: r.rule, weight: 0, about: r.about, words: [] };
      byRule.set(r.rule, sum);
    }
    // "Other" says only that nothing better was read: like the decision, it takes the most, not the sum.
    sum.weight = type === 'other' ? Math.max(sum.weight, r.weight) : sum.weight + r.weight;
    if (r.words !== undefined && sum.words.length < 3 && !sum.words.includes(r.words)) sum.words.push(r.words);
  }
  return [...byRule.values()]
    .sort((a, b) => b.weight - a.weight || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0))
    .map((s) => (s.words.length ? { rule: s.rule, weight: round(s.weight), about: s.about, words: s.words.join(', ') } : { rule: s.rule, weight: round(s.weight), about: s.about }));
}

/** A weight as a reader reads it: at most two decimals. */
function round(weight: number): number {
  return Math.round(weight * 100) / 100;
}
