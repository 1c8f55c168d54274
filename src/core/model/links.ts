import { NO_LINKS, type Claim } from './model';

/**
 * The argument's links of every claim in one Int32 column, to cross from the
 * worker with the packed model (`packed.ts`): per claim, whether it is
 * unsupported (0 or 1), how many claims it supports, supports it and qualifies
 * it, then those claim indices in that order.
 */

/** The links of `claims` as one column. */
export function packLinks(claims: readonly Claim[]): Int32Array {
  let size = 0;
  for (const c of claims) size += 4 + c.supports.length + c.supportedBy.length + c.qualifiedBy.length;
  const links = new Int32Array(size);
  let i = 0;
  for (const c of claims) {
    links[i++] = c.unsupported ? 1 : 0;
    links[i++] = c.supports.length;
    links[i++] = c.supportedBy.length;
    links[i++] = c.qualifiedBy.length;
    for (const list of [c.supports, c.supportedBy, c.qualifiedBy]) for (const n of list) links[i++] = n;
  }
  return links;
}

/** One claim's links, as a claim holds them. */
export interface ClaimLinks {
  readonly supports: readonly number[];
  readonly supportedBy: readonly number[];
  readonly qualifiedBy: readonly number[];
  readonly unsupported: boolean;
}

/**
 * Reads the claims' links from their column one claim at a time, in order: the
 * unpacking asks for each claim's links as it builds the claim, so on the
 * extension host they are read in the same slices as the claims (all at once,
 * the links of a report of thousands of claims held the host tens of ms).
 */
export function linkReader(links: Int32Array): () => ClaimLinks {
  let i = 0;
  const list = (n: number): readonly number[] => {
    if (n === 0) return NO_LINKS;
    const read: number[] = new Array(n);
    for (let k = 0; k < n; k++) read[k] = links[i + k];
    i += n;
    return read;
  };
  return () => {
    const unsupported = links[i] === 1;
    const s = links[i + 1];
    const b = links[i + 2];
    const q = links[i + 3];
    i += 4;
    const supports = list(s);
    const supportedBy = list(b);
    const qualifiedBy = list(q);
    return { supports, supportedBy, qualifiedBy, unsupported };
  };
}
