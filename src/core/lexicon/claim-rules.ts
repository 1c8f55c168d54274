import type { Category } from '../model/model';
import { CATEGORIES } from '../model/model';
import claimData from './data/claims.json';
import { escape, headingPattern, institutionPattern, ownNamePattern, wordAlternatives } from './claim-patterns';
export { findFrameWords } from './claim-patterns';
import type { AloneWordsRule, IdiomRule, InstitutionNameRule, LeadingClauseRule, OwnNameRule, PlaceSettingRule, RuleRow, ShiftRule, TimePhraseRule } from './claim-rows';
export type { AloneWordsRule, IdiomRule, InstitutionNameRule, LeadingClauseRule, OwnNameRule, PlaceSettingRule, RuleRow, ShiftRule, TimePhraseRule } from './claim-rows';

/**
 * The rules that decide a claim's category, as data
 * (src/core/lexicon/data/claims.json): how the lexicon's words, figures and
 * places count, how much a paragraph and a section colour a sentence, and the
 * thresholds for a primary and a secondary category. Compiled here once.
 */

/** The lexicon's words of one category. */
export interface TermRule extends RuleRow {
  readonly category: Category;
}

/**
 * A figure of one of `kinds` argues for `category` (with `forces`, only a count
 * of troops, arms or ships), where its own words hold one of `with` (if given)
 * and none of `unless` (word starts, lower-case).
 */
export interface FigureRule extends RuleRow {
  readonly term: string;
  readonly category: Category;
  readonly kinds: readonly string[];
  readonly forces: boolean;
  readonly with?: readonly string[];
  readonly unless?: readonly string[];
}

/** At least `minimum` places named in one sentence argue for `category` (`addresses`: "Boise City, Oklahoma" is one; `seats`: a member's seat is none). */
export interface PlacesRule extends RuleRow {
  readonly term: string;
  readonly category: Category;
  readonly minimum: number; readonly addresses?: boolean; readonly seats?: readonly string[];
}

/** A share of the paragraph's or the section's mean score in one category. */
export interface ContextRule extends RuleRow {
  readonly of: 'paragraph' | 'section';
  readonly category: Category;
}

/** A confidence measure: full confidence at `full` (a share of the lead, a sum of cue weights, a share of the threshold). */
export type ConfidenceRow = RuleRow & { readonly full: number };

/** Context that agrees with a claim's category counts as `witnesses` for it. */
export type WitnessRow = RuleRow & { readonly witnesses: number };

/** How sure a claim's category is (claims/confidence.ts): a measure under `strong` is named as weak. */
export interface ConfidenceRules {
  readonly strong: number;
  readonly margin: ConfidenceRow;
  /** `full` witnesses make a claim sure; its own words count one witness per `perWitness` of cue weight. */
  readonly cues: ConfidenceRow & { readonly perWitness: number };
  readonly paragraph: WitnessRow; readonly section: WitnessRow;
  readonly contextOnly: RuleRow & { readonly cap: number }; readonly frameAgainst: RuleRow & { readonly cap: number };
  readonly threshold: ConfidenceRow;
  /** No category, no background frame, and a context that lends at least `lean`: no surer than `cap`. */
  readonly unframed?: RuleRow & { readonly cap: number; readonly lean: number }; readonly unframedNames?: RuleRow & { readonly cap: number }; // and naming a place
  /** Own words of the category under `below` in weight, the paragraph's other sentences under `paragraphBelow` on average: no surer than `cap`. */
  readonly loneWord?: RuleRow & { readonly cap: number; readonly below: number; readonly paragraphBelow: number };
  readonly echo?: RuleRow; // the paragraph leans the same way only through the claim's own words: no witness
  /** Own words of the category under `below` with no paragraph or section that agrees (`oneWitness`); names of institutions that hold words of another category weighing `ratio` times its own (`nameAgainst`): no surer than `cap`. */
  readonly oneWitness?: RuleRow & { readonly cap: number; readonly below: number }; readonly nameAgainst?: RuleRow & { readonly cap: number; readonly ratio: number };
}

