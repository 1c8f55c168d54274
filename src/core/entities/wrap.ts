import { lastNewline } from '../parse/line-index';
/**
 * entity:chosen-break — whether a line break was the writer's or the wrapping's. Text wrapped to a width
 * breaks a line only where the next word would not fit; a line that ends well short of that width, with
 * room for the next word, was ended on purpose (a label line, an address block, a byline), and a name does
 * not run on across it ("Committee on Foreign Relations" / "Latest action: …"). A document whose prose
 * never runs on from one line into a lower-case word, and which writes a paragraph on one long line, does not
 * wrap: each of its line breaks is chosen. A few short lines tell nothing: none is.
 */

/**
 * The width the document's prose is wrapped to: its longest line that runs on into a lower-case word on the
 * next (a line ending in a letter, a comma or a semicolon). 0 when none does and some line is longer than any
 * wrapped one would be: the document does not wrap. -1 when it cannot be told (a few short lines). One pass.
 */
export function wrapWidth(text: string): number {
  let width = 0;
  let longest = 0;
  let lineStart = 0;
  for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', newline + 1)) {
    const length = newline - lineStart;
    longest = Math.max(longest, length);
    if (length > width && RUNS_ON_END.test(text.charAt(newline - 1)) && RUNS_ON_START.test(text.slice(newline + 1, newline + 9))) width = length;
    lineStart = newline + 1;
  }
  longest = Math.max(longest, text.length - lineStart);
  return width > 0 ? width : longest > UNWRAPPED ? 0 : -1;
}

/** A line longer than this is no wrapped line: the document writes a paragraph on one line. */
const UNWRAPPED = 200;

/** How a wrapped line ends, and how the line it runs on into starts. */
const RUNS_ON_END = /[\p{L},;]/u;
const RUNS_ON_START = /^[ \t]*\p{Ll}/u;

/** Share of the width a wrapped line may fall short by, for proportional type in text taken from a PDF. */
const SLACK = 0.75;

/**
 * True when the line break at `newline` was chosen: the line before it, with the next word (`nextLength`
 * characters) added, would still fit well within the wrapping width.
 */
export function chosenBreak(text: string, newline: number, nextLength: number, width: number): boolean {
  if (width <= 0) return width === 0;
  const lineStart = lastNewline(text, newline - 1) + 1;
  return newline - lineStart + 1 + nextLength < SLACK * width;
}
