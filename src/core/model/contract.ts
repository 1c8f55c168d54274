import type { Analysis, Category, CategoryScores, EntityType, FigureKind } from './model';

/**
 * The JSON contract other tools read (`policy-lens <file> --json`). Field names
 * and types are fixed by the schema id; extra fields may be added, none removed.
 */
export const SCHEMA = 'policy-lens/analysis@1';

/** The document as the contract gives it. */
export interface AnalysisJson {
  readonly schema: typeof SCHEMA;
  readonly format: string;
  readonly sections: readonly { title: string; level: number; start: number; end: number; parent: number | null }[];
  readonly claims: readonly {
    start: number;
    end: number;
    text: string;
    section: number | null;
    primary: Category | null;
    secondary: Category | null;
    categories: CategoryScores;
    role: string | null;
    cues: string[];
    figures: readonly number[];
    entities: readonly string[];
  }[];
  readonly entities: readonly {
    id: string;
    name: string;
    type: EntityType;
    aliases: readonly string[];
    mentions: { start: number; end: number }[];
  }[];
  readonly figures: readonly {
    start: number;
    end: number;
    text: string;
    kind: FigureKind;
    value: number | null;
    high: number | null;
    unit: string | null;
    year: number | null;
    period: string | null;
    about: string | null;
    claim: number | null;
    /** The rules that decided its kind, unit, year and description. */
    why: readonly { rule: string; weight: number; about?: string; words?: string }[];
  }[];
  readonly warnings: readonly string[];
}

/** Whitespace runs (hard wraps) read as one space. */
export function readable(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Converts an analysis to the contract's shape. */
export function toJson(analysis: Analysis): AnalysisJson {
  const { text } = analysis;
  return {
    schema: SCHEMA,
    format: analysis.format,
    sections: analysis.sections.map((s) => ({ title: s.title, level: s.level, start: s.start, end: s.end, parent: s.parent })),
    claims: analysis.claims.map((c) => ({
      start: c.start,
      end: c.end,
      text: readable(text.slice(c.start, c.end)),
      section: c.section,
      primary: c.primary,
      secondary: c.secondary,
      categories: c.categories,
      role: c.role,
      cues: c.cues.map((cue) => (cue.category ? `${cue.category}:${cue.term}` : `role:${cue.term}`)),
      figures: c.figures,
      entities: c.entities,
    })),
    entities: analysis.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end })),
    })),
    figures: analysis.figures.map((f) => ({
      start: f.start,
      end: f.end,
      text: readable(text.slice(f.start, f.end)),
      kind: f.kind,
      value: f.value,
      high: f.high,
      unit: f.unit,
      year: f.year,
      period: f.period,
      about: f.about,
      claim: f.claim,
      why: f.why,
    })),
    warnings: analysis.warnings,
  };
}
