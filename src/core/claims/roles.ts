import type { RoleLexicon, RoleRule } from '../lexicon/roles';
import { isRegexSpace } from '../parse/chars';
import { commands, insideQuotation, toldOn } from './commands';

/**
 * A claim's role, from the role rules (src/core/lexicon/data/roles.json), tried
 * in order: the first that holds decides. What a sentence's own words say (its
 * cue phrases, a question mark) is read once per sentence text; its figures and
 * its position are added when the document is read.
 */

/** A cue phrase of rule `rule` found at `start` (from the sentence's start). */
export interface RoleHit {
  readonly rule: number;
  readonly term: string;
  readonly start: number;
}

/** The role cues a sentence's own words hold. */
export interface RoleWords {
  readonly question: boolean;
  /** The sentence opens with a lower-case word (an item continuing a lead-in). */
  readonly lowerStart: boolean;
  /** The sentence ends with a colon (a lead-in to a list). */
  readonly colonEnd: boolean;
  /** A short sentence with no modal verb that announces a count of items ("two questions", "three elements"). */
  readonly announces: boolean;
  /** The sentence quotes someone: it opens with a quotation mark, or quotes a passage of several words. */
  readonly quotes: boolean;
  /** The sentence opens with an ordinal and a comma: a numbered point ("Second, …"). */
  readonly enumerated: boolean;
  /** The sentence holds no past or perfect verb form (the lexicon's narration): it says how things are, not what happened. */
  readonly presentGeneral: boolean;
  /** The sentence tells of the present only and opens with a verb that gives an order (the lexicon's commands): not a noun that looks like one ('Pay for …is'), nor an opener set off by a comma ('Put simply, …'). */
  readonly commands: boolean;
  /** The sentence opens by turning (a phrase of the lexicon's turn cue list: "But", "However"). */
  readonly turns: boolean;
  /** The sentence opens with an indefinite case and says what it would do ('A single threshold would end …'): it argues from a hypothetical. */
  readonly hypothetical: boolean;
  /** The sentence defines a term: a name with its short form in brackets, then 'is a', 'are the'. */
  readonly defines: boolean;
  /** The sentence says what a quoted term means ('"Agreed Area" means …'): the drafting of a definition. */
  readonly termMeans: boolean;
  /** Cue phrases found, by rule in order, up to the first that decides alone. */
  readonly hits: readonly RoleHit[];
}

