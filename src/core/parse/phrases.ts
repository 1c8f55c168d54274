/**
 * Counting a vocabulary's words and phrases in a line, whatever its case,
 * punctuation and white space (furniture's legal notices and author lines).
 */

/** The longest word of each phrase of a vocabulary (the rarest, most likely), kept once per vocabulary. */
const LONGEST = new WeakMap<readonly string[], readonly string[]>();
const longestWordsOf = (vocabulary: readonly string[]): readonly string[] =>
  LONGEST.get(vocabulary) ??
  LONGEST.set(vocabulary, vocabulary.map((phrase) => phrase.split(' ').reduce((a, b) => (b.length > a.length ? b : a), ''))).get(vocabulary)!;

/** How many distinct words or phrases of `vocabulary` (lower case) `line` holds. */
export function countWords(line: string, vocabulary: readonly string[]): number {
  const raw = line.toLowerCase();
  // Each word of a phrase (letters only) stands in the line as written: a line without the longest
  // word of any phrase holds none, and is not copied twice to say so.
  if (!longestWordsOf(vocabulary).some((word) => raw.includes(word))) return 0;
  const lower = ` ${raw.replace(/[^\p{L}\s]+/gu, ' ').replace(/\s+/g, ' ')} `;
  let n = 0;
  for (const word of vocabulary) if (lower.includes(` ${word} `)) n++;
  return n;
}
