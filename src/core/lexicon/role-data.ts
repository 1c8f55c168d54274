import type { FigureKind, Role } from '../model/model';
import roleData from './data/roles.json';

/**
 * Role data types: what src/core/lexicon/data/roles.json holds, as written —
 * the positions and shapes a rule may name, one rule row, one cue list, and the
 * whole data with its side tables (narration, register, item markers …). The
 * built-in data is here; roles.ts compiles it into the role lexicon of
 * role-lexicon.ts.
 */

/** Where a sentence sits, as rules name it. */
export type RolePosition = 'firstInSection' | 'firstInParagraph' | 'lastInDocument' | 'lastInParagraph' | 'listItem'
  | 'inBackground' | 'afterQuestion' | 'afterEvidence' | 'beforeTurn' | 'afterRecommendation' | 'lastInSection'
  | 'afterThesis' | 'inConclusion' | 'afterScope' | 'inAboutSection' | 'inRecord' | 'inNotice' | 'afterReasons' | 'underClaimHeading';

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
  /** A list item whose lead-in says what a list covers or requires (a rule of the data's `scopes`: 'Applicants must meet these conditions:', 'This includes:'): a condition or a case covered, not a recommendation. */
  afterScope: 16384,
  /** In a section whose heading says it is about the document itself: how it was made, its data, its revisions, its authors ('Data and method', 'Data sources and quality', 'About this advisory'): the data's `aboutHeadings`. */
  inAboutSection: 32768,
  /** In a document that records its own proceedings: one of its sentences holds a cue of a rule the data's `records` names ('The Chair opened the meeting', 'gives the lead judgment'). */
  inRecord: 65536,
  /** In a document that is itself a call for tenders: one of its sentences holds a cue of a rule the data's `notices` names ('The Authority invites tenders for …', 'the time limit for receipt of tenders'). */
  inNotice: 131072,
  /** A numbered point ("Second, …") after a sentence of its section that announces reasons (a rule of the data's `reasonLeads`: 'There are two reasons'), with no other announcement of items between. */
  afterReasons: 262144,
  /** In a section whose heading is itself a claim, a full sentence ('The krona may depreciate further.', 'The window is closing'): the data's `claimHeadings`. Its sentences argue that heading. */
  underClaimHeading: 524288,
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
export type RoleShape = 'lower-case-start' | 'colon-end' | 'announces-items' | 'enumerated' | 'quotes' | 'present-general' | 'commands' | 'narrated' | 'hypothetical' | 'defines' | 'term-means';

/**
 * What makes a sentence argue from a hypothetical case: it opens with one of `openers` ('A', 'Every') and its verb is
 * one of `modals` ('would'), before any full stop, colon or semicolon, with none of `notBefore` between: a word that
 * puts the modal in a reported question ('asked whether …') or in the past seen from then ('A decade ago, …').
 */
export interface HypotheticalData { readonly openers: readonly string[]; readonly modals: readonly string[]; readonly notBefore?: readonly string[] }

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
  /**
   * Holds only when no phrase of these cue lists' `anywhere` phrases (read as each list reads them) is in the sentence:
   * the writer's own modality or stance ('should', 'we believe') or an attribution ('according to') cancels the cue.
   */
  readonly notCues?: readonly string[];
  /** Holds only when no phrase of these cue lists stands in a later clause, past the cue and a comma, semicolon or colon: the sentence goes on to take a side ('…, but the evidence is clear: it would'). */
  readonly notCuesLater?: readonly string[];
  /** Holds only when no measured figure stands in the cue's own clause (from the cue to the next comma, semicolon or colon): a that-clause that states a measurement reports a fact ('Speakers stressed that take-up was 48%'), not a view. */
  readonly notFigureInClause?: boolean;
  /** Holds only when the sentence states a figure other than a date (`measured`), or a date (`date`). */
  readonly figure?: 'measured' | 'date';
  /** Holds only when the sentence states no figure of these kinds ('Owners have paid 3 million euros under this notice'). */
  readonly notFigure?: readonly FigureKind[];
  /** Holds only for a sentence in any of these positions. */
  readonly position?: readonly RolePosition[];
  /** Holds only for a sentence in all of these positions (firstInParagraph and lastInParagraph: the sentence is its paragraph). */
  readonly positionAll?: readonly RolePosition[];
  /** Holds only for a sentence in none of these positions. */
  readonly notPosition?: readonly RolePosition[];
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
  /** Words that, anywhere before a phrase of the list, make it part of what they name ("Our proposals for reform include:"), not a cue. */
  readonly notEarlier?: readonly string[];
  /**
   * Relative pronouns that, up to six words before a phrase of the list (no comma between), put
   * it in a relative clause about someone the sentence names ("Lukashenko, who
   * always insisted"): the clause describes them, the sentence does not report.
   */
  readonly notInRelative?: readonly string[];
  /** Words that, right after a phrase of the list, make it part of a noun ('in our opinion poll'): not a cue. */
  readonly notBefore?: readonly string[];
  /** Phrases of the list that hold only when at most `words` words follow them to the sentence's end ('Let's turn to the ports.'): a turn that names what comes next and stops. */
  readonly endingWithin?: { readonly phrases: readonly string[]; readonly words: number };
  /** A phrase of the list inside a quotation is the quoted speaker's, not the sentence's own: not a cue. */
  readonly notQuoted?: boolean;
  /** A phrase of the list counts only printed in capitals ('The Council CALLS ON'), as a genre's convention prints its verbs: not 'calls' nor 'It calls on'. */
  readonly capitals?: boolean;
  /** A comma and one of `links` after the phrase, opening a clause with its own subject (not a past verb nor one of `verbs`) and a past verb within `words` words, cancel it: the event told with what followed ('…, which the operator then appealed'). */
  readonly notToldOn?: { readonly links: readonly string[]; readonly verbs: readonly string[]; readonly words: number };
  /** Phrases that, anywhere in the sentence, cancel a phrase of the list (a sentence that argues: 'should', 'which is why'). */
  readonly notWith?: readonly string[];
}

