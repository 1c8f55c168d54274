import type { Reason } from '../src/core/model/model';
import type { Decision, Judged } from './score';

/** The entity types: an entity's typing reasons carry the one they argue for in `about`. */
const ENTITY_TYPES: ReadonlySet<string> = new Set(['person', 'place', 'organization', 'treaty_or_program', 'other']);

/**
 * `npm run eval -- --rules`: how often each rule took part in a decision the
 * annotations judge right, and one they judge wrong. A rule that fires mostly on
 * wrong answers is the first to look at (or to prune).
 */

/** Which reasons of a part's `why` a decision judges: those about it (a reason about nothing names its domain). */
const JUDGES: Readonly<Record<Decision, (reason: Reason) => boolean>> = {
  'claim category': (r) => r.about === 'category' || (r.about === undefined && !r.rule.startsWith('role:')),
  'claim role': (r) => r.about === 'role' || (r.about === undefined && r.rule.startsWith('role:')),
  // An entity's reasons name the type they argue for (person, place, …) or nothing.
  'entity type': (r) => r.about === undefined || r.about === 'type' || ENTITY_TYPES.has(r.about),
  'figure kind': (r) => r.about === undefined || r.about === 'kind',
  'figure year': (r) => r.about === 'year',
};

/** One rule's record on one kind of decision. */
export interface RuleCount {
  readonly rule: string;
  readonly decision: Decision;
  /** Decisions it took part in that the annotation judges right, and wrong. */
  right: number;
  wrong: number;
}

/** Share of a rule's firings on wrong answers. */
const wrongShare = (c: RuleCount) => c.wrong / (c.right + c.wrong);

/**
 * Counts, per rule and decision, the judged decisions a rule took part in (once
 * per decision, however often it is listed); mostly-wrong rules first, then by
 * how often they were wrong, then by name.
 */
export function tallyRules(judged: Iterable<Judged>): RuleCount[] {
  const counts = new Map<string, RuleCount>();
  for (const { decision, right, why } of judged) {
    const judges = JUDGES[decision];
    const seen = new Set<string>();
    for (const reason of why) {
      if (!judges(reason) || seen.has(reason.rule)) continue;
      seen.add(reason.rule);
      const key = `${decision}\u0000${reason.rule}`;
      let count = counts.get(key);
      if (!count) counts.set(key, (count = { rule: reason.rule, decision, right: 0, wrong: 0 }));
      if (right) count.right++;
      else count.wrong++;
    }
  }
  return [...counts.values()].sort(
    (a, b) => wrongShare(b) - wrongShare(a) || b.wrong - a.wrong || a.rule.localeCompare(b.rule) || a.decision.localeCompare(b.decision),
  );
}

/** The tally as lines of a report. */
export function formatTally(counts: readonly RuleCount[]): string[] {
  if (counts.length === 0) return ['  No decision names a rule yet (every `why` is empty).'];
  const width = Math.max(...counts.map((c) => c.rule.length));
  return counts.map(
    (c) =>
      `  ${c.rule.padEnd(width)}  ${c.decision.padEnd(14)}  right ${String(c.right).padStart(4)}  wrong ${String(c.wrong).padStart(4)}` +
      `  (${Math.round(100 * wrongShare(c))}% wrong)`,
  );
}