/** No role cue phrases: one shared empty list. Most sentences have none, every sentence's role words are held until its claim is made, and a list is kept at its exact length (one grown by push holds room for 16 more). */
const NO_HITS: readonly RoleHit[] = Object.freeze([]);
const QUESTION = /\?["'”’)\]]*\s*$/;
const LEADING = /^[^\p{L}\p{N}]+/u;
const LOWER_START = /^\p{Ll}/u;
const COLON_END = /:["'”’)\]]*\s*$/;


/** Reads the role cues of a sentence (the whole of `sentence`). */
export function roleWords(sentence: string, roles: RoleLexicon): RoleWords {
  // A list item's marker ('a)  agree …') is no part of the sentence: the layout reads it as a label (headings.json paragraph:letter-item).
  const trimmed = sentence.replace(LEADING, '');
  const lower = trimmed.toLowerCase().replace(/’/g, "'");
  const offset = sentence.length - trimmed.length;
  const hits: RoleHit[] = [];
  const { rules } = roles;
  // One walk over the words finds where a cue phrase may start; each rule's pattern is tried there only.
  const opening = openingsOf(lower, roles);
  const anywhere = opening.length > 0 || (roles.openings.whole && roles.anywhere.test(lower));
  // Rules of the same cue list and place share a pattern: its match is read once per sentence.
  const matches = matchesFor(roles.patternCount);
  // The sentence's leading run of a-z and 0-9: a cue at the start opens with it (read when first asked).
  let first: string | undefined;
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r];
    const pattern = rule.pattern;
    if (!pattern || (!anywhere && rule.at !== 'start')) continue;
    let m = matches[rule.patternIndex];
    if (m === undefined) m = matches[rule.patternIndex] = rule.opening ? firstAt(rule.opening, lower, opening, roles.openings.names) : rule.startWords && !rule.startWords.has((first ??= leadingRun(lower))) ? null : pattern.exec(lower);
    // A rule that names who opens the sentence holds only where its cue is what they do: right after them, at most one word between ('They also agreed').
    if (!m || (rule.subject && !actsFirst(rule.subject, lower, m.index))) continue;
    // A word of the list's notEarlier before the first cue found is before every later one too ('Our proposals for reform include:').
    if (rule.notEarlier && (rule.notEarlier.exec(lower)?.index ?? Infinity) < m.index) continue;
    // A sentence that argues ('which is why … should') is not one the list's phrase tells of (a cue list's notWith); a quoted speaker's words are not the sentence's own (notQuoted).
    if ((rule.notWith && rule.notWith.test(lower)) || (rule.notQuoted && insideQuotation(sentence, offset + m.index))) continue;
    // A genre that prints its verbs in capitals ('The Council CALLS ON') is read only where they are (a cue list's capitals): 'It calls on' is anyone's.
    if (rule.capitals && !inCapitals(trimmed.slice(m.index, m.index + m[0].length))) continue;
    // The writer's own modality or stance, or an attribution, that the rule names (its notCues) cancels the cue; read without the cue's words, which may stand inside it ('We nonetheless think').
    if (rule.cancels.length && cancelled(rule.cancels, lower, m.index, m[0].length)) continue;
    // A sentence that goes on past its cue to take a side, in a clause of its own (notCuesLater: '…, but the evidence is clear'), is not what the cue tells.
    if (rule.laterCancels.length && laterClause(rule.laterCancels, lower, m.index + m[0].length)) continue;
    if (rule.toldOn && toldOn(lower, m.index + m[0].length, rule.toldOn)) continue;
    hits.push({ rule: r, term: m[0], start: offset + m.index });
    // A combiner reads every rule that holds: the cues after a deciding one too.
    if (rule.final && !roles.combiner) break;
  }
  const a = roles.announce;
  // The length first: it rules out most sentences without running the two patterns or splitting the sentence.
  const announces = !!a && piecesAtMost(trimmed, a.maxWords) && countsItems(trimmed, a) && !a.modal.test(trimmed);
  const enumerated = !!roles.enumerated && roles.enumerated.test(trimmed);
  const presentGeneral = !!roles.narrates && !roles.narrates.test(lower);
  const words: RoleWords = { question: QUESTION.test(sentence), lowerStart: LOWER_START.test(trimmed), colonEnd: COLON_END.test(sentence), announces, enumerated, turns: !!roles.turn && roles.turn.test(lower), presentGeneral, commands: presentGeneral && commands(lower, roles), quotes: quotes(sentence, roles), hypothetical: !!roles.hypothetical && roles.hypothetical.test(lower), defines: !!roles.defines && roles.defines.test(trimmed), termMeans: !!roles.meansTerm && roles.meansTerm.test(trimmed), hits: hits.length ? hits.slice() : NO_HITS };
  return hits.length ? words : sharedWords(words);
}

/**
 * Whether a count in the sentence counts items that follow ("three options"): not a span of time ("three years ago",
 * "over six months") nor a share ("three of its four", "one in three new hires": a sentence with a share announces nothing). Each match is read once, left to right.
 */
function countsItems(text: string, a: NonNullable<RoleLexicon['announce']>): boolean {
  a.items.lastIndex = 0;
  for (let m = a.items.exec(text); m; m = a.items.exec(text)) {
    // A share's count and its whole ("two of its five ferries") both count parts: the sentence announces nothing.
    if (m[1] || a.shareAfter.has((m[2] || m[3]).toLowerCase().split(/\s/, 1)[0])) return false;
    if (!a.spans.has(m[3].toLowerCase())) return true;
  }
  return false;
}

