import type { Block, Category, Claim, Cue, Entity, Figure, Role, Section, Span } from '../model/model';
import { CATEGORIES, NO_REASONS } from '../model/model';
import { DEFAULT_LEXICON, matchAt, type Lexicon } from '../lexicon';
import roleData from '../lexicon/data/roles.json';
import type { Memo } from '../parse/memo';
import { partitionPoint } from '../model/lookup';

/**
 * Claims: every body sentence scored for the three categories from lexicon
 * cues, figures and places, then read in its paragraph and section (a sentence
 * with weak cues takes the colour of its paragraph), and given a role from
 * discourse cues and its position.
 */

type Scores = Record<Category, number>;

const zero = (): Scores => ({ geopolitical: 0, military: 0, economic: 0 });

/** Weight of the paragraph's and the section's mean scores in a sentence's score. */
const PARAGRAPH_WEIGHT = 0.35;
const SECTION_WEIGHT = 0.1;
/** A category needs at least this much to be primary. */
const MIN_PRIMARY = 0.5;

/** Military nouns that make a quantity a count of forces. */
const FORCE_UNITS = /^(men|troops|soldiers|servicemembers|personnel|sailors|airmen|marines|guardians|officers|divisions|brigades|battalions|tanks|aircraft|missiles|warheads|ships|submarines|jets)$/;

interface RoleCues {
  readonly start: readonly string[];
  readonly anywhere: readonly string[];
}
const ROLES = roleData as unknown as Record<Exclude<Role, 'question' | 'statement'>, RoleCues>;

interface Token extends Span {
  readonly word: string;
}

/** True for a character that belongs to a word: letters, digits, and any non-ASCII letter. */
function wordChar(code: number, text: string, i: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return /[\p{L}\p{N}\p{M}]/u.test(text.charAt(i));
}

/**
 * The words of a span, lower-cased, as a hand-written scanner: a word is a run of
 * letters and digits, joined across single hyphens, apostrophes and dots
 * ("military-strategic", "russia's", "u.s").
 */
