import { LexiconSteps, type LexiconReading } from './lexiconSteps';
import type { LexiconData } from '../core/lexicon';
import { Slices } from '../core/model/slices';

export type { LexiconReading, PlacedProblem } from './lexiconSteps';

/**
 * Reads a lexicon file's text (JSON with comments and trailing commas) in one go
 * (lexiconSteps.ts, which the host runs in slices: {@link readLexiconForHostInSlices}).
 * Pure (no `vscode`), so the worker, the extension host and the tests share it.
 */
export function readLexiconText(text: string): LexiconReading {
  const steps = new LexiconSteps(text);
  steps.step();
  return steps.reading;
}

/** Line and character of offsets in a file that is not open in an editor: one pass to index, a binary search per offset. */
export class LineIndex {
  readonly #starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.#starts.push(i + 1);
  }
  position(offset: number): { line: number; character: number } {
    let low = 0;
    let high = this.#starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.#starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: offset - this.#starts[low] };
  }
}

/** A lexicon file's text from its bytes (UTF-8; a byte-order mark is dropped, a broken sequence becomes U+FFFD). */
export function decodeLexicon(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/** A problem placed by line and character, as the Problems panel shows it. */
export interface LinedProblem {
  readonly start: { line: number; character: number };
  readonly end: { line: number; character: number };
  readonly message: string;
}

/**
 * {@link readLexiconText} with the first `most` problems placed by line, and
 * the count of all: all the work a lexicon file costs, done off the extension
 * host, and no more sent back than the Problems panel lists (a message of
 * 50,000 problems held the host over a second while it was read).
 */
export function readLexiconLines(text: string, most = Infinity): { data: LexiconData | null; problems: LinedProblem[]; count: number } {
  return linesOf(text, readLexiconText(text), most);
}

function linesOf(text: string, read: LexiconReading, most: number): { data: LexiconData | null; problems: LinedProblem[]; count: number } {
  const lines = new LineIndex(text);
  const problems = read.problems.slice(0, most).map((p) => ({ start: lines.position(p.start), end: lines.position(p.end), message: p.message }));
  return { data: read.data, problems, count: read.problems.length };
}

/**
 * {@link readLexiconLines} as it crosses to the extension host: the valid terms
 * as their JSON text. A string is copied in one go; an object of many terms was
 * cloned key by key into the host, compared there by `JSON.stringify` twice and
 * cloned out again with every reading (50,000 terms: hundreds of ms at load).
 */
export function readLexiconForHost(text: string, most = Infinity): { terms: string | null; problems: LinedProblem[]; count: number } {
  return forHost(readLexiconLines(text, most));
}

function forHost({ data, problems, count }: ReturnType<typeof readLexiconLines>): { terms: string | null; problems: LinedProblem[]; count: number } {
  return { terms: data ? JSON.stringify(data) : null, problems, count };
}

/** Characters decoded, and tokens read, between two looks at the clock. */
const CHUNK = 1 << 16;
const TOKENS = 2048;

/**
 * {@link readLexiconForHost} of a file's bytes on the extension host's own
 * thread (when no worker can start), in slices of about 8 ms: the bytes are
 * decoded a chunk at a time and the text read a number of tokens at a time
 * (lexiconSteps.ts), with a turn of the event loop whenever a slice has run its
 * time: a big file of many terms is read in pieces (a long run of white space
 * is still one token, and the line index and the terms' JSON are made in one go
 * at the end). The same reading as the worker's. `stale`, asked at each turn, abandons the reading
 * (undefined) when a newer one replaced it.
 */
export async function readLexiconForHostInSlices(
  bytes: Uint8Array,
  most = Infinity,
  slices = new Slices(),
  stale: () => boolean = () => false,
): Promise<ReturnType<typeof readLexiconForHost> | undefined> {
  /** A turn of the event loop; true when the reading was replaced meanwhile. */
  const replaced = async (): Promise<boolean> => {
    await slices.turn();
    return stale();
  };
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += CHUNK) {
    parts.push(decoder.decode(bytes.subarray(at, at + CHUNK), { stream: true }));
    if (slices.due() && (await replaced())) return undefined;
  }
  parts.push(decoder.decode());
  const text = parts.join('');
  const steps = new LexiconSteps(text);
  while (!steps.step(TOKENS)) if (slices.due() && (await replaced())) return undefined;
  return forHost(linesOf(text, steps.reading, most));
}
