import type { Category } from '../model/model';

/**
 * The rows of the claim rules that read a sentence's own words before its
 * frames (claims/frames.ts, claims/shifts.ts): idioms, opening clauses, names
 * of institutions and of a union, words that do not decide alone, shifted
 * words and events named to say when. Compiled in claim-rules.ts.
 */
/** A named rule: its id shows in a claim's `why`, `says` in a reader's words. */
export interface RuleRow {
  readonly id: string;
  readonly weight: number;
  readonly says: string;
}

/**
 * Hyphenated idioms whose parts are cue words ("trade-off" is no trade): read
 * whole, they give no cue, where an unknown hyphenated word is read by its parts.
 */
export interface IdiomRule extends RuleRow {
  readonly words: readonly string[];
}

/**
 * A sentence that opens with one of `openers` and a clause up to its first
 * comma: the category words of that clause count `factor` of their weight.
 */
export interface LeadingClauseRule extends RuleRow {
  readonly openers: readonly string[];
  readonly factor: number;
}

/**
 * The name of an institution or a law: one of `heads` then "of", "on" or
 * "for" and capitalised words ("Department of Commerce", "Ministries of
 * Defence, Trade and International Development"), or capitalised words ending
 * with one of `tails` ("Technology and Security Program"). The category words
 * inside the name count `factor` of their weight: a name says who, not what about.
 * A name ending with a tail never starts with one of `notFirst` (an article
 * capitalised at a sentence's start: "The Office of Management and Budget" is
 * the Office of Management and Budget, not "The Office").
 */
export interface InstitutionNameRule extends RuleRow {
  readonly heads: readonly string[];
  readonly tails: readonly string[];
  readonly notFirst?: readonly string[];
  readonly factor: number;
}

/**
 * How a union of states names itself and its members in its own texts ("the
 * Union", "Member States", "the Commission"): `names` as written (a leading
 * "the" in either case). The category words inside such a name count `factor`
 * of their weight: the name says who acts, not that the sentence is about
 * relations between states. Only in a text in the union's own voice (one that
 * says one of `voice`): elsewhere "the Union" is a subject of its own.
 */
export interface OwnNameRule extends RuleRow {
  readonly names: readonly string[];
  /** Names, as written, that show a text is in the union's own voice: the rule reads only such texts. */
  readonly voice: readonly string[];
  readonly factor: number;
}

/** Words that do not decide alone (who acts or where): a sentence's only category words, they count `factor` of their weight (claims/shifts.ts). */
export interface AloneWordsRule extends RuleRow {
  readonly terms: readonly string[];
  readonly factor: number;
}

/** Cue words of `terms` read in `from` that count `factor` of their weight for `to` where one of `near` is in the sentence (claims/shifts.ts). */
export interface ShiftRule extends RuleRow {
  readonly terms: readonly string[];
  readonly from: Category;
  readonly to: Category;
  readonly near: readonly string[];
  readonly factor: number;
  /** The shift holds only where `terms` are the sentence's only words of `from`. */
  readonly alone?: boolean;
  /** The shift holds only where one of `needs` is in the sentence too ('cargo' searched by a navy or a boarding team, not by customs). */
  readonly needs?: readonly string[];
}

/** An event named to say when: one of `words`, then one of `events` ("since the invasion"); its category words count `factor` (claims/shifts.ts). */
export interface TimePhraseRule extends RuleRow {
  readonly words: readonly string[];
  readonly events: readonly string[];
  readonly factor: number;
}

/**
 * Places named only as the setting of something (claims/settings.ts): a place
 * written after one of `before` ("depots in Tbilisi", "flows at Kratie"), one
 * that goes on a list after such a place ("in Tbilisi and Amman"), or one named
 * by one of `heads` ("the Kelm plant", "Clark Air Base"). Where every place a
 * sentence names together is a setting, the places are where, not who: they
 * argue for no category.
 */
export interface PlaceSettingRule extends RuleRow {
  readonly before: readonly string[];
  readonly heads: readonly string[];
}
