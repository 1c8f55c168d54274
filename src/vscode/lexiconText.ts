import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { categoryProblem, NOT_AN_OBJECT, termProblem, termsProblem, weightProblem } from '../core/lexicon/check';
import type { LexiconData } from '../core/lexicon';
import type { Category } from '../core/model/model';

/** A problem in a lexicon file, at character offsets for the Problems panel. */
export interface PlacedProblem {
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

/** What {@link readLexiconText} found. */
export interface LexiconReading {
  /** The valid terms; null when the JSON itself is broken. */
  readonly data: LexiconData | null;
  /** Every problem, in the order of the file. */
  readonly problems: PlacedProblem[];
  /** Steps taken after parsing: nodes visited and term characters checked (linear in the file, for the tests). */
  readonly work: number;
}

/**
 * Reads a lexicon file's text (JSON with comments and trailing commas) in one
 * pass over its syntax tree: each key and value is checked where it stands, so
 * a problem is placed without searching the tree again, and a key the tree
 * holds is never lost to an object's prototype (`"__proto__": 7` is a
 * problem like any other). Data only: nothing in the file is ever run. Pure
 * (no `vscode`), so the extension host and the tests share it.
 */
export function readLexiconText(text: string): LexiconReading {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems: PlacedProblem[] = errors.map((e) => ({
    start: e.offset,
    end: e.offset + Math.max(1, e.length),
    message: `Not valid JSON: ${printParseErrorCode(e.error)}.`,
  }));
  if (!tree || errors.length > 0) {
    if (!tree && problems.length === 0) problems.push({ start: 0, end: 0, message: 'The lexicon file is empty.' });
    return { data: null, problems, work: 0 };
  }
  const at = (node: Node, message: string) => problems.push({ start: node.offset, end: node.offset + node.length, message });
  if (tree.type !== 'object') {
    at(tree, NOT_AN_OBJECT);
    return { data: {}, problems, work: 1 };
  }
  let work = 0;
  const data: Partial<Record<Category, Record<string, number>>> = {};
  for (const [keyNode, valueNode] of properties(tree)) {
    work++;
    const key = String(keyNode.value);
    const bad = categoryProblem(key);
    if (bad) at(keyNode, bad);
    if (bad || key === '$schema' || key === '$comment') continue;
    if (valueNode?.type !== 'object') {
      at(valueNode ?? keyNode, termsProblem(key));
      continue;
    }
    const kept: Record<string, number> = {};
    for (const [termNode, weightNode] of properties(valueNode)) {
      const term = String(termNode.value);
      work += 1 + Math.min(term.length, 81);
      const wrong = termProblem(term);
      const weight: unknown = weightNode?.value;
      const heavy = wrong ? null : weightProblem(term, weightNode?.type === 'number' ? weight : undefined);
      if (wrong) at(termNode, wrong);
      else if (heavy) at(weightNode ?? termNode, heavy);
      else kept[term] = weight as number;
    }
    data[key as Category] = kept;
  }
  return { data, problems, work };
}

/** The key and value nodes of an object node's properties, in file order. */
function* properties(object: Node): Generator<[Node, Node | undefined]> {
  for (const property of object.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key) yield [key, value];
  }
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
  const read = readLexiconText(text);
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
  const { data, problems, count } = readLexiconLines(text, most);
  return { terms: data ? JSON.stringify(data) : null, problems, count };
}
