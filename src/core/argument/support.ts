import { NO_LINKS, type Claim, type Reason, type Role } from '../model/model';
import { SUPPORT_DATA, type SupportData, type SupportRow } from '../lexicon/support';
import { Reasons } from '../claims/reasons';

/**
 * The argument's links: what supports each claim and what qualifies it, read
 * within its paragraph from the roles of its neighbours, or in an earlier
 * paragraph of its section from the claim the section opens with, by the rows
 * of support.json (tried in order, the first that finds a claim decides), and
 * which asserting claims nothing supports. Each linking claim's `why` names
 * the row that linked it (`support:…`); an unsupported claim's names
 * `support:unsupported`. Linear in the number of claims: each paragraph is
 * read once forward and once back, keeping the nearest claim of each role.
 */

/** The nearest claim of any of `roles` among `nearest` (claim index by role), or -1. */
function nearestOf(nearest: Map<Role, number>, roles: readonly Role[], back: boolean): number {
  let best = -1;
  for (const role of roles) {
    const at = nearest.get(role);
    if (at === undefined) continue;
    if (best < 0 || (back ? at > best : at < best)) best = at;
  }
  return best;
}

/** The opening claim of claim `i`'s section when it stands in an earlier paragraph and has one of `roles`, or -1. */
function sectionOpening(claims: readonly Claim[], opening: ReadonlyMap<number | null, number>, i: number, roles: readonly Role[]): number {
  const at = opening.get(claims[i].section) ?? -1;
  return at >= 0 && claims[at].block !== claims[i].block && roles.includes(claims[at].role) ? at : -1;
}

/** Claims with `supports`, `supportedBy`, `qualifiedBy` and `unsupported` filled, and the reasons of their links in `why`. */
export function readArgument(claims: readonly Claim[], data: SupportData = SUPPORT_DATA): Claim[] {
  const n = claims.length;
  const target = new Int32Array(n).fill(-1);
  const rowOf: (SupportRow | null)[] = new Array(n).fill(null);
  // The opening claim of each section, for links from a paragraph to the claim its section opens with.
  const opening = new Map<number | null, number>();
  for (let i = n - 1; i >= 0; i--) opening.set(claims[i].section, i);
  for (let first = 0; first < n; ) {
    let end = first;
    while (end < n && claims[end].block === claims[first].block) end++;
    // Nearest claim of each role after each claim, then before it.
    const after: Map<Role, number>[] = new Array(end - first);
    const ahead = new Map<Role, number>();
    for (let i = end - 1; i >= first; i--) {
      after[i - first] = new Map(ahead);
      ahead.set(claims[i].role, i);
    }
    const behind = new Map<Role, number>();
    for (let i = first; i < end; i++) {
      const role = claims[i].role;
      for (const row of data.links) {
        if (!row.from.includes(role)) continue;
        const back = row.look === 'back';
        const found = row.look === 'section' ? sectionOpening(claims, opening, i, row.to) : nearestOf(back ? behind : after[i - first], row.to, back);
        if (found < 0) continue;
        target[i] = found;
        rowOf[i] = row;
        break;
      }
      behind.set(role, i);
    }
    first = end;
  }
  const supportedBy: number[][] = Array.from({ length: n }, () => []);
  const qualifiedBy: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    const row = rowOf[i];
    if (row) (row.link === 'supports' ? supportedBy : qualifiedBy)[target[i]].push(i);
  }
  const reasons = new Reasons();
  const { unsupported } = data;
  return claims.map((claim, i) => {
    const row = rowOf[i];
    const lacking = supportedBy[i].length === 0 && unsupported.roles.includes(claim.role);
    const added: Reason[] = [];
    if (row) added.push(reasons.of(row.id, row.weight, 'support'));
    if (lacking) added.push(reasons.of(unsupported.id, unsupported.weight, 'support'));
    // Every field written out, not spread: one shape for every claim, and no property store of its own.
    return {
      start: claim.start,
      end: claim.end,
      section: claim.section,
      block: claim.block,
      why: added.length ? [...claim.why, ...added] : claim.why,
      categories: claim.categories,
      primary: claim.primary,
      secondary: claim.secondary,
      confidence: claim.confidence,
      role: claim.role,
      cues: claim.cues,
      figures: claim.figures,
      entities: claim.entities,
      supports: row?.link === 'supports' ? [target[i]] : NO_LINKS,
      supportedBy: supportedBy[i].length ? supportedBy[i] : NO_LINKS,
      qualifiedBy: qualifiedBy[i].length ? qualifiedBy[i] : NO_LINKS,
      unsupported: lacking,
    };
  });
}