/**
 * A kind of sentence found by its `words` (a trailing * for any ending), with
 * `with`, only where that category has a cue too: scales the categories it
 * `damps` by `factor`, adds `weight` to `category`, and with `context: false`
 * lends the sentence nothing from its paragraph and section.
 */
export interface FrameRule extends RuleRow {
  readonly words: readonly string[];
  readonly category: Category | null;
  readonly with?: Category;
  readonly damps: readonly Category[];
  readonly factor: number;
  readonly context?: boolean; readonly endsWith?: string; readonly bare?: boolean; readonly wordless?: boolean; readonly ownTerms?: readonly string[]; readonly clauseBound?: boolean; readonly untilColon?: boolean; readonly unless?: readonly string[]; readonly ownWords?: number; // claims.schema.json
}

/**
 * A frame ready to run: its row and one pattern for its words. The pattern
 * holds no lookbehind (a lookbehind at every start made the three frames about
 * a twentieth of a whole reading): {@link findFrameWords} checks that no letter
 * or digit precedes a match, as `(?<![\p{L}\p{N}])` did.
 */
export interface CompiledFrame {
  readonly row: FrameRule;
  readonly pattern: RegExp; readonly unless?: RegExp; // `unless`: words that keep the frame out wherever the sentence holds them
}

/** One pattern for a frame's words: phrases lower-case, a trailing * for any ending, words apart by any space. */
export function compileFrame(row: FrameRule): CompiledFrame {
  const unless = row.unless ? compileFrame({ ...row, words: row.unless, unless: undefined }).pattern : undefined;
  return { row, pattern: new RegExp(`(?:${wordAlternatives(row.words).join('|')})(?![\\p{L}\\p{N}])`, 'giu'), unless };
}


/**
 * Headings that say what a section of the document itself is (methodology,
 * legal basis, about the authors): the sentences under them are read as a
 * frame of their own, the row's `headings` matched against the whole title.
 */
export interface HeadingFrameRule extends Omit<FrameRule, 'words'> {
  readonly headings: readonly string[];
}


/** The claim rules as written in the data. */
export interface ClaimData {
  readonly terms: readonly TermRule[];
  readonly figures: readonly FigureRule[];
  readonly places: readonly PlacesRule[];
  readonly placeSetting?: PlaceSettingRule; // places named only as where something happens count for nothing (claims/settings.ts)
  readonly context: readonly ContextRule[];
  readonly decision: {
    readonly primary: RuleRow & { readonly minimum: number };
    readonly secondary: RuleRow & { readonly ownMinimum: number; readonly share: number };
    readonly none: RuleRow;
    readonly split: RuleRow & { readonly margin: number };
    readonly named?: RuleRow; readonly oneVoice?: RuleRow & { readonly minimum: number }; readonly splitSection?: RuleRow & { readonly ratio: number }; // see claims.schema.json
  };
  readonly confidence: ConfidenceRules;
  readonly frames: readonly FrameRule[];
  readonly idioms?: IdiomRule;
  readonly leadingClause?: LeadingClauseRule;
  readonly openingFrame?: RuleRow; readonly laterClause?: RuleRow; readonly ownWordsRule?: RuleRow; readonly figurative?: readonly FigurativeRule[]; readonly attribution?: RuleRow & { readonly verbs: readonly string[]; readonly factor: number }; // claims.schema.json
  readonly institutionName?: InstitutionNameRule;
  readonly ownName?: OwnNameRule;
  readonly headingFrames?: readonly HeadingFrameRule[];
  readonly aloneWords?: readonly AloneWordsRule[];
  readonly shifts?: readonly ShiftRule[];
  readonly timePhrase?: TimePhraseRule;
  readonly company?: RuleRow & { readonly factor: number; readonly minimum: number; readonly share: number; readonly heaviest: number }; readonly keptCompany?: RuleRow & { readonly minimum: number; readonly share: number; readonly strong: number; readonly shortest: number; readonly most: number; readonly leaning?: number }; // kept.ts
}

