import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { analyse } from '../src/core/analyse';
import { scoreRoles, type GoldRoles, type RoleScore } from './roles';

/**
 * The written role fixtures (test/fixtures/roles-genres): short documents in
 * genres the annotated reports lack (press release, think-tank commentary with
 * numbered recommendations, ministry paper with numbered paragraphs), each with
 * a hand annotation of its sentences' roles and support links. Development
 * material: their misses may be read.
 */
export const ROLE_FIXTURES = resolve('test', 'fixtures', 'roles-genres');

/** Each role fixture's name and its role score. */
export function scoreRoleFixtures(dir = ROLE_FIXTURES): { name: string; score: RoleScore }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.roles.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldRoles;
      const path = resolve(gold.doc);
      return { name: basename(f, '.roles.json'), score: scoreRoles(analyse(readFileSync(path, 'utf8'), { hint: path }), gold) };
    });
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');

/** One row per role fixture (accepted, strict, macro-F1, link precision and recall), then the misses of those whose name holds `misses`. */
export function formatRoleFixtures(misses?: string): string[] {
  const rows = ['\nRole fixtures (test/fixtures/roles-genres): accepted · strict · macro-F1 · links P / R'];
  for (const { name, score: s } of scoreRoleFixtures()) {
    const { accepted: a, strict: t, links: l } = s;
    rows.push(
      `  ${name.padEnd(40)} ${pct(a.right, a.total).padStart(6)} (${a.right}/${a.total}) · ${pct(t.right, t.total).padStart(6)} · ${s.macroF1.toFixed(2)} · ` +
        `${pct(l.right, l.read)} / ${pct(l.right, l.gold)} (${l.right}/${l.read}/${l.gold})`,
    );
    if (misses !== undefined && name.includes(misses)) for (const miss of s.misses) rows.push(`    miss: ${miss}`);
  }
  return rows;
}
