import type { Analysis, Block, Claim, DocumentFormat, Entity, Figure, Span } from './model/model';
import { bodySentences, UnitColumns, type Sentences, type Units } from './parse/units';
import { BODY_KINDS, detectFormat, readStructure, type Structure } from './parse/structure';
import { splitSentences } from './parse/sentences';
import { findFigures, type FoundFigure } from './figures';
import { readTables } from './figures/table';
import { readHeadings } from './figures/heading';
import { readIntros } from './figures/intro';
import { readFrontMatterDates } from './figures/stated';
import { Memo, type MemoCount } from './parse/memo';
import { withLineIndex } from './parse/line-index';
import type { MarkdownReading } from './parse/markdown';
import { withCoverLines } from './entities/capslines';
import { findEntities } from './entities';
import { tokenise, tokeniseWith, type Tokens } from './parse/tokens';
import { scoreClaims, type ClaimInput, type SentenceWords } from './claims';
import { linkClaims } from './argument/support';
import { readOutline } from './parse/outline';
import { Shared } from './model/shared';
import { lexiconWith, type Lexicon, type LexiconData } from './lexicon';

/**
 * Called after each stage of a reading with the stage's name and what the stage
 * made, for the bench's memory table by stage (`bench/stages.ts`); unset, as the
 * reader always runs, it costs one property read per stage.
 */
export const stageProbe: { after?: (stage: string, made: unknown) => void } = {};

/** Options for {@link analyse}. Every field may be omitted. */
export interface AnalyseOptions {
  /** How to read the structure: `auto` (the default) decides from the text and the hint. */
  readonly format?: DocumentFormat | 'auto' | null;
  /** Language id or file name ("markdown", "plaintext", "brief.md"), used by `auto`. */
  readonly hint?: string | null;
  /** Category lexicon to score claims with; the built-in one by default. */
  readonly lexicon?: Lexicon | null;
  /**
   * A reader's extra terms (checked with `checkLexicon`), merged over the
   * built-in lexicon when `lexicon` is not given. Plain data, so it crosses to
   * the worker thread.
   */
  readonly extraLexicon?: LexiconData | null;
  /**
   * Only read the outline (sections), in one linear pass without the markdown
   * parser: for documents above the size limit. Blocks, claims, entities and
   * figures are then empty.
   */
  readonly outlineOnly?: boolean | null;
}

/**
 * Reads a policy document into its model. Never throws on odd input: the
 * structure falls back to plain text if markdown parsing fails, and an analyser
 * that fails is skipped and named in `warnings`, leaving a partial model.
 */
export function analyse(input: string, options: AnalyseOptions = {}): Analysis {
  return read(input, options, null);
}

/** What a {@link Reader} took from its last reading and read anew, by part. */
export interface Reuse {
  /** Markdown pieces (parsed by remark). */
  readonly pieces: MemoCount;
  /** Paragraphs, list items and table cells (sentences and figures). */
  readonly blocks: MemoCount;
  /** Sentences (lexicon and role cues). */
  readonly sentences: MemoCount;
  /** Runs of lines (their words, for the entity recogniser). */
  readonly lines: MemoCount;
}

interface Memos {
  readonly pieces: Memo<MarkdownReading>;
  readonly blocks: Memo<BlockReading>;
  readonly cues: Memo<SentenceWords>;
  readonly words: Memo<Tokens>;
}

/**
 * Reads successive versions of one document, re-reading only what changed: a
 * markdown piece, a paragraph, a sentence or a run of lines whose text is the
 * same as in the last reading keeps its result (its parse; its sentences and
 * figures; its lexicon and role cues; its words), and only the document-wide
 * steps (sections, the entity recogniser's reading of the words, the context
 * of claims) run over the whole text again. Each part is
 * read from its own text alone, so a reading always equals a fresh
 * {@link analyse} of the same text.
 */
export class Reader {
  readonly #memos: Memos = { pieces: new Memo(), blocks: new Memo(), cues: new Memo(), words: new Memo() };
  #lexicon: Lexicon | null = null;
  #reuse: Reuse | null = null;