/** The role data: cue lists by name, and the rules in order. */
export interface RoleData {
  readonly cues: Readonly<Record<string, CueList>>;
  readonly rules: readonly RoleRuleRow[];
  /** Words that make a phrase of a list's `notBeforeTime` a time, not a cue, when they follow it ("since March"). */
  readonly timeWords?: readonly string[];
  /** What makes a short sentence announce a count of items ("two questions"): meta-text. */
  readonly announce?: {
    readonly counts: readonly string[]; readonly modals: readonly string[]; readonly maxWords: number;
    /** A count of units of these figures-units.json lists ('time': "three years ago", "over six months") measures a span: no items follow. */
    readonly spans?: { readonly id: string; readonly units: readonly string[]; readonly says: string };
    /** A count that is part of a whole: followed by one of `after` ("three of its four"), or after a number (digits, a count or one of `parts`) and one of `between` ("one in three"). */
    readonly shares?: { readonly id: string; readonly after: readonly string[]; readonly between: readonly string[]; readonly parts: readonly string[]; readonly says: string };
  };
  /** The fewest words a quoted passage has for its sentence to quote someone (the shape quotes); a sentence opening with a quotation mark always does. */
  readonly quoteWords?: number;
  /** What makes a sentence argue from a hypothetical case: it opens with one of `openers` ('A', 'Every') and its verb is one of `modals` ('would'), before any full stop, colon or semicolon (the shape hypothetical). */
  readonly hypothetical?: HypotheticalData;
  /** Relative pronouns that, after a comma, open a clause whose dates date what it describes, not the sentence's event. */
  readonly relativePronouns?: readonly string[];
  /** Ordinals that, opening a sentence and followed by a comma, number a point ("First, …", "Finally, …"): the shape enumerated. */
  readonly ordinals?: readonly string[];
  /** What makes a document descriptive: of its sentences (at least `minSentences`, or too little to tell), fewer than `minShare` ask a question or hold a cue of the lists named in `argues`. */
  readonly register?: { readonly argues: readonly string[]; readonly minShare: number; readonly minSentences: number; readonly says: string };
  /** Rules whose cue, in any sentence of a document, shows it records its own proceedings (minutes, a court's summary): all its sentences are `inRecord`. */
  readonly records?: readonly string[];
  /** Rules whose cue, in any sentence of a document, shows it is itself a call for tenders (a contract notice, an invitation to tender): all its sentences are `inNotice`. */
  readonly notices?: readonly string[];
  /** Rules whose cue announces reasons ('There are two reasons', 'here is why'): the numbered points after that sentence in its section, up to the next announcement of items, are `afterReasons`. */
  readonly reasonLeads?: readonly string[];
  /** Phrases of the `records` rules' cues that speak of a record rather than record its proceedings ('the minutes of the March meeting show'): they make no document a record. */
  readonly recordsNot?: readonly string[];
  /**
   * What makes a sentence that opens with a verb an order (the shape commands): it tells of the present
   * only, and the verb governs its clause. Not when one of `pairs` follows the verb ('Give or take'), nor
   * when a word of `finite` comes before the first clause break (the opening words are a subject:
   * 'Pay for junior soldiers is …', 'Clear evidence shows …'), nor when at most `opener` words and a
   * comma open it before a clause with its own subject, a word of `subjects` ('Put simply, the army …').
   */
  readonly commands?: { readonly finite: readonly string[]; readonly pairs: readonly string[]; readonly subjects: readonly string[]; readonly breaks: readonly string[]; readonly opener: number; readonly says: string };
  /** The cue list whose `start` phrases make a sentence turn: the sentence before it in its paragraph is `beforeTurn`. */
  readonly turnCue?: string;
  /** Words that, opening a section's heading (after any number), make it the section that concludes: its sentences are `inConclusion`. */
  readonly conclusionHeadings?: readonly string[];
  /** What makes a section's heading a claim of its own, a sentence with a finite verb: see {@link claimHeadingTest} in roles.ts. Its sentences are `underClaimHeading`. */
  readonly claimHeadings?: { readonly verbs: readonly string[]; readonly notOpeners: readonly string[]; readonly minWords: number; readonly sentenceWords: number; readonly says: string };
  /** Headings that, whole or two joined by "and", make a section about the document itself (its method, data, revisions, authors); one ending in "*" need only open it: its sentences are `inAboutSection`. */
  readonly aboutHeadings?: readonly string[];
  /** What makes a sentence define a term (the shape defines): see {@link definitionPattern}. */
  readonly definition?: { readonly copulas: readonly string[]; readonly articles: readonly string[]; readonly says: string };
  /** What makes a sentence say what a quoted term means (the shape term-means): see {@link termMeaningPattern}. */
  readonly termMeaning?: { readonly nouns: readonly string[]; readonly verbs: readonly string[]; readonly says: string };
  /** Rules (by id) whose sentences put something forward: what follows them is `afterRecommendation`. */
  readonly recommends?: readonly string[];
  /** Rules (by id) whose lead-ins say what a list covers or requires: the list items after them are `afterScope`. */
  readonly scopes?: readonly string[];
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

/** The built-in role data. */
export const ROLE_DATA: RoleData = roleData as unknown as RoleData;
