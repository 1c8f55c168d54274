/**
 * A per-role table of the role annotations (development documents only): for
 * each group of documents, each role's right / read / annotated with precision,
 * recall and F1, the mean of the documents' macro-F1, roles accepted and
 * support links; with --misses, the misses of the rarer roles and of the
 * support links by class. `npm run roles:table -- [--misses] [--only=NAME]`.
 * The six and the fourteen are session 21's twenty newest development documents (the six: session 20's blind round; the fourteen: sessions 19 and 18).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { analyse } from '../src/core/analyse';
import type { Analysis, Claim } from '../src/core/model/model';
import { claimsOf } from './score';
import { scoreRoles, type GoldRoles } from './roles';

const SIX = ['bill-text-strategic-reserves', 'council-conclusions-critical-raw-materials', 'departmental-plan-border-agency', 'grant-call-maritime-resilience-research', 'library-briefing-defence-spending-targets', 'ministerial-written-statement-defence-estate'];
const FOURTEEN = ['blog-post-comments-energy-sanctions', 'bond-prospectus-risk-factors', 'doctrine-note-maritime-interdiction', 'earnings-call-transcript-defence-contractor', 'inquiry-call-for-evidence-infrastructure', 'summit-communique-alliance', 'article-iv-concluding-statement-staff-mission', 'budget-speech-finance-minister', 'committee-evidence-session-naval-shipbuilding', 'newsletter-digest-sanctions-weekly', 'parliamentary-resolution-treaty-ratification', 'roundtable-summary-arctic-security', 'export-licence-guidance-dual-use', 'financial-stability-report-central-bank'];
const RARE = new Set(['question', 'reason', 'contrast', 'concession', 'conclusion']);
const ROLES = ['thesis', 'evidence', 'statement', 'question', 'reason', 'contrast', 'concession', 'conclusion'];
const showMisses = process.argv.includes('--misses');
const showRules = process.argv.includes('--rules');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);

const shared = resolve('..', 'shared');
const files = [join(shared, 'eval'), resolve('eval')].flatMap((d) => (existsSync(d) ? readdirSync(d).filter((f) => f.endsWith('.roles.json')).map((f) => join(d, f)) : []));

interface Count { right: number; read: number; gold: number }
interface Group { byRole: Map<string, Count>; f1s: number[]; accepted: [number, number]; links: Count; byRule: Map<string, Count> }
const newGroup = (): Group => ({ byRole: new Map(), f1s: [], accepted: [0, 0], links: { right: 0, read: 0, gold: 0 }, byRule: new Map() });
const groups = new Map<string, Group>([['six', newGroup()], ['fourteen', newGroup()], ['twenty', newGroup()], ['essay', newGroup()], ['all', newGroup()]]);
const ruleOf = (c: Claim | undefined) => c?.why.find((r) => r.about === 'role')?.rule.replace(/^role:/, '') ?? 'none';
const short = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, 110);

for (const file of files) {
  const gold = JSON.parse(readFileSync(file, 'utf8')) as GoldRoles;
  if (!existsSync(file.replace(/\.roles\.json$/, '.gold.json'))) continue;
  const name = basename(file, '.roles.json');
  if (only && !name.includes(only)) continue;
  // The document named by its claims annotation (the role annotation may name it by file name only).
  const doc = (JSON.parse(readFileSync(file.replace(/\.roles\.json$/, '.gold.json'), 'utf8')) as { doc: string }).doc;
  // Held-out documents are never read here: nobody may study their misses.
  if (doc.replace(/\\/g, '/').startsWith('samples/held-out/')) continue;
  const docPath = existsSync(resolve(shared, doc)) ? resolve(shared, doc) : resolve(doc);
  const analysis = analyse(readFileSync(docPath, 'utf8'), { hint: docPath });
  const score = scoreRoles(analysis, gold);
  const inGroups = ['all', ...(SIX.includes(name) ? ['six', 'twenty'] : FOURTEEN.includes(name) ? ['fourteen', 'twenty'] : name === 'belarus-dilemma' ? ['essay'] : [])];
  for (const g of inGroups) {
    const group = groups.get(g)!;
    for (const [role, c] of score.byRole) {
      const t = group.byRole.get(role) ?? group.byRole.set(role, { right: 0, read: 0, gold: 0 }).get(role)!;
      t.right += c.right; t.read += c.read; t.gold += c.gold;
    }
    group.f1s.push(score.macroF1);
    group.accepted[0] += score.accepted.right; group.accepted[1] += score.accepted.total;
    group.links.right += score.links.right; group.links.read += score.links.read; group.links.gold += score.links.gold;
    for (const [rule, c] of linksByRule(analysis, gold)) {
      const t = group.byRule.get(rule) ?? group.byRule.set(rule, { right: 0, read: 0, gold: 0 }).get(rule)!;
      t.right += c.right; t.read += c.read;
    }
  }
  if (showMisses) printMisses(name, analysis, gold);
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(0)}`.padStart(3) : ' - ');
for (const [name, g] of groups) {
  if (!g.f1s.length) continue;
  const mean = g.f1s.reduce((a, b) => a + b, 0) / g.f1s.length;
  console.log(`\n${name} (${g.f1s.length} docs): macro-F1 mean ${mean.toFixed(3)}  accepted ${g.accepted[0]}/${g.accepted[1]} ${pct(g.accepted[0], g.accepted[1])}%  links P ${pct(g.links.right, g.links.read)}% (${g.links.right}/${g.links.read}) R ${pct(g.links.right, g.links.gold)}% (${g.links.right}/${g.links.gold})`);
  console.log(`  ${'role'.padEnd(11)} right  read  gold   P   R   F1`);
  for (const role of ROLES) {
    const c = g.byRole.get(role) ?? { right: 0, read: 0, gold: 0 };
    const p = c.read ? c.right / c.read : 0, r = c.gold ? c.right / c.gold : 0;
    console.log(`  ${role.padEnd(11)} ${String(c.right).padStart(5)} ${String(c.read).padStart(5)} ${String(c.gold).padStart(5)}  ${pct(c.right, c.read)} ${pct(c.right, c.gold)}  ${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(2)}`);
  }
  if (showRules) for (const [rule, c] of [...g.byRule].sort((a, b) => b[1].read - a[1].read)) console.log(`  ${rule.padEnd(40)} links right ${String(c.right).padStart(4)} of ${String(c.read).padStart(4)}  P ${pct(c.right, c.read)}%`);
}

/** Each support rule's links between annotated sentences, right of read (with --rules). */
function linksByRule(analysis: Analysis, gold: GoldRoles): Map<string, Count> {
  const found = claimsOf(analysis, gold.roles);
  const index = new Map<Claim, number>();
  analysis.claims.forEach((c, i) => index.set(c, i));
  const goldOf = new Map<number, number>();
  found.forEach((c, g) => { if (c && !goldOf.has(index.get(c)!)) goldOf.set(index.get(c)!, g); });
  const byRule = new Map<string, Count>();
  found.forEach((c, g) => {
    const rule = c?.why.find((r) => r.about === 'support' && r.rule !== 'support:unsupported')?.rule ?? '-';
    for (const t of c?.supports ?? []) {
      const target = goldOf.get(t);
      if (target === undefined || target === g) continue;
      const n = byRule.get(rule) ?? byRule.set(rule, { right: 0, read: 0, gold: 0 }).get(rule)!;
      n.read++;
      if (gold.roles[g].supports?.includes(target)) n.right++;
    }
  });
  return byRule;
}

