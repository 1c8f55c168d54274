import { keyOf } from './chars';

/**
 * The distinct words of the document being read, each with an id, found by hash
 * without slicing the text: an open-addressing table of ids, grown by doubling.
 * Words repeat, so one string per distinct word keeps a long document's garbage
 * small. One object for the module's life, not one per document: an object's
 * hidden class dies with it and takes the optimised code that used it along.
 */
export const vocabulary = {
  table: new Int32Array(16),
  mask: 15,
  hashes: [] as number[],
  /** The words, by id. */
  words: [] as string[],
  /** Their lookup keys, by id. */
  keys: [] as string[],
  /** How often each occurs, by id. */
  counts: [] as number[],
  /** True when the last {@link wordId} added a word. */
  added: false,
};

/** Shared empty state between documents: releasing the last document's words allocates nothing. */
const NO_TABLE = new Int32Array(0);

/** Lets go of the last document's words. */
export function releaseWords(): void {
  vocabulary.table = NO_TABLE;
  vocabulary.mask = 0;
  vocabulary.hashes = [];
  vocabulary.words = [];
  vocabulary.keys = [];
  vocabulary.counts = [];
}

/** Empties the word table, sized for about `expected` distinct words. */
export function resetWords(expected: number): void {
  let size = 16;
  while (size < expected * 2 && size < 1 << 16) size <<= 1;
  vocabulary.table = new Int32Array(size);
  vocabulary.mask = size - 1;
  vocabulary.hashes = [];
  vocabulary.words = [];
  vocabulary.keys = [];
  vocabulary.counts = [];
}

/** The id of the word `text.slice(start, end)`, added on first sight. */
export function wordId(text: string, start: number, end: number): number {
  const v = vocabulary;
  let hash = end - start;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  let slot = hash & v.mask;
  for (let entry = v.table[slot]; entry !== 0; entry = v.table[slot]) {
    const id = entry - 1;
    if (v.hashes[id] === hash && same(v.words[id], text, start, end)) {
      v.counts[id]++;
      v.added = false;
      return id;
    }
    slot = (slot + 1) & v.mask;
  }
  const id = v.words.length;
  const word = text.slice(start, end);
  v.words.push(word);
  v.keys.push(keyOf(word));
  v.hashes.push(hash);
  v.counts.push(1);
  v.added = true;
  v.table[slot] = id + 1;
  if (v.words.length * 2 > v.mask) growWords();
  return id;
}

function growWords(): void {
  const v = vocabulary;
  const size = (v.mask + 1) * 2;
  v.table = new Int32Array(size);
  v.mask = size - 1;
  for (let id = 0; id < v.hashes.length; id++) {
    let slot = v.hashes[id] & v.mask;
    while (v.table[slot] !== 0) slot = (slot + 1) & v.mask;
    v.table[slot] = id + 1;
  }
}

/** True when `s` is `text.slice(start, end)`, compared without slicing. */
function same(s: string, text: string, start: number, end: number): boolean {
  if (s.length !== end - start) return false;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
