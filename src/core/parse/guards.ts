import guardData from '../lexicon/data/guards.json';

/**
 * Guards around the markdown parser. micromark reads some constructs in time
 * that grows with the square of their length or more: a line of thousands of
 * `>`, a long alternation of `*` and `_`, link targets or HTML comments that
 * are opened and never closed (each one is searched for its end to the end of
 * the paragraph), and a paragraph of thousands of emphasis marks or closing
 * brackets (each one rescans or shifts the paragraph's events read so far).
 * And some it reads in linear time but holds hundreds of bytes for each
 * character of: a paragraph of thousands of '[' left open, of backslash
 * escapes or of '<' (tags, autolinks), a table of thousands of columns.
 * One pass over a markdown piece measures each of them; a piece past a limit
 * (data: lexicon/data/guards.json) is read as plain text.
 */

export type GuardId =
  | 'quote-depth'
  | 'list-indent'
  | 'emphasis-alternation'
  | 'unclosed-link-targets'
  | 'unclosed-angle-targets'
  | 'unclosed-html-comments'
  | 'inline-marks'
  | 'open-brackets'
  | 'table-columns'
  | 'escapes'
  | 'angle-brackets';

/** A guard: its measure's limit, and what a piece past it holds, in words. */
export interface Guard {
  readonly id: GuardId;
  readonly limit: number;
  readonly says: string;
}

export const GUARDS: readonly Guard[] = guardData.guards as Guard[];

/** Each guard's measure of one piece. */
export type Measures = Record<GuardId, number>;

/** The guard `piece` trips first, or null when the parser may read it. */
export function trippedGuard(piece: string): Guard | null {
  return guardFor(measure(piece));
}

/** The guard a piece of these measures trips first, or null. */
export function guardFor(measures: Measures): Guard | null {
  return GUARDS.find((g) => measures[g.id] > g.limit) ?? null;
}

/** Measures a piece in one pass: the deepest quote and list indent of its lines, and its open-never-closed constructs. */
export function measure(piece: string): Measures {
  const m: Measures = {
    'quote-depth': 0,
    'list-indent': 0,
    'emphasis-alternation': 0,
    'unclosed-link-targets': 0,
    'unclosed-angle-targets': 0,
    'unclosed-html-comments': 0,
    'inline-marks': 0,
    'open-brackets': 0,
    'table-columns': 0,
    escapes: 0,
    'angle-brackets': 0,
  };
  const marks = new InlineMarks();
  let lineStart = true;
  for (let i = 0; i < piece.length; i++) {
    if (lineStart) {
      const rest = lineOpening(piece, i, m);
      marks.line(piece, i, rest);
      m['table-columns'] = Math.max(m['table-columns'], delimiterBars(piece, rest));
      i = rest;
      lineStart = false;
      if (i >= piece.length) break;
    }
    const c = piece.charCodeAt(i);
    const next = piece.charCodeAt(i + 1);
    marks.see(c, piece.charCodeAt(i - 1));
    if (c === 10) lineStart = true;
    else if (c === 92 && next !== 10 && next !== 13) i++; // an escaped character is never markup
    else if ((c === 42 && next === 95) || (c === 95 && next === 42)) m['emphasis-alternation']++;
    else if (c === 93 && next === 40) {
      if (piece.charCodeAt(i + 2) === 60) m['unclosed-angle-targets']++;
      else m['unclosed-link-targets']++;
      i++;
    } else if (c === 41 && m['unclosed-link-targets'] > 0) m['unclosed-link-targets']--;
    else if (c === 62 && m['unclosed-angle-targets'] > 0) m['unclosed-angle-targets']--;
    else if (c === 60 && piece.startsWith('<!--', i)) m['unclosed-html-comments']++;
    else if (c === 45 && m['unclosed-html-comments'] > 0 && piece.startsWith('-->', i)) m['unclosed-html-comments']--;
  }
  m['inline-marks'] = marks.most;
  m['open-brackets'] = marks.mostOpen;
  m.escapes = marks.mostEscapes;
  m['angle-brackets'] = marks.mostAngles;
  return m;
}

/** The bars of a table's delimiter row starting at `at` (a line of only '|', '-', ':' and blanks, with a '-'), or 0. */
function delimiterBars(piece: string, at: number): number {
  let bars = 0;
  let dash = false;
  for (let i = at; i < piece.length; i++) {
    const c = piece.charCodeAt(i);
    if (c === 10) break;
    if (c === 124) bars++;
    else if (c === 45) dash = true;
    else if (c !== 58 && c !== 32 && c !== 9 && c !== 13) return 0;
  }
  return dash ? bars : 0;
}

