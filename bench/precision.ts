/**
 * Precision: what the analyser invents. Recall (score.ts) counts what the annotation names and the
 * analyser finds; this counts what the analyser finds and the annotation does not name.
 */
import type { Analysis, Span } from '../src/core/model/model';
import { bare, normalised, overlap, squash, variants, type Gold } from './score';

/**
 * A gold annotation may list things a reader would wrongly take for entities:
 * as strings, or as objects with their `text` (and a `why` the annotator gave).
 */
export type GoldWithNon = Gold & { readonly non_entities?: readonly (string | { readonly text: string })[] };

interface Found {
  /** Parts the analyser found. */
  readonly found: number;
  /** Of them, those the annotation names. */
  readonly right: number;
  /** What was invented, for --verbose. */
  readonly invented: string[];
}

export interface PrecisionScore {
  /** Claims on a sentence the annotation reads; one on none is furniture, a heading or a label read as argument. */
  readonly claims: Found;
  readonly entities: Found & { /** Found parts the annotation lists as non-entities: certainly wrong. */ certainlyWrong: number };
  readonly figures: Found;
  readonly sections: Found;
}

/** Every place a needle occurs in the visible text, as spans of the original text. */
function occurrences(flat: string, origin: number[], needle: string): Span[] {
  const n = squash(needle);
  const spans: Span[] = [];
  if (!n) return spans;
  for (let at = flat.indexOf(n); at >= 0; at = flat.indexOf(n, at + n.length)) {
    spans.push({ start: origin[at], end: origin[at + n.length - 1] + 1 });
  }
  return spans;
}

/** The bare forms an entity is known by: its name, its aliases, and what each mention says. */
function formsOf(analysis: Analysis, entity: Analysis['entities'][number]): string[] {
  const said = entity.mentions.map((m) => analysis.text.slice(m.start, m.end));
  return [...new Set([entity.name, ...entity.aliases, ...said].map(bare))];
}

/** Entities: a found entity is right when one of its forms is a form (or the surname of a form) of a gold entity. */
function entityPrecision(analysis: Analysis, gold: GoldWithNon): PrecisionScore['entities'] {
  const goldForms = new Set(gold.entities.flatMap((e) => [e.canonical, ...e.mentions].flatMap(variants)));
  const longForms = [...goldForms].filter((f) => f.includes(' '));
  const non = new Set((gold.non_entities ?? []).map((n) => bare(typeof n === 'string' ? n : n.text)));
  const invented: string[] = [];
  let right = 0;
  let certainlyWrong = 0;
  for (const entity of analysis.entities) {
    const forms = formsOf(analysis, entity);
    const named = forms.some((f) => goldForms.has(f) || (f.includes(' ') && longForms.some((g) => g.endsWith(` ${f}`))));
    if (named) {
      right++;
      continue;
    }
    const wrong = forms.some((f) => non.has(f));
    if (wrong) certainlyWrong++;
    invented.push(`invented entity ${entity.name} (${entity.type})${wrong ? ' — listed as not an entity' : ''}`);
  }
  return { found: analysis.entities.length, right, invented, certainlyWrong };
}

/**
 * What the analysis found at places of the text (figures, claims): right when it overlaps a place where
 * the text says one of the annotation's `texts`; `told` words what was invented, for --verbose.
 */
function placePrecision<T extends Span>(analysis: Analysis, found: readonly T[], texts: readonly string[], told: (item: T, said: string) => string): Found {
  const { flat, origin } = normalised(analysis.text);
  const spans = texts.flatMap((t) => occurrences(flat, origin, t));
  const invented: string[] = [];
  let right = 0;
  for (const item of found) {
    if (spans.some((s) => overlap(s, item) > 0)) right++;
    else invented.push(told(item, squash(analysis.text.slice(item.start, item.end))));
  }
  return { found: found.length, right, invented };
}

/** Figures: a found figure is right when it overlaps a place where the text says a gold figure. */
const figurePrecision = (analysis: Analysis, gold: Gold): Found =>
  placePrecision(analysis, analysis.figures, gold.figures.map((f) => f.text), (figure, said) => `invented figure "${said}" (${figure.kind})`);

/** Sections: a found heading is right when the annotation lists its title; the untitled opening is not counted. */
function sectionPrecision(analysis: Analysis, gold: Gold): Found {
  const titles = new Set(gold.sections.map((t) => squash(t).toLowerCase()));
  const headed = analysis.sections.filter((s) => s.heading.end > s.heading.start);
  const invented: string[] = [];
  let right = 0;
  for (const section of headed) {
    if (titles.has(squash(section.title).toLowerCase())) right++;
    else invented.push(`invented section "${squash(section.title).slice(0, 80)}"`);
  }
  return { found: headed.length, right, invented };
}

/** Claims: a claim is right when it overlaps a place where the text says a sentence of the annotation. */
const claimPrecision = (analysis: Analysis, gold: Gold): Found =>
  placePrecision(analysis, analysis.claims, gold.sentences.map((s) => s.text), (_claim, said) => `invented claim "${said.slice(0, 80)}"`);

/** What the analysis found that the annotation does not name, per part. */
export function scorePrecision(analysis: Analysis, gold: GoldWithNon): PrecisionScore {
  return {
    claims: claimPrecision(analysis, gold),
    entities: entityPrecision(analysis, gold),
    figures: figurePrecision(analysis, gold),
    sections: sectionPrecision(analysis, gold),
  };
}

const pct = (n: number, d: number) => (d === 0 ? '  n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const row = (label: string, n: number, d: number, target: string) =>
  `  ${label.padEnd(44)} ${pct(n, d)}  (${n}/${d})${target ? `  target ${target}` : ''}`;

/** Per document and in the mean over documents: precision of entities, figures and sections. */
export class PrecisionReport {
  private readonly scores: PrecisionScore[] = [];

  /** The lines for one document (and its inventions when verbose); remembers the score for the mean. */
  add(score: PrecisionScore, verbose: boolean): string[] {
    this.scores.push(score);
    const { claims, entities, figures, sections } = score;
    const lines = [
      row('claims: on a sentence the annotation reads', claims.right, claims.found, ''),
      row('entities: found that the annotation names', entities.right, entities.found, '≥ 90%'),
      row('figures: found that the annotation names', figures.right, figures.found, '≥ 90%'),
      row('sections: found that the annotation names', sections.right, sections.found, ''),
    ];
    if (entities.certainlyWrong) lines.push(`  entities listed by the annotation as not entities: ${entities.certainlyWrong}`);
    if (verbose) for (const miss of [...claims.invented, ...entities.invented, ...figures.invented, ...sections.invented]) lines.push(`    ${miss}`);
    return lines;
  }

  /** The mean over documents of each precision (documents where nothing was found are left out). */
  mean(): string[] {
    const of = (part: (s: PrecisionScore) => Found, label: string) => {
      const ratios = this.scores.map(part).filter((f) => f.found > 0).map((f) => f.right / f.found);
      const m = ratios.length ? ratios.reduce((a, b) => a + b, 0) / ratios.length : 0;
      return `  ${label.padEnd(44)} ${(100 * m).toFixed(1).padStart(5)}%  (mean of ${ratios.length} documents)`;
    };
    return [
      '\nPrecision, mean over documents',
      of((s) => s.claims, 'claims'),
      of((s) => s.entities, 'entities'),
      of((s) => s.figures, 'figures'),
      of((s) => s.sections, 'sections'),
    ];
  }
}
