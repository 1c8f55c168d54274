/**
 * The reading model of one policy document. Everything Policy Lens shows (hover
 * cards, CodeLens, the argument tree, the command line) reads this one model.
 *
 * Every range is a pair of offsets into the analysed text: JavaScript string
 * indices, as `TextDocument.offsetAt` gives, after a leading BOM is removed
 * (the BOM is removed by replacing it with nothing, so offsets in a document that
 * had one are shifted by one; `analyse` reports `bomRemoved`). The model never
 * copies the text per sentence: read a range with `text.slice(start, end)`.
 *
 * This file must not import `vscode`: the core runs in Node, in the CLI, in tests
 * and in a worker.
 */

/** A half-open range `[start, end)` of UTF-16 offsets into the analysed text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The three claim categories. */
export type Category = 'geopolitical' | 'military' | 'economic';

/** All categories, in display order. */
export const CATEGORIES: readonly Category[] = ['geopolitical', 'military', 'economic'];

/** A score per category, each in `[0, 1]` after normalisation. */
export type CategoryScores = Readonly<Record<Category, number>>;

/**
 * The role a sentence plays in the argument, read in its paragraph and section.
 * `statement` is a body sentence with no stronger role.
 */
export type Role =
  | 'question'
  | 'thesis'
  | 'reason'
  | 'evidence'
  | 'contrast'
  | 'concession'
  | 'conclusion'
  | 'statement';

/** How the structure of a document was read. */
export type DocumentFormat = 'markdown' | 'plain';

/** The kind of a block: a unit of layout that sentences do not cross. */
export type BlockKind =
  | 'heading'
  | 'paragraph'
  | 'listItem'
  | 'tableCell'
  | 'blockquote'
  | 'code'
  | 'html'
  | 'meta';

/**
 * A block of the document: a heading, a paragraph, a list item, one table cell,
 * code, or `meta` (front matter, navigation, bibliographic lines: not argued text).
 * Only `paragraph`, `listItem` and `blockquote` blocks hold claims.
 */
export interface Block extends Span {
  readonly kind: BlockKind;
  /** Index of the section the block belongs to, or null before the first one. */
  readonly section: number | null;
}

/**
 * Page furniture or boilerplate (a page number, a running header, a legal
 * notice, a contact line…): not argued text, not a section, not read for
 * entities. A furniture line inside a paragraph (a page break) is masked out of
 * it, so the sentence around it reads whole.
 */
export interface Notice extends Span {
  /** The rule that decided it ("notice:page-number"), with a phrase in the rule registry. */
  readonly rule: string;
  /** Index of the section it stands in, or null before the first one. */
  readonly section: number | null;
}

/** A section of the argument: a heading (or the untitled opening) and what follows it. */
export interface Section extends Span {
  /** Title as a reader sees it (markup and line breaks removed), or "(introduction)". */
  readonly title: string;
  /** Heading level, 1 = top. The untitled opening has level 1. */
  readonly level: number;
  /** Range of the heading text itself (start === end for the untitled opening). */
  readonly heading: Span;
  /** Index of the enclosing section, or null for a top-level one. */
  readonly parent: number | null;
}

/**
 * One rule or cue that took part in a decision (an entity's type, a figure's kind
 * or year, a claim's category or role), by the name of its row in the lexicon
 * data, with the weight it added. Decisions carry them so a reader can ask "why?"
 * and the evaluation can count which rules fire on right and on wrong answers.
 */
export interface Reason {
  /** The rule's id, e.g. "entity:title-before-name", "figure:year-same-clause", "claim:cue". */
  readonly rule: string;
  /** The weight it added (1 for a rule that decides alone). */
  readonly weight: number;
  /** What it decided about, when a decision has several parts: "type", "kind", "year", "category", "role". */
  readonly about?: string;
  /** The words it matched, when that helps a reader ("the port of", "troops"). */
  readonly words?: string;
}

/** No links: one shared empty list of claim indices. */
export const NO_LINKS: readonly number[] = Object.freeze([]);

/** A claim's links before the argument is read: it supports nothing, nothing supports or qualifies it. */
export const NO_ARGUMENT = Object.freeze({ supports: NO_LINKS, supportedBy: NO_LINKS, qualifiedBy: NO_LINKS, unsupported: false });

/** No reasons: one shared empty list. */
export const NO_REASONS: readonly Reason[] = Object.freeze([]);

/** One cue that moved a claim's score or role: a word, phrase or figure. */
export interface Cue extends Span {
  /** The category it argues for, or null for a role cue. */
  readonly category: Category | null;
  /** The lexicon entry or rule that matched, lower-cased (e.g. "troops", "figure:money"). */
  readonly term: string;
  /** Weight it added. */
  readonly weight: number;
}

