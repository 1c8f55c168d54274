import type * as vscode from 'vscode';
import { applyCorrections } from '../../core/annotations/corrections';
import type { Range } from '../../core/annotations/model';
import type { Analysis, Span } from '../../core/model/model';
import type { NotesStore } from './store';

/**
 * Where the reader's layer meets the model: the model service passes each new
 * analysis through {@link withReaderLayer}, so lenses, views, hovers, the status
 * bar and the gutter all read the corrected model; views ask {@link notesOn} for
 * the notes on a claim. Without a store (tests, before activation) both do nothing.
 */
let store: NotesStore | undefined;
let forwarding: { dispose(): void } | undefined;
const listeners = new Set<(uri: vscode.Uri) => void>();

/** Connects the layer to the store (once, at activation). */
export function connectReaderLayer(notes: NotesStore | undefined): void {
  store = notes;
  forwarding?.dispose();
  forwarding = notes?.onDidChange((uri) => listeners.forEach((listener) => listener(uri)));
}

/** Calls `listener` when the notes or corrections of a document change (views that show notes redraw). */
export function onReaderLayerChange(listener: (uri: vscode.Uri) => void): { dispose(): void } {
  listeners.add(listener);
  return { dispose: () => void listeners.delete(listener) };
}

/** `analysis` with the reader's corrections on document `uri` applied. */
export function withReaderLayer(uri: vscode.Uri, analysis: Analysis): Analysis {
  const notes = store?.peek(uri);
  if (!notes) return analysis;
  const placed = notes.annotations.flatMap((a) => {
    const range = notes.ranges.get(a.id);
    return a.correction && range && range.end <= analysis.text.length ? [{ id: a.id, correction: a.correction, range }] : [];
  });
  return applyCorrections(analysis, placed).analysis;
}

/** The notes (texts, in file order) whose range overlaps `span` of document `uri`. */
export function notesOn(uri: vscode.Uri, span: Span): string[] {
  const notes = store?.peek(uri);
  if (!notes) return [];
  const overlaps = (r: Range | null | undefined) => !!r && r.start < span.end && r.end > span.start;
  return notes.annotations.filter((a) => a.text !== null && a.replyTo === null && overlaps(notes.ranges.get(a.id))).map((a) => a.text!);
}

/** Every placed note of document `uri` with its range (replies left out), for the reading view and the brief. */
export function placedNotesOf(uri: vscode.Uri): { start: number; end: number; text: string }[] {
  const notes = store?.peek(uri);
  if (!notes) return [];
  return notes.annotations.flatMap((a) => {
    const range = notes.ranges.get(a.id);
    return a.text !== null && a.replyTo === null && range ? [{ start: range.start, end: range.end, text: a.text }] : [];
  });
}