function tokens(text: string, span: Span): Token[] {
  const out: Token[] = [];
  let i = span.start;
  const end = span.end;
  while (i < end) {
    if (!wordChar(text.charCodeAt(i), text, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < end) {
      const code = text.charCodeAt(i);
      if (wordChar(code, text, i)) i++;
      else if ((code === 45 || code === 39 || code === 0x2019 || code === 46) && i + 1 < end && wordChar(text.charCodeAt(i + 1), text, i + 1)) i += 2;
      else break;
    }
    let word = text.slice(start, i).toLowerCase();
    if (word.includes('’')) word = word.replace(/’/g, "'");
    // A possessive reads as its noun: "the Space Force's mission" holds "space force".
    if (word.endsWith("'s")) out.push({ start, end: i - 2, word: word.slice(0, -2) });
    else out.push({ start, end: i, word });
  }
  return out;
}

/** Lexicon cues in a sentence: the longest match at each word, each term counted once. */
export function lexiconCues(text: string, span: Span, lexicon: Lexicon = DEFAULT_LEXICON): Cue[] {
  const toks = tokens(text, span);
  const words = toks.map((t) => t.word);
  const cues: Cue[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < toks.length; ) {
    const found = matchAt(lexicon, words, i);
    // A hyphenated word the lexicon doesn't know is read by its parts ("defense-related").
    if (found.length === 0 && words[i].includes('-')) {
      for (const part of partsOf(toks[i])) {
        for (const hit of matchAt(lexicon, [part.word], 0)) pushCue(cues, seen, hit.category, hit.term, hit.weight, part);
      }
    }
    const length = found.length ? found[0].words.length : 1;
    for (const hit of found) {
      pushCue(cues, seen, hit.category, hit.term, hit.weight, { start: toks[i].start, end: toks[i + length - 1].end });
    }
    i += length;
  }
  return cues;
}

/** What a sentence's own words say: lexicon cues and role cues, with offsets from its start. */
export interface SentenceWords {
  readonly cues: readonly Cue[];
  /** The lexicon cues' weights by category. */
  readonly scores: Readonly<Scores>;
  readonly roles: RoleWords;
}

/** Reads a sentence from its own text, so that a sentence that did not change keeps its reading. */
function readSentence(text: string, span: Span, lexicon: Lexicon, memo: Memo<SentenceWords> | undefined): SentenceWords {
  const sentence = text.slice(span.start, span.end);
  const read = (): SentenceWords => {
    const cues = lexiconCues(sentence, { start: 0, end: sentence.length }, lexicon);
    const scores = zero();
    for (const cue of cues) if (cue.category) scores[cue.category] += cue.weight;
    return { cues, scores, roles: roleWords(sentence) };
  };
  return memo ? memo.get(sentence, read) : read();
}

function partsOf(token: Token): Token[] {
  const parts: Token[] = [];
  let at = token.start;
  for (const piece of token.word.split('-')) {
    if (piece) parts.push({ start: at, end: at + piece.length, word: piece });
    at += piece.length + 1;
  }
  return parts;
}

function pushCue(cues: Cue[], seen: Set<string>, category: Category | null, term: string, weight: number, span: Span): void {
  const key = `${category}\u0000${term}`;
  if (seen.has(key)) return;
  seen.add(key);
  cues.push({ start: span.start, end: span.end, category, term, weight });
}

/** Cues from the figures and entities inside a sentence. */
function evidenceCues(figures: readonly Figure[], places: readonly Span[], seen: Set<string>): Cue[] {
  const cues: Cue[] = [];
  for (const figure of figures) {
    if (figure.kind === 'money') pushCue(cues, seen, 'economic', 'figure:money', 2, figure);
    else if (figure.kind === 'percent') pushCue(cues, seen, 'economic', 'figure:percent', 0.5, figure);
    else if ((figure.kind === 'quantity' || figure.kind === 'count') && figure.unit && FORCE_UNITS.test(figure.unit))
      pushCue(cues, seen, 'military', 'figure:forces', 2, figure);
  }
  // Two or more states or places named together: relations between them.
  if (places.length >= 2) pushCue(cues, seen, 'geopolitical', 'entities:places', 1, places[1]);
  return cues;
}

function escape(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One regex per role and place: cues at the start, and cues anywhere, at word boundaries. */
const ROLE_PATTERNS = Object.fromEntries(
  (['contrast', 'concession', 'reason', 'conclusion', 'evidence', 'thesis'] as const).map((role) => {
    const alternation = (terms: readonly string[]) =>
      terms.length ? [...terms].sort((a, b) => b.length - a.length).map(escape).join('|') : '(?!)';
    return [
      role,
      {
        // Sentences are lower-cased and cues are ASCII: ASCII word boundaries suffice.
        start: new RegExp(`^(?:${alternation(ROLES[role].start)})(?![a-z0-9])`),
        anywhere: new RegExp(`(?<![a-z0-9])(?:${alternation(ROLES[role].anywhere)})(?![a-z0-9])`),
      },
    ];
  }),
) as Record<keyof typeof ROLES, { start: RegExp; anywhere: RegExp }>;

/** Where the sentence sits: decides thesis and conclusion by position. */
interface Position {
  readonly firstInParagraph: boolean;
  readonly firstInSection: boolean;
  readonly lastInDocument: boolean;
}

/** The role cues a sentence's own words hold, with offsets from the sentence's start. */
export interface RoleWords {
  readonly question: boolean;
  /** A contrast, concession or conclusion cue opening the sentence. */
  readonly opening: RoleCue | null;
  /** A contrast or concession cue anywhere. */
  readonly turning: RoleCue | null;
  /** An evidence, reason or conclusion cue, in that order of preference. */
  readonly backing: RoleCue | null;
  /** A thesis cue anywhere. */
  readonly thesis: RoleCue | null;
}

interface RoleCue {
  readonly role: Role;
  readonly term: string;
  readonly start: number;
}

/** Reads the role cues of a sentence (the whole of `sentence`). */
export function roleWords(sentence: string): RoleWords {
  const trimmed = sentence.replace(/^[^\p{L}\p{N}]+/u, '');
  const lower = trimmed.toLowerCase().replace(/’/g, "'");
  const offset = sentence.length - trimmed.length;
  const match = (role: keyof typeof ROLES, where: 'start' | 'anywhere'): RoleCue | null => {
    const m = ROLE_PATTERNS[role][where].exec(lower);
    return m ? { role, term: m[0], start: offset + m.index } : null;
  };
  return {
    question: /\?["'”’)\]]*\s*$/.test(sentence),
    opening: match('contrast', 'start') ?? match('concession', 'start') ?? match('conclusion', 'start'),
    turning: match('contrast', 'anywhere') ?? match('concession', 'anywhere'),
    backing:
      match('evidence', 'start') ?? match('evidence', 'anywhere') ??
      match('reason', 'start') ?? match('reason', 'anywhere') ??
      match('conclusion', 'start') ?? match('conclusion', 'anywhere'),
    thesis: match('thesis', 'anywhere'),
  };
}

/**
 * The role of a sentence starting at `at`, with the cue that decided it (null
 * when none did): a question; a contrast, concession or conclusion that opens
 * it; a contrast or concession inside it; evidence when it states a measured
 * figure or cites a source; a reason or conclusion; a thesis when it opens its
 * section (or opens a paragraph with a thesis cue); the conclusion when it ends
 * the document.
 */
export function roleOf(words: RoleWords, at: number, figures: readonly Figure[], position: Position): { role: Role; cue: Cue | null } {
  const cue = (found: RoleCue): { role: Role; cue: Cue } => ({
    role: found.role,
    cue: { start: at + found.start, end: at + found.start + found.term.length, category: null, term: found.term, weight: 1 },
  });
  if (words.question) return { role: 'question', cue: null };
  const turn = words.opening ?? words.turning;
  if (turn) return cue(turn);
  const measured = figures.find((f) => f.kind !== 'date');
  if (measured) return { role: 'evidence', cue: { start: measured.start, end: measured.end, category: null, term: `figure:${measured.kind}`, weight: 1 } };
  if (words.backing) return cue(words.backing);
  if (position.firstInSection || position.firstInParagraph) {
    if (words.thesis) return cue(words.thesis);
    if (position.firstInSection) return { role: 'thesis', cue: null };
  }
  if (position.lastInDocument) return { role: 'conclusion', cue: null };
  return { role: 'statement', cue: null };
}

/** Everything {@link scoreClaims} reads. */
export interface ClaimInput {
  readonly text: string;
  /** Body sentences in document order. */
  readonly sentences: readonly (Span & { readonly block: number })[];
  readonly blocks: readonly Block[];
  readonly sections: readonly Section[];
  /** Figures in document order, with the index of the sentence holding them (-1 for none). */
  readonly figures: readonly Figure[];
  readonly figureSentence: readonly number[];
  readonly entities: readonly Entity[];
  readonly lexicon?: Lexicon;
  /** Sentences read before, by their text (see `Reader`). */
  readonly memo?: Memo<SentenceWords>;
}

/** Scores every body sentence and reads its role. */
export function scoreClaims(input: ClaimInput): Claim[] {
  const { text, sentences, blocks } = input;
  const lexicon = input.lexicon ?? DEFAULT_LEXICON;
  const n = sentences.length;

  const figuresOf: Figure[][] = Array.from({ length: n }, () => []);
  const figureIndices: number[][] = Array.from({ length: n }, () => []);
  input.figures.forEach((figure, i) => {
    const s = input.figureSentence[i];
    if (s >= 0 && s < n) {
      figuresOf[s].push(figure);
      figureIndices[s].push(i);
    }
  });

  // Entities per sentence, in the order of their first mention there.
  const mentioned: { start: number; entity: Entity; mention: Span }[][] = Array.from({ length: n }, () => []);
  for (const entity of input.entities) {
    for (const mention of entity.mentions) {
      const s = partitionPoint(n, (i) => sentences[i].end <= mention.start);
      if (s < n && sentences[s].start <= mention.start) mentioned[s].push({ start: mention.start, entity, mention });
    }
  }
  const entityIds: string[][] = Array.from({ length: n }, () => []);
  const places: Span[][] = Array.from({ length: n }, () => []);
  for (let s = 0; s < n; s++) {
    const list = mentioned[s];
    if (list.length > 1) list.sort((a, b) => a.start - b.start);
    for (const { entity, mention } of list) {
      if (entityIds[s].includes(entity.id)) continue;
      entityIds[s].push(entity.id);
      if (entity.type === 'place') places[s].push(mention);
    }
  }

  const raw: Scores[] = [];
  const cues: Cue[][] = [];
  const sentenceWords: SentenceWords[] = [];
  for (let s = 0; s < n; s++) {
    const words = readSentence(text, sentences[s], lexicon, input.memo);
    const at = sentences[s].start;
    const found = words.cues.map((cue) => ({ ...cue, start: cue.start + at, end: cue.end + at }));
    sentenceWords.push(words);
    const scores = { ...words.scores };
    // Lexicon terms are words: they never collide with evidence terms ("figure:money").
    if (figuresOf[s].length || places[s].length >= 2) {
      for (const cue of evidenceCues(figuresOf[s], places[s], new Set())) {
        found.push(cue);
        if (cue.category) scores[cue.category] += cue.weight;
      }
    }
    raw.push(scores);
    cues.push(found);
  }

  // Paragraph and section means: the context a careful reader brings to a sentence.
  const paragraphMean = meanBy(raw, (s) => sentences[s].block);
  const sectionMean = meanBy(raw, (s) => blocks[sentences[s].block].section ?? -1);

  const claims: Claim[] = [];
  for (let s = 0; s < n; s++) {
    const sentence = sentences[s];
    const block = blocks[sentence.block];
    const paragraph = paragraphMean.get(sentence.block)!;
    const section = sectionMean.get(block.section ?? -1)!;
    const final = zero();
    let total = 0;
    for (const c of CATEGORIES) {
      final[c] = raw[s][c] + PARAGRAPH_WEIGHT * paragraph[c] + SECTION_WEIGHT * section[c];
      total += final[c];
    }
    const ranked = rank(final);
    const primary = final[ranked[0]] >= MIN_PRIMARY ? ranked[0] : null;
    const second = ranked[1];
    const secondary =
      primary && raw[s][second] >= 2 && final[second] >= 0.5 * final[ranked[0]] ? second : null;
    const previous = sentences[s - 1];
    const next = sentences[s + 1];
    const position: Position = {
      firstInParagraph: !previous || previous.block !== sentence.block,
      firstInSection: !previous || blocks[previous.block].section !== block.section,
      lastInDocument: !next,
    };
    const { role, cue } = roleOf(sentenceWords[s].roles, sentence.start, figuresOf[s], position);
    const claimCues = cues[s];
    if (cue) claimCues.push(cue);
    if (!inOrder(claimCues)) claimCues.sort((a, b) => a.start - b.start);
    claims.push({
      start: sentence.start,
      end: sentence.end,
      section: block.section,
      block: sentence.block,
      why: NO_REASONS,
      categories: normalise(final, total),
      primary,
      secondary,
      role,
      cues: claimCues,
      figures: figureIndices[s],
      entities: entityIds[s],
    });
  }
  return claims;
}

function inOrder(cues: readonly Cue[]): boolean {
  for (let i = 1; i < cues.length; i++) if (cues[i].start < cues[i - 1].start) return false;
  return true;
}

/** The categories from the highest score down; ties keep the order of CATEGORIES. */
function rank(scores: Scores): Category[] {
  const [a, b, c] = CATEGORIES;
  const out = [a, b, c];
  if (scores[out[1]] > scores[out[0]]) [out[0], out[1]] = [out[1], out[0]];
  if (scores[out[2]] > scores[out[1]]) [out[1], out[2]] = [out[2], out[1]];
  if (scores[out[1]] > scores[out[0]]) [out[0], out[1]] = [out[1], out[0]];
  return out;
}

function normalise(scores: Scores, total: number): Scores {
  if (total <= 0) return zero();
  const round = (x: number) => Math.round((x / total) * 1000) / 1000;
  return { geopolitical: round(scores.geopolitical), military: round(scores.military), economic: round(scores.economic) };
}

function meanBy(raw: readonly Scores[], key: (s: number) => number): Map<number, Scores> {
  const sums = new Map<number, Scores & { n: number }>();
  raw.forEach((scores, s) => {
    const k = key(s);
    let sum = sums.get(k);
    if (!sum) sums.set(k, (sum = { ...zero(), n: 0 }));
    for (const c of CATEGORIES) sum[c] += scores[c];
    sum.n++;
  });
  const means = new Map<number, Scores>();
  for (const [k, sum] of sums) {
    means.set(k, { geopolitical: sum.geopolitical / sum.n, military: sum.military / sum.n, economic: sum.economic / sum.n });
  }
  return means;
}
