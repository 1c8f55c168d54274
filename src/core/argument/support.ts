import { NO_LINKS, type Claim, type Reason, type Role } from '../model/model';
import { SUPPORT_DATA, type SupportData, type SupportRow } from '../lexicon/support';
import { Shared } from '../model/shared';
import { ReadClaim } from '../model/claim-columns';

/**
 * The argument's links: what supports each claim and what qualifies it, read
 * within its paragraph from the roles of its neighbours, from the claim that
 * closes the paragraph before it, or in an earlier paragraph of its section
 * from the claim the section opens with, by the rows
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

/** Whether one of the role rules `ids` gave `claim` its role. */
function givenBy(claim: Claim, ids: readonly string[] | undefined): boolean {
  return !!ids && claim.why.some((r) => r.about === 'role' && ids.includes(r.rule));
}

/** The opening claim of claim `i`'s section when it stands in an earlier paragraph and has one of `roles`, or -1. */
function sectionOpening(claims: readonly Claim[], opening: ReadonlyMap<number | null, number>, i: number, roles: readonly Role[]): number {
  const at = opening.get(claims[i].section) ?? -1;
  return at >= 0 && claims[at].block !== claims[i].block && roles.includes(claims[at].role) ? at : -1;
}

/**
 * The last claim of the paragraph before the one opening at `first`, in the same section, when it has one of
 * `roles` and is not the claim the section opens with (that link is the section's: 'section'); else -1.
 */
function previousClosing(claims: readonly Claim[], opening: ReadonlyMap<number | null, number>, first: number, roles: readonly Role[]): number {
  const at = first - 1;
  const { section } = claims[first];
  return at >= 0 && claims[at].section === section && opening.get(section) !== at && roles.includes(claims[at].role) ? at : -1;
}

/**
 * For a point of announced reasons (claim `i`, its paragraph opening at `first`): the nearest thesis before it in its
 * section outside the paragraphs that a claim given by one of `points` opens (the points' own), or -1. The thesis the
 * reasons were announced for ('My answer tonight is that …. Let me give you three reasons.') stands before them all.
 */
function announcedFor(claims: readonly Claim[], first: number, i: number, points: readonly string[] | undefined): number {
  const { section } = claims[i];
  for (let end = first; end > 0 && claims[end - 1].section === section; ) {
    let start = end - 1;
    while (start > 0 && claims[start - 1].block === claims[end - 1].block) start--;
    if (!givenBy(claims[start], points)) for (let j = end - 1; j >= start; j--) if (claims[j].role === 'thesis') return j;
    end = start;
  }
  return -1;
}

/** Claims with `supports`, `supportedBy`, `qualifiedBy` and `unsupported` filled, and the reasons of their links in `why` (copies: `claims` stay as they were). */
export function readArgument(claims: readonly Claim[], data: SupportData = SUPPORT_DATA): Claim[] {
  return linkClaims(claims.map(copyOf), data);
}

/** A claim's fields are set once, here, by the one step that owns them. */
type Linked = { -readonly [K in keyof Claim]: Claim[K] };

/**
 * Fills the links of {@link readArgument} into `claims` themselves and returns
 * them: for the pipeline, which owns its claims, so a long document's claims
 * are not held twice while the argument is read.
 */
export function linkClaims(claims: Claim[], data: SupportData = SUPPORT_DATA): Claim[] {
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
      for (let r = 0; r < data.links.length; r++) {
        const row = data.links[r];
        if (!row.from.includes(role) || (row.fromBy && !givenBy(claims[i], row.fromBy)) || givenBy(claims[i], row.notFromBy)) continue;
        const back = row.look === 'back';
        const found =
          row.look === 'section' ? sectionOpening(claims, opening, i, row.to)
          : row.look === 'opening' ? (i > first && row.to.includes(claims[first].role) ? first : -1)
          : row.look === 'previous' ? previousClosing(claims, opening, first, row.to)
          : row.look === 'announced' ? announcedFor(claims, first, i, row.fromBy)
          : nearestOf(back ? behind : after[i - first], row.to, back);
        // A claim whose role one of the row's notBy rules gave is a datum or an item of its own, not what this one backs.
        if (found < 0 || givenBy(claims[found], row.notBy) || (row.toBy && !givenBy(claims[found], row.toBy))) continue;
        target[i] = found;
        rowOf[i] = row;
        break;
      }
      behind.set(role, i);
    }
    first = end;
  }
  // Who each claim is supported and qualified by, in lists of their exact length (most claims have none).
  const supportCount = new Int32Array(n);
  const qualifyCount = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const row = rowOf[i];
    if (row) (row.link === 'supports' ? supportCount : qualifyCount)[target[i]]++;
  }
  const supportedBy: number[][] = new Array(n);
  const qualifiedBy: number[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row = rowOf[i];
    if (!row) continue;
    const [lists, counts] = row.link === 'supports' ? [supportedBy, supportCount] : [qualifiedBy, qualifyCount];
    const list = (lists[target[i]] ??= new Array(counts[target[i]]));
    list[list.length - counts[target[i]]--] = i;
  }
  // Each link's reason is made once, and equal reason lists are kept once (claim-dense documents: most claims' lists are the same).
  const shared = new Shared();
  const { unsupported } = data;
  for (let i = 0; i < n; i++) {
    const claim = claims[i] as Linked;
    const row = rowOf[i];
    const lacking = supportedBy[i] === undefined && unsupported.roles.includes(claim.role);
    const added: Reason[] = [];
    if (row) added.push(shared.of(row.id, row.weight, 'support'));
    if (lacking) added.push(shared.of(unsupported.id, unsupported.weight, 'support'));
    // concat, not a spread: the list at its exact length (a spread leaves room for 16 more in every claim's why).
    const why = added.length ? shared.list(claim.why.concat(added)) : claim.why;
    const links = { supports: row?.link === 'supports' ? [target[i]] : NO_LINKS, supportedBy: supportedBy[i] ?? NO_LINKS, qualifiedBy: qualifiedBy[i] ?? NO_LINKS, unsupported: lacking };
    if (claim instanceof ReadClaim) claim.link(why, links);
    else Object.assign(claim, links, { why });
  }
  // The claims' verdicts are all made: their table goes (every read claim of a reading shares it).
  const read = claims.find((c) => c instanceof ReadClaim);
  if (read) ReadClaim.settle(read);
  return claims;
}

/** A copy of `claim`, every field written out (a spread copy gives each claim a hidden class of its own). */
function copyOf(claim: Claim): Claim {
  return {
    start: claim.start,
    end: claim.end,
    section: claim.section,
    block: claim.block,
    why: claim.why,
    categories: claim.categories,
    primary: claim.primary,
    secondary: claim.secondary,
    confidence: claim.confidence,
    role: claim.role,
    cues: claim.cues,
    figures: claim.figures,
    entities: claim.entities,
    supports: claim.supports,
    supportedBy: claim.supportedBy,
    qualifiedBy: claim.qualifiedBy,
    unsupported: claim.unsupported,
  };
}
