/**
 * `npm run eval -- --categories`: claim categories in the written genre
 * fixtures (test/fixtures/categories-*), each sentence's category given by hand
 * before the analyser was run on it. Per fixture: sentences read right, the
 * share whose confidence reaches 0.7 and how many of those are right; the
 * misses with --verbose. The unit test (claims-genres) reads the same fixtures
 * with the same matching and asserts every expectation not marked `open`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../src/core/analyse';
import type { Claim } from '../src/core/model/model';
import { SURE } from '../src/vscode/present/lenses';
import type { Judged } from './score';

export const CATEGORY_ROOT = join('test', 'fixtures');

export interface Expected {
  readonly text: string;
  readonly category: string | readonly string[];
  readonly secondary?: string;
  readonly sure?: boolean;
  readonly open?: string;
}

/** One expected sentence as read: the claim that holds it (if any) and what is wrong with it. */
export interface Reading {
  readonly expected: Expected;
  readonly claim?: Claim;
  /** The category is one the reader accepts. */
  readonly right: boolean;
  /** Everything the reader would object to; empty when none. */
  readonly wrong: readonly string[];
}

/** A sentence's words as a reader reads them: no emphasis marks, one space between words. */
const wordsOf = (text: string) => text.replace(/\*\*|__/g, '').replace(/\s+/g, ' ').trim();

/** The names of the category fixtures (folders test/fixtures/categories-*). */
export const categoryFixtures = (root = CATEGORY_ROOT): string[] =>
  existsSync(root) ? readdirSync(root).filter((d) => d.startsWith('categories-')).sort() : [];

/** Reads one fixture: each expected sentence found among the claims by its words, and judged. */
export function readFixture(name: string, root = CATEGORY_ROOT): Reading[] {
  const dir = join(root, name);
  const input = readdirSync(dir).find((f) => f.startsWith('input.'))!;
  const text = readFileSync(join(dir, input), 'utf8');
  const { claims: expected } = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { claims: Expected[] };
  const analysis = analyse(text, { format: input.endsWith('.md') ? 'markdown' : 'plain' });
  const actual = analysis.claims.map((c) => ({ claim: c, words: wordsOf(text.slice(c.start, c.end)) }));
  return expected.map((e) => {
    const claim = actual.find((a) => a.words.includes(wordsOf(e.text)))?.claim;
    if (!claim) return { expected: e, right: false, wrong: ['not read as a sentence'] };
    const category = claim.primary ?? 'none';
    const accepted = typeof e.category === 'string' ? [e.category] : e.category;
    const sure = claim.confidence! >= SURE;
    const right = accepted.includes(category);
    const wrong = [
      right ? '' : `category ${category}, expected ${accepted.join('|')}`,
      e.secondary === undefined || claim.secondary === e.secondary ? '' : `secondary ${claim.secondary}, expected ${e.secondary}`,
      e.sure === undefined || e.sure === sure ? '' : `confidence ${claim.confidence}, expected ${e.sure ? 'sure' : 'unsure'}`,
      // Whatever the reader expects of it, a wrong tag is never shown as sure.
      right || !sure ? '' : `a wrong category shown as sure (${claim.confidence})`,
    ].filter(Boolean);
    return { expected: e, claim, right, wrong };
  });
}

const pct = (n: number, d: number) => (d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

/** The report: one line per fixture and one for all, misses under each with `verbose`; `judged` collects for --rules. */
export function formatCategoryFixtures(verbose: boolean, judged: Judged[] = []): string[] {
  const rows = ['\nClaim categories in written genre fixtures (test/fixtures/categories-*):'];
  const all = { n: 0, right: 0, sure: 0, sureRight: 0 };
  for (const name of categoryFixtures()) {
    const readings = readFixture(name);
    const n = readings.length;
    const right = readings.filter((r) => r.right).length;
    const sure = readings.filter((r) => r.claim && r.claim.confidence! >= SURE);
    const sureRight = sure.filter((r) => r.right).length;
    Object.assign(all, { n: all.n + n, right: all.right + right, sure: all.sure + sure.length, sureRight: all.sureRight + sureRight });
    rows.push(`  ${name.padEnd(36)} ${pct(right, n)} right (${right}/${n})  ${pct(sure.length, n)} reach 0.7, ${pct(sureRight, sure.length)} of them right`);
    for (const r of readings) if (r.claim) judged.push({ decision: 'claim category', right: r.right, why: r.claim.why });
    if (verbose) for (const r of readings) if (!r.right) rows.push(`    miss: ${r.wrong.join('; ')}: ${r.expected.text.replace(/\s+/g, ' ').slice(0, 90)}`);
  }
  rows.push(`  ${'all'.padEnd(36)} ${pct(all.right, all.n)} right (${all.right}/${all.n})  ${pct(all.sure, all.n)} reach 0.7, ${pct(all.sureRight, all.sure)} of them right`);
  return rows;
}