/**
 * Counts the emphasis runs (`*` or `_`) and closing brackets of one paragraph's
 * text, the most in any paragraph of a piece. A new paragraph's text starts at
 * a line that must open a block: a heading, a bullet, an ordered item numbered
 * 1, or another item of an ordered list at the same indent (an item numbered
 * otherwise cannot break a paragraph: after text it continues it, and counts
 * on). Fenced code is not inline text and is not counted.
 */
class InlineMarks {
  most = 0;
  /** The most '[' open at once (not yet closed by a ']') in one paragraph. */
  mostOpen = 0;
  /** The most backslashes, and the most '<', in one paragraph. */
  mostEscapes = 0;
  mostAngles = 0;
  #count = 0;
  #open = 0;
  #escapes = 0;
  #angles = 0;
  #inFence = false;
  /** The indent of the ordered list whose items may break a paragraph, or -1. */
  #orderedAt = -1;

  /** A line starts at `at`; its quote markers and indent end at `rest`. */
  line(piece: string, at: number, rest: number): void {
    const head = piece.slice(rest, rest + 12);
    const fence = head.startsWith('```') || head.startsWith('~~~');
    if (this.#inFence || fence) {
      if (fence) this.#inFence = !this.#inFence;
      this.#newParagraph();
      return;
    }
    const indent = rest - at;
    const item = /^(?:[-*+]|(\d{1,9})[.)])(?:[ \t]|$)/.exec(head);
    if (/^#{1,6}(?:[ \t]|$)/.test(head)) {
      this.#newParagraph();
      this.#orderedAt = -1;
    } else if (item && (item[1] === undefined || item[1] === '1' || indent === this.#orderedAt)) {
      this.#newParagraph();
      this.#orderedAt = item[1] === undefined ? -1 : indent;
    }
  }

  /** Sees character `c` after `before`. */
  see(c: number, before: number): void {
    if (this.#inFence) return;
    const emphasis = (c === 42 || c === 95) && c !== before;
    if (emphasis || c === 93) this.most = Math.max(this.most, ++this.#count);
    if (c === 91) this.mostOpen = Math.max(this.mostOpen, ++this.#open);
    else if (c === 93 && this.#open > 0) this.#open--;
    else if (c === 92) this.mostEscapes = Math.max(this.mostEscapes, ++this.#escapes);
    else if (c === 60) this.mostAngles = Math.max(this.mostAngles, ++this.#angles);
  }

  #newParagraph(): void {
    this.#count = 0;
    this.#open = 0;
    this.#escapes = 0;
    this.#angles = 0;
  }
}

/** Reads the opening of the line at `at` (quote markers, indent, list marker) into `m`; returns where the rest of the line starts. */
function lineOpening(piece: string, at: number, m: Measures): number {
  let quotes = 0;
  let column = 0;
  let i = at;
  for (; i < piece.length; i++) {
    const c = piece.charCodeAt(i);
    if (c === 62) {
      quotes++;
      column = 0;
    } else if (c === 32) column++;
    else if (c === 9) column += 4;
    else break;
  }
  m['quote-depth'] = Math.max(m['quote-depth'], quotes);
  const c = piece.charCodeAt(i);
  const marker = c === 45 || c === 42 || c === 43 || (c >= 48 && c <= 57);
  if (marker) m['list-indent'] = Math.max(m['list-indent'], column);
  return i;
}

/** Most warnings one reading gives about guarded pieces; the rest are counted in the last one. */
const MAX_WARNINGS = 5;

/** The pieces read as plain text in one reading, turned into warnings a reader can follow (by line). */
export class GuardedPieces {
  readonly #pieces: { start: number; length: number; guard: Guard }[] = [];

  /** Notes that `piece`, at `start` in the text, was read as plain text because of `guard`. */
  add(start: number, piece: string, guard: Guard): void {
    // A piece ends with the blank lines after it: they are not part of what was read.
    let length = piece.length;
    while (length > 0 && /\s/.test(piece.charAt(length - 1))) length--;
    this.#pieces.push({ start, length, guard });
  }

  /** Adds a warning per guarded piece (at most {@link MAX_WARNINGS}); lines are counted in one pass. */
  report(text: string, warnings: string[]): void {
    let line = 1;
    let at = 0;
    const lineAt = (offset: number) => {
      for (let i = text.indexOf('\n', at); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
      at = Math.max(at, offset);
      return line;
    };
    for (const [k, p] of this.#pieces.entries()) {
      if (k === MAX_WARNINGS) {
        warnings.push(`Markdown: ${this.#pieces.length - k} more part(s) read as plain text for the same reasons.`);
        return;
      }
      const first = lineAt(p.start);
      const last = lineAt(p.start + Math.max(0, p.length - 1));
      const lines = first === last ? `line ${first}` : `lines ${first}–${last}`;
      warnings.push(`Markdown: ${lines} read as plain text: ${p.guard.says} (guard ${p.guard.id}), which the markdown parser reads too slowly.`);
    }
  }
}
