import type { Analysis, Span } from '../../core/model/model';
import { capitalise } from './format';
import { aRole } from './why';

/** One claim that asserts with nothing supporting it, as the Problems panel shows it. */
export interface UnsupportedProblem extends Span {
  readonly claim: number;
  readonly message: string;
}

/** The claims marked `unsupported`, each with a message a reader understands. */
export function unsupportedProblems(analysis: Analysis): UnsupportedProblem[] {
  const out: UnsupportedProblem[] = [];
  analysis.claims.forEach((claim, index) => {
    if (claim.unsupported !== true) return;
    out.push({ start: claim.start, end: claim.end, claim: index, message: `${capitalise(aRole(claim.role))} with nothing in its section supporting it.` });
  });
  return out;
}
