import type { MarkdownReading, RawBlock } from './markdown';
import { markdownPieces } from './markdown-cuts';
import { readMarkdownBlocks } from './markdown-blocks';
import type { Memo } from './memo';
import { definedLabels, stubsFor } from './definitions';
import { GuardedPieces, guardFor, measure } from './guards';
import { PieceList } from './piece-list';
import type { FoundNotice } from './furniture';
import { readPlainBlocks } from './plain';
import { isPlainParagraph } from './plain-paragraph';
import { RunInContext, runInHabit } from './runin';
import { SPEAKER_RESUMED, speakerTurns, type Turn } from './speakers';
import guardData from '../lexicon/data/guards.json';

/**
 * Markdown read piece by piece (see `markdownPieces`), the pieces parsed in
 * batches. Each call of the parser costs about as much as a short paragraph
 * before it reads a character (its tokenizers and its extensions are set up
 * anew), and a document of headings and short paragraphs is thousands of
 * pieces: the pieces that must be read are joined, in document order, into
 * batches parsed in one call each, and the batch's reading is cut back into
 * its pieces. A piece parses alone as it parses among others (that is where
 * the cuts are made), so each piece's reading is the one it would have alone,
 * and is kept under the piece's own key for the next reading of the document.
 * A batch is bounded in size (remark slows down on long runs of some
 * constructs, setext headings among them, if they are parsed in one call).
 * What is decided across blocks (a bold run-in head: a heading, or a point of
 * its section) is decided after the batches, in the document's order of
 * blocks (`placed`), so the reading is the same whatever the batches are (a
 * unit test reads every sample in batches of several sizes, and after edits).
 * Data: the `batches` rows of lexicon/data/guards.json.
 */

/** A limit on a batch, or a kind of piece that is parsed alone. */
interface BatchRule {
  readonly id: string;
  readonly limit?: number;
  readonly contains?: readonly string[];
  readonly opens?: readonly string[];
  readonly says: string;
}

const RULES: readonly BatchRule[] = guardData.batches;
const rule = (id: string) => RULES.find((r) => r.id === id);
/** Most characters a batch holds (a longer piece is a batch of its own). */
const MAX_CHARS = rule('batch-characters')?.limit ?? 0;
/** Most pieces a batch holds. */
const MAX_PIECES = rule('batch-pieces')?.limit ?? 1;
/** Most emphasis marks and closing brackets in one paragraph of a piece that shares a batch. */
const MAX_MARKS = rule('alone-many-marks')?.limit ?? 0;

/**
 * Pieces parsed alone (rows with `contains` or `opens`): one that may define a
 * link or footnote label, whose definitions would also resolve the other
 * pieces' references (alone, a piece resolves only the labels `definedLabels`
 * finds), and one that opens with a front matter fence, which the parser reads
 * as front matter only at the start of what it is given.
 */
const ALONE = RULES.filter((r) => r.contains || r.opens);

/** The rule that has `piece` parsed alone, if any. */
export function readsAlone(piece: string): BatchRule | undefined {
  return ALONE.find((r) => r.contains?.some((s) => piece.includes(s)) || r.opens?.some((s) => piece.startsWith(s)));
}

type Reading = MarkdownReading & { lines?: FoundNotice[] };

/** How big a batch may grow: the `batch-characters` and `batch-pieces` rows unless told otherwise (the reading is the same for any). */
export interface BatchLimits {
  readonly characters: number;
  readonly pieces: number;
}

const LIMITS: BatchLimits = { characters: MAX_CHARS, pieces: MAX_PIECES };

/** Reads markdown `text` piece by piece; with a `memo`, a piece read in the last reading is taken from it. */
export function readMarkdownPieces(
  text: string,
  memo: Memo<MarkdownReading> | undefined,
  warnings: string[],
  limits: BatchLimits = LIMITS,
  speakers: readonly Turn[] = speakerTurns(text),
): MarkdownReading & { lines: FoundNotice[] } {
  const defined = definedLabels(text);
  const guarded = new GuardedPieces();
  const starts = markdownPieces(text);
  const pieces = new PieceList(text, starts, (piece, start) => {
    const measures = measure(piece);
    const guard = guardFor(measures);
    if (guard) guarded.add(start, piece, guard);
    return { guard, stubs: guard ? '' : stubsFor(piece, defined), marks: measures['inline-marks'] };
  });
  // Each batch is parsed when its first piece is reached, and each piece's reading let go once copied: one batch's
  // readings are held at a time, not every piece's (on a document of short pieces they were 20× the text).
  const batches = batchesOf(pieces, memo, limits);
  const fresh = new Map<number, MarkdownReading>();
  const blocks: RawBlock[] = [];
  const masks: string[] = [];
  const lines: FoundNotice[] = [];
  // Run-in heads are decided in the document's order of blocks, across pieces, whatever the batches were.
  const runIns = new RunInContext();
  const runInHeads: { at: number; under: number }[] = [];
  let under = -1;
  // The lines that open a speaker's turn (speakers.ts): decided over the whole document.
  const turnLines = new Set(speakers.filter((t) => t.rule !== SPEAKER_RESUMED.id).map((t) => t.line));
  for (let i = 0; i < pieces.length; i++) {
    const start = pieces.start(i);
    const guard = pieces.guard(i);
    const batch = batches.get(i);
    if (batch) readBatch(pieces, batch, fresh);
    const read = (): Reading => guard ? readPlainBlocks(pieces.text(i)) : take(fresh, i) ?? readMarkdownBlocks(pieces.text(i), pieces.stubs(i));
    const reading: Reading = guard || !memo ? read() : memo.get(pieces.key(i), read);
    const got = reading.blocks;
    for (let k = 0; k < got.length; k++) {
      let b = got[k];
      // notice:speaker-label — a speaker's bold label opens a turn, not a run-in head nor a key with its value: the paragraph is read whole.
      if (b.cut !== undefined && turnLines.has(b.start + start)) {
        const end = b.start + b.cut;
        while (k + 1 < got.length && got[k + 1].start < end) k++;
        b = { kind: 'paragraph', start: b.start, end, prose: true };
      }
      // The sub-heading ('##' or deeper) each run-in head stands under, for heading:run-in-habit.
      if (b.kind === 'heading' && b.depth !== undefined) under = b.depth >= 2 ? blocks.length : -1;
      const p = placed(b, start, runIns);
      if (b.runIn && p.kind === 'heading') runInHeads.push({ at: blocks.length, under });
      blocks.push(p);
    }
    for (const l of reading.lines ?? []) lines.push({ ...l, start: l.start + start, end: l.end + start });
    masks.push(reading.masked);
  }
  runInHabit(blocks, runInHeads);
  guarded.report(text, warnings);
  return { blocks, masked: masks.join(''), lines };
}

