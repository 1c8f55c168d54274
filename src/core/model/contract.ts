import type { Analysis, Category, CategoryScores, Claim, Entity, EntityType, Figure, FigureKind, Reason } from './model';
import { shownText } from './shown';

/**
 * The JSON contract other tools read (`policy-lens <file> --json`). Field names
 * and types are fixed by the schema id; extra fields may be added, none removed.
 */
export const SCHEMA = 'policy-lens/analysis@1';

/**
 * A rule that took part in a decision: its id (`entity:…`, `figure:…`, `claim:…`,
 * `role:…`), the weight it added, and, when given, what it decided about and the
 * words it matched.
 */
export interface ReasonJson {
  readonly rule: string;
  readonly weight: number;
  readonly about?: string;
  readonly words?: string;
}

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
    /** How sure its category is, 0–1 (≥ 0.7: sure). */
    confidence?: number;
    role: string | null;
    cues: string[];
    figures: readonly number[];
    entities: readonly string[];
    /** Indices of the claims this one supports, of those that support it, and of the contrasts and concessions that qualify it. */
    supports: readonly number[];
    supportedBy: readonly number[];
    qualifiedBy: readonly number[];
    /** An asserting claim (thesis, conclusion) that nothing in its section supports. */
    unsupported: boolean;
    /** The rules that decided its category, role and links, strongest first. */
    why: readonly ReasonJson[];
  }[];
  readonly entities: readonly {
    id: string;
    name: string;
    type: EntityType;
    aliases: readonly string[];
    mentions: { start: number; end: number }[];
    /** The rules that decided its type. */
    why: readonly ReasonJson[];
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
    why: readonly ReasonJson[];
  }[];
  /** Page furniture and boilerplate the argument leaves out: the rule that decided each. */
  readonly notices: readonly { start: number; end: number; text: string; rule: string; section: number | null }[];
  readonly warnings: readonly string[];
}

/** Whitespace runs (hard wraps) read as one space. */
export function readable(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A reason as the contract gives it: its fields in a fixed order, `about` and `words` only when given. */
function reasonJson(reason: Reason): ReasonJson {
  const json: { rule: string; weight: number; about?: string; words?: string } = { rule: reason.rule, weight: reason.weight };
  if (reason.about !== undefined) json.about = reason.about;
  if (reason.words !== undefined) json.words = reason.words;
  return json;
}

/** A claim, an entity and a figure as the contract gives them. */
export type ClaimJson = AnalysisJson['claims'][number];
export type EntityJson = AnalysisJson['entities'][number];
export type FigureJson = AnalysisJson['figures'][number];

/**
 * A list of the contract whose elements are made one at a time, when asked:
 * the JSON of a large model is then written element by element and never held
 * whole (a 5 MB document's claims, entities and figures made at once held
 * about 200 MB). `JSON.stringify` reads it as the array it stands for.
 */
export class JsonRows<T> {
  /**
   * @param at Element `index`, made when asked.
   * @param line Its JSON, compact (by default `JSON.stringify` of the element):
   *   what `--json` writes, which may be made without making the element.
   */
  constructor(
    readonly length: number,
    readonly at: (index: number) => T,
    readonly line: (index: number) => string = (index) => JSON.stringify(at(index) ?? null) ?? 'null',
  ) {}

  /** The elements, all made. */
  toJSON(): T[] {
    const all: T[] = new Array(this.length);
    for (let i = 0; i < this.length; i++) all[i] = this.at(i);
    return all;
  }
}

/** The contract with its claims, entities and figures made when written. */
export type AnalysisRows = Omit<AnalysisJson, 'claims' | 'entities' | 'figures'> & {
  readonly claims: JsonRows<ClaimJson>;
  readonly entities: JsonRows<EntityJson>;
  readonly figures: JsonRows<FigureJson>;
};

/** Converts an analysis to the contract's shape. */
export function toJson(analysis: Analysis): AnalysisJson {
  const rows = toJsonRows(analysis);
  return { ...rows, claims: rows.claims.toJSON(), entities: rows.entities.toJSON(), figures: rows.figures.toJSON() };
}

/** {@link toJson} with its claims, entities and figures made one at a time as they are read (the same keys in the same order). */
export function toJsonRows(analysis: Analysis): AnalysisRows {
  const { text, masked } = analysis;
  // Reasons are shared by many claims (model/shared.ts): each one's JSON is made once.
  const made = new Map<Reason, string>();
  const whyJson = (why: readonly Reason[]) => {
    let out = '';
    for (const reason of why) {
      let json = made.get(reason);
      if (json === undefined) made.set(reason, (json = JSON.stringify(reasonJson(reason))));
      out += out ? `,${json}` : json;
    }
    return `[${out}]`;
  };
  /** Rows of `list`, each its `fields` then its `why` (the last key of every element). */
  const rows = <S extends { readonly why: readonly Reason[] }, F extends object>(list: readonly S[], fields: (item: S) => F) =>
    new JsonRows<F & { why: readonly ReasonJson[] }>(
      list.length,
      (i) => ({ ...fields(list[i]), why: list[i].why.map(reasonJson) }),
      (i) => `${JSON.stringify(fields(list[i])).slice(0, -1)},"why":${whyJson(list[i].why)}}`,
    );
  return {
    schema: SCHEMA,
    format: analysis.format,
    sections: analysis.sections.map((s) => ({ title: s.title, level: s.level, start: s.start, end: s.end, parent: s.parent })),
    claims: rows(analysis.claims, (c) => claimFields(c, text, masked)),
    entities: rows(analysis.entities, entityFields),
    figures: rows(analysis.figures, (f) => figureFields(f, text)),
    notices: (analysis.notices ?? []).map((n) => ({ start: n.start, end: n.end, text: readable(text.slice(n.start, n.end)), rule: n.rule, section: n.section })),
    warnings: analysis.warnings,
  };
}

function claimFields(c: Claim, text: string, masked: string | undefined): Omit<ClaimJson, 'why'> {
  return {
    start: c.start,
    end: c.end,
    text: shownText(text, masked, c),
    section: c.section,
    primary: c.primary,
    secondary: c.secondary,
    categories: c.categories,
    confidence: c.confidence,
    role: c.role,
    cues: c.cues.map((cue) => (cue.category ? `${cue.category}:${cue.term}` : `role:${cue.term}`)),
    figures: c.figures,
    entities: c.entities,
    supports: c.supports,
    supportedBy: c.supportedBy,
    qualifiedBy: c.qualifiedBy,
    unsupported: c.unsupported,
  };
}

function entityFields(e: Entity): Omit<EntityJson, 'why'> {
  return {
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    mentions: e.mentions.map((m) => ({ start: m.start, end: m.end })),
  };
}

function figureFields(f: Figure, text: string): Omit<FigureJson, 'why'> {
  return {
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
  };
}
