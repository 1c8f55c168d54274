import type { Reason } from '../model/model';
import { phrases, type Phrases } from './look';
import { BUILT_IN_FIGURES, type Composed, type FigureData } from './data';
import { compilePatterns, type Patterns } from './patterns';

/**
 * The figure reader's data compiled into lookup tables and patterns, once. Every
 * reading takes one as a parameter (default: the built-in data), so a row added
 * to a data file changes what is read with no change of code.
 */

type Set_ = ReadonlySet<string>;
type Table<T> = Readonly<Record<string, T>>;

export interface FigureLexicon {
  readonly currency: { readonly symbols: Table<string>; readonly codes: Set_; readonly aliases: Table<string>; readonly words: Table<string>; readonly adjectives: Table<Table<string>>; readonly leads: Set_ };
  readonly units: { readonly compound: Table<string>; readonly compoundCounts: Set_; readonly time: Set_; readonly personnel: Set_; readonly workforces: Set_; readonly dimensions: Set_; readonly supplies: Set_; readonly equipment: Set_; readonly irregularPlurals: Set_; readonly notPlural: Set_; readonly measureLeads: Set_; readonly everyJoins: Set_ };
  readonly numbers: {
    readonly ones: Table<number>; readonly tens: Table<number>; readonly scales: Table<number>; readonly denominators: Table<number>;
    readonly ordinals: Table<number>; readonly multiples: Table<number>; readonly percent: Table<string>;
    /** First words of the words of a percentage: a cheap test before the pattern. */
    readonly percentLeads: Set_;
    /** Every word of a percent sign written out, and the scale words: the words a figure may end in ('11 per cent', '$4 million'). */
    readonly figureWords: Set_;
    /** Number words below twenty, which no other such word may follow ("one two" is two numbers). */
    readonly unitWords: Set_;
    readonly tensWords: Set_;
    /** Every word a number in words can start with or contain. */
    readonly words: Set_;
  };
  readonly change: { readonly multipliers: Table<number>; readonly adjectives: Set_; readonly verbCues: Set_; readonly objects: Set_; readonly particles: Set_; readonly setPhrases: Set_; readonly upward: Set_; readonly downward: Set_; readonly multipleOf: Set_ };
  readonly rank: { readonly superlatives: Set_; readonly rankVerbs: Set_; readonly moveVerbs: Set_; readonly linking: Set_; readonly sequence: Set_; readonly places: Set_ };
  readonly dates: { readonly months: Table<string>; readonly parts: Table<string>; readonly strongYearCues: Set_; readonly yearCues: Set_; readonly amountCues: Phrases; readonly boundaries: Set_; readonly targets: Set_; readonly relative: Set_; readonly shifts: Table<number>; readonly spanOpeners: Set_; readonly spanJoins: Set_; readonly comparisonCues: Phrases; readonly comparisonFillers: Set_; readonly lawHeads: Set_; readonly lawAbbreviations: Set_; readonly financialYearJoins: Set_; readonly changeBases: Set_; readonly changeBasesAfterComma: Set_; readonly multipleObjects: Set_; readonly dateClauses: Set_; readonly changeStarts: Set_; readonly compared: { readonly cues: Phrases; readonly measureCues: Set_; readonly joins: Set_; readonly hedges: Phrases; readonly rateWords: Set_; readonly words: number }; readonly monthAloneAfter: Set_; readonly rangeOpeners: Set_; readonly shiftBases: Set_; readonly fields: { readonly weekdays: Set_; readonly notLabels: Set_; readonly maxLabelWords: number; readonly stated: Set_; readonly periods: Set_; readonly meetings: Set_; readonly written: Table<number> };
    readonly events: { readonly words: Set_; readonly determiners: Set_; readonly reach: number };
    readonly joins: { readonly coordinators: Set_; readonly finite: Table<string>; readonly adverbs: Set_; readonly past: Set_; readonly notPast: Set_; readonly pastEnding: string; readonly presentEnding: string; readonly notPresent: Set_; readonly reach: number } };
  readonly phrases: {
    readonly nounStops: Set_; readonly backStops: Set_; readonly forwardStops: Set_; readonly connectors: Set_; readonly modals: Set_;
    readonly determiners: Set_; readonly temporal: Set_; readonly verbs: Set_; readonly linking: Phrases; readonly auxiliaries: Set_;
    readonly approximately: Phrases; readonly parenLeads: Phrases; readonly parenApprox: Set_; readonly beforeChange: Set_;
    readonly identifiersAnyCase: Set_; readonly identifiersCapitalised: Set_; readonly possessives: Set_; readonly relatives: Set_; readonly partitives: Set_; readonly countLeads: readonly string[]; readonly countLeadStop: RegExp;
    readonly priceBases: Phrases; readonly captionOpeners: Set_;
    readonly smallCountNotAfter: Set_; readonly smallCountProse: Set_;
  };
  readonly patterns: Patterns;
  /** The words where a figure may begin (lower case), and what each may start. */
  readonly triggers: ReadonlyMap<string, TriggerKind | null>;
  /** Bit table of the trigger words' hashes (low 16 bits; see {@link hashOf}): most words are skipped without a string. */
  readonly triggerHashes: Uint8Array;
  /** Per rule, one shared reason for each part of a decision, and the kind and unit pair (a hover looks up what it says in `says`). */
  readonly reasons: ReadonlyMap<string, RuleReasons>;
  /** What each rule says to a reader, by id. */
  readonly says: ReadonlyMap<string, string>;
  /** Each kind of figure as a reader names it ("a quantity"). */
  readonly kinds: Table<string>;
  /** Thresholds and costs (rows of figures-rules.json, by the ids in {@link LIMIT_IDS}). */
  readonly limits: Limits;
}