/**
 * The pieces that must be parsed (not guarded, not in the memo, not the same
 * text as an earlier piece of this reading, not a plain paragraph read without
 * the parser), in batches of pieces in document order, by the index of each
 * batch's first piece. A batch runs over the plain paragraphs between its
 * pieces: a piece parses after any other as it parses alone.
 */
function batchesOf(pieces: PieceList, memo: Memo<MarkdownReading> | undefined, limits: BatchLimits): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const asked = new Set<string>();
  let batch: number[] = [];
  let chars = 0;
  // Plain paragraphs passed over since the batch's last piece.
  let passed = 0;
  const flush = () => {
    if (batch.length) out.set(batch[0], batch);
    batch = [];
    chars = 0;
    passed = 0;
  };
  for (let i = 0; i < pieces.length; i++) {
    const key = memo ? pieces.key(i) : '';
    const known = memo !== undefined && (asked.has(key) || memo.has(key));
    if (memo) asked.add(key);
    if (pieces.guard(i) || known) {
      flush();
      continue;
    }
    const text = pieces.text(i);
    if (!pieces.stubs(i) && isPlainParagraph(text)) {
      passed++;
      continue;
    }
    const alone = readsAlone(text) !== undefined || pieces.marks(i) > MAX_MARKS;
    const follows = batch.length > 0 && batch[batch.length - 1] + passed === i - 1;
    passed = 0;
    if (alone || !follows || batch.length >= limits.pieces || chars + text.length > limits.characters) flush();
    batch.push(i);
    chars += text.length;
    if (alone) flush();
  }
  flush();
  return out;
}

/** A piece's block moved to its place in the document, its run-in head decided and the marks for that gone. */
export function placed(block: RawBlock, by: number, runIns: RunInContext): RawBlock {
  const { runIn, prose, cut, ...rest } = block;
  if (block.kind === 'heading' && block.depth !== undefined) runIns.heading(block.depth);
  if (prose) runIns.prose();
  const kind = runIn && runIns.isPoint() ? 'meta' : block.kind;
  return { ...rest, kind, start: block.start + by, end: block.end + by };
}

/** The value of `key` in `map`, taken out of it. */
function take<K, V>(map: Map<K, V>, key: K): V | undefined {
  const value = map.get(key);
  map.delete(key);
  return value;
}

/** Parses the pieces `batch` (consecutive indices) in one call and cuts the reading back into pieces. */
function readBatch(pieces: PieceList, batch: readonly number[], out: Map<number, MarkdownReading>): void {
  if (batch.length === 1) {
    out.set(batch[0], readMarkdownBlocks(pieces.text(batch[0]), pieces.stubs(batch[0])));
    return;
  }
  // Where each piece ends in the batch's text (the pieces joined; plain paragraphs between them are not in it).
  let length = 0;
  const ends = batch.map((i) => (length += pieces.size(i)));
  const text = batch.map((i) => pieces.text(i)).join('');
  const stubs = [...new Set(batch.flatMap((i) => (pieces.stubs(i) ? pieces.stubs(i).split('\n') : [])))].join('\n');
  const reading = readMarkdownBlocks(text, stubs, false);
  // Where each piece's last line with text ends, before its blank lines (the last piece's are at the end of the batch, as alone).
  const shown = batch.map((i, k) => (k === batch.length - 1 ? ends[k] : ends[k] - pieces.size(i) + lastLineEnd(pieces.text(i))));
  const split: RawBlock[][] = batch.map(() => []);
  let p = 0;
  for (const block of reading.blocks) {
    while (p < batch.length - 1 && block.start >= ends[p]) p++;
    const from = p === 0 ? 0 : ends[p - 1];
    // A block across a cut, or into the blank lines before one (a construct that blank lines do not end, such as an
    // HTML comment left open in a list item, takes them in only when text follows), would not read as the piece
    // alone reads: the batch's pieces are read one by one.
    if (block.start < from || block.end > shown[p]) {
      for (const i of batch) out.set(i, readMarkdownBlocks(pieces.text(i), pieces.stubs(i)));
      return;
    }
    split[p].push({ ...block, start: block.start - from, end: block.end - from });
  }
  batch.forEach((i, k) => out.set(i, { blocks: split[k], masked: reading.masked.slice(k === 0 ? 0 : ends[k - 1], ends[k]) }));
}

/** The end of the last line of `text` that is not blank (before its line break). */
function lastLineEnd(text: string): number {
  const last = text.trimEnd().length;
  const end = text.indexOf('\n', last);
  return end < 0 ? text.length : end;
}
