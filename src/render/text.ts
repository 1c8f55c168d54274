/**
 * The document's words as a reader wants to read them, without changing the
 * text: hard-wrapped lines reflow (HTML collapses whitespace), a word split by a
 * hyphen at a line end is joined when the document writes it whole elsewhere,
 * and a double hyphen reads as a dash. Linear: no pattern runs over an unbounded
 * span.
 */

/** How far back and forward a split word is looked for. */
const WORD_REACH = 40;

function isLetter(char: string): boolean {
  return /\p{L}/u.test(char);
}

/** The lower-case words the document writes whole, and the hyphenated compounds it writes on one line. */
export interface Spellings {
  readonly whole: ReadonlySet<string>;
  readonly hyphenated: ReadonlySet<string>;
}

/** Reads how the document spells its words (one pass). */
export function readSpellings(text: string): Spellings {
  const whole = new Set<string>();
  const hyphenated = new Set<string>();
  for (const match of text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
    const word = match[0].toLowerCase();
    if (word.includes('-')) hyphenated.add(word);
    else whole.add(word);
  }
  return { whole, hyphenated };
}

/** The letters of `text` ending before `end` (at most {@link WORD_REACH}). */
function lettersBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && end - start < WORD_REACH && isLetter(text[start - 1])) start--;
  return text.slice(start, end);
}

function lettersAfter(text: string, start: number): string {
  let end = start;
  while (end < text.length && end - start < WORD_REACH && isLetter(text[end])) end++;
  return text.slice(start, end);
}

/**
 * Decides one line-end hyphen: "join" when the document writes the word whole
 * and never hyphenated, otherwise it stays (a compound such as "well-known" is
 * written with its hyphen, and an unknown split is left as the author's).
 */
export function lineEndHyphen(spellings: Spellings, left: string, right: string): 'join' | 'keep' {
  const joined = `${left}${right}`.toLowerCase();
  const compound = `${left}-${right}`.toLowerCase();
  if (spellings.hyphenated.has(compound)) return 'keep';
  return spellings.whole.has(joined) ? 'join' : 'keep';
}

/**
 * `text` as it should read: line-end hyphens decided by {@link lineEndHyphen},
 * "--" as a dash. Whitespace is left for HTML to collapse.
 */
export function readingText(text: string, spellings: Spellings): string {
  let out = '';
  let from = 0;
  let at = text.indexOf('-', 0);
  while (at >= 0) {
    if (text[at + 1] === '-' && text[at + 2] !== '-' && (at === 0 || text[at - 1] !== '-')) {
      out += `${text.slice(from, at)}—`;
      from = at + 2;
      at = text.indexOf('-', from);
      continue;
    }
    let next = at + 1;
    while (text[next] === ' ' || text[next] === '\t') next++;
    if (text[next] === '\r') next++;
    if (text[next] === '\n' && at > 0 && isLetter(text[at - 1])) {
      let after = next + 1;
      while (text[after] === ' ' || text[after] === '\t') after++;
      const left = lettersBefore(text, at);
      const right = lettersAfter(text, after);
      if (right && lineEndHyphen(spellings, left, right) === 'join') {
        out += text.slice(from, at);
        from = after;
      }
    }
    at = text.indexOf('-', at + 1);
  }
  return out + text.slice(from);
}