/** The shared reasons of one rule. */
export interface RuleReasons {
  readonly kind: Reason;
  readonly unit: Reason;
  readonly year: Reason;
  readonly about: Reason;
  /** [kind, unit]: the rule decided both. */
  readonly both: readonly Reason[];
  /** [kind, unit] on the words it matched, and [kind, another rule's unit], each made once (see `because`). */
  readonly onWords: Map<string, readonly Reason[]>;
  readonly withUnit: Map<string, readonly Reason[]>;
}

/** The thresholds and costs the reader runs by, to the ids of their rows. */
export const LIMIT_IDS = {
  lookBack: 'figure:bare-look-back',
  yearFar: 'figure:year-far',
  yearNear: 'figure:year-near',
  paragraphReach: 'figure:year-paragraph-reach',
  tieReach: 'figure:year-tie-reach',
  costEnclosing: 'figure:year-cost-enclosing',
  costSemicolon: 'figure:year-cost-semicolon',
  maxNest: 'figure:year-max-nest',
  maxWords: 'figure:about-max-words',
  reach: 'figure:about-reach',
  listedReach: 'figure:about-listed-reach',
  decimalCommaEvidence: 'figure:decimal-comma-evidence',
  countLeadReach: 'figure:count-lead-reach',
} as const;

export type Limits = { readonly [K in keyof typeof LIMIT_IDS]: number };

/** A hash of a lower-cased ASCII word, as the trigger scan computes it while it reads. */
export function hashOf(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + (word.charCodeAt(i) | 32)) | 0;
  return h;
}

/** What a trigger word may start, so each word tries only its own patterns. */
export type TriggerKind = 'fiscal' | 'quarter' | 'ordinal' | 'season' | 'times' | 'vague' | 'change';

const set = (words: Iterable<string>): Set_ => new Set(words);

/** A list made of a words.json list and its own additions and removals. */
function composed(c: Composed, shared: Table<unknown>): Set_ {
  const base = shared[c.base];
  if (!Array.isArray(base)) throw new Error(`words.json has no list "${c.base}"`);
  const out = new Set<string>([...(base as string[]), ...c.add]);
  for (const w of c.remove) out.delete(w);
  return out;
}

