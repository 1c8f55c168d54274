import { nextWord, readWord, shapeAt, word, type Shape } from './word';
export { ACRONYM, CAP, CODE, INITIAL, LETTER, LOWER, NUMBER, type Shape } from './word';
import { releaseWords, resetWords, vocabulary, wordId } from './vocabulary';

/**
 * Words of a text with the facts the recogniser reads from their spelling. One
 * pass over the characters: linear time, one string per distinct word.
 */

/**
 * The words of a text, one array per field (a long document makes hundreds of
 * thousands of words: no object per word). Word `i` is `text[i]`, from `start[i]`.
 */
export interface Tokens {
  readonly count: number;
  /** Offset of the first character. */
  readonly start: Int32Array;
  /** Offset after the word itself: a possessive ending or a cut-off compound part is left out. */
  readonly end: Int32Array;
  /** Offset after everything read as the word (possessive and cut-off parts included). */
  readonly after: Int32Array;
  readonly shape: Uint8Array;
  /** 1 when "’s", "'s" or a lone apostrophe after -s follows: a possessive ends a name. */
  readonly possessive: Uint8Array;
  /** 1 when a hyphenated word was cut before a lower-case part ("PRC-controlled"): it ends a name. */
  readonly cut: Uint8Array;
  /** Id of each word: equal words, equal ids. */
  readonly id: Int32Array;
  /** The distinct words as written, by id. */
  readonly words: readonly string[];
  /** Their lookup keys, by id: lower case, no dots, no diacritics, straight apostrophes. */
  readonly keys: readonly string[];
  /** Their shapes, by id. */
  readonly shapes: readonly Shape[];
  /** How often each occurs, by id. */
  readonly counts: readonly number[];
}

/** The lookup key of word `i`. */
export function keyAt(tokens: Tokens, i: number): string {
  return tokens.keys[tokens.id[i]];
}

/** Word `i` as written, `text.slice(start, end)`. */
export function textAt(tokens: Tokens, i: number): string {
  return tokens.words[tokens.id[i]];
}

/** The per-word arrays of {@link Tokens}, filled while reading. */
interface Columns {
  start: Int32Array;
  end: Int32Array;
  after: Int32Array;
  shape: Uint8Array;
  possessive: Uint8Array;
  cut: Uint8Array;
  id: Int32Array;
}

/** Empty per-word arrays for `size` words. */
function columns(size: number): Columns {
  return {
    start: new Int32Array(size),
    end: new Int32Array(size),
    after: new Int32Array(size),
    shape: new Uint8Array(size),
    possessive: new Uint8Array(size),
    cut: new Uint8Array(size),
    id: new Int32Array(size),
  };
}

/** How many words `text` has: the same walk as {@link tokenise}, storing nothing. */
function countWords(text: string): number {
  const n = text.length;
  let count = 0;
  for (let i = nextWord(text, 0); i < n; i = nextWord(text, word.after)) {
    readWord(text, i);
    count++;
  }
  return count;
}

/** Splits `text` into words. */
export function tokenise(text: string): Tokens {
  const n = text.length;
  // Arrays of the words' exact number, counted first: the walk costs little
  // beside what reads the words, and nothing is allocated twice. Arrays sized
  // for one word per two characters reserved 190 MB for 20 MB of text (mostly
  // never touched, so not resident, but counted as external memory by V8).
  const c = columns(countWords(text));
  // A word's shape depends on its letters only: read once per distinct word.
  const shapeOf: Shape[] = [];
  // Words repeat: one string per distinct word keeps a long document's garbage small.
  resetWords(n >> 4);
  let count = 0;
  for (let i = nextWord(text, 0); i < n; i = nextWord(text, word.after)) {
    readWord(text, i);
    const id = wordId(text, i, word.end);
    c.start[count] = i;
    c.end[count] = word.end;
    c.after[count] = word.after;
    if (vocabulary.added) shapeOf.push(shapeAt(text, i, word.end));
    c.shape[count] = shapeOf[id];
    c.possessive[count] = word.possessive;
    c.cut[count] = word.cut;
    c.id[count] = id;
    count++;
  }
  const result: Tokens = { count, ...c, words: vocabulary.words, keys: vocabulary.keys, shapes: shapeOf, counts: vocabulary.counts };
  releaseWords();
  return result;
}

/**
 * Where text can be cut into pieces that split into words as the whole does:
 * after a line break (no word spans one) whose line ends in a way a hash of its
 * last characters picks, about one line in eight. The cuts depend on the text
 * around them only, so an edit moves none but its own.
 */
function pieceStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0 && i + 1 < text.length; i = text.indexOf('\n', i + 1)) {
    let hash = 0;
    for (let j = Math.max(0, i - 12); j < i; j++) hash = (Math.imul(hash, 31) + text.charCodeAt(j)) | 0;
    if ((hash & 7) === 0) starts.push(i + 1);
  }
  return starts;
}

/** Memo of the words of text pieces, by the piece's text (see `Reader` in analyse.ts). */
export interface TokenMemo {
  get(key: string, compute: () => Tokens): Tokens;
}

/**
 * {@link tokenise}, reading the text piece by piece and taking pieces read
 * before from `memo`: the same words, ids, shapes and counts as reading the
 * whole at once (ids still follow first appearance in the whole text).
 */
export function tokeniseWith(text: string, memo: TokenMemo): Tokens {
  const starts = pieceStarts(text);
  const pieces: Piece[] = new Array(starts.length);
  for (let p = 0; p < starts.length; p++) {
    const piece = text.slice(starts[p], p + 1 < starts.length ? starts[p + 1] : text.length);
    const tokens = memo.get(piece, () => tokenise(piece));
    pieces[p] = { tokens, from: 0, to: tokens.count, offset: starts[p] };
  }
  return joined(pieces);
}

/**
 * The words of `text` when `text` differs from the text `tokens` were read from
 * only inside `spans` (in order, not overlapping): the words outside are kept,
 * only the spans' own are read. Null when a span does not run from a line's
 * start to its end (a word may then run across its edge): read the whole then.
 */
export function rereadSpans(tokens: Tokens, text: string, spans: readonly { start: number; end: number }[]): Tokens | null {
  const pieces: Piece[] = [];
  let t = 0;
  for (const span of spans) {
    if ((span.start > 0 && text.charCodeAt(span.start - 1) !== 10) || (span.end < text.length && text.charCodeAt(span.end) !== 10)) return null;
    const from = t;
    while (t < tokens.count && tokens.start[t] < span.start) t++;
    if (t > from && tokens.after[t - 1] > span.start) return null;
    pieces.push({ tokens, from, to: t, offset: 0 });
    const own = tokenise(text.slice(span.start, span.end));
    pieces.push({ tokens: own, from: 0, to: own.count, offset: span.start });
    while (t < tokens.count && tokens.start[t] < span.end) t++;
  }
  pieces.push({ tokens, from: t, to: tokens.count, offset: 0 });
  return joined(pieces);
}

/** Words `from` to `to` of `tokens`, at `offset` in the whole. */
interface Piece {
  readonly tokens: Tokens;
  readonly from: number;
  readonly to: number;
  readonly offset: number;
}

/** The words of the pieces in order as one text's: ids in order of first appearance in the whole, counts of the whole. */
function joined(pieces: readonly Piece[]): Tokens {
  let count = 0;
  for (const p of pieces) count += p.to - p.from;
  const start = new Int32Array(count);
  const end = new Int32Array(count);
  const after = new Int32Array(count);
  const shape = new Uint8Array(count);
  const possessive = new Uint8Array(count);
  const cut = new Uint8Array(count);
  const id = new Int32Array(count);
  const idOf = new Map<string, number>();
  const words: string[] = [];
  const keys: string[] = [];
  const shapes: Shape[] = [];
  const counts: number[] = [];
  let t = 0;
  for (const { tokens: piece, from, to, offset } of pieces) {
    // Ids are given in order of first appearance in the whole: a word's own id is looked up once per piece.
    const global = new Int32Array(piece.words.length).fill(-1);
    for (let i = from; i < to; i++, t++) {
      const local = piece.id[i];
      let g = global[local];
      if (g < 0) {
        const word = piece.words[local];
        g = idOf.get(word) ?? -1;
        if (g < 0) {
          g = words.length;
          idOf.set(word, g);
          words.push(word);
          keys.push(piece.keys[local]);
          shapes.push(piece.shapes[local]);
          counts.push(0);
        }
        global[local] = g;
      }
      counts[g]++;
      start[t] = piece.start[i] + offset;
      end[t] = piece.end[i] + offset;
      after[t] = piece.after[i] + offset;
      shape[t] = piece.shape[i];
      possessive[t] = piece.possessive[i];
      cut[t] = piece.cut[i];
      id[t] = g;
    }
  }
  return { count, start, end, after, shape, possessive, cut, id, words, keys, shapes, counts };
}