/** A body sentence, read as a claim. */
export interface Claim extends Span {
  /** Index of its section, or null if it precedes any section. */
  readonly section: number | null;
  /** Index of its block (paragraph or list item) in `Analysis.blocks`. */
  readonly block: number;
  /** Normalised scores per category. */
  readonly categories: CategoryScores;
  /** The dominant category, or null when no cue is strong enough. */
  readonly primary: Category | null;
  /** A second category that also clearly applies, if any. */
  readonly secondary: Category | null;
  /** How sure its category is, 0–1 (≥ 0.7: sure); its `why` names what made it weak (about 'confidence'). Set by the claim reader. */
  readonly confidence?: number;
  /** Its role in the argument. */
  readonly role: Role;
  /** The cues that decided, in text order. */
  readonly cues: readonly Cue[];
  /** Indices into `Analysis.figures` of the figures inside this claim. */
  readonly figures: readonly number[];
  /** Ids of the entities mentioned in this claim. */
  readonly entities: readonly string[];
  /** The rules that decided its category and role, strongest first. */
  readonly why: readonly Reason[];
  /** Indices of the claims this one supports (a reason or evidence for them). */
  readonly supports: readonly number[];
  /** Indices of the claims that support this one. */
  readonly supportedBy: readonly number[];
  /** Indices of the contrasts and concessions that qualify this one. */
  readonly qualifiedBy: readonly number[];
  /** True for a claim that asserts (thesis, conclusion, recommendation) with nothing supporting it in its section. */
  readonly unsupported: boolean;
}

/** The type of a named entity. */
export type EntityType = 'person' | 'place' | 'organization' | 'treaty_or_program' | 'other';

/** One place an entity is named. */
export interface Mention extends Span {
  /** Id of the entity it refers to. */
  readonly entity: string;
}

/** A real-world referent: every surface form that names it merged into one. */
export interface Entity {
  /** Stable id within one analysis, e.g. "person:aleksandr-lukashenko". */
  readonly id: string;
  /** Canonical name: the fullest form the document uses. */
  readonly name: string;
  readonly type: EntityType;
  /** Other surface forms (surname alone, spelling variants), without possessive endings. */
  readonly aliases: readonly string[];
  /** Every mention, in text order. */
  readonly mentions: readonly Mention[];
  /** The rules that decided its type (and merged its forms), strongest first. */
  readonly why: readonly Reason[];
}

/** The kind of a figure. */
export type FigureKind = 'percent' | 'money' | 'quantity' | 'count' | 'ratio' | 'date';

/** A number a reader would want explained. */
export interface Figure extends Span {
  readonly kind: FigureKind;
  /**
   * Normalised value: a percentage as its number (36.3), money in units of the
   * currency (5e8 for "half billion dollars"), a ratio as its factor (5, or 0.5
   * for "two times lower"), a date as its year. For a range, the low end; see `high`.
   */
  readonly value: number | null;
  /** High end of a range ("150,000-170,000"), else null. */
  readonly high: number | null;
  /**
   * Unit: "%", an ISO 4217 code for money ("USD", "RUB"), the counted noun for
   * quantities and counts ("men", "regions", "cubic meters"), "times" for ratios,
   * "year" for dates; null when the text gives none.
   */
  readonly unit: string | null;
  /** The year the figure refers to, when the text says. */
  readonly year: number | null;
  /** A finer period when the text says ("first quarter", "February"), else null. */
  readonly period: string | null;
  /** What it measures, in words taken from the text, e.g. "share of barter operations". */
  readonly about: string | null;
  /** Index of the claim it sits in, or null (headings, tables). */
  readonly claim: number | null;
  /** The rules that decided its kind, unit and year. */
  readonly why: readonly Reason[];
}

/** The whole reading of a document. */
export interface Analysis {
  /** The analysed text (BOM removed). Ranges index into it. */
  readonly text: string;
  readonly format: DocumentFormat;
  /** True when a leading BOM was removed before analysis. */
  readonly bomRemoved: boolean;
  /** Sections in document order. */
  readonly sections: readonly Section[];
  /** Blocks in document order. */
  readonly blocks: readonly Block[];
  /** Claims (body sentences) in document order. */
  readonly claims: readonly Claim[];
  /** Entities ordered by first mention. */
  readonly entities: readonly Entity[];
  /** Figures in document order. */
  readonly figures: readonly Figure[];
  /** Analysers that failed and were skipped, with their message. */
  readonly warnings: readonly string[];
  /** Page furniture and boilerplate, in document order (the outline's "Front matter / notices"). */
  readonly notices?: readonly Notice[];
  /**
   * The text as the analysers read it: markup, link targets and notices blanked
   * (same length as `text`). Quotes shown to a reader come from it.
   */
  readonly masked?: string;
}
