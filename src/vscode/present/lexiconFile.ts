import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { checkLexicon, type LexiconProblem } from '../../core/lexicon/check';
import type { LexiconData } from '../../core/lexicon';

/** A problem in a lexicon file, placed at character offsets for the Problems panel. */
export interface PlacedProblem {
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

/**
 * Reads a lexicon file's text: JSON (comments and trailing commas allowed)
 * checked against the lexicon rules. Returns the valid terms (null when the JSON
 * itself is broken), and every problem at the offsets of the key or value it
 * concerns. Data only: nothing in the file is ever run.
 */
export function readLexiconFile(text: string): { data: LexiconData | null; problems: PlacedProblem[] } {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems: PlacedProblem[] = errors.map((e) => ({
    start: e.offset,
    end: e.offset + Math.max(1, e.length),
    message: `Not valid JSON: ${printParseErrorCode(e.error)}.`,
  }));
  if (!tree || errors.length > 0) {
    if (!tree && problems.length === 0) problems.push({ start: 0, end: 0, message: 'The lexicon file is empty.' });
    return { data: null, problems };
  }
  const checked = checkLexicon(getNodeValue(tree));
  for (const problem of checked.problems) problems.push(place(tree, problem));
  return { data: checked.data, problems };
}

function place(tree: Node, problem: LexiconProblem): PlacedProblem {
  const value = findNodeAtLocation(tree, [...problem.path]) ?? tree;
  const key = value.parent?.type === 'property' ? value.parent.children?.[0] : undefined;
  const target = problem.at === 'key' && key ? key : value;
  return { start: target.offset, end: target.offset + target.length, message: problem.message };
}
