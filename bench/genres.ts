/**
 * Entity recall and precision on documents written for genres the recogniser was not developed on
 * (issue #13: press releases, testimony). The documents and their expected entities are in
 * test/fixtures/genres, written by hand before the analyser was run on them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../src/core/analyse';
import { scoreGold, type Gold } from './score';
import { scorePrecision } from './precision';

export const GENRE_DIR = join('test', 'fixtures', 'genres');

interface Expected {
  readonly documents: readonly { doc: string; entities: Gold['entities'] }[];
}

export interface GenreScore {
  readonly doc: string;
  /** Expected entities found with the right type. */
  readonly typed: number;
  /** Expected entities whose every surface form sits in one found entity. */
  readonly merged: number;
  readonly expected: number;
  /** Found entities the expected list names. */
  readonly right: number;
  readonly found: number;
  readonly misses: readonly string[];
  readonly invented: readonly string[];
}

/** Scores every genre document against its expected entities. */
export function scoreGenres(dir = GENRE_DIR): GenreScore[] {
  const expected = JSON.parse(readFileSync(join(dir, 'expected-entities.json'), 'utf8')) as Expected;
  return expected.documents.map(({ doc, entities }) => {
    const analysis = analyse(readFileSync(join(dir, doc), 'utf8'), { hint: doc });
    const gold: Gold = { doc, sections: [], sentences: [], entities, figures: [] };
    const score = scoreGold(analysis, gold);
    const precision = scorePrecision(analysis, gold).entities;
    return {
      doc,
      typed: score.entities.right,
      merged: score.entities.merged,
      expected: score.entities.total,
      right: precision.right,
      found: precision.found,
      misses: score.misses.filter((m) => m.startsWith('entity ')),
      invented: precision.invented,
    };
  });
}

const pct = (n: number, d: number) => (d === 0 ? '  n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

/** The report rows: per document recall (typed), surface forms merged, and precision. */
export function formatGenres(scores: readonly GenreScore[], verbose: boolean): string[] {
  const rows = ['\nEntities in written genre documents (test/fixtures/genres, issue #13):'];
  for (const s of scores) {
    rows.push(
      `  ${s.doc.padEnd(22)} recall ${pct(s.typed, s.expected)} (${s.typed}/${s.expected})` +
        `  forms merged ${pct(s.merged, s.expected)}  precision ${pct(s.right, s.found)} (${s.right}/${s.found})`,
    );
    if (verbose) for (const m of [...s.misses, ...s.invented]) rows.push(`    ${m}`);
  }
  return rows;
}