/** The misses of the rarer roles, and the support links missed or read wrong, with where each sentence stands. */
function printMisses(name: string, analysis: Analysis, gold: GoldRoles) {
  const found = claimsOf(analysis, gold.roles);
  const where = (g: number) => {
    const c = found[g];
    if (!c) return '?';
    const i = analysis.claims.indexOf(c);
    const firstP = i === 0 || analysis.claims[i - 1].block !== c.block;
    const lastP = i === analysis.claims.length - 1 || analysis.claims[i + 1].block !== c.block;
    return `${firstP ? 'P<' : ''}${lastP ? 'P>' : ''}` || 'mid';
  };
  console.log(`\n## ${name}`);
  gold.roles.forEach((want, g) => {
    const c = found[g];
    const ours = c?.role ?? 'none';
    if (ours === want.role) return;
    if (!RARE.has(want.role) && !RARE.has(ours)) return;
    const ok = want.acceptable.includes(ours) ? 'ok' : 'XX';
    console.log(`  R ${ok} ${g} ${want.role}(${want.acceptable.join('|')}) → ${ours} [${ruleOf(c)}] ${where(g)}: ${short(want.text)}`);
  });
  const index = new Map<Claim, number>();
  analysis.claims.forEach((c, i) => index.set(c, i));
  const goldOf = new Map<number, number>();
  found.forEach((c, g) => { if (c && !goldOf.has(index.get(c)!)) goldOf.set(index.get(c)!, g); });
  const ourTarget = (g: number) => (found[g]?.supports ?? []).map((t) => goldOf.get(t)).filter((t) => t !== undefined && t !== g) as number[];
  const block = (g: number) => found[g]?.block;
  gold.roles.forEach((want, g) => {
    const ours = ourTarget(g);
    const wanted = want.supports ?? [];
    for (const t of wanted) if (!ours.includes(t)) {
      const rule = found[g]?.why.find((r) => r.about === 'support')?.rule ?? '-';
      console.log(`  L miss ${g}>${t} ${want.role}/${found[g]?.role}→${gold.roles[t].role}/${found[t]?.role} ${block(g) === block(t) ? 'same-para' : 'other-para'} d=${t - g} ours=${ours.join(',') || '-'} [${rule}]: ${short(want.text).slice(0, 70)}`);
    }
    for (const t of ours) if (!wanted.includes(t)) {
      const rule = found[g]?.why.find((r) => r.about === 'support')?.rule ?? '-';
      console.log(`  L wrong ${g}>${t} ${want.role}/${found[g]?.role}→${gold.roles[t].role}/${found[t]?.role} ${block(g) === block(t) ? 'same-para' : 'other-para'} d=${t - g} gold=${wanted.join(',') || '-'} [${rule}]`);
    }
  });
}
