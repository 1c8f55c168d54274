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

/** The links of `count` claims from their column. */
export function unpackLinks(links: Int32Array, count: number): ClaimLinks[] {
  const out: ClaimLinks[] = new Array(count);
  let i = 0;
  const list = (n: number): readonly number[] => {
    if (n === 0) return NO_LINKS;
    const read = Array.from(links.subarray(i, i + n));
    i += n;
    return read;
  };
  for (let c = 0; c < count; c++) {
    const unsupported = links[i] === 1;
    const [s, b, q] = [links[i + 1], links[i + 2], links[i + 3]];
    i += 4;
    const supports = list(s);
    const supportedBy = list(b);
    out[c] = { supports, supportedBy, qualifiedBy: list(q), unsupported };
  }
  return out;
}
