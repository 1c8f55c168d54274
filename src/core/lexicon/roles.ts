import type { Role } from '../model/model';
import roleData from './data/roles.json';
import { alternatives, definitionPattern, hypotheticalPattern, itemMarkerPattern, narrationPattern, notTime, numberOpenings, openingWords, phrasePattern } from './role-patterns';
import { ROLE_FEATURE_DATA, type RoleCombiner, type RoleFeatureData, type RoleFeatureRow } from './role-features';

/**
 * Role rules for claims are data (src/core/lexicon/data/roles.json): lists of cue
 * phrases, and rules tried in order, the first that holds giving a sentence its
 * role. Compiled here once: each (cue list, place) pair becomes one regex.
 */

/** Where a sentence sits, as rules name it. */
export type RolePosition = 'firstInSection' | 'firstInParagraph' | 'lastInDocument' | 'lastInParagraph' | 'listItem'
  | 'inBackground' | 'afterQuestion' | 'afterEvidence' | 'beforeTurn' | 'afterRecommendation' | 'lastInSection'
  | 'afterThesis' | 'inConclusion';

/** Bit of each position in a sentence's position mask. */
export const POSITION_BITS: Readonly<Record<RolePosition, number>> = {
  firstInSection: 1,
  firstInParagraph: 2,
  lastInDocument: 4,
  lastInParagraph: 8,
  listItem: 16,
  /** Right after a question in the same paragraph: the sentence that answers it. */
  afterQuestion: 64,
  /** A list item whose lead-in (the last sentence before the list) is evidence ("… recommended actions including"), or tells of the past ("Its actions have included the following:"). */
  afterEvidence: 128,
  /** In the body of a paragraph whose opening sentence is background (a statement). */
  inBackground: 32,
  /** The next sentence of its paragraph opens by turning ("But …", "However, …"): what it turns against. */
  beforeTurn: 256,
  /**
   * After a recommendation (a rule of the data's `recommends`) in its paragraph, or in the paragraph right
   * after one made only of theses that ends with a recommendation (a numbered recommendation and the
   * justification under it): what is said for the recommendation.
   */
  afterRecommendation: 512,
  /** The last sentence of its section (DESCRIPTIVE_BIT, 1024, sits between). */
  lastInSection: 2048,
  /** Right after a sentence of its paragraph read as a thesis: what argues for the paragraph's claim. */
  afterThesis: 4096,
  /** In a section whose heading says it concludes ('Conclusion', 'Conclusions and recommendations'): the data's `conclusionHeadings`. */
  inConclusion: 8192,
};

/**
 * Set in a sentence's position mask when its document describes rather than
 * argues (few of its sentences carry a cue of the register's `argues` lists):
 * a rule with `register` holds only in a document of that register.
 */
export const DESCRIPTIVE_BIT = 1 << 10;

/** How a document reads as a whole: argued (an essay, a commentary) or descriptive (a research report, a fact sheet). */
export type RoleRegister = 'argued' | 'descriptive';

/** A sentence's shape, as rules name it (lower-case start, lead-in colon, announced items, "Second, …", quotes, present or past telling). */
export type RoleShape = 'lower-case-start' | 'colon-end' | 'announces-items' | 'enumerated' | 'quotes' | 'present-general' | 'narrated' | 'hypothetical' | 'defines';

