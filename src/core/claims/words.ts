import { candidatesOf, type Lexicon, type Term } from '../lexicon';
import { isApostrophe } from '../parse/chars';
import type { Tokens } from '../parse/tokens';

/**
 * A claim's words, read from the document's shared token stream (one
 * definition of a word: its offsets, its possessive, its lookup key). A
 * compound is read whole, also where the stream cuts a capitalised one before
 * its lower-case part ("Cross-border"); a possessive as its noun ("the Space
 * Force's mission" holds "space force"). Three conventions of the claims'
 * older reading are kept so that no claim changes: words joined by a dot are
 * one word ("defense.gov", "3.5"); "&" and the typographic hyphens part words
 * ("R&D" is "r" and "d"); and a word with a dot, a digit first or a letter
 * beyond ASCII is looked up as written, lower-cased (not as the shared key,
 * which drops dots and diacritics).
 */

/** The words of one reading, with each distinct word's key and lexicon candidates looked up once. */
export interface WordTable {
  readonly text: string;
  readonly tokens: Tokens;
  readonly lexicon: Lexicon;
  /** Keys and candidates by word id, filled on first sight. */
  readonly keys: (string | undefined)[];
  readonly candidates: (readonly Term[] | undefined)[];
  /** Words read (a counter for tests of the work done). */
  lookups: number;
  /** One sentence's words at a time: the buffer each sentence is read into, reused through the reading. */
  readonly sentence: SentenceWordList;
}

/** A table over `tokens`, the token stream of `text`. */
export function wordTable(text: string, tokens: Tokens, lexicon: Lexicon): WordTable {
  const distinct = tokens.words.length;
  const sentence: SentenceWordList = { count: 0, starts: [], ends: [], keys: [], candidates: [] };
  return { text, tokens, lexicon, keys: new Array(distinct), candidates: new Array(distinct), lookups: 0, sentence };
}

/**
 * The words of a sentence: spans, lookup keys and lexicon candidates, one entry
 * per word; only the first `count` entries are this sentence's (the columns are
 * reused from sentence to sentence and may hold more).
 */
export interface SentenceWordList {
  count: number;
  readonly starts: number[];
  readonly ends: number[];
  readonly keys: string[];
  readonly candidates: (readonly Term[])[];
}

// eslint-disable-next-line no-control-regex
const AS_WRITTEN = /[^\x00-\x7f]|\.|^[0-9]/;

/** A word lower-cased as written, straight apostrophes, without a dot at its end. */
export function asWritten(word: string): string {
  let w = word.toLowerCase();
  if (w.length > 1 && w.charCodeAt(w.length - 1) === 46) w = w.slice(0, -1);
  return w.includes('’') ? w.replace(/’/g, "'") : w;
}

/** Characters that part a claim's words inside one token. */
const PARTING = /[&‐‑]/;

/** The key a claim looks a word up by: the shared key, the word as written, or '' for a word to part (see above). */
function claimKey(word: string, key: string): string {
  if (PARTING.test(word)) return '';
  return AS_WRITTEN.test(word) ? asWritten(word) : key;
}

/** Adds the words of `text.slice(start, end)`, read as written, parted at "&" and typographic hyphens. */
function addAsWritten(list: SentenceWordList, lexicon: Lexicon, text: string, start: number, end: number): void {
  const word = text.slice(start, end);
  if (!PARTING.test(word)) {
    add(list, start, end, asWritten(word), lexicon);
    return;
  }
  let from = 0;
  for (let i = 0; i <= word.length; i++) {
    if (i < word.length && !PARTING.test(word[i])) continue;
    if (i > from) add(list, start + from, start + i, asWritten(word.slice(from, i)), lexicon);
    from = i + 1;
  }
}

function add(list: SentenceWordList, start: number, end: number, key: string, lexicon: Lexicon, candidates?: readonly Term[]): void {
  const at = list.count++;
  list.starts[at] = start;
  list.ends[at] = end;
  list.keys[at] = key;
  list.candidates[at] = candidates ?? candidatesOf(lexicon, key);
}

/**
 * End of word `t`, at most `limit`: the whole compound when the stream cut it,
 * without a possessive ending or a dot the token kept ("Gen.", "U.S.").
 */
function wordEnd(text: string, tokens: Tokens, t: number, limit: number): number {
  const start = tokens.start[t];
  let end = tokens.end[t];
  if (tokens.cut[t]) {
    end = tokens.after[t];
    const last = text.charCodeAt(end - 1);
    if (end - start > 2 && (last === 115 || last === 83) && isApostrophe(text.charCodeAt(end - 2))) end -= 2;
  }
  if (end > limit) end = limit;
  if (end - start > 1 && text.charCodeAt(end - 1) === 46) end--;
  return end;
}

/** True when word `u` runs on into word `u + 1` across one dot, hyphen or apostrophe ("defense.gov", "U.S.troops"). */
function joinsNext(text: string, tokens: Tokens, u: number): boolean {
  const after = tokens.after[u];
  const next = tokens.start[u + 1];
  const before = text.charCodeAt(after - 1);
  if (next === after) return before === 46;
  if (next !== after + 1 || before === 46) return false;
  const c = text.charCodeAt(after);
  return c === 46 || c === 45 || isApostrophe(c);
}

/**
 * The words of tokens `first` to `last` (exclusive) of a sentence ending at
 * `limit`, read into the table's sentence buffer: valid until the next call.
 */
export function wordsOf(table: WordTable, first: number, last: number, limit: number): SentenceWordList {
  const { text, tokens, lexicon } = table;
  const list = table.sentence;
  list.count = 0;
  for (let t = first; t < last; ) {
    let u = t;
    while (u + 1 < last && joinsNext(text, tokens, u)) u++;
    const start = tokens.start[t];
    const end = wordEnd(text, tokens, u, limit);
    const id = tokens.id[t];
    const key = u === t && !tokens.cut[t] && tokens.end[t] <= limit ? (table.keys[id] ??= claimKey(tokens.words[id], tokens.keys[id])) : '';
    // Joined, cut by the stream or by the sentence's end, or to be parted: read as written.
    if (key === '') addAsWritten(list, lexicon, text, start, end);
    else add(list, start, end, key, lexicon, (table.candidates[id] ??= candidatesOf(lexicon, key)));
    table.lookups++;
    t = u + 1;
  }
  return list;
}
