import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { AnnotationFileError, readAnnotationText } from './read';

/**
 * Where the problems of an annotation file are, for the Problems panel (as the
 * lexicon's are): the file's own problem (not JSON, not an annotation page) as an
 * error where it is, and each annotation the reader skips as a warning on its
 * `id` (or its first line). The messages are the reader's own, so the panel and
 * the command line say the same thing.
 */

/** One problem at character offsets of the file's text. */
export interface FileProblem {
  readonly start: number;
  readonly end: number;
  readonly message: string;
  /** `error`: nothing of the file is read (and it is never written); `warning`: this annotation is skipped. */
  readonly severity: 'error' | 'warning';
}

/** What is wrong in `text`, an annotation file, where it is; none for a file read whole. */
export function annotationFileProblems(text: string): FileProblem[] {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (!tree || errors.length > 0) {
    if (errors.length === 0) return [{ start: 0, end: 0, message: 'The annotation file is empty: not valid JSON.', severity: 'error' }];
    return errors.map((e) => ({ start: e.offset, end: e.offset + Math.max(1, e.length), message: `Not valid JSON: ${printParseErrorCode(e.error)}. ${KEPT}`, severity: 'error' }));
  }
  let read: ReturnType<typeof readAnnotationText>;
  try {
    read = readAnnotationText(text);
  } catch (error) {
    if (!(error instanceof AnnotationFileError)) throw error;
    const node = findNodeAtLocation(tree, [...error.at]) ?? tree;
    return [{ ...firstLine(text, node), message: `${sentence(error.message)} ${KEPT}`, severity: 'error' }];
  }
  return read.problems.map((problem) => {
    const item = findNodeAtLocation(tree, ['items', problem.index]);
    const node = (item && findNodeAtLocation(item, ['id'])) ?? item ?? tree;
    const name = problem.id ?? `#${problem.index + 1}`;
    return { ...firstLine(text, node), message: `Annotation ${name} is skipped: ${problem.message}.`, severity: 'warning' };
  });
}

const KEPT = 'Policy Lens keeps the file as it is and writes nothing into it until it is fixed.';

/** The node's span, cut at the end of its first line (an item or a page spans many). */
function firstLine(text: string, node: Node): { start: number; end: number } {
  const newline = text.indexOf('\n', node.offset);
  const end = node.offset + node.length;
  return { start: node.offset, end: newline >= 0 && newline < end ? newline : end };
}

function sentence(message: string): string {
  return `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
}