/** One rule as written in the data. */
export interface RoleRuleRow {
  readonly id: string;
  readonly role: Role;
  /** Holds only for a sentence that ends with a question mark. */
  readonly question?: boolean;
  /** Holds only when a phrase of this cue list is found `at` the start of the sentence or anywhere. */
  readonly cue?: string;
  readonly at?: 'start' | 'anywhere';
  /** Holds only when the sentence opens with a phrase of this cue list's `start` phrases (who acts: 'The ministers', 'They') and the cue follows it, at most one word between. */
  readonly opens?: string;
  /** Holds only when the sentence states a figure other than a date (`measured`), or a date (`date`). */
  readonly figure?: 'measured' | 'date';
  /** Holds only for a sentence in any of these positions. */
  readonly position?: readonly RolePosition[];
  /** Holds only when the sentence names an entity or states a figure (true), or neither (false). */
  readonly concrete?: boolean;
  /** Holds only when the sentence names an entity (true), or names none (false), whatever figures it states. */
  readonly named?: boolean;
  /** Holds only for a sentence of this shape. */
  readonly shape?: RoleShape;
  /** Holds only in a document of this register. */
  readonly register?: RoleRegister;
  /** Weight of the cue the rule records. */
  readonly weight: number;
  /** What the rule says, in a reader's words. */
  readonly says: string;
}

/** One cue list: phrases at the start of a sentence or anywhere, and what cancels them. */
export interface CueList {
  readonly start?: readonly string[];
  readonly anywhere?: readonly string[];
  readonly notBeforeTime?: readonly string[];
  /** Words that, right before a phrase of the list, make it part of a noun phrase, not a cue ("the need to", "no need to"). */
  readonly notAfter?: readonly string[];
  /**
   * Relative pronouns that, up to six words before a phrase of the list (no comma between), put
   * it in a relative clause about someone the sentence names ("Lukashenko, who
   * always insisted"): the clause describes them, the sentence does not report.
   */
  readonly notInRelative?: readonly string[];
}

/** The role data: cue lists by name, and the rules in order. */
export interface RoleData {
  readonly cues: Readonly<Record<string, CueList>>;
  readonly rules: readonly RoleRuleRow[];
  /** Words that make a phrase of a list's `notBeforeTime` a time, not a cue, when they follow it ("since March"). */
  readonly timeWords?: readonly string[];
  /** What makes a short sentence announce a count of items ("two questions"): meta-text. */
  readonly announce?: { readonly counts: readonly string[]; readonly modals: readonly string[]; readonly maxWords: number };
  /** The fewest words a quoted passage has for its sentence to quote someone (the shape quotes); a sentence opening with a quotation mark always does. */
  readonly quoteWords?: number;
  /** What makes a sentence argue from a hypothetical case: it opens with one of `openers` ('A', 'Every') and its verb is one of `modals` ('would'), before any full stop, colon or semicolon (the shape hypothetical). */
  readonly hypothetical?: { readonly openers: readonly string[]; readonly modals: readonly string[] };
  /** Relative pronouns that, after a comma, open a clause whose dates date what it describes, not the sentence's event. */
  readonly relativePronouns?: readonly string[];
  /** A list item's marker ('a)', '(b)', 'iv.'): one letter or numeral and a closer; the sentence's role words are read after it. */
  readonly itemMarker?: { readonly id: string; readonly numerals: readonly string[]; readonly closers: readonly string[]; readonly capitalClosers: readonly string[]; readonly says: string };
  /** Ordinals that, opening a sentence and followed by a comma, number a point ("First, …", "Finally, …"): the shape enumerated. */
  readonly ordinals?: readonly string[];
  /** What makes a document descriptive: of its sentences (at least `minSentences`, or too little to tell), fewer than `minShare` ask a question or hold a cue of the lists named in `argues`. */
  readonly register?: { readonly argues: readonly string[]; readonly minShare: number; readonly minSentences: number; readonly says: string };
  /** The cue list whose `start` phrases make a sentence turn: the sentence before it in its paragraph is `beforeTurn`. */
  readonly turnCue?: string;
  /** Words that, opening a section's heading (after any number), make it the section that concludes: its sentences are `inConclusion`. */
  readonly conclusionHeadings?: readonly string[];
  /** What makes a sentence define a term (the shape defines): see {@link definitionPattern}. */
  readonly definition?: { readonly copulas: readonly string[]; readonly articles: readonly string[]; readonly says: string };
  /** Rules (by id) whose sentences put something forward: what follows them is `afterRecommendation`. */
  readonly recommends?: readonly string[];
  /**
   * What makes a sentence tell of the past (it narrates): an auxiliary of the past or the perfect
   * ("was", "has"), an irregular past form ("took"), a word of at least `minStem` letters and the
   * suffix ("expelled", not one of `notPast`), a progressive form ("is building") or a word
   * that places it in time ("now"). A sentence
   * without any is `present-general`.
   */
  readonly narration?: {
    readonly auxiliaries: readonly string[];
    readonly irregular: readonly string[];
    readonly suffix: string;
    readonly minStem: number;
    /** Auxiliaries that with a word ending in `ongoingSuffix` tell of what is under way ("is building"). */
    readonly ongoing: readonly string[];
    readonly ongoingSuffix: string;
    /** Words that end in the suffix but are no past form ("seabed", "hundred"). */
    readonly notPast: readonly string[];
    /** Words that place what a sentence tells in time ("now", "currently"): a report of the day, not how things are in general. */
    readonly anchors: readonly string[];
    readonly says: string;
  };
}

