/**
 * The patterns the claim rules are compiled to (claim-rules.ts): phrases with
 * a trailing * for any ending, the names of institutions, a union's own names,
 * and whole section titles. Plain strings in, one RegExp out.
 */

export const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** A gap in a phrase ("no … legal basis"): up to two words of any kind, no punctuation between. */
const GAP = "(?:\\s+[\\p{L}\\p{N}'’-]+){0,2}";

/** Phrases as pattern alternatives: words apart by any space, a trailing * for any ending, "…" for a gap of up to two words. */
export function wordAlternatives(words: readonly string[]): string[] {
  return words.map((w) => {
    const stem = w.endsWith('*');
    const parts = (stem ? w.slice(0, -1) : w).split(/\s+/);
    const body = parts.map((part, i) => (part === '…' ? GAP : `${i > 0 ? '\\s+' : ''}${escape(part)}`)).join('');
    return stem ? `${body}[\\p{L}-]*` : body;
  });
}

/** A capitalised word, and what joins two of a name ("Industry, Research and Energy"). */
const CAPITAL = "\\p{Lu}[\\p{L}'’-]*";
const JOINED = `${CAPITAL}(?:(?:,\\s*|\\s+)(?:(?:and|&)\\s+)?${CAPITAL})*`;

/**
 * One pattern for both forms of an institution's name, one of `heads` then "of …" or capitalised words ending with one of `tails`
 * (case as written: names are capitalised), the latter never starting with one of `notFirst` ("The Office of …" is no "The Office").
 */
