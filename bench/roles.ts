import type { Analysis, Claim, Role } from '../src/core/model/model';
import { claimsOf, type Judged, type Tally } from './score';

/** A hand annotation of claims' roles, as in ../shared/eval/*.roles.json. */
export interface GoldRoles {
  readonly doc: string;
  readonly roles: readonly { text: string; role: string; acceptable: readonly string[]; supports?: readonly number[] }[];
}

/** The role measures of one analysis against one role annotation. */
export interface RoleScore {
  /** The claim's role is the annotator's. */
  readonly strict: Tally;
  /** The claim's role is one the annotation accepts. */
  readonly accepted: Tally;
  /** Mean over roles (of the annotation or the reading) of F1 against the annotator's role. */
  readonly macroF1: number;
  /** Per role: right, read, annotated. */
  readonly byRole: ReadonlyMap<string, { right: number; read: number; gold: number }>;
  /** Support links (sentence i supports sentence j): right of read, right of annotated. */
  readonly links: { right: number; read: number; gold: number };
  readonly misses: string[];
  readonly judged: Judged[];
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The role rule that decided a claim's role, or 'none' (a plain statement). */
const roleRule = (claim: Claim) => claim.why.find((r) => r.rule.startsWith('role:'))?.rule ?? 'none';

/** Scores claims' roles and support links against a hand annotation of roles. */
export function scoreRoles(analysis: Analysis, gold: GoldRoles): RoleScore {
  const strict = { right: 0, total: gold.roles.length };
  const accepted = { right: 0, total: gold.roles.length };
  const byRole = new Map<string, { right: number; read: number; gold: number }>();
  const count = (role: string) => byRole.get(role) ?? byRole.set(role, { right: 0, read: 0, gold: 0 }).get(role)!;
  const judged: Judged[] = [];
  const misses: string[] = [];
  const found = claimsOf(analysis, gold.roles);
  found.forEach((claim, i) => {
    const want = gold.roles[i];
    count(want.role).gold++;
    if (!claim) return;
    const role: Role = claim.role;
    count(role).read++;
    if (role === want.role) {
      strict.right++;
      count(role).right++;
    }
    const right = want.acceptable.includes(role);
    if (right) accepted.right++;
    else misses.push(`role ${role} ≠ ${want.acceptable.join('|')} [${roleRule(claim)}]: ${squash(want.text).slice(0, 100)}`);
    judged.push({ decision: 'claim role', right, why: claim.why });
  });
  let f1 = 0;
  for (const c of byRole.values()) {
    const p = c.read ? c.right / c.read : 0;
    const r = c.gold ? c.right / c.gold : 0;
    f1 += p + r ? (2 * p * r) / (p + r) : 0;
  }
  return { strict, accepted, macroF1: byRole.size ? f1 / byRole.size : 0, byRole, links: scoreLinks(analysis, gold, found), misses, judged };
}

/** Support links read against the annotation's, between annotated sentences. */
function scoreLinks(analysis: Analysis, gold: GoldRoles, found: readonly (Claim | undefined)[]) {
  const index = new Map<Claim, number>();
  analysis.claims.forEach((c, i) => index.set(c, i));
  const goldOf = new Map<number, number>();
  found.forEach((claim, g) => {
    if (claim && !goldOf.has(index.get(claim)!)) goldOf.set(index.get(claim)!, g);
  });
  const wanted = new Set<string>();
  gold.roles.forEach((r, g) => (r.supports ?? []).forEach((t) => wanted.add(`${g}>${t}`)));
  const read = new Set<string>();
  found.forEach((claim, g) => {
    for (const t of claim?.supports ?? []) {
      const target = goldOf.get(t);
      if (target !== undefined && target !== g) read.add(`${g}>${target}`);
    }
  });
  let right = 0;
  for (const link of read) if (wanted.has(link)) right++;
  return { right, read: read.size, gold: wanted.size };
}