/** A rule ready to run. */
export interface RoleRule extends RoleRuleRow {
  /** The cue phrases as one regex over the lower-cased sentence, or null for a rule without a cue. */
  readonly pattern: RegExp | null;
  /** The opening phrases of the rule's `opens` list, or null for a rule without one. */
  readonly subject: RegExp | null;
  /** The positions it needs as a mask of {@link POSITION_BITS}; 0 for any. */
  readonly positions: number;
  /** A cue rule that needs nothing else: once its cue is found, no later rule can decide, so a sentence's cues need not be read further. */
  readonly final: boolean;
  /**
   * For a cue found anywhere: the words its phrases open with (their leading
   * run of a-z and 0-9), and its pattern made sticky to try at such a word
   * only (see {@link cueWordsOf}). Null where a phrase opens otherwise: the
   * pattern then runs over the whole sentence.
   */
  readonly opening: { readonly words: ReadonlySet<string>; readonly sticky: RegExp; readonly member: Uint8Array } | null;
  /** For a cue at the start: the words its phrases open with; its pattern runs only on a sentence whose leading a-z/0-9 run is one (null: always). */
  readonly startWords: ReadonlySet<string> | null;
  /** Index of the rule's pattern among the distinct patterns (rules of the same cue list and place share one): a sentence's match is read once per pattern. -1 without a cue. */
  readonly patternIndex: number;
}

