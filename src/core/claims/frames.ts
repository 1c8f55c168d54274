import type { Category, Cue, Reason } from '../model/model';
import { CATEGORIES } from '../model/model';
import { frameGate } from '../lexicon/claim-patterns';
import { findFrameWords, type ClaimRules, type CompiledFrame, type FrameRule, type HeadingFrameRule, type RuleRow } from '../lexicon/claim-rules';
import type { Shared } from '../model/shared';

/** Scores rounded to thousandths, in place (every score a claim shows is read at that grain); returns them. */
export function roundScores<T extends Record<Category, number>>(scores: T): T {
  for (const c of CATEGORIES) scores[c] = Math.round(scores[c] * 1000) / 1000;
  return scores;
}

/**
 * What a sentence is about, before how loud its words are: a frame is a named
 * kind of sentence found by its words (claims.json "frames"). Talks, mediation,
 * terms and recognition make the fighting they name their subject (diplomacy,
 * geopolitical); the cost of forces is military with an economic label;
 * description, procedure and greetings are background, with no category of
 * their own and none lent by their paragraph. A frame scales the scores of the
 * categories it `damps`, adds its `weight` to its `category`, and with
 * `context: false` keeps the paragraph's and section's scores out.
 */

type Scores = Record<Category, number>;

/** A sentence's scores once its frames are read, the frames' reasons, and whether its context counts. */
export interface Framed {
  readonly scores: Scores;
  readonly reasons: readonly Reason[];
  readonly context: boolean;
  /** The full weight of the category words held in the names of institutions and laws, by category (claim:institution-name), where any are. */
  readonly named?: Readonly<Scores>;
}

const NO_FRAME: readonly Reason[] = Object.freeze([]);

/** The heading frame a section's title is (claims.json "headingFrames"), or null. */
export function headingFrame(title: string, rules: ClaimRules): HeadingFrameRule | null {
  for (const { row, pattern } of rules.compiledHeadings) if (pattern.test(title)) return row;
  return null;
}

/**
 * Reads the frames of `sentence` over its own scores `own` (not changed), with
 * the heading frame of its section (`heading`, its title as the words) where it has one;
 * `worded`: the terms of the sentence's own category words that keep a `wordless` frame out (lower-case words not held in names, places named together).
 */
export function frame(
  sentence: string,
  own: Readonly<Scores>,
  frames: readonly CompiledFrame[],
  reasons: Shared,
  heading?: { readonly row: HeadingFrameRule; readonly title: string } | null,
  opening?: { readonly end: number; readonly rule: RuleRow } | null,
  later?: { readonly first: number; readonly rule: RuleRow; readonly own?: { readonly rule: RuleRow; readonly weight: (from: number, to: number) => number } } | null,
  worded: readonly string[] = [],
): Framed {
  let hits: { row: Omit<FrameRule, 'words'>; words: string }[] | null = heading ? [{ row: heading.row, words: heading.title }] : null;
  // Background words only inside the sentence's opening clause ("According to its annual report, …"): named, framing nothing.
  let passed: string[] | null = null;
  // Clause-bound frame words only after the sentence's own words and a clause break ("…," said a research fellow): named, framing nothing.
  let late: string[] | null = null;
  // Frame words in a sentence that names what it is about in strong words of its own ("Arms sales to … are authorized under section 3"): named, framing nothing.
  let owned: string[] | null = null;
  const bare = own.geopolitical + own.military + own.economic === 0;
  // Only the frames whose phrases the sentence holds run their patterns (claim-patterns.ts).
  const possible = frameGate(frames).possible(sentence);
  for (let f = 0; f < frames.length; f++) {
    const compiled = frames[f];
    const { row } = compiled;
    if ((row.with && !(own[row.with] > 0)) || (possible && possible[f] === 0) || (row.bare && !bare) || (row.wordless && worded.some((term) => !ownsTerm(row.ownTerms, term)))) continue;
    if (row.endsWith && !sentence.trimEnd().endsWith(row.endsWith)) continue;
    const words = findFrameWords(compiled, sentence);
    if (words === null || (compiled.unless && findFrameWords({ pattern: compiled.unless }, sentence) !== null)) continue;
    // A signpost before a colon announces what follows it, and what follows is read by its own words.
    if (row.untilColon && sentence.indexOf(':', sentence.indexOf(words) + words.length) >= 0) continue;
    if (opening && row.category === null && findFrameWords(compiled, sentence.slice(opening.end)) === null) (passed ??= []).push(words.replace(/\s+/g, ' '));
    else if (later && row.clauseBound && inLaterClause(sentence, later.first, sentence.indexOf(words))) (late ??= []).push(words.replace(/\s+/g, ' '));
    else if (later?.own && row.ownWords !== undefined && later.own.weight(sentence.indexOf(words), sentence.indexOf(words) + words.length) >= row.ownWords) (owned ??= []).push(words.replace(/\s+/g, ' '));
    else (hits ??= []).push({ row, words: words.replace(/\s+/g, ' ') });
  }
  const asides: Reason[] = [];
  if (passed && opening) asides.push(reasons.of(opening.rule.id, opening.rule.weight, 'category', passed.join('; ')));
  if (late && later) asides.push(reasons.of(later.rule.id, later.rule.weight, 'category', late.join('; ')));
  if (owned && later?.own) asides.push(reasons.of(later.own.rule.id, later.own.rule.weight, 'category', owned.join('; ')));
  const aside = asides.length ? asides : NO_FRAME;
  if (!hits) return { scores: own, reasons: aside, context: true };
  const scores = { ...own };
  let context = true;
  // Every frame's damping first, then what frames add: one frame's weight is not damped by another.
  for (const { row } of hits) for (const c of row.damps) scores[c] *= row.factor;
  // A background frame (no category) says the sentence has no bearing of its own: no other frame lends it one.
  const background = hits.some(({ row }) => row.category === null);
  for (const { row } of hits) {
    if (row.category && !background) scores[row.category] += row.weight;
    if (row.context === false) context = false;
  }
  roundScores(scores);
  return { scores, reasons: [...aside, ...hits.map(({ row, words }) => reasons.of(row.id, row.weight, 'category', words))], context };
}

