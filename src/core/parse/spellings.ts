/**
 * How the document spells its words, and the one rule for a word split by a
 * hyphen at a line end (PDF text): it is one word when the document writes it
 * whole elsewhere and never with the hyphen. The renderer shows it joined
 * (`render/text.ts`); the analysers read it joined (`joinLineEndHyphens`).
 */

/** How far back and forward a split word is looked for. */
const WORD_REACH = 40;

const LETTER = /\p{L}/u;

export function isLetter(char: string): boolean {
  return LETTER.test(char);
}

/** The lower-case words the document writes whole, and the hyphenated compounds it writes on one line. */
export interface Spellings {
  readonly whole: ReadonlySet<string>;
  readonly hyphenated: ReadonlySet<string>;
}

const WORD = /\p{L}+(?:-\p{L}+)*/gu;

/**
 * Reads how the document spells its words (one pass). Given `wanted` (lower
 * case), only those words are kept: the answers about them are the same, and
 * no set of every word is built.
 */
export function readSpellings(text: string, wanted?: ReadonlySet<string>): Spellings {
  const whole = new Set<string>();
  const hyphenated = new Set<string>();
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    // The halves of a word split at a line end are not words the document writes.
    if (splitHalf(text, match.index, match.index + match[0].length)) continue;
    const word = match[0].toLowerCase();
    if (wanted && !wanted.has(word)) continue;
    if (word.includes('-')) hyphenated.add(word);
    else whole.add(word);
  }
  return { whole, hyphenated };
}

/** True when `[start, end)` is the left half of a line-end hyphen ("secu-⏎") or the right half after one. */
function splitHalf(text: string, start: number, end: number): boolean {
  if (text.startsWith('-\n', end)) return true;
  let before = start;
  while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--;
  return before >= 2 && text[before - 1] === '\n' && text[before - 2] === '-';
}

/** The letters of `text` ending before `end` (at most {@link WORD_REACH}). */
export function lettersBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && end - start < WORD_REACH && isLetter(text[start - 1])) start--;
  return text.slice(start, end);
}

export function lettersAfter(text: string, start: number): string {
  let end = start;
  while (end < text.length && end - start < WORD_REACH && isLetter(text[end])) end++;
  return text.slice(start, end);
}

/**
 * Decides one line-end hyphen: "join" when the document writes the word whole
 * and never hyphenated, or when neither half is a word the document writes
 * and both are in lower case (the "secu-" and "rity" of a word cut by the
 * line); otherwise it stays (a compound such as "well-known"
 * is written with its hyphen, and halves that are words of their own, as in
 * "long-term", are left as the author's).
 */
export function lineEndHyphen(spellings: Spellings, left: string, right: string): 'join' | 'keep' {
  const [joined, compound, lowerLeft, lowerRight] = asked(left, right);
  if (spellings.hyphenated.has(compound)) return 'keep';
  if (spellings.whole.has(joined)) return 'join';
  // Lower case on both sides: a capitalised half may be a name's own hyphen ("Trans-⏎nistria" stays as written).
  const fragments = !spellings.whole.has(lowerLeft) && !spellings.whole.has(lowerRight);
  return fragments && /^\p{Ll}/u.test(left) && /^\p{Ll}/u.test(right) ? 'join' : 'keep';
}

/** The spellings {@link lineEndHyphen} asks about for the halves `left` and `right`: joined, hyphenated, each half (lower case). */
function asked(left: string, right: string): [string, string, string, string] {
  return [`${left}${right}`.toLowerCase(), `${left}-${right}`.toLowerCase(), left.toLowerCase(), right.toLowerCase()];
}

/** Each line-end hyphen after a letter in `masked`: its offset, where the right half starts, and both halves. */
function* lineEndHyphens(masked: string): Generator<{ at: number; after: number; left: string; right: string }> {
  for (let at = masked.indexOf('-\n', 0); at >= 0; at = masked.indexOf('-\n', at + 2)) {
    if (at === 0 || !isLetter(masked[at - 1])) continue;
    let after = at + 2;
    while (masked[after] === ' ' || masked[after] === '\t') after++;
    yield { at, after, left: lettersBefore(masked, at), right: lettersAfter(masked, after) };
  }
}

/**
 * `masked` with every line-end hyphen that {@link lineEndHyphen} joins read as
 * one word, in place: the right half's letters move up to the hyphen and the
 * characters they leave are blanked, so the text keeps its length and the word
 * its start. Linear: each hyphen looks at most {@link WORD_REACH} letters away.
 */
export function joinLineEndHyphens(masked: string, given?: Spellings): string {
  // Read how the document spells its words only when it has a line-end hyphen at all, and only the words its hyphens ask about.
  let spellings = given;
  if (!spellings) {
    const wanted = new Set<string>();
    for (const { left, right } of lineEndHyphens(masked)) if (right) for (const word of asked(left, right)) wanted.add(word);
    if (wanted.size === 0) return masked;
    spellings = readSpellings(masked, wanted);
  }
  let out = '';
  let from = 0;
  for (const { at, after, left, right } of lineEndHyphens(masked)) {
    if (at < from || !right || lineEndHyphen(spellings, left, right) !== 'join') continue;
    // "ex-⏎  port" → "export   ⏎": the word keeps its start, the line break stays on its line.
    out += masked.slice(from, at) + right + ' '.repeat(after - at - 1) + '\n';
    from = after + right.length;
  }
  return out + masked.slice(from);
}
