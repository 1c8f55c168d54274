import type { Cue, Span } from '../model/model';
import { candidatesOf, DEFAULT_LEXICON, longestMatch, type Lexicon, type Term } from '../lexicon';
import { DEFAULT_CLAIM_RULES } from '../lexicon/claim-rules';
import { isHyphen } from '../parse/chars';
import { tokenise } from '../parse/tokens';
import { asWritten, wordsOf, wordTable, type WordTable } from './words';

/**
 * A claim's lexicon cues: the longest entry of the category lexicon at each
 * word, each entry counted once; a hyphenated word the lexicon does not know
 * is read by its parts ("defense-related"), unless it is an idiom of
 * claims.json ("trade-off").
 */

/** The parts of a hyphenated word, with their spans. */
function partsOf(text: string, start: number, end: number): { start: number; end: number; key: string }[] {
  const parts: { start: number; end: number; key: string }[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && !isHyphen(text.charCodeAt(i))) continue;
    if (i > from) parts.push({ start: from, end: i, key: asWritten(text.slice(from, i)) });
    from = i + 1;
  }
  return parts;
}

const HYPHEN = /[-‐‑]/;

/**
 * Lexicon cues in tokens `first` to `last` (exclusive) of a sentence ending at
 * `limit`, with offsets from `origin`.
 */
export function cuesOfWords(table: WordTable, first: number, last: number, limit: number, origin: number): Cue[] {
  const { text, lexicon } = table;
  const { count, starts, ends, keys, candidates } = wordsOf(table, first, last, limit);
  const cues: Cue[] = [];
  const idioms = (lexicon.claims ?? DEFAULT_CLAIM_RULES).idiomWords;
  const seen = SEEN;
  seen.clear();
  for (let k = 0; k < count; ) {
    const found = longestMatch(candidates[k], keys, k, count);
    if (found.length === 0 && HYPHEN.test(keys[k]) && !idioms.has(keys[k])) {
      for (const part of partsOf(text, starts[k], ends[k])) {
        for (const hit of longestMatch(candidatesOf(lexicon, part.key), [part.key], 0)) push(cues, seen, hit, part.start - origin, part.end - origin);
      }
    }
    const length = found.length ? found[0].words.length : 1;
    for (let h = 0; h < found.length; h++) push(cues, seen, found[h], starts[k] - origin, ends[k + length - 1] - origin);
    k += length;
  }
  seen.clear();
  return cues;
}

/** The entries already counted in the sentence being read (one set for the reading, emptied per sentence). */
const SEEN = new Set<Term>();

/** Adds a cue for `hit` unless the sentence counted its entry already. */
function push(cues: Cue[], seen: Set<Term>, hit: Term, start: number, end: number): void {
  if (seen.has(hit)) return;
  seen.add(hit);
  cues.push({ start, end, category: hit.category, term: hit.term, weight: hit.weight });
}

/** Lexicon cues in a span of a text, read on their own. */
export function lexiconCues(text: string, span: Span, lexicon: Lexicon = DEFAULT_LEXICON): Cue[] {
  const piece = text.slice(span.start, span.end);
  const tokens = tokenise(piece);
  const cues = cuesOfWords(wordTable(piece, tokens, lexicon), 0, tokens.count, piece.length, 0);
  return cues.map((cue) => ({ ...cue, start: cue.start + span.start, end: cue.end + span.start }));
}