/** Compiles figure data; the result is read-only and may be shared by any number of readings. */
export function compileFigures(data: FigureData = BUILT_IN_FIGURES): FigureLexicon {
  const { currencies: cu, units: un, numbers: nu, change: ch, rank: ra, dates: da, phrases: ph } = data;
  const firstWord = (s: string) => /^[a-z]*/i.exec(s)![0].toLowerCase();
  const strong = set(da.strongYearCues);
  const triggers = new Map<string, TriggerKind | null>();
  const trigger = (words: Iterable<string>, kind: TriggerKind | null) => {
    for (const w of words) triggers.set(w.toLowerCase(), kind);
  };
  const numberWords = [...Object.keys(nu.ones), ...Object.keys(nu.tens), 'hundred', ...Object.keys(nu.scales).filter((w) => w.length > 3), 'dozen', ...Object.keys(nu.denominators)];
  trigger([...numberWords, ...Object.keys(da.months), ...Object.keys(nu.ordinals), ...cu.codes], null);
  trigger(['fy', 'fiscal'], 'fiscal');
  trigger(['q', 'h'], 'quarter');
  trigger(Object.keys(da.parts).filter((w) => /^[a-z]+$/.test(w)), 'ordinal');
  trigger([...da.edges, ...da.hyphenEdges, ...da.seasons], 'season');
  trigger([...Object.keys(nu.multiples), ...nu.fold.map((w) => `${w}fold`)], 'times');
  trigger([...nu.vague.some, ...nu.vague.plurals], 'vague');
  trigger(Object.keys(ch.multipliers), 'change');
  const rules = data.rules.rules;
  const reasons = new Map<string, RuleReasons>();
  for (const r of rules) {
    const one = (about: string): Reason => Object.freeze({ rule: r.id, weight: r.weight, about });
    const kind = one('kind');
    const unit = one('unit');
    reasons.set(r.id, { kind, unit, year: one('year'), about: one('about'), both: Object.freeze([kind, unit]), onWords: new Map(), withUnit: new Map() });
  }
  const rows = new Map(data.rules.limits.map((l) => [l.id, l.value]));
  const limits: Record<string, number> = {};
  for (const [name, id] of Object.entries(LIMIT_IDS)) {
    const v = rows.get(id);
    if (v === undefined) throw new Error(`No limit "${id}" in figures-rules.json`);
    limits[name] = v;
  }
  const triggerHashes = new Uint8Array(1 << 16);
  for (const w of triggers.keys()) if (w.length > 1) triggerHashes[hashOf(w) & 0xffff] = 1;
  return {
    currency: {
      symbols: cu.symbols, codes: set(cu.codes), aliases: cu.aliases, words: cu.words, adjectives: cu.adjectives,
      // First words of a currency after an amount: a cheap test before the pattern.
      leads: set([...Object.keys(cu.words).map(firstWord), ...Object.keys(cu.adjectives), ...Object.values(cu.adjectives).flatMap((a) => Object.keys(a).map(firstWord))]),
    },
    units: {
      compound: un.compound, compoundCounts: set(un.compoundCounts), time: set(un.time), personnel: set(un.forces), workforces: set(un.workforces), dimensions: set(un.dimensions), supplies: set(un.supplies), equipment: set(un.equipment), irregularPlurals: set(un.irregularPlurals), notPlural: set(un.notPlural), everyJoins: set(un.everyJoins),
      measureLeads: set(un.measure.map(firstWord)),
    },
    numbers: {
      ones: nu.ones, tens: nu.tens, scales: nu.scales, denominators: nu.denominators, ordinals: nu.ordinals, multiples: nu.multiples, percent: nu.percent, percentLeads: set(Object.keys(nu.percent).map(firstWord).filter(Boolean)), figureWords: set([...Object.keys(nu.percent).flatMap((k) => k.split(/\s+/)), ...Object.keys(nu.scales)]),
      unitWords: set(Object.keys(nu.ones)), tensWords: set(Object.keys(nu.tens)), words: set(numberWords),
    },
    change: {
      multipliers: ch.multipliers, adjectives: set(ch.adjectives), verbCues: set(ch.verbCues), objects: set(ch.objects), particles: set(ch.particles),
      setPhrases: set(ch.setPhrases), upward: set(ch.upward), downward: set(ch.downward), multipleOf: set(ch.multipleOf),
    },
    rank: { superlatives: set(ra.superlatives), rankVerbs: set(ra.rankVerbs), moveVerbs: set(ra.moveVerbs), linking: set(ra.linking), sequence: set(ra.sequence), places: set(ra.places) },
    dates: {
      months: da.months, parts: da.parts, strongYearCues: strong, yearCues: set([...strong, ...da.yearCues]), amountCues: phrases(da.amountCues),
      boundaries: set(da.boundaries), targets: set(da.targets), relative: set(da.relative), shifts: da.shifts, spanOpeners: set(da.spanOpeners), spanJoins: set(da.spanJoins), comparisonCues: phrases(da.comparisonCues), comparisonFillers: set(da.comparisonFillers),
      lawHeads: set(da.lawHeads), lawAbbreviations: set(da.lawAbbreviations), financialYearJoins: set(da.financialYearJoins),
      changeBases: set(da.changeBases.any), changeBasesAfterComma: set(da.changeBases.afterComma), multipleObjects: set(da.multipleObjects), dateClauses: set(da.dateClauses), changeStarts: set(da.changeStarts),
      compared: { cues: phrases(da.comparedFigures.cues), measureCues: set(da.comparedFigures.measureCues), joins: set(da.comparedFigures.joins), hedges: phrases(da.comparedFigures.hedges), rateWords: set(da.comparedFigures.rateWords), words: da.comparedFigures.words },
      monthAloneAfter: set(da.monthAlone.after), rangeOpeners: set(da.rangeSpans.openers), shiftBases: set(da.shiftBases),
      fields: { weekdays: set(da.fieldDates.weekdays), notLabels: set(da.fieldDates.notLabels), maxLabelWords: da.fieldDates.maxLabelWords, stated: set(da.fieldDates.statedLabels), periods: set(da.fieldDates.periodLabels), meetings: set(da.fieldDates.meetingLabels), written: da.fieldDates.writtenYears },
      events: { words: set(da.eventTimes.words), determiners: set(da.eventTimes.determiners), reach: da.eventTimes.reach },
      joins: {
        coordinators: set(da.clauseJoins.coordinators), finite: da.clauseJoins.finite, adverbs: set(da.clauseJoins.adverbs), past: set(da.pastTense.words), notPast: set(da.pastTense.notPast),
        pastEnding: da.pastTense.ending, presentEnding: da.clauseJoins.presentEnding, notPresent: set(da.clauseJoins.notPresent), reach: da.clauseJoins.reach,
      },
    },
    phrases: {
      nounStops: composed(ph.nounStops, data.words), backStops: composed(ph.backStops, data.words),
      forwardStops: set([...composed(ph.backStops, data.words), ...ph.forwardStops]), connectors: set(ph.connectors), modals: set(ph.modals),
      determiners: set(ph.determiners), temporal: set(ph.temporal), verbs: set(ph.verbs), linking: phrases(ph.linking), auxiliaries: set(ph.auxiliaries),
      approximately: phrases(ph.approximately), parenLeads: phrases(ph.parenLeads), parenApprox: set(ph.parenApprox), beforeChange: set([...ph.auxiliaries, ...ph.beforeChange]),
      identifiersAnyCase: set(ph.identifiers.anyCase), identifiersCapitalised: set(ph.identifiers.capitalised), possessives: set(ph.possessives), relatives: set(ph.relatives), partitives: set(ph.partitives), countLeads: ph.countLeads.map((w) => w.toLowerCase()), countLeadStop: new RegExp(`;|,\\s*(?:and|or)\\b|\\b(?:${ph.countLeadStops.join('|')})\\b`, 'u'),
      priceBases: phrases(ph.priceBases), captionOpeners: set(ph.captionOpeners),
      smallCountNotAfter: set(ph.smallCounts.notAfter), smallCountProse: set(ph.smallCounts.proseNouns),
    },
    patterns: compilePatterns(data),
    triggers,
    triggerHashes,
    reasons,
    says: new Map(rules.map((r) => [r.id, r.says])),
    kinds: data.rules.kinds,
    limits: limits as unknown as Limits,
  };
}

/** The built-in data, compiled once. */
export const FIGURE_LEXICON: FigureLexicon = compileFigures();