export function institutionPattern(heads: readonly string[], tails: readonly string[], notFirst: readonly string[] = []): RegExp {
  const headed = `(?:${heads.join('|')})\\s+(?:of|on|for)\\s+(?:the\\s+)?${JOINED}`;
  const skip = notFirst.length ? `(?!(?:${notFirst.join('|')})\\s)` : '';
  const tailed = `${skip}${CAPITAL}(?:\\s+(?:(?:and|&)\\s+)?${CAPITAL})*?\\s+(?:${tails.join('|')})`;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${headed}|${tailed})(?![\\p{L}\\p{N}])`, 'gu');
}

/** One pattern for a union's own names, case as written but for a leading "the". */
export function ownNamePattern(written: readonly string[]): RegExp {
  const names = written.map((n) => escape(n).replace(/^the\s+/, '[Tt]he\\s+').split(/\s+/).join('\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** A section title that is one of `headings`, whole: numbering ("3.", "IV.") and a closing colon aside. */
export function headingPattern(headings: readonly string[]): RegExp {
  return new RegExp(`^\\s*(?:(?:[\\p{N}]+|[IVXLC]+)(?:\\.[\\p{N}]+)*\\.?\\s+)?(?:${wordAlternatives(headings).join('|')})\\s*:?\\s*$`, 'iu');
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/iuy;

/** Whether the character (a whole code point) before `at` is no letter or digit, or there is none. */
function wordStartsAt(text: string, at: number): boolean {
  if (at === 0) return true;
  let before = at - 1;
  const low = text.charCodeAt(before);
  if (low >= 0xdc00 && low <= 0xdfff && before > 0) {
    const high = text.charCodeAt(before - 1);
    if (high >= 0xd800 && high <= 0xdbff) before--;
  }
  LETTER_OR_DIGIT.lastIndex = before;
  return !LETTER_OR_DIGIT.test(text);
}

/**
 * The first words of `text` that a compiled frame (claim-rules.ts) finds, as the pattern with a leading
 * `(?<![\p{L}\p{N}])` would: the leftmost match that starts a word, or null.
 */
export function findFrameWords(frame: { readonly pattern: RegExp }, text: string): string | null {
  const { pattern } = frame;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (wordStartsAt(text, m.index)) return m[0];
    pattern.lastIndex = m.index + 1;
  }
  return null;
}

/** A letter `/iu` folds to an ASCII letter other than the Kelvin sign (read as k below): "ſ" is an s to it. */
const FOLDS_APART = /\u017f/;

/** A node of the gate's tree of phrase texts: what follows by code unit, and the frames whose phrase ends here. */
interface Node {
  readonly next: Map<number, Node>;
  ends: number[] | null;
}

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/**
 * Which frames' words may be in a sentence, told before any frame's pattern
 * runs: a frame's pattern matches only where a word starts (findFrameWords)
 * and the sentence, read in lower case with each run of white space as one
 * space, holds one of the frame's phrases there (a stem without its ending).
 * One walk down a tree of the phrases from each word start finds them. Most sentences
 * hold none, and no pattern is run for them. A frame with a phrase of a
 * non-ASCII letter (where lower case and `/iu` may differ) is always run.
 */
export class FrameGate {
  readonly #root: Node = { next: new Map(), ends: null };
  /** The root's children by ASCII code unit: every phrase opens with one. */
  readonly #first: (Node | undefined)[] = new Array(128);
  readonly #always: number[] = [];
  readonly #count: number;

  constructor(frames: readonly { readonly row: { readonly words: readonly string[] } }[]) {
    this.#count = frames.length;
    frames.forEach(({ row }, frame) => {
      // A phrase with a gap ("coverage of the … border") matches only where its words before the gap start: they are its gate.
      const texts = row.words.map((w) => w.split('\u2026')[0].trim()).map((w) => (w.endsWith('*') ? w.slice(0, -1) : w).split(/\s+/).join(' ').toLowerCase());
      if (texts.some((t) => t.length === 0 || /[^\x00-\x7f]/.test(t))) {
        this.#always.push(frame);
        return;
      }
      for (const text of texts) {
        let node = this.#root;
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          let child = node.next.get(c);
          if (!child) node.next.set(c, (child = { next: new Map(), ends: null }));
          node = child;
        }
        (node.ends ??= []).push(frame);
      }
    });
    for (const [c, node] of this.#root.next) this.#first[c] = node;
  }

  /** A flag a frame, 1 where its pattern may match `sentence`; null when every pattern must run. */
  possible(sentence: string): Uint8Array | null {
    if (FOLDS_APART.test(sentence)) return null;
    const out = new Uint8Array(this.#count);
    for (const frame of this.#always) out[frame] = 1;
    const n = sentence.length;
    for (let at = 0; at < n; at++) {
      // A match starts where no letter or digit comes before (findFrameWords).
      const first = unit(sentence.charCodeAt(at));
      let node = first < 128 ? this.#first[first] : undefined;
      if (!node || (at > 0 && isWordChar(unit(sentence.charCodeAt(at - 1))))) continue;
      if (node.ends) for (const frame of node.ends) out[frame] = 1;
      for (let i = at + 1; i < n; i++) {
        const c = unit(sentence.charCodeAt(i));
        node = node.next.get(c);
        if (!node) break;
        if (node.ends) for (const frame of node.ends) out[frame] = 1;
        // A space of a phrase stands for a run of white space (`\s+`).
        if (c === 32) while (i + 1 < n && unit(sentence.charCodeAt(i + 1)) === 32) i++;
      }
    }
    return out;
  }
}

/**
 * A code unit as the gate reads it: an ASCII capital in lower case, white
 * space (`\s`) as a space, the Kelvin sign as the k it folds to; any other as it is.
 */
function unit(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c === 9 || c === 10 || c === 11 || c === 12 || c === 13 ? 32 : c;
  if (c === 0x212a) return 107;
  return WHITE.has(c) ? 32 : c;
}

/** White space beyond ASCII that `\s` matches. */
const WHITE = new Set([0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);

const gates = new WeakMap<object, FrameGate>();

/** The gate of a list of compiled frames, made once per list. */
export function frameGate(frames: readonly { readonly row: { readonly words: readonly string[] } }[]): FrameGate {
  let gate = gates.get(frames);
  if (!gate) gates.set(frames, (gate = new FrameGate(frames)));
  return gate;
}
