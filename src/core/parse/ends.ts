import { keyAt, LOWER, NUMBER, type Tokens } from './tokens';
import layout from '../lexicon/data/layout.json';

/**
 * The one definition of where a sentence ends and of what reads as a title
 * line, shared by the sentence splitter (sentences.ts), the layout reader of
 * unmarked text (lines.ts) and the entity reader's line layout
 * (entities/layout.ts).
 *
 * Two strengths of title line, from the same measures: {@link looksLikeTitle}
 * decides a heading of unmarked text from the line's characters alone;
 * {@link looksLikeTitleRow} decides, from its words, that a line inside a
 * paragraph is a row of capitalised words (a byline, a heading the layout
 * reader missed) where a capital is no evidence of a name. The row test has no
 * character limit and a higher share of capitals: a byline of twelve names runs
 * past the 90 characters of a heading.
 *
 * A sentence ends at a mark (`.`, `!`, `?`, `…`), repeated or not ("!!",
 * "..."), with any closing quotes, brackets and emphasis marks after it.
 */

const FULL_STOP = 46;
const EXCLAMATION = 33;
const QUESTION = 63;
const ELLIPSIS = 0x2026;
const COLON = 58;

/** Characters that close a sentence after its mark: quotes, brackets, emphasis marks. */
const CLOSERS = '"\'”’)]»*_';

/** True for a mark that can end a sentence: `.`, `!`, `?`, `…`. */
export function isSentenceMark(code: number): boolean {
  return code === FULL_STOP || code === EXCLAMATION || code === QUESTION || code === ELLIPSIS;
}

/** True for a quote, bracket or emphasis mark that may follow a sentence mark and belongs to the sentence. */
export function isCloser(code: number): boolean {
  return CLOSERS.includes(String.fromCharCode(code));
}

/** True when `marks` (the punctuation between two words) hold a sentence mark, or a colon too with `orColon`. */
export function marksSentenceEnd(marks: string, orColon = false): boolean {
  for (let i = 0; i < marks.length; i++) {
    const c = marks.charCodeAt(i);
    if (isSentenceMark(c) || (orColon && c === COLON)) return true;
  }
  return false;
}

/**
 * The offset after the sentence end whose mark is at `mark`: the mark, the same
 * mark repeated ("!!", "..."), then closing quotes and brackets, up to `end`.
 */
export function afterSentenceEnd(text: string, mark: number, end: number): number {
  const c = text.charCodeAt(mark);
  let close = mark + 1;
  while (close < end && (text.charCodeAt(close) === c || isCloser(text.charCodeAt(close)))) close++;
  return close;
}

/** The mark of the sentence end that closes `line` (trailing spaces ignored), or -1 if it ends no sentence. */
function finalMark(line: string): number {
  let i = line.length - 1;
  while (i >= 0 && /\s/.test(line.charAt(i))) i--;
  while (i >= 0 && isCloser(line.charCodeAt(i))) i--;
  return i >= 0 ? line.charCodeAt(i) : -1;
}

/** True when `line` ends a sentence: a sentence mark, then only closing quotes, brackets and emphasis. */
export function endsSentence(line: string): boolean {
  return isSentenceMark(finalMark(line));
}

/**
 * True when `line` ends a sentence or an introduction (a colon): what follows
 * it starts afresh, so a title line may follow.
 */
export function endsLead(line: string): boolean {
  const mark = finalMark(line);
  return isSentenceMark(mark) || mark === COLON;
}

/**
 * True when a sentence ends inside `line` and another starts after it ("… the
 * binding constraint. Mali's Minister …"): a word of two lower-case letters or
 * more, a mark, a space, a capital. "U.S. Policy" and "St. Louis" are no such end.
 */
export function sentenceInside(line: string): boolean {
  return /\p{Ll}{2,}[.!?]["”’)]?\s+\p{Lu}/u.test(line);
}

/** Words that stay lower-case inside a title ("Looking for a Third Option"): lexicon/data/layout.json. */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(layout.titleSmallWords);

/** True for a word that stays lower-case in a title (lower-case key). */
export function isTitleSmallWord(key: string): boolean {
  return TITLE_SMALL_WORDS.has(key);
}

const CAPTION_LABEL = new RegExp(`^(?:${layout.captionLabels.map((label) => label.replace('.', '\\.')).join('|')})\\b\\s*[\\dA-Z.:]`, 'i');
/** layout:caption-cited — 'Table 1 compares …': the label and its number open a sentence of the text, not a caption. */
const CAPTION_CITED = new RegExp(layout.captionCited.pattern, 'u');

/** Captions and source lines: labelled, not part of the argument, never headings (a sentence citing the table is none). */
export const CAPTION = { test: (line: string): boolean => CAPTION_LABEL.test(line) && !CAPTION_CITED.test(line) };

/**
 * True when a line reads as a title: short, capitalised words, no sentence end
 * at its end (a question may be a title) or inside it, no trailing comma or
 * dash, no caption label.
 */
export function looksLikeTitle(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length < 3 || trimmed.length > 90) return false;
  if (endsSentence(trimmed) && !trimmed.endsWith('?')) return false;
  if (sentenceInside(trimmed)) return false;
  if (/[,;]$/.test(trimmed) || /[-–—]$/.test(trimmed)) return false;
  if (CAPTION.test(trimmed)) return false;
  if (!/^[\p{Lu}\d“"'‘(]/u.test(trimmed)) return false;
  const words = trimmed.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 14) return false;
  // A line that ends on a lower-case "the", "of" or "at" runs on: hard-wrapped prose, no title.
  const lastWord = words[words.length - 1];
  if (words.length > 2 && /^\p{Ll}/u.test(lastWord) && isTitleSmallWord(lastWord)) return false;
  let content = 0;
  let capitalised = 0;
  for (const word of words) {
    const bare = word.replace(/^[^\p{L}\d]+/u, '');
    if (isTitleSmallWord(bare.toLowerCase())) continue;
    content++;
    if (/^[\p{Lu}\d]/u.test(bare)) capitalised++;
  }
  // A one-word line ("Background", "Economy") counts; longer ones need most words capitalised.
  return content > 0 && capitalised / content >= (words.length <= 2 ? 1 : 0.6);
}

/** Share of capitalised words among the content words of tokens `i..j` (0 with fewer than two). */
export function capitalShare(tokens: Tokens, i: number, j: number): number {
  let content = 0;
  let capitalised = 0;
  for (let k = i; k < j; k++) {
    if (tokens.shape[k] === NUMBER || isTitleSmallWord(keyAt(tokens, k))) continue;
    content++;
    if (tokens.shape[k] !== LOWER) capitalised++;
  }
  return content < 2 ? 0 : capitalised / content;
}

/**
 * True when `line`, holding tokens `i..j`, is a row of capitalised words: two
 * to twelve words, opening with a capital or a digit, no full stop, comma or
 * semicolon at its end, three in four of its content words capitalised.
 */
export function looksLikeTitleRow(line: string, tokens: Tokens, i: number, j: number): boolean {
  if (j - i < 2 || j - i > 12) return false;
  const trimmed = line.trim();
  if (/[.,;]$/.test(trimmed) || !/^[\p{Lu}\d]/u.test(trimmed)) return false;
  return capitalShare(tokens, i, j) >= 0.75;
}
