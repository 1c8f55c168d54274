import currencies from '../lexicon/data/figures-currencies.json';
import units from '../lexicon/data/figures-units.json';
import numbers from '../lexicon/data/figures-numbers.json';
import change from '../lexicon/data/figures-change.json';
import rank from '../lexicon/data/figures-rank.json';
import dates from '../lexicon/data/figures-dates.json';
import phrases from '../lexicon/data/figures-phrases.json';
import rules from '../lexicon/data/figures-rules.json';
import words from '../lexicon/data/words.json';

/**
 * The shape of the figure reader's data files (src/core/lexicon/data/figures-*.json,
 * each with its schema in schemas/data/). Every word the reader decides by is
 * here; {@link compileFigures} turns it into lookup tables once.
 */

type Words = readonly string[];
type Table<T> = Readonly<Record<string, T>>;

/** A list made of the shared ordinary words (words.json) and its own differences. */
export interface Composed {
  /** The key of words.json it starts from ("function"). */
  readonly base: string;
  readonly add: Words;
  readonly remove: Words;
}

/** A rule of the figure reader: its id (as it appears in `why`), weight and what it says to a reader. */
export interface RuleRow {
  readonly id: string;
  readonly weight: number;
  readonly says: string;
  /** What it decides about: "kind", "unit", "year" or "about". */
  readonly about: string;
}

/** A threshold or cost of the figure reader, by id. */
export interface LimitRow {
  readonly id: string;
  readonly value: number;
  readonly says: string;
}

