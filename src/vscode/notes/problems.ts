import * as vscode from 'vscode';
import { annotationFileProblems } from '../../core/annotations/problems';
import { LineIndex } from '../lexiconText';

/**
 * The problems of the reader's annotation files in the Problems panel, at their
 * line, whether the file is open or not (as the lexicon's): a file that cannot be
 * read is an error where it breaks, a skipped annotation a warning on its id.
 */
export class NoteFileProblems implements vscode.Disposable {
  readonly #diagnostics = vscode.languages.createDiagnosticCollection('policy-lens-notes');

  /** Shows the problems of `file` read as `text`; none when the file is gone (`text` undefined). */
  show(file: vscode.Uri, text: string | undefined): void {
    if (text === undefined) return void this.#diagnostics.delete(file);
    const lines = new LineIndex(text);
    this.#diagnostics.set(
      file,
      annotationFileProblems(text).map((p) => {
        const severity = p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
        const diagnostic = new vscode.Diagnostic(rangeIn(lines, p.start, p.end), p.message, severity);
        diagnostic.source = 'Policy Lens';
        return diagnostic;
      }),
    );
  }

  dispose(): void {
    this.#diagnostics.dispose();
  }
}

/** The editor range of offsets `start`..`end` of a file indexed by `lines`. */
function rangeIn(lines: LineIndex, start: number, end: number): vscode.Range {
  const a = lines.position(start);
  const b = lines.position(end);
  return new vscode.Range(a.line, a.character, b.line, b.character);
}
