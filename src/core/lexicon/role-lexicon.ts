import type { RoleCombiner, RoleFeatureRow } from './role-features';
import type { RoleRuleRow } from './role-data';

/**
 * Compiled role types: a rule ready to run (its cue regex, its positions as a
 * mask, the words that let one scan find its cues) and the compiled role
 * lexicon a claim reader uses. compileRoles in roles.ts makes them from the
 * data types of role-data.ts.
 */

/** A rule ready to run. */
export interface RoleRule extends RoleRuleRow {
  /** The cue phrases as one regex over the lower-cased sentence, or null for a rule without a cue. */
  readonly pattern: RegExp | null;
  /** The opening phrases of the rule's `opens` list, or null for a rule without one. */
  readonly subject: RegExp | null;
  /** The cue list's `notEarlier` words as one regex, or null: one of them before the cue found cancels it. */
  readonly notEarlier: RegExp | null;
  /** The cue list's `notWith` phrases as one regex, or null: one of them anywhere in the sentence cancels the cue. */
  readonly notWith: RegExp | null;
  /** The `notCues` lists' anywhere phrases, one regex a list: one found in the sentence cancels the rule. */
  readonly cancels: readonly RegExp[];
  /** The `notCuesLater` lists' anywhere phrases, one regex a list: one found in a clause after the cue's cancels the rule. */
  readonly laterCancels: readonly RegExp[];
  /** The cue list's `notQuoted`: a cue inside a quotation is not the sentence's own. */
  readonly notQuoted: boolean;
  /** The cue counts only printed in capitals (its list's `capitals`). */
  readonly capitals: boolean;
  /** The cue list's `notToldOn`, or null. */
  readonly toldOn: { readonly links: ReadonlySet<string>; readonly verbs: ReadonlySet<string>; readonly words: number } | null;
  /** The positions it needs as a mask of {@link POSITION_BITS}; 0 for any. */
  readonly positions: number;
  /** The positions it needs all of, as a mask; 0 for none. */
  readonly allPositions: number;
  /** The positions it holds in none of, as a mask; 0 for none. */
  readonly notPositions: number;
  /** A cue rule that needs nothing else: once its cue is found, no later rule can decide, so a sentence's cues need not be read further. */
  readonly final: boolean;
  /**
   * For a cue found anywhere: the words its phrases open with (their leading
   * run of a-z and 0-9), and its pattern narrowed to the phrases that open
   * with one word, made sticky to try where that word is only (see
   * {@link cueWordsOf}). Null where a phrase opens otherwise: the pattern then
   * runs over the whole sentence.
   */
  readonly opening: { readonly words: ReadonlySet<string>; readonly sticky: (word: string) => RegExp; readonly member: Uint8Array } | null;
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
  readonly openings: { readonly words: ReadonlyMap<string, number>; readonly names: readonly string[]; readonly longest: number; readonly whole: boolean };
  /** How many distinct patterns the rules have ({@link RoleRule.patternIndex}). */
  readonly patternCount: number;
  /**
   * A count word followed within three words by a plural (global: group 1 a number and a share's `between` word before
   * it, group 2 the words between, group 3 the plural); a modal verb; the most words such a sentence has; the plurals
   * that measure a span of time, and the words after a count that make it a share.
   */
  readonly announce: { readonly items: RegExp; readonly modal: RegExp; readonly maxWords: number; readonly spans: ReadonlySet<string>; readonly shareAfter: ReadonlySet<string> } | null;
  /** The fewest words of a quoted passage (0: no sentence quotes). */
  readonly quoteWords: number;
  /** A sentence (lower-cased, leading marks removed) that opens with an indefinite case and argues what it would do (the shape hypothetical), or null without the data. */
  readonly hypothetical: RegExp | null;
  /** A comma and a relative pronoun opening a text (", which was created in"), or null without relative pronouns. */
  readonly relative: RegExp | null;
  /** An ordinal and a comma at the start of a sentence, or null without ordinals. */
  readonly enumerated: RegExp | null;
  /** Which rules' cues show a sentence argues (by index), and the least share of arguing sentences an argued document has. */
  readonly register: { readonly argues: ReadonlySet<number>; readonly minShare: number; readonly minSentences: number } | null;
  /** The rules (by index) whose cue in any sentence makes the document a record of its own proceedings (the data's `records`). */
  readonly records: ReadonlySet<number>;
  /** The data's `recordsNot`: cue phrases of those rules that make no document a record. */
  readonly recordsNot: ReadonlySet<string>;
  /** The rules (by index) whose cue in any sentence makes the document a call for tenders (the data's `notices`). */
  readonly notices: ReadonlySet<number>;
  /** The rules (by index) whose cue announces reasons: the numbered points after it in its section are afterReasons (the data's `reasonLeads`). */
  readonly reasonLeads: ReadonlySet<number>;
  /** The data's `commands`, compiled: what makes a sentence that opens with a verb an order (null: none is). */
  readonly commands: { readonly finite: RegExp; readonly pairs: ReadonlySet<string>; readonly subjects: ReadonlySet<string>; readonly breaks: RegExp; readonly opener: number } | null;
  /** A sentence opening with a phrase of the turn cue list's `start` phrases, or null without one. */
  readonly turn: RegExp | null;
  /** Ids of the rules whose sentences put something forward (a recommendation, an option, a commitment). */
  readonly recommends: ReadonlySet<string>;
  /** Ids of the rules whose lead-ins say what a list covers or requires (its items are afterScope). */
  readonly scopes: ReadonlySet<string>;
  /** A section heading that concludes ('5. Conclusions and recommendations'), or null without conclusion headings. */
  readonly concludes: RegExp | null;
  /** Whether a section heading is a claim of its own (a sentence with a finite verb), or null without claim-heading data. */
  readonly claimHeading: ((title: string) => boolean) | null;
  /** A section heading about the document itself ('3. Data and method', 'About the authors'), or null without about headings. */
  readonly abouts: RegExp | null;
  /** A past or perfect verb form anywhere in a lower-cased sentence, or null without narration data (no sentence is then present-general). */
  readonly narrates: RegExp | null;
  /** A name with its short form in brackets, then 'is a', 'are the' (a definition), or null without definition data. */
  readonly defines: RegExp | null;
  /** A quoted term, then 'means' or 'refers to' (the drafting of a definition), or null without termMeaning data. */
  readonly meansTerm: RegExp | null;
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
