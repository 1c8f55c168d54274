import * as vscode from 'vscode';
import type { Span } from '../core/model/model';

/**
 * The one place where model offsets and editor positions meet. Nothing else in the
 * extension turns an offset into a line or a line into an offset.
 *
 * Model offsets index the analysed text, which is the document's text with a
 * leading BOM removed. VS Code decodes a UTF-8 BOM away when it reads a file, so
 * `TextDocument.getText()` normally has none and model offsets equal document
 * offsets. A document can still begin with U+FEFF as a character (pasted into an
 * untitled editor, or a file with two BOMs); then the analyser removed it and every
 * model offset is one less than the document offset. So the shift is read from the
 * document itself (its first character), not from the model: a command given only
 * a URI and offsets converts the same way a provider does.
 */

/** 1 when the document text begins with U+FEFF (which the analyser removed), else 0. */
export function bomShift(doc: vscode.TextDocument): number {
  return doc.getText(new vscode.Range(0, 0, 0, 1)) === '\ufeff' ? 1 : 0;
}

/** The document position of a model offset. */
export function toPosition(doc: vscode.TextDocument, offset: number, shift = bomShift(doc)): vscode.Position {
  return doc.positionAt(offset + shift);
}

/** The document range of a model span. */
export function toRange(doc: vscode.TextDocument, span: Span): vscode.Range {
  const shift = bomShift(doc);
  return new vscode.Range(toPosition(doc, span.start, shift), toPosition(doc, span.end, shift));
}

/** The model offset of a document position. */
export function toOffset(doc: vscode.TextDocument, position: vscode.Position): number {
  return Math.max(0, doc.offsetAt(position) - bomShift(doc));
}

/** A function giving the document position of model offsets, the shift read once. */
export function positions(doc: vscode.TextDocument): (offset: number) => vscode.Position {
  const shift = bomShift(doc);
  return (offset) => doc.positionAt(offset + shift);
}

/** A function giving the 1-based line number of a model offset, as hovers and tree rows print it. */
export function lineNumbers(doc: vscode.TextDocument): (offset: number) => number {
  const shift = bomShift(doc);
  return (offset) => doc.positionAt(offset + shift).line + 1;
}