export interface FigureData {
  readonly currencies: {
    readonly symbols: Table<string>;
    readonly codes: Words;
    readonly aliases: Table<string>;
    readonly words: Table<string>;
    readonly adjectives: Table<Table<string>>;
  };
  readonly units: {
    readonly measure: Words;
    readonly glued: Words;
    readonly compoundCounts: Words;
    readonly compound: Table<string>;
    readonly time: Words;
    readonly forces: Words;
    readonly workforces: Words;
    readonly dimensions: Words;
    readonly supplies: Words;
    readonly equipment: Words;
    readonly irregularPlurals: Words;
    readonly notPlural: Words;
    readonly everyJoins: Words;
  };
  readonly numbers: {
    readonly ones: Table<number>;
    readonly tens: Table<number>;
    readonly scales: Table<number>;
    readonly denominators: Table<number>;
    readonly ordinals: Table<number>;
    readonly multiples: Table<number>;
    readonly fold: Words;
    readonly percent: Table<string>;
    readonly afterDash: Words;
    readonly afterFractionBy: Words;
    readonly afterFractionAlone: Words;
    readonly vague: { readonly some: Words; readonly counts: Words; readonly then: Words; readonly plurals: Words; readonly ofPlurals: Words };
  };
  readonly change: {
    readonly multipliers: Table<number>;
    readonly adjectives: Words;
    readonly verbCues: Words;
    readonly objects: Words;
    readonly particles: Words;
    readonly setPhrases: Words;
    readonly halfAs: Words;
    readonly upward: Words;
    readonly downward: Words;
    readonly multipleOf: Words;
  };
  readonly rank: {
    readonly superlatives: Words;
    readonly rankVerbs: Words;
    readonly moveVerbs: Words;
    readonly linking: Words;
    readonly sequence: Words;
    readonly places: Words;
  };
  readonly dates: {
    readonly months: Table<string>;
    readonly seasons: Words;
    readonly edges: Words;
    /** Edges that start a date only with a hyphen after them ('end-2027'). */
    readonly hyphenEdges: Words;
    readonly parts: Table<string>;
    readonly strongYearCues: Words;
    readonly yearCues: Words;
    readonly amountCues: Words;
    readonly boundaries: Words;
    readonly comparisonCues: Words;
    readonly comparisonFillers: Words;
    readonly references: Words;
    readonly since: Words;
    readonly relativeYears: Words;
    readonly present: Words;
    readonly targets: Words;
    readonly relative: Words;
    readonly windows: Words;
    readonly shifts: Readonly<Record<string, number>>;
    readonly rates: Words;
    readonly ahead: { readonly words: Words; readonly beforeTo: Words; readonly phrases: Words };
    readonly turns: Words;
    readonly ties: Words;
    readonly spanOpeners: Words;
    readonly spanJoins: Words;
    readonly spanEdges: Words;
    readonly spanPeriods: Words;
    readonly rangeSpans: { readonly openers: Words; readonly joins: Words };
    readonly lawHeads: Words;
    readonly lawAbbreviations: Words;
    readonly financialYearJoins: Words;
    readonly changeBases: { readonly any: Words; readonly afterComma: Words };
    readonly multipleObjects: Words;
    readonly dateClauses: Words;
    readonly changeStarts: Words;
    /** A figure's tied date as the base of a comparison ('compared with 58.9 per cent at the end of 2021') or the start of a change ('from 3.1 per cent in 2022 to …'). */
    readonly comparedFigures: { readonly cues: Words; readonly measureCues: Words; readonly joins: Words; readonly hedges: Words; readonly rateWords: Words; readonly words: number };
    readonly shiftBases: Words;
    readonly monthAlone: { readonly after: Words; readonly references: Words };
    readonly sinceDates: { readonly openers: Words; readonly fillers: Words; readonly eventTies: Words; readonly eventWords: number };
    readonly durationLeads: { readonly words: Words; readonly fillers: Words };
    readonly levelBases: { readonly nouns: Words; readonly cues: Words };
    readonly asideOpeners: { readonly words: Words; readonly participleEnding: string; readonly past: Words; readonly perfect: Words };
    readonly pastTense: { readonly words: Words; readonly ending: string; readonly notAfter: Words; readonly notPast: Words; readonly compoundMarks: Words; readonly verbPrefixes: Words };
    readonly clauseJoins: { readonly coordinators: Words; readonly finite: Readonly<Record<string, string>>; readonly adverbs: Words; readonly presentEnding: string; readonly notPresent: Words; readonly reach: number };
    readonly eventTimes: { readonly words: Words; readonly determiners: Words; readonly reach: number };
    readonly fieldDates: { readonly weekdays: Words; readonly notLabels: Words; readonly maxLabelWords: number; readonly titlePeriods: { readonly periods: Words; readonly words: Words; readonly past: Words; readonly targets: Words }; readonly statedLabels: Words; readonly periodLabels: Words; readonly meetingLabels: Words; readonly attributiveAfter: Words; readonly writtenRelatives: Words; readonly writtenYears: Readonly<Record<string, number>>; readonly pastCues: { readonly phrases: Words; readonly headings: Words } };
  };
  readonly phrases: {
    readonly nounStops: Composed;
    readonly backStops: Composed;
    readonly forwardStops: Words;
    readonly connectors: Words;
    readonly modals: Words;
    readonly determiners: Words;
    readonly temporal: Words;
    readonly verbs: Words;
    readonly linking: Words;
    readonly auxiliaries: Words;
    readonly approximately: Words;
    readonly parenLeads: Words;
    readonly parenApprox: Words;
    readonly beforeChange: Words;
    readonly possessives: Words;
    readonly relatives: Words;
    readonly partitives: Words;
    readonly countLeads: Words;
    readonly countLeadStops: Words;
    readonly captionOpeners: Words;
    readonly smallCounts: { readonly notAfter: Words; readonly proseNouns: Words };
    readonly roughly: Words;
    readonly restating: Words;
    readonly listing: Words;
    readonly listedApprox: Words;
    readonly copulas: Words;
    readonly spentOn: Words;
    readonly priceBases: Words;
    readonly rates: Words;
    readonly modifiedBy: Words;
    readonly afterVerb: Words;
    readonly identifiers: { readonly anyCase: Words; readonly capitalised: Words };
  };
  readonly rules: { readonly rules: readonly RuleRow[]; readonly limits: readonly LimitRow[]; readonly kinds: Table<string> };
  /** The shared ordinary words, by key (words.json). */
  readonly words: Table<unknown>;
}

/** The built-in data, as shipped. */
export const BUILT_IN_FIGURES: FigureData = { currencies, units, numbers, change, rank, dates, phrases, rules, words };