/** Claim rules ready to run: rows by category, and evidence rows by the term their cues carry. */
export interface ClaimRules extends ClaimData {
  readonly termRule: Readonly<Record<Category, TermRule | null>>;
  readonly paragraphRule: Readonly<Record<Category, ContextRule | null>>;
  readonly sectionRule: Readonly<Record<Category, ContextRule | null>>;
  /** The rule of an evidence cue ("figure:money"), by the cue's term. */
  readonly evidenceRule: ReadonlyMap<string, RuleRow>;
  /** The frames, each with its pattern. */
  readonly compiledFrames: readonly CompiledFrame[];
  /** The idioms' words, lower-case, as a claim's words are keyed. */
  readonly idiomWords: ReadonlySet<string>;
  /** The opening words of a leading clause, as one pattern at a sentence's start (null without the rule). */
  readonly leadingOpener: RegExp | null;
  /** Names of institutions and laws, as one pattern, and their heads and tails alone, to try it only where one is (null without the rule). */
  readonly institutionPattern: RegExp | null;
  readonly institutionWords: RegExp | null;
  /** A union's own names for itself and its members, as one pattern (null without the rule). */
  readonly ownNamePattern: RegExp | null;
  /** The names that show a text is in the union's own voice, as one pattern (null without the rule). */
  readonly ownVoicePattern: RegExp | null;
  /** The heading frames, each with a pattern that matches a whole section title (numbering aside). */
  readonly compiledHeadings: readonly { readonly row: HeadingFrameRule; readonly pattern: RegExp }[];
  /** The rows of "aloneWords" by the lexicon terms they hold; each shift with its `near` words as one frame pattern. */
  readonly aloneTerms: ReadonlyMap<string, AloneWordsRule>;
  readonly compiledShifts: readonly { readonly row: ShiftRule; readonly near: CompiledFrame; readonly needs?: CompiledFrame }[];
  readonly compiledFigurative: readonly { readonly row: FigurativeRule; readonly phrase: CompiledFrame }[];
}

function byCategory<T extends { readonly category: Category }>(rows: readonly T[]): Record<Category, T | null> {
  const out = { geopolitical: null, military: null, economic: null } as Record<Category, T | null>;
  for (const row of rows) {
    if (!CATEGORIES.includes(row.category)) throw new Error(`Claim rule "${(row as unknown as RuleRow).id}" names the category "${row.category}": use ${CATEGORIES.join(', ')}.`);
    out[row.category] = row;
  }
  return out;
}

