import { NO_ARGUMENT, type Category, type CategoryScores, type Reason, type Role } from './model';
import type { ClaimLinks } from './links';

/**
 * What the claim reader decided of a claim beside its place: its reasons,
 * scores, categories, confidence and role. Claims of a claim-dense document
 * (a list of short key lines, a table of sentences) mostly decide the same:
 * one verdict object holds the six for all of them, and a claim holds one
 * pointer to it (six pointers each, 48 bytes a claim, before).
 */
export interface Verdict {
  readonly why: readonly Reason[];
  readonly categories: CategoryScores;
  readonly primary: Category | null;
  readonly secondary: Category | null;
  readonly confidence: number | undefined;
  readonly role: Role;
}

/** Verdicts kept for one (why, scores) pair before new ones are made apart: a bound on the look-up, so it stays linear. */
const MOST_PER_PAIR = 16;

/**
 * One reading's verdicts, each kept once: looked up by the identity of the
 * reason list and the score triple (both kept once by the reading's `Shared`
 * table), then among the few kept for that pair. Let go with `settle` once the
 * claims are linked.
 */
export class Verdicts {
  #byWhy: Map<readonly Reason[], Map<CategoryScores, Verdict[]>> | null = new Map();

  /** An equal verdict seen before, else `made`'s fields as a new one kept. */
  of(made: Verdict): Verdict {
    const byWhy = this.#byWhy;
    if (!byWhy) return copy(made);
    let byScores = byWhy.get(made.why);
    if (!byScores) byWhy.set(made.why, (byScores = new Map()));
    let list = byScores.get(made.categories);
    if (!list) byScores.set(made.categories, (list = []));
    for (const v of list) {
      if (v.primary === made.primary && v.secondary === made.secondary && Object.is(v.confidence, made.confidence) && v.role === made.role) return v;
    }
    const verdict = copy(made);
    if (list.length < MOST_PER_PAIR) list.push(verdict);
    return verdict;
  }

  /** Lets go of the table: the verdicts stay with their claims. */
  settle(): void {
    this.#byWhy = null;
  }
}

function copy(v: Verdict): Verdict {
  return { why: v.why, categories: v.categories, primary: v.primary, secondary: v.secondary, confidence: v.confidence, role: v.role };
}

/** A claim's links when it is unsupported and has none: one object for all such claims. */
const UNSUPPORTED: ClaimLinks = Object.freeze({ ...NO_ARGUMENT, unsupported: true });

/** `links`, or the shared object for a claim with no links (supported or not). */
export function sharedLinks(links: ClaimLinks): ClaimLinks {
  if (links.supports.length || links.supportedBy.length || links.qualifiedBy.length) return links;
  return links.unsupported ? UNSUPPORTED : NO_ARGUMENT;
}