  /** Reads `input` as {@link analyse} does. */
  analyse(input: string, options: AnalyseOptions = {}): Analysis {
    const lexicon = options.lexicon ?? lexiconWith(options.extraLexicon);
    if (lexicon !== this.#lexicon) this.#memos.cues.clear();
    this.#lexicon = lexicon;
    try {
      return read(input, { ...options, lexicon }, this.#memos);
    } finally {
      this.#reuse = {
        pieces: this.#memos.pieces.settle(),
        blocks: this.#memos.blocks.settle(),
        sentences: this.#memos.cues.settle(),
        lines: this.#memos.words.settle(),
      };
    }
  }

  /** What the last reading reused and read anew (null before the first). */
  get reuse(): Reuse | null {
    return this.#reuse;
  }
}

/** The sentences and figures of one block, with offsets from the block's start. */
interface BlockReading {
  readonly sentences: Span[];
  readonly figures: FoundFigure[];
}

/** One reading: the lines' index (parse/line-index.ts) is its own, let go when it ends. */
function read(input: string, options: AnalyseOptions, memos: Memos | null): Analysis {
  return withLineIndex(() => readWithin(input, options, memos));
}

function readWithin(input: string, options: AnalyseOptions, memos: Memos | null): Analysis {
  const bomRemoved = input.charCodeAt(0) === 0xfeff;
  const text = bomRemoved ? input.slice(1) : input;
  const warnings: string[] = [];
  const requested = options.format && options.format !== 'auto' ? options.format : detectFormat(text, options.hint);
  if (options.outlineOnly) {
    const format = requested;
    const sections = attempt('Outline', warnings, () => readOutline(text, format), []);
    return { text, format, bomRemoved, sections, blocks: [], claims: [], entities: [], figures: [], warnings };
  }
  let structure: Structure;
  try {
    structure = readStructure(text, requested, memos?.pieces);
  } catch (error) {
    warnings.push(`Structure: ${message(error)}; read as plain text instead.`);
    structure = readStructure(text, 'plain');
  }
  const { masked, blocks, sections, format, notices } = structure;
  warnings.push(...structure.warnings);
  stageProbe.after?.('structure', structure);
  const empty = { text, format, bomRemoved, sections, blocks, claims: [], entities: [], figures: [], notices, masked };

  // The units (as columns) are for the entity recogniser alone: let go once it has read them (the claims read the body sentences' columns).
  const byBlock: BlocksRead = readBlocks(masked, blocks, memos, warnings, structure.labels, text);
  const { sentences, figures, figureSentence } = byBlock;
  stageProbe.after?.('blocks', figures);

  // One token stream for the document: the entity recogniser and the claims read the same words.
  let tokens = attempt('Words', warnings, () => (memos ? tokeniseWith(masked, memos.words) : tokenise(masked)), null);
  // A hearing's cover lines in capitals are set aside from the reading, but the committee and the witness they name are read.
  stageProbe.after?.('words', tokens);
  const named = format === 'plain' ? withCoverLines(masked, text, notices ?? []) : masked;
  const entities: Entity[] = attempt('Entities', warnings, () => findEntities(named, byBlock.units!, memos?.words, {
      tokens: named === masked ? tokens ?? undefined : undefined,
      notices: notices?.map((n) => text.slice(n.start, n.end)),
      shown: structure.shown,
      noticeSpans: notices,
      capsLines: format === 'plain',
      columns: format === 'plain',
    }), []);
  byBlock.units = null;
  stageProbe.after?.('entities', entities);

  // The claims stage takes the token stream and lets go of it once it has read the words (claims/index.ts).
  const claimInput: ClaimInput = {
    text: masked,
    sentences,
    blocks,
    sections,
    figures,
    figureSentence,
    entities,
    lexicon: options.lexicon ?? lexiconWith(options.extraLexicon),
    tokens,
    memo: memos?.cues,
  };
  tokens = null;
  // The argument's links are filled into the claims themselves: no second copy of every claim.
  const claims: Claim[] = attempt('Claims', warnings, () => scoreClaims(claimInput), []);
  stageProbe.after?.('claims', claims);
  return { ...empty, claims: linkClaims(claims), entities, figures, warnings };
}

/** The units (sentences) of every block, the body ones among them, and the model's figures with the claim holding each. */
interface BlocksRead {
  /** Null once the entity recogniser has read them. */
  units: Units | null;
  /** The body units: the claims to be, as columns. */
  readonly sentences: Sentences;
  readonly figures: Figure[];
  /** Index in `sentences` of the sentence holding each figure (-1 for none). */
  readonly figureSentence: Int32Array;
}

/**
 * Sentences and figures, read block by block, each from the block's own text.
 * A function of its own so the figures as found (with offsets and unit
 * indices) are let go once the model's figures are made: at 20 MB of text they
 * are about 10 MB, and the claims are scored after.
 */
function readBlocks(masked: string, blocks: readonly Block[], memos: Memos | null, warnings: string[], labels?: ReadonlySet<number>, text = masked): BlocksRead {
  const built = new UnitColumns();
  const found: FoundFigure[] = [];
  let figuresFailed: unknown = null;
  blocks.forEach((block, index) => {
    const body = BODY_KINDS.has(block.kind);
    // A point's label (heading:list-run-in) is no claim, but the figures a reader sees in it are figures.
    if (!body && block.kind !== 'tableCell' && !labels?.has(index)) return;
    const slice = masked.slice(block.start, block.end);
    const readBlock = (): BlockReading => {
      const sentences = splitSentences(slice, 0, slice.length);
      let figures: FoundFigure[] = [];
      try {
        figures = findFigures(slice, sentences.map((s) => ({ ...s, block: 0, body })));
      } catch (error) {
        figuresFailed ??= error;
      }
      return { sentences, figures };
    };
    const reading = memos ? memos.blocks.get(slice, readBlock) : readBlock();
    const first = built.length;
    const at = block.start;
    for (const s of reading.sentences) built.push(s.start + at, s.end + at, index, body);
    // A reading kept for the next one (the editor's memo) is copied; one made for this reading alone is moved in place (no second figure each).
    for (const f of reading.figures) found.push(memos ? movedBy(f, at, first) : moveBy(f, at, first));
  });
  if (figuresFailed !== null) warnings.push(`Figures: ${message(figuresFailed)}; left out of some paragraphs.`);
  const units = built.done();
  // A table's headers replace its figures as found in place: each is let go as its replacement is made.
  const tabled = attempt('Figures in tables', warnings, () => readTables(masked, blocks, found), found);
  const headed = attempt('Years of headings', warnings, () => readHeadings(masked, blocks, units, tabled), tabled);
  const introduced = attempt('Years of introductions', warnings, () => readIntros(masked, blocks, units, headed, labels), headed);
  // The front matter's field dates are read from the text as written: their lines are furniture, blanked in `masked`.
  const inTables = attempt('Dates of fields', warnings, () => readFrontMatterDates(text, blocks, units, introduced), introduced);

  // Claims are the body units; a figure points at the claim holding it.
  const claimOfUnit = new Int32Array(units.length).fill(-1);
  let body = 0;
  for (let u = 0; u < units.length; u++) if (units.body[u]) claimOfUnit[u] = body++;
  const sentences = bodySentences(units);
  // One 4-byte number a figure, not a slot of a list (a long table has thousands of figures).
  const figureSentence = Int32Array.from(inTables, (f) => claimOfUnit[f.unitIndex] ?? -1);
  // Each figure as found is let go as its figure is made, and figures of the same kind say the same things: their
  // equal reasons, reason lists and words are kept once (a long table's figures held 30× its text twice over).
  for (const list of [found, tabled, headed, introduced]) if (list !== inTables) list.length = 0;
  const shared = new Shared();
  const pending: (FoundFigure | undefined)[] = inTables;
  const figures: Figure[] = new Array(pending.length);
  for (let i = 0; i < pending.length; i++) {
    figures[i] = withClaim(pending[i]!, figureSentence[i] >= 0 ? figureSentence[i] : null, shared);
    pending[i] = undefined;
  }
  return { units, sentences, figures, figureSentence };
}

/** Figure `f` of a block, moved to offsets into the text and its unit's index in the document: `f` itself, changed (its block's reading is nobody else's). */
function moveBy(f: FoundFigure, at: number, first: number): FoundFigure {
  const moved = f as { -readonly [K in keyof FoundFigure]: FoundFigure[K] };
  moved.start += at;
  moved.end += at;
  moved.unitIndex += first;
  return f;
}

/** Figure `f` of a block, with offsets into the text and its unit's index in the document: written out field by field (see {@link withClaim}). */
function movedBy(f: FoundFigure, at: number, first: number): FoundFigure {
  const { kind, why, value, high, unit, year, period, about } = f;
  return { start: f.start + at, end: f.end + at, kind, why, value, high, unit, year, period, about, unitIndex: f.unitIndex + first };
}

/**
 * The figure of the model, with the claim holding it. Written out field by
 * field: a rest-and-spread copy gives each figure a hidden class and a property
 * store of its own (about 470 bytes a figure on a long document).
 */
function withClaim(f: FoundFigure, claim: number | null, shared: Shared): Figure {
  const { start, end, kind, value, high, year } = f;
  const why = f.why.length ? shared.list(f.why.map((r) => shared.reason(r))) : f.why;
  return { start, end, kind, why, value, high, unit: shared.text(f.unit), year, period: shared.text(f.period), about: shared.text(f.about), claim };
}

function attempt<T>(name: string, warnings: string[], run: () => T, fallback: T): T {
  try {
    return run();
  } catch (error) {
    warnings.push(`${name}: ${message(error)}; left out of this reading.`);
    return fallback;
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