/** Compiled role rules. */
export interface RoleLexicon {
  readonly rules: readonly RoleRule[];
  /**
   * Every phrase the rules look for anywhere, in one regex: a sentence it does
   * not match holds none of them, and its rules need not be tried one by one.
   */
  readonly anywhere: RegExp;
  /**
   * The words the phrases of every rule with an {@link RoleRule.opening} open with, each with its number (1 where
   * a rule's `opening.member` holds it); true in `whole` when some cue found anywhere has none.
   */
  readonly openings: { readonly words: ReadonlyMap<string, number>; readonly longest: number; readonly whole: boolean };
  /** How many distinct patterns the rules have ({@link RoleRule.patternIndex}). */
  readonly patternCount: number;
  /** A count word followed within three words by a plural; a modal verb; the most words such a sentence has. */
  readonly announce: { readonly items: RegExp; readonly modal: RegExp; readonly maxWords: number } | null;
  /** The fewest words of a quoted passage (0: no sentence quotes). */
  readonly quoteWords: number;
  /** A sentence (lower-cased, leading marks removed) that opens with an indefinite case and argues what it would do (the shape hypothetical), or null without the data. */
  readonly hypothetical: RegExp | null;
  /** A comma and a relative pronoun opening a text (", which was created in"), or null without relative pronouns. */
  readonly relative: RegExp | null;
  /** An ordinal and a comma at the start of a sentence, or null without ordinals. */
  readonly enumerated: RegExp | null;
  /** A list item's marker at the start of a sentence and its rule id, or null without the data. */
  readonly itemMarker: { readonly pattern: RegExp; readonly id: string } | null;
  /** Which rules' cues show a sentence argues (by index), and the least share of arguing sentences an argued document has. */
  readonly register: { readonly argues: ReadonlySet<number>; readonly minShare: number; readonly minSentences: number } | null;
  /** A sentence opening with a phrase of the turn cue list's `start` phrases, or null without one. */
  readonly turn: RegExp | null;
  /** Ids of the rules whose sentences put something forward (a recommendation, an option, a commitment). */
  readonly recommends: ReadonlySet<string>;
  /** A section heading that concludes ('5. Conclusions and recommendations'), or null without conclusion headings. */
  readonly concludes: RegExp | null;
  /** A past or perfect verb form anywhere in a lower-cased sentence, or null without narration data (no sentence is then present-general). */
  readonly narrates: RegExp | null;
  /** A name with its short form in brackets, then 'is a', 'are the' (a definition), or null without definition data. */
  readonly defines: RegExp | null;
  /**
   * Every feature a combiner reads, by id: each rule holding (its id, at the rule's index), each rule
   * deciding first in the rule order (`role:first-…`, at the rules' count plus its index), then the signals.
   */
  readonly features: readonly string[];
  /** The signals besides the rules (feature `2 * rules.length + i` is signal `i`), their position as a mask. */
  readonly signals: readonly (RoleFeatureRow & { readonly positions: number })[];
  /** Decides roles from the features that hold, before the rule order; null: the rule order alone. */
  readonly combiner: RoleCombiner | null;
}

/** Makes the combiner of a role lexicon from its feature ids (see {@link RoleLexicon.features}). */
export type CombinerOf = (features: readonly string[]) => RoleCombiner | null;

/**
 * Compiles role data, with the combiner `combine` makes (none by default); a
 * rule naming a cue list the data lacks is an error that names both.
 */