/** Whether a phrase of `cancels` is in the sentence read without the cue found at `at` (`length` characters). */
function cancelled(cancels: readonly RegExp[], lower: string, at: number, length: number): boolean {
  const without = `${lower.slice(0, at)} ${lower.slice(at + length)}`;
  return cancels.some((c) => c.test(without));
}

const CLAUSE_BREAK = /[,;:]/;

/** Whether a phrase of `cancels` is in a clause after `from`: past the next comma, semicolon or colon. */
function laterClause(cancels: readonly RegExp[], lower: string, from: number): boolean {
  const rest = lower.slice(from);
  const brk = CLAUSE_BREAK.exec(rest);
  if (!brk) return false;
  const later = rest.slice(brk.index + 1);
  return cancels.some((c) => c.test(later));
}

/** Whether a phrase has letters and none of them in lower case. */
function inCapitals(phrase: string): boolean {
  return phrase !== phrase.toLowerCase() && phrase === phrase.toUpperCase();
}

const AT_MOST_ONE_WORD = /^\s+(?:[a-z]+\s+)?$/;

/** Whether the sentence opens with a phrase of `subject` and the cue found at `at` follows it with at most one word between. */
function actsFirst(subject: RegExp, lower: string, at: number): boolean {
  const opening = subject.exec(lower);
  return !!opening && AT_MOST_ONE_WORD.test(lower.slice(opening.index + opening[0].length, at));
}

/** Role words with no cue phrase, one object for each of the 4,096 ways its twelve flags can be: every sentence's are held until its claim is made. */
const SHARED_WORDS: (RoleWords | undefined)[] = new Array(4096);
/** Each flag's bit (a Record: a flag added to RoleWords fails to compile until it has one). */
const FLAG_BITS: Readonly<Record<Exclude<keyof RoleWords, 'hits'>, number>> = {
  question: 1, lowerStart: 2, colonEnd: 4, announces: 8, enumerated: 16, turns: 32, presentGeneral: 64, quotes: 128, hypothetical: 256, defines: 512, termMeans: 1024, commands: 2048,
};
const FLAGS = Object.keys(FLAG_BITS) as (keyof typeof FLAG_BITS)[];

function sharedWords(words: RoleWords): RoleWords {
  let key = 0;
  for (const flag of FLAGS) if (words[flag]) key |= FLAG_BITS[flag];
  return (SHARED_WORDS[key] ??= Object.freeze(words));
}

/** The matches of a sentence's patterns by pattern (undefined: not read yet), one list reused from sentence to sentence. */
let MATCHES: (RegExpExecArray | null | undefined)[] = [];

function matchesFor(count: number): (RegExpExecArray | null | undefined)[] {
  if (MATCHES.length !== count) MATCHES = new Array(count);
  return MATCHES.fill(undefined);
}

/**
 * Where a word of the lower-cased sentence opens a cue phrase: each run of a-z
 * and 0-9 after none that is an opening word of some rule, as its offset and
 * then the word's number.
 */