/** The terms of a sentence's own words that keep "wordless" frames out: lower-case lexicon words not held in a name (`held`), and places named together; `text` holds the cues. */
export function ownWordTerms(cues: readonly Cue[], held: ReadonlySet<Cue>, text: string): string[] {
  return cues.filter((c) => c.category !== null && !held.has(c) && (c.term === 'entities:places' || (!c.term.includes(':') && text[c.start] !== text[c.start].toUpperCase()))).map((c) => c.term);
}

/**
 * The weight of a sentence's own category words, as {@link ownWordTerms} counts them (lower-case, not held in a name, or places named
 * together), but those inside the offsets `from`–`to` of the sentence starting at `at` (a frame's own words: "annexed to this notice").
 */
export function ownWeight(cues: readonly Cue[], held: ReadonlySet<Cue>, text: string, at: number): (from: number, to: number) => number {
  return (from, to) => {
    let weight = 0;
    for (const c of cues) {
      if (c.category === null || held.has(c) || (c.end - at > from && c.start - at < to)) continue;
      if (c.term === 'entities:places' || (!c.term.includes(':') && text[c.start] !== text[c.start].toUpperCase())) weight += c.weight;
    }
    return weight;
  };
}

/** Whether the lexicon term `term` ("budget*", "elections") is one of a frame's own words (`owned`, word starts with a trailing *). */
function ownsTerm(owned: readonly string[] | undefined, term: string): boolean {
  const t = term.replace(/\*$/, '');
  return !!owned && owned.some((w) => (w.endsWith('*') ? t.startsWith(w.slice(0, -1)) : t === w));
}