/** Compiles claim rules. */
export function compileClaimRules(data: ClaimData): ClaimRules {
  const evidenceRule = new Map<string, RuleRow>();
  for (const row of [...data.figures, ...data.places]) evidenceRule.set(row.term, row);
  return {
    ...data,
    termRule: byCategory(data.terms),
    paragraphRule: byCategory(data.context.filter((r) => r.of === 'paragraph')),
    sectionRule: byCategory(data.context.filter((r) => r.of === 'section')),
    evidenceRule,
    compiledFrames: data.frames.map(compileFrame),
    idiomWords: new Set((data.idioms?.words ?? []).map((w) => w.toLowerCase())),
    leadingOpener: data.leadingClause
      ? new RegExp(`^[^\\p{L}\\p{N}]*(?:${data.leadingClause.openers.map((w) => escape(w).split(/\s+/).join('\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'iu')
      : null,
    institutionPattern: data.institutionName ? institutionPattern(data.institutionName.heads, data.institutionName.tails, data.institutionName.notFirst) : null,
    institutionWords: data.institutionName ? new RegExp(`(?:${[...data.institutionName.heads, ...data.institutionName.tails].join('|')})(?![\\p{L}])`, 'u') : null,
    ownNamePattern: data.ownName ? ownNamePattern(data.ownName.names) : null,
    ownVoicePattern: data.ownName ? ownNamePattern(data.ownName.voice) : null,
    compiledHeadings: (data.headingFrames ?? []).map((row) => ({ row, pattern: headingPattern(row.headings) })),
    aloneTerms: new Map((data.aloneWords ?? []).flatMap((row) => row.terms.map((term) => [term, row] as const))),
    compiledShifts: (data.shifts ?? []).map((row) => ({ row, near: compileFrame({ ...row, words: row.near, category: row.to, damps: [] }), needs: row.needs ? compileFrame({ ...row, words: row.needs, category: row.to, damps: [] }) : undefined })),
    compiledFigurative: (data.figurative ?? []).map((row) => ({ row, phrase: compileFrame({ ...row, category: null, damps: [] }) })),
  };
}

/** Words of a category used outside their own sense in one of `words` (a figure of speech, "place a premium on"; people named by the field they serve, "aid workers"): the cues of `terms` inside count `factor` of their weight (claims/shifts.ts). */
export interface FigurativeRule extends RuleRow {
  readonly terms: readonly string[];
  readonly words: readonly string[];
  readonly factor: number;
  /** Words that keep the row out wherever the sentence holds them ('boarding' beside a vessel or a navy is force at sea). */
  readonly unless?: readonly string[];
}

/** The built-in claim rules' data. */
export const CLAIM_DATA: ClaimData = claimData as unknown as ClaimData;

/** Every rule row of the built-in claim rules, for a registry of what rules say. */
export const CLAIM_ROWS: readonly RuleRow[] = [
  ...CLAIM_DATA.terms,
  ...CLAIM_DATA.figures,
  ...CLAIM_DATA.places,
  ...CLAIM_DATA.context,
  CLAIM_DATA.decision.primary,
  CLAIM_DATA.decision.secondary,
  CLAIM_DATA.decision.none,
  CLAIM_DATA.decision.split,
  CLAIM_DATA.confidence.margin,
  CLAIM_DATA.confidence.cues,
  CLAIM_DATA.confidence.paragraph,
  CLAIM_DATA.confidence.section,
  CLAIM_DATA.confidence.contextOnly,
  CLAIM_DATA.confidence.frameAgainst,
  CLAIM_DATA.confidence.threshold,
  ...CLAIM_DATA.frames,
  ...([CLAIM_DATA.decision.named, CLAIM_DATA.decision.oneVoice, CLAIM_DATA.decision.splitSection, CLAIM_DATA.confidence.unframed, CLAIM_DATA.confidence.unframedNames, CLAIM_DATA.confidence.loneWord, CLAIM_DATA.confidence.echo, CLAIM_DATA.confidence.oneWitness, CLAIM_DATA.confidence.nameAgainst, CLAIM_DATA.idioms, CLAIM_DATA.leadingClause, CLAIM_DATA.openingFrame, CLAIM_DATA.laterClause, CLAIM_DATA.ownWordsRule, CLAIM_DATA.attribution, CLAIM_DATA.institutionName, CLAIM_DATA.ownName, CLAIM_DATA.placeSetting, CLAIM_DATA.timePhrase, CLAIM_DATA.company, CLAIM_DATA.keptCompany] as (RuleRow | undefined)[]).filter((row): row is RuleRow => row !== undefined),
  ...(CLAIM_DATA.headingFrames ?? []),
  ...(CLAIM_DATA.aloneWords ?? []), ...(CLAIM_DATA.shifts ?? []), ...(CLAIM_DATA.figurative ?? []),
];

/** The built-in claim rules. */
export const DEFAULT_CLAIM_RULES: ClaimRules = compileClaimRules(CLAIM_DATA);
