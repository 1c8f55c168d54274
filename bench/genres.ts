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
/** Folders whose expected-figures.json lists each figure of a genre document with its year. */
export const YEAR_DIRS = [join('test', 'fixtures', 'genres-years'), GENRE_DIR, join('test', 'fixtures', 'genres-years-more')];
/** Folders whose expected-entities.json lists every entity of its genre documents (genres-policy: reports, EU briefing, ministry paper). */
export const ENTITY_DIRS = [GENRE_DIR, join('test', 'fixtures', 'genres-policy')];

interface Expected {
  readonly documents: readonly { doc: string; entities: Gold['entities']; non_entities?: readonly string[] }[];
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
  return expected.documents.map(({ doc, entities, non_entities }) => {
    const analysis = analyse(readFileSync(join(dir, doc), 'utf8'), { hint: doc });
    const gold: Gold = { doc, sections: [], sentences: [], entities, figures: [] };
    const score = scoreGold(analysis, gold);
    const precision = scorePrecision(analysis, { ...gold, non_entities }).entities;
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

/** Expected entities found under a name of theirs but with another type: the type decision's errors. */
export const mistyped = (s: GenreScore) => s.misses.filter((m) => / typed \w+$/.test(m)).length;

/** Every genre document of every entity folder, scored. */
export const scoreAllGenres = (dirs = ENTITY_DIRS) => dirs.flatMap((dir) => scoreGenres(dir));

/** The report rows: per document recall (typed), type right among the expected entities found, surface forms merged, and precision. */
export function formatGenres(scores: readonly GenreScore[], verbose: boolean): string[] {
  const rows = ['\nEntities in written genre documents (test/fixtures/genres, genres-policy; issue #13):'];
  for (const s of scores) {
    rows.push(
      `  ${s.doc.padEnd(22)} recall ${pct(s.typed, s.expected)} (${s.typed}/${s.expected})` +
        `  types ${pct(s.typed, s.typed + mistyped(s))}  forms merged ${pct(s.merged, s.expected)}` +
        `  precision ${pct(s.right, s.found)} (${s.right}/${s.found})`,
    );
    if (verbose) for (const m of [...s.misses, ...s.invented]) rows.push(`    ${m}`);
  }
  return rows;
}

interface ExpectedFigure { readonly text: string; readonly kind: string; readonly year: number | null }
export interface YearRow { readonly text: string; readonly want: number | null; readonly got: number | null | undefined }

/** The documents of a folder's expected-figures.json, each with its expected figures in the order of the text. */
export function expectedFigures(dir: string): Record<string, readonly ExpectedFigure[]> {
  const all = JSON.parse(readFileSync(join(dir, 'expected-figures.json'), 'utf8')) as Record<string, ExpectedFigure[]>;
  return Object.fromEntries(Object.entries(all).filter(([k]) => !k.startsWith('$')));
}

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/**
 * Each expected figure found where its text next occurs in the document (runs of whitespace as one
 * space, so hard wrapping does not matter), and the analyser's figure over it: `got` is its year,
 * undefined when no figure covers the place.
 */
export function yearsOf(dir: string, file: string): { rows: YearRow[]; found: number; right: number; invented: string[] } {
  const source = readFileSync(join(dir, file), 'utf8');
  const figures = analyse(source, { hint: file }).figures;
  const places: { start: number; end: number }[] = [];
  let from = 0;
  const rows = expectedFigures(dir)[file].map((e) => {
    const m = new RegExp(escaped(e.text), 'g');
    m.lastIndex = from;
    const at = m.exec(source);
    if (!at) throw new Error(`"${e.text}" is not in ${file} after offset ${from}`);
    from = at.index + at[0].length;
    places.push({ start: at.index, end: from });
    const f = figures.find((g) => g.start < from && g.end > at.index);
    return { text: e.text, want: e.year, got: f ? f.year : undefined };
  });
  const named = (g: { start: number; end: number }) => places.some((p) => g.start < p.end && g.end > p.start);
  const invented = figures.filter((g) => !named(g)).map((g) => `invented figure "${source.slice(g.start, g.end)}" (${g.kind})`);
  return { rows, found: figures.length, right: figures.length - invented.length, invented };
}

/** What a reader notices of one row: the figure not found, or found with another year. */
export const yearMiss = (r: YearRow) => `"${r.text}" ${r.got === undefined ? 'not found' : r.got} ≠ ${r.want}`;

/** The report rows for figures: per document recall, years right among the expected, and precision. */
export function formatGenreFigures(verbose: boolean, dirs = YEAR_DIRS): string[] {
  const rows = ['\nFigures and their years in written genre documents (test/fixtures/genres*, issue #13):'];
  for (const dir of dirs) {
    for (const file of Object.keys(expectedFigures(dir))) {
      const { rows: got, found, right, invented } = yearsOf(dir, file);
      const hit = got.filter((r) => r.got !== undefined).length;
      const years = got.filter((r) => r.got === r.want).length;
      rows.push(
        `  ${file.padEnd(22)} recall ${pct(hit, got.length)} (${hit}/${got.length})  years ${pct(years, got.length)} (${years}/${got.length})` +
          `  precision ${pct(right, found)} (${right}/${found})`,
      );
      if (verbose) for (const r of [...got.filter((x) => x.got !== x.want).map(yearMiss), ...invented]) rows.push(`    ${r}`);
    }
  }
  return rows;
}