/** A clause break: a comma, semicolon, colon, dash, bracket or quotation mark. */
const CLAUSE_BREAK = /[,;:\u2013\u2014()"\u201c\u201d]/;

/**
 * Where the first category word of a sentence's own begins, from its start at
 * `at` in `text` (-1 for none): a word or a figure, not a capitalised word,
 * which is part of a name ("the Joint Sanctions Board"), and a name says who
 * acts, not what the sentence is about.
 */
export function firstWord(cues: readonly Cue[], text: string, at: number): number {
  let first = -1;
  for (const cue of cues) {
    if (!cue.category || (first >= 0 && cue.start - at >= first)) continue;
    const c = text[cue.start];
    if (c === c.toLowerCase()) first = cue.start - at;
  }
  return first;
}

/** Whether frame words at `at` come after the sentence's first own category word (at `first`) and a clause break after it. */
function inLaterClause(sentence: string, first: number, at: number): boolean {
  return first >= 0 && at > first && CLAUSE_BREAK.test(sentence.slice(first, at));
}

/**
 * A sentence opened by a clause of its own ("Of the 17 ports with Chinese
 * investment, only Djibouti hosts a base"; "Although trade grew, …"): the main
 * clause says what it is about, so the category words of the opening clause
 * (its `cues`, offsets from `at`) count `factor` of their weight. Null where the
 * sentence opens with no such clause, or the clause holds no category word.
 */
export function leadingClause(
  sentence: string,
  at: number,
  cues: readonly Cue[],
  own: Readonly<Scores>,
  rules: ClaimRules,
  reasons: Shared,
  held: Set<Cue> = new Set(),
): { scores: Scores; reason: Reason } | null {
  const rule = rules.leadingClause;
  if (!rule || !rules.leadingOpener!.test(sentence)) return null;
  const comma = sentence.indexOf(',');
  if (comma < 0) return null;
  const end = at + comma;
  const scores = { ...own };
  let damped = false;
  for (const cue of cues) {
    if (!cue.category || cue.start >= end || held.has(cue)) continue;
    scores[cue.category] -= (1 - rule.factor) * cue.weight;
    held.add(cue);
    damped = true;
  }
  if (!damped) return null;
  roundScores(scores);
  return { scores, reason: reasons.of(rule.id, rule.weight, 'category', sentence.slice(0, comma).trim().replace(/\s+/g, ' ')) };
}

/** Each attribution rule's pattern: a closing quotation mark, perhaps a comma, then a verb of saying. */
const attributions = new WeakMap<object, RegExp>();

/**
 * A sentence that opens with a quotation and then says who said it (""…," said
 * Ana Ruiz, a trade economist at …"): the attribution names the speaker, not what
 * the quotation is about, so its category words (`cues`, offsets from `at`) count
 * the rule's `factor` of their weight. Null where the sentence is no such
 * quotation, or its attribution holds no category word.
 */
export function quoteAttribution(sentence: string, at: number, cues: readonly Cue[], own: Readonly<Scores>, rules: ClaimRules, reasons: Shared, held: Set<Cue> = new Set()): { scores: Scores; reason: Reason } | null {
  const rule = rules.attribution;
  if (!rule || !/^\s*["\u201c]/.test(sentence)) return null;
  let pattern = attributions.get(rule);
  if (!pattern) attributions.set(rule, (pattern = new RegExp(`["\u201d]\\s*,?\\s*(?:${rule.verbs.join('|')})(?![\\p{L}])`, 'iu')));
  const match = pattern.exec(sentence);
  if (!match) return null;
  const from = at + match.index;
  const scores = { ...own };
  let damped = false;
  for (const cue of cues) {
    if (!cue.category || cue.start < from || held.has(cue)) continue;
    scores[cue.category] -= (1 - rule.factor) * cue.weight;
    held.add(cue);
    damped = true;
  }
  if (!damped) return null;
  return { scores: roundScores(scores), reason: reasons.of(rule.id, rule.weight, 'category', sentence.slice(match.index + 1).trim().replace(/^,\s*/, '').replace(/\s+/g, ' ')) };
}

/**
 * The names of institutions and laws in a sentence ("the Department of
 * Commerce", "the Technology and Security Program"), and how a union of states
 * names itself and its members ("the Union", "Member States"): the category
 * words inside a name count the rule's `factor` of their weight, since a name
 * says who acts, not what the sentence is about (the union's names only in a
 * text in its own voice, `ownVoice`). `cues` have offsets from `at`. Null where the sentence names none, or no name holds a category word.
 */
export function institutionNames(
  sentence: string,
  at: number,
  cues: readonly Cue[],
  own: Readonly<Scores>,
  rules: ClaimRules,
  reasons: Shared,
  ownVoice = false,
  held: Set<Cue> = new Set(),
): { scores: Scores; reasons: Reason[]; named?: Scores } | null {
  let scores = own;
  const found: Reason[] = [];
  let weights: Scores | undefined;
  const institution = rules.institutionName;
  if (institution && rules.institutionPattern && rules.institutionWords!.test(sentence)) {
    const named = heldInNames(sentence, at, cues, scores, rules.institutionPattern, institution.factor, held);
    if (named) {
      scores = named.scores;
      weights = named.weights;
      found.push(reasons.of(institution.id, institution.weight, 'category', named.names));
    }
  }
  if (ownVoice && rules.ownName && rules.ownNamePattern) {
    const named = heldInNames(sentence, at, cues, scores, rules.ownNamePattern, rules.ownName.factor, held);
    if (named) {
      scores = named.scores;
      found.push(reasons.of(rules.ownName.id, rules.ownName.weight, 'category', named.names));
    }
  }
  return found.length ? { scores, reasons: found, named: weights } : null;
}

/** The scores once the category cues inside each match of `pattern` count `factor`, the names that held any, and the full weight of the words they held by category (null for none). */
export function heldInNames(sentence: string, at: number, cues: readonly Cue[], own: Readonly<Scores>, pattern: RegExp, factor: number, held: Set<Cue> = new Set()): { scores: Scores; names: string; weights: Scores } | null {
  const scores = { ...own };
  const weights: Scores = { geopolitical: 0, military: 0, economic: 0 };
  const names: string[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
    const start = at + m.index;
    const end = start + m[0].length;
    let holds = false;
    for (const cue of cues) {
      if (!cue.category || cue.start < start || cue.end > end || held.has(cue)) continue;
      scores[cue.category] -= (1 - factor) * cue.weight;
      weights[cue.category] += cue.weight;
      held.add(cue);
      holds = true;
    }
    if (holds) names.push(m[0].replace(/\s+/g, ' '));
  }
  if (names.length === 0) return null;
  roundScores(scores);
  return { scores, names: names.join('; '), weights };
}