export function compileRoles(data: RoleData, combine: CombinerOf = () => null, featureData: RoleFeatureData = ROLE_FEATURE_DATA): RoleLexicon {
  const patterns = new Map<string, RegExp>();
  const anywhere = new Set<string>();
  const time = notTime(data.timeWords ?? []);
  const rules = data.rules.map((row): RoleRule => {
    let pattern: RegExp | null = null;
    if (row.cue !== undefined) {
      const list = data.cues[row.cue];
      if (!list) throw new Error(`Role rule "${row.id}" names the cue list "${row.cue}", which the role data does not have.`);
      const at = row.at ?? 'anywhere';
      if (at === 'anywhere') for (const phrase of list.anywhere ?? []) anywhere.add(phrase);
      const key = `${row.cue}\u0000${at}`;
      pattern = patterns.get(key) ?? phrasePattern(list[at] ?? [], at, new Set(list.notBeforeTime ?? []), time, list.notAfter, list.notInRelative);
      patterns.set(key, pattern);
    }
    let subject: RegExp | null = null;
    if (row.opens !== undefined) {
      const list = data.cues[row.opens];
      if (!list?.start?.length) throw new Error(`Role rule "${row.id}" opens with the cue list "${row.opens}", which the role data does not have with start phrases.`);
      subject = phrasePattern(list.start, 'start');
    }
    let positions = 0;
    for (const p of row.position ?? []) {
      if (!(p in POSITION_BITS)) throw new Error(`Role rule "${row.id}" names the position "${p}": use ${Object.keys(POSITION_BITS).join(', ')}.`);
      positions |= POSITION_BITS[p];
    }
    // A rule decides alone (no later rule's cue need be looked for) when its cue is all it asks for: no register either.
    const final = pattern !== null && !subject && !row.question && !row.figure && !row.shape && row.concrete === undefined && row.named === undefined && positions === 0 && !row.register;
    const words = pattern && (row.at ?? 'anywhere') === 'anywhere' ? openingWords(data.cues[row.cue!].anywhere ?? []) : null;
    const patternIndex = pattern ? [...patterns.values()].indexOf(pattern) : -1;
    return { ...row, pattern, subject, positions, final, patternIndex, startWords: pattern && row.at === 'start' ? openingWords(data.cues[row.cue!].start ?? []) : null, opening: pattern && words ? { words, sticky: new RegExp(pattern.source, 'y'), member: new Uint8Array(0) } : null };
  });
  const openings = numberOpenings(rules);
  const a = data.announce;
  const announce = a
    ? { items: new RegExp(`\\b(?:${alternatives(a.counts)})\\s+(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+s\\b`, 'iu'), modal: new RegExp(`\\b(?:${alternatives(a.modals)})\\b`, 'i'), maxWords: a.maxWords }
    : null;
  const r = data.register;
  for (const name of r?.argues ?? []) if (!data.cues[name]) throw new Error(`The role register names the cue list "${name}", which the role data does not have.`);
  const register = r ? { argues: new Set(rules.flatMap((row, i) => (row.cue !== undefined && r.argues.includes(row.cue) ? [i] : []))), minShare: r.minShare, minSentences: r.minSentences } : null;
  const hypothetical = data.hypothetical ? hypotheticalPattern(data.hypothetical) : null;
  const enumerated = data.ordinals?.length ? new RegExp(`^(?:${alternatives(data.ordinals)})\\s*,`, 'i') : null;
  const relative = data.relativePronouns?.length ? new RegExp(`^,\\s*(?:${alternatives(data.relativePronouns)})\\b`, 'i') : null;
  const turnList = data.turnCue === undefined ? undefined : data.cues[data.turnCue];
  if (data.turnCue !== undefined && !turnList) throw new Error(`The role data's turnCue names the cue list "${data.turnCue}", which it does not have.`);
  const turn = turnList?.start?.length ? phrasePattern(turnList.start, 'start') : null;
  const recommends = new Set(data.recommends ?? []);
  const concludes = data.conclusionHeadings?.length ? new RegExp(`^[\\d.\\s]*(?:${alternatives(data.conclusionHeadings)})\\b`, 'i') : null;
  for (const id of recommends) if (!rules.some((r) => r.id === id)) throw new Error(`The role data's recommends names the rule "${id}", which it does not have.`);
  const narrates = data.narration ? narrationPattern(data.narration) : null;
  const signals = featureData.features.map((row) => {
    if (row.position !== undefined && !(row.position in POSITION_BITS)) throw new Error(`Role feature "${row.id}" names the position "${row.position}": use ${Object.keys(POSITION_BITS).join(', ')}.`);
    return { ...row, positions: row.position === undefined ? 0 : POSITION_BITS[row.position as RolePosition] };
  });
  const features = [...rules.map((r) => r.id), ...rules.map(firstId), ...signals.map((f) => f.id)];
  return { rules, patternCount: patterns.size, anywhere: phrasePattern([...anywhere], 'anywhere'), openings, announce, register, enumerated, itemMarker: data.itemMarker ? { pattern: itemMarkerPattern(data.itemMarker), id: data.itemMarker.id } : null, relative, quoteWords: data.quoteWords ?? 0, hypothetical, turn, recommends, concludes, narrates, defines: data.definition ? definitionPattern(data.definition) : null, features, signals, combiner: combine(features) };
}

/** The feature of a rule that decides first in the rule order: `role:first-quotation` for `role:quotation`. */
export const firstId = (rule: { readonly id: string }): string => rule.id.replace(/^role:/, 'role:first-');

/** The built-in role data. */
export const ROLE_DATA: RoleData = roleData as unknown as RoleData;

/** The built-in role rules. */
export const DEFAULT_ROLES: RoleLexicon = compileRoles(ROLE_DATA);
