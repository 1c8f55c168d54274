import { partitionPoint } from '../../core/model/lookup';
import type { Analysis, Category } from '../../core/model/model';

/** Where claim navigation lands: the claim, and whether it wrapped around the document. */
export interface ClaimTarget {
  readonly index: number;
  readonly wrapped: boolean;
}

/**
 * The claim to go to from `offset`. `next` is the first claim starting after the
 * offset; `previous` the last one starting before it (so from inside a claim,
 * `previous` goes to that claim's start). Past either end it wraps around.
 * With `category`, only claims whose primary or secondary category it is count.
 * Undefined when no claim matches.
 */
export function findClaim(
  analysis: Analysis,
  offset: number,
  direction: 'next' | 'previous',
  category?: Category | null,
): ClaimTarget | undefined {
  const claims = analysis.claims;
  const matches = (i: number) =>
    !category || claims[i].primary === category || claims[i].secondary === category;
  // First claim starting after the offset (binary search: documents run to thousands).
  const lo = partitionPoint(claims.length, (i) => claims[i].start <= offset);
  const n = claims.length;
  if (direction === 'next') {
    for (let k = 0; k < n; k++) {
      const i = (lo + k) % n;
      if (matches(i)) return { index: i, wrapped: lo + k >= n };
    }
  } else {
    // Claims before `lo` start at or before the offset; skip one starting exactly at it.
    let start = lo - 1;
    if (start >= 0 && claims[start].start === offset) start--;
    for (let k = 0; k < n; k++) {
      const i = (((start - k) % n) + n) % n;
      if (matches(i)) return { index: i, wrapped: start - k < 0 };
    }
  }
  return undefined;
}
