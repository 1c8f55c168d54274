import type { Cue, Figure, FigureKind, Reason, Role } from '../model/model';
import { DESCRIPTIVE_BIT, POSITION_BITS, type RoleLexicon, type RoleRule } from '../lexicon/roles';
import type { Reasons } from './reasons';
import { isRegexSpace } from '../parse/chars';

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
  /** The sentence opens by turning (a phrase of the lexicon's turn cue list: "But", "However"). */
  readonly turns: boolean;
  /** Cue phrases found, by rule in order, up to the first that decides alone. */
  readonly hits: readonly RoleHit[];
}

/** A figure's role cue term by its kind: one string each, not one made per claim. */
const FIGURE_TERMS: Readonly<Record<FigureKind, string>> = {
  percent: 'figure:percent', money: 'figure:money', quantity: 'figure:quantity', count: 'figure:count', ratio: 'figure:ratio', date: 'figure:date',
};
/** No role cue phrases: one shared empty list. Most sentences have none, every sentence's role words are held until its claim is made, and a list is kept at its exact length (one grown by push holds room for 16 more). */
const NO_HITS: readonly RoleHit[] = Object.freeze([]);
const QUESTION = /\?["'”’)\]]*\s*$/;
const LEADING = /^[^\p{L}\p{N}]+/u;
const LOWER_START = /^\p{Ll}/u;
const COLON_END = /:["'”’)\]]*\s*$/;


/** Reads the role cues of a sentence (the whole of `sentence`). */
export function roleWords(sentence: string, roles: RoleLexicon): RoleWords {
  const trimmed = sentence.replace(LEADING, '');
  const lower = trimmed.toLowerCase().replace(/’/g, "'");
  const offset = sentence.length - trimmed.length;
  const hits: RoleHit[] = [];
  const { rules } = roles;
  // One walk over the words finds where a cue phrase may start; each rule's pattern is tried there only.
  const opening = openingsOf(lower, roles);
  const anywhere = opening.length > 0 || (roles.openings.whole && roles.anywhere.test(lower));
  for (let r = 0; r < rules.length; r++) {
    const pattern = rules[r].pattern;
    if (!pattern || (!anywhere && rules[r].at !== 'start')) continue;
    const m = rules[r].opening ? firstAt(rules[r].opening!, lower, opening) : pattern.exec(lower);
    if (!m) continue;
    hits.push({ rule: r, term: m[0], start: offset + m.index });
    if (rules[r].final) break;
  }
  const a = roles.announce;
  // The length first: it rules out most sentences without running the two patterns or splitting the sentence.
  const announces = !!a && piecesAtMost(trimmed, a.maxWords) && a.items.test(trimmed) && !a.modal.test(trimmed);
  const enumerated = !!roles.enumerated && roles.enumerated.test(trimmed);
  const words: RoleWords = { question: QUESTION.test(sentence), lowerStart: LOWER_START.test(trimmed), colonEnd: COLON_END.test(sentence), announces, enumerated, turns: !!roles.turn && roles.turn.test(lower), presentGeneral: !!roles.narrates && !roles.narrates.test(lower), quotes: quotes(sentence, roles), hits: hits.length ? hits.slice() : NO_HITS };
  return hits.length ? words : sharedWords(words);
}

/** Role words with no cue phrase, one object for each of the 256 ways its eight flags can be: every sentence's are held until its claim is made. */
const SHARED_WORDS: (RoleWords | undefined)[] = new Array(256);
/** Each flag's bit (a Record: a flag added to RoleWords fails to compile until it has one). */
const FLAG_BITS: Readonly<Record<Exclude<keyof RoleWords, 'hits'>, number>> = {
  question: 1, lowerStart: 2, colonEnd: 4, announces: 8, enumerated: 16, turns: 32, presentGeneral: 64, quotes: 128,
};
const FLAGS = Object.keys(FLAG_BITS) as (keyof typeof FLAG_BITS)[];

function sharedWords(words: RoleWords): RoleWords {
  let key = 0;
  for (const flag of FLAGS) if (words[flag]) key |= FLAG_BITS[flag];
  return (SHARED_WORDS[key] ??= Object.freeze(words));
}

/**
 * Where a word of the lower-cased sentence opens a cue phrase: each run of a-z
 * and 0-9 after none that is an opening word of some rule, as its offset and
 * then the word.
 */
function openingsOf(lower: string, roles: RoleLexicon): (number | string)[] {
  const { words, longest } = roles.openings;
  const found: (number | string)[] = [];
  for (let i = 0; i < lower.length; i++) {
    if (!isWordChar(lower.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < lower.length && isWordChar(lower.charCodeAt(end))) end++;
    if (end - i <= longest) {
      const word = lower.slice(i, end);
      if (words.has(word)) found.push(i, word);
    }
    i = end;
  }
  return found;
}

/** A character of `[a-z0-9]`, the word boundary of the role patterns. */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** The leftmost match of a rule's pattern, tried only where one of its opening words starts (the same as running it over the whole sentence). */
function firstAt(opening: NonNullable<RoleRule['opening']>, lower: string, found: readonly (number | string)[]): RegExpExecArray | null {
  for (let k = 0; k < found.length; k += 2) {
    if (!opening.words.has(found[k + 1] as string)) continue;
    opening.sticky.lastIndex = found[k] as number;
    const m = opening.sticky.exec(lower);
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

/** A sentence's role, the cue that decided it (if any) and the reason. */
export interface RoleReading {
  readonly role: Role;
  readonly cue: Cue | null;
  readonly reason: Reason | null;
}

const STATEMENT: RoleReading = { role: 'statement', cue: null, reason: null };

/**
 * The role of the sentence of `text` starting at `at`, by the first rule that
 * holds: its cue found, its question mark, a measured figure (any but a date),
 * its position (a mask of `POSITION_BITS`).
 */
export function roleOf(
  words: RoleWords,
  text: string,
  at: number,
  figures: readonly Figure[],
  position: number,
  entities: number,
  roles: RoleLexicon,
  reasons: Reasons,
): RoleReading {
  const { rules } = roles;
  let h = 0;
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r];
    while (h < words.hits.length && words.hits[h].rule < r) h++;
    const hit = h < words.hits.length && words.hits[h].rule === r ? words.hits[h] : null;
    if (rule.pattern && !hit) continue;
    if (rule.question && !words.question) continue;
    if (rule.positions && !(rule.positions & position)) continue;
    if (rule.register && (rule.register === 'descriptive') !== ((position & DESCRIPTIVE_BIT) !== 0)) continue;
    if (rule.concrete !== undefined && rule.concrete !== (entities > 0 || figures.length > 0)) continue;
    if (rule.shape === 'lower-case-start' && !words.lowerStart) continue;
    if (rule.shape === 'colon-end' && !words.colonEnd) continue;
    if (rule.shape === 'announces-items' && !words.announces) continue;
    if (rule.shape === 'enumerated' && !words.enumerated) continue;
    if (rule.shape === 'quotes' && !words.quotes) continue;
    if (rule.shape === 'present-general' && !words.presentGeneral) continue;
    if (rule.shape === 'narrated' && words.presentGeneral) continue;
    // A rule may need both a cue and a figure ('will probably' and a date): each must hold.
    const measured = rule.figure ? figures.find((f) => (f.kind === 'date' ? rule.figure === 'date' && !inRelative(roles, text, at, f.start) : rule.figure === 'measured')) : undefined;
    if (rule.figure && !measured) continue;
    if (hit) return decided(rule, { start: at + hit.start, end: at + hit.start + hit.term.length, category: null, term: hit.term, weight: rule.weight }, reasons, hit.term);
    if (measured) {
      const cue = { start: measured.start, end: measured.end, category: null, term: FIGURE_TERMS[measured.kind], weight: rule.weight };
      return decided(rule, cue, reasons, text.slice(measured.start, measured.end));
    }
    return decided(rule, null, reasons);
  }
  return STATEMENT;
}

/**
 * Whether the figure at `start` stands in a relative clause (", which was
 * created in the mid-1990s"): a date there dates what the clause describes,
 * not the event the sentence tells.
 */
function inRelative(roles: RoleLexicon, text: string, at: number, start: number): boolean {
  if (!roles.relative) return false;
  // Back to the nearest clause mark, at most CLAUSE_REACH characters: the work per figure stays bounded.
  const floor = Math.max(at, start - CLAUSE_REACH);
  let i = start - 1;
  while (i >= floor && !CLAUSE_MARKS.includes(text[i])) i--;
  return i >= floor && text[i] === ',' && roles.relative.test(text.slice(i, start));
}

const CLAUSE_MARKS = ',;:()';
const CLAUSE_REACH = 300;

function decided(rule: RoleRule, cue: Cue | null, reasons: Reasons, words?: string): RoleReading {
  return { role: rule.role, cue, reason: reasons.of(rule.id, rule.weight, 'role', words) };
}

/**
 * Tracks, sentence by sentence in document order, whether a sentence follows a
 * recommendation (a rule of the lexicon's `recommends`): right after it in the
 * same paragraph, with only reasons between, or in the paragraph right after
 * one made only of theses that ends with a recommendation (a numbered
 * recommendation, and the paragraph under it that justifies it, reasons and
 * evidence alike), in the same section.
 */
export class Recommendations {
  private block = -1;
  private section: number | null = null;
  /** A recommendation came before in the current paragraph. */
  private inParagraph = false;
  /** The current paragraph is the one under a paragraph of theses ending with a recommendation: all of it justifies it. */
  private carried = false;
  /** Every sentence of the current paragraph so far is a thesis, and the last a recommendation. */
  private onlyTheses = true;
  private endsRecommending = false;

  constructor(private readonly roles: RoleLexicon) {}

  /** The `afterRecommendation` bit for the next sentence, in `block` of `section`, at `position`. */
  before(block: number, section: number | null, position: number): number {
    if (block !== this.block) {
      const carries = this.onlyTheses && this.endsRecommending && section === this.section && this.block >= 0;
      this.block = block;
      this.section = section;
      this.inParagraph = this.carried = carries;
      this.onlyTheses = true;
      this.endsRecommending = false;
    }
    return this.inParagraph && !(position & POSITION_BITS.firstInSection) ? POSITION_BITS.afterRecommendation : 0;
  }

  /** Records the reading of the sentence just read. */
  after(reading: RoleReading): void {
    const recommends = !!reading.reason && this.roles.recommends.has(reading.reason.rule);
    // The run of reasons right after it (and of evidence, in the paragraph under it): a sentence of another role ends it.
    if (recommends) this.inParagraph = true;
    else if (reading.role !== 'reason' && !(this.carried && reading.role === 'evidence')) this.inParagraph = false;
    this.onlyTheses &&= reading.role === 'thesis';
    this.endsRecommending = recommends;
  }
}