function openingsOf(lower: string, roles: RoleLexicon): number[] {
  const { words, longest } = roles.openings;
  const found: number[] = [];
  for (let i = 0; i < lower.length; i++) {
    if (!isWordChar(lower.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < lower.length && isWordChar(lower.charCodeAt(end))) end++;
    if (end - i <= longest) {
      const word = words.get(lower.slice(i, end));
      if (word !== undefined) found.push(i, word);
    }
    i = end;
  }
  return found;
}

/** The run of a-z and 0-9 that `lower` opens with ('' when it opens otherwise). */
function leadingRun(lower: string): string {
  let end = 0;
  while (end < lower.length && isWordChar(lower.charCodeAt(end))) end++;
  return lower.slice(0, end);
}

/** A character of `[a-z0-9]`, the word boundary of the role patterns. */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** The leftmost match of a rule's pattern, tried only where one of its opening words starts, with its phrases that open with that word (the same as running it over the whole sentence). */
function firstAt(opening: NonNullable<RoleRule['opening']>, lower: string, found: readonly number[], names: readonly string[]): RegExpExecArray | null {
  const { member } = opening;
  for (let k = 0; k < found.length; k += 2) {
    if (member[found[k + 1]] === 0) continue;
    const sticky = opening.sticky(names[found[k + 1]]);
    sticky.lastIndex = found[k];
    const m = sticky.exec(lower);
    if (m) return m;
  }
  return null;
}

const OPENS_QUOTE = /^\s*[“"]/;
const QUOTED = /[“"]([^“”"]*)[”"]/g;

/** Whether a sentence opens with a quotation mark, continues a quotation (a closing mark without its opening one), or quotes a passage of at least the lexicon's `quoteWords` words. */
function quotes(sentence: string, roles: RoleLexicon): boolean {
  if (!roles.quoteWords) return false;
  if (OPENS_QUOTE.test(sentence)) return true;
  // A closing mark with no opening one, or an odd count of straight marks: the sentence continues a quotation.
  const opens = count(sentence, '“'), closes = count(sentence, '”');
  if (closes > opens || count(sentence, '"') % 2 === 1) return true;
  for (const m of sentence.matchAll(QUOTED)) if (m[1].trim().split(/\s+/).length >= roles.quoteWords) return true;
  return false;
}

function count(text: string, mark: string): number {
  let n = 0;
  for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) n++;
  return n;
}

/**
 * Whether a document describes rather than argues: fewer than the register's
 * share of its sentences ask a question or hold an arguing cue ('should',
 * 'however', 'therefore', 'we argue'). False without register data, and for a
 * text too short to tell.
 */
export function describes(sentences: readonly RoleWords[], roles: RoleLexicon): boolean {
  const { register } = roles;
  if (!register || sentences.length < register.minSentences) return false;
  let arguing = 0;
  for (const words of sentences) if (words.question || words.hits.some((h) => register.argues.has(h.rule))) arguing++;
  return arguing < register.minShare * sentences.length;
}

/** True when `text.split(/\s+/)` has at most `max` pieces: one more than its runs of white space, counted up to `max`. */
function piecesAtMost(text: string, max: number): boolean {
  let pieces = 1;
  if (pieces > max) return false;
  for (let i = 0; i < text.length; i++) {
    if (!isRegexSpace(text.charCodeAt(i))) continue;
    if (++pieces > max) return false;
    while (i + 1 < text.length && isRegexSpace(text.charCodeAt(i + 1))) i++;
  }
  return true;
}

/** Whether a document records its own proceedings: a sentence holds the cue of a rule of the data's `records` (minutes, a court's summary). */
export function records(sentences: readonly RoleWords[], roles: RoleLexicon): boolean {
  return roles.records.size > 0 && sentences.some((words) => words.hits.some((h) => roles.records.has(h.rule) && !roles.recordsNot.has(h.term.replace(/\s+/g, ' '))));
}

/**
 * Whether a document is itself a call for tenders: a sentence (its text from `starts` to `ends`) holds the cue of a
 * rule of the data's `notices` (a contract notice, an invitation to tender). Each sentence's text is read, not its
 * role words: a cue that decides alone ends their scan, and a marking rule comes after every other.
 */
export function notices(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, roles: RoleLexicon): boolean {
  for (const r of roles.notices) {
    const { pattern, notWith } = roles.rules[r];
    for (let s = 0; s < starts.length; s++) {
      const lower = text.slice(starts[s], ends[s]).toLowerCase();
      if (pattern!.test(lower) && !notWith?.test(lower)) return true;
    }
  }
  return false;
}
